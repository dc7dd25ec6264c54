/** The inspector's heading facts: one element's kind, id and IFC GlobalId, or how many are selected. */
import { type HallElement, kindOf } from '../../core';
import { useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';

export function SelectionHead({ elements }: { elements: HallElement[] }) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  if (elements.length !== 1) return <p className="muted">{t('insp.multi', { n: elements.length })}</p>;
  const single = elements[0];
  return (
    <dl className="insp-head">
      <dt>{t('insp.kind')}</dt>
      <dd data-testid="inspector-kind">{term(kindOf(single).label, locale)}</dd>
      <dt>{t('insp.id')}</dt>
      <dd data-testid="inspector-id">{single.id}</dd>
      {single.ifcGlobalId && (
        <>
          {/* The link back to the BIM model: what Revit, Solibri and BCF topics name this element by. Selectable to copy. */}
          <dt title={t('insp.ifcGuidTitle')}>{t('insp.ifcGuid')}</dt>
          <dd data-testid="inspector-ifc-guid" className="mono selectable">
            {single.ifcGlobalId}
          </dd>
        </>
      )}
    </dl>
  );
}
