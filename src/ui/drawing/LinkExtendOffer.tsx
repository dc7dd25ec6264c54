/** The offer, on a floor just added, to extend up to it the stairs and lifts that stop at the floor below. */
import { LINK_KINDS } from '../../core/vocab';
import { findElement } from '../../core/query';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';

export function LinkExtendOffer({ offer }: { offer: { floorId: string; ids: string[] } }) {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.doc);
  const to = doc.floors.find((f) => f.id === offer.floorId);
  // a stair or lift by the name a person gave it, else by its kind (the tool names it 电梯 already)
  const names = offer.ids.flatMap((id) => {
    const v = findElement(doc, id)?.element;
    if (v?.kind !== 'vlink') return [];
    const kind = LINK_KINDS[v.linkKind];
    return [v.name && v.name !== kind.zh ? v.name : term(kind, locale)];
  });
  if (!to || !names.length) return null;
  return (
    <div className="draw-toast" role="status" data-testid="link-extend-offer">
      <span>{t('floors.extendOffer', { links: names.join(locale === 'en' ? ', ' : '、'), to: to.name })}</span>
      <button className="primary" data-testid="link-extend-yes" onClick={() => editor.extendLinks(offer.floorId, offer.ids)}>
        {t('floors.extendYes')}
      </button>
      <button onClick={() => editor.store.setState({ linkExtendOffer: undefined })}>{t('floors.extendNo')}</button>
    </div>
  );
}
