/** The offer, on a floor just added, to extend up to it the stairs and lifts that stop at the floor below. */
import { labelOfElement } from '../../core/element-label';
import { findElement } from '../../core/query';
import { useEditor, useEditorState, useT } from '../EditorContext';

export function LinkExtendOffer({ offer }: { offer: { floorId: string; ids: string[] } }) {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.doc);
  const to = doc.floors.find((f) => f.id === offer.floorId);
  const names = offer.ids.flatMap((id) => {
    const ref = findElement(doc, id);
    return ref ? [labelOfElement(ref.element, ref.floor)[locale === 'en' ? 'en' : 'zh']] : [];
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
