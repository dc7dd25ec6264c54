/** Right panel: typed fields for the selection, or the hall settings when nothing is selected. */
import { batch, type FieldSpec, type Floor, getElement, kindOf, removeElements, replaceElements, setElementField, setPath, type HallElement } from '../../core';
import { ZoneGuessNote, withoutGuess } from './ZoneGuessNote';
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { ToolIcon } from '../icons/ToolIcon';
import { FieldInput } from './FieldInput';
import { HallSettings } from './HallSettings';
import { sharedFields, sharedValue } from './selection-fields';

/** An unset field of one element shows what the hall implies for it (FieldSpec.implied), as the checks read it. */
function impliedOr(value: unknown, spec: FieldSpec, el: HallElement | null, floors: Floor[]): unknown {
  if (value !== undefined || !spec.implied || !el) return value;
  const floor = floors.find((f) => f.elements.includes(el));
  return floor ? spec.implied(el as never, floor) : value;
}

export function Inspector() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  // The selected elements, compared item by item: an edit elsewhere in the hall does not redraw the panel.
  const selection = useEditorState((s) => s.selection);
  const floors = useEditorState((s) => s.doc.floors);
  const elements = useEditorState(useShallow((s) => s.selection.map((id) => getElement(s.doc, id)).filter((e): e is HallElement => !!e)));

  if (elements.length === 0) {
    return (
      <section className="panel inspector" aria-label={t('hall.title')}>
        <HallSettings />
      </section>
    );
  }

  const fields = sharedFields(elements);
  const single = elements.length === 1 ? elements[0] : null;

  const commit = (key: string, value: unknown): string | null => {
    // Validate against each kind's schema first so the document never holds a value its loader would refuse.
    for (const el of elements) {
      const res = kindOf(el).schema.safeParse(setPath(el, key, value));
      if (!res.success) return res.error.issues[0]?.message ?? t('insp.invalid');
    }
    // the undo label names the field as the user sees it, never its raw key
    const spec = fields.find((f) => f.key === key);
    const label = spec ? `修改${spec.label.zh} / Set ${spec.label.en.toLowerCase()}` : '修改 / Edit';
    // A zone's function set by hand is no longer a guess.
    const cmds = elements.map((el) =>
      key === 'type' && el.kind === 'zone' && el.typeGuess ? replaceElements([withoutGuess(setPath(el, key, value))], label) : setElementField(el.id, key, value, label),
    );
    const ok = editor.execute(cmds.length === 1 ? cmds[0] : batch(label, cmds));
    return ok ? null : t('insp.invalid');
  };

  return (
    <section className="panel inspector" aria-label={t('insp.title')}>
      <h2 className="panel-title">
        {t('insp.title')}
        <span className="spacer" />
        <button className="icon-btn" title={t('insp.frame')} onClick={() => editor.frame(elements.map((e) => e.id))}>
          <ToolIcon name="target" size={16} />
        </button>
        <button className="icon-btn" title={t('insp.delete')} data-testid="inspector-delete" onClick={() => editor.execute(removeElements(elements.map((e) => e.id)))}>
          <ToolIcon name="trash" size={16} />
        </button>
      </h2>
      {single ? (
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
      ) : (
        <p className="muted">{t('insp.multi', { n: elements.length })}</p>
      )}
      {single?.kind === 'zone' && single.typeGuess && <ZoneGuessNote zone={single} />}
      {fields.length === 0 && <p className="muted">{t('insp.noShared')}</p>}
      <div className="fields">
        {fields.map((f) => (
          <FieldInput
            key={`${selection.join(',')}:${f.key}`}
            spec={f}
            value={impliedOr(sharedValue(elements, f.key), f, single, floors)}
            locale={locale}
            floors={floors}
            mixedLabel={t('insp.mixed')}
            invalidLabel={t('insp.invalid')}
            onCommit={(v) => commit(f.key, v)}
          />
        ))}
      </div>
    </section>
  );
}
