/**
 * Offers and flags from drawing, floating over the top of the plan (never pushing the layout, so the plan stays
 * put under the cursor): the outline just made from walls, a problem found while placing, and the offer to copy
 * the floor below onto a new floor and to extend its stairs and lifts up to it.
 */
import { useEditor, useEditorState, useT } from '../EditorContext';
import { LinkExtendOffer } from './LinkExtendOffer';

export function DrawingNotices() {
  const editor = useEditor();
  const t = useT();
  const offer = useEditorState((s) => s.outlineOffer);
  const flag = useEditorState((s) => s.flag);
  const copy = useEditorState((s) => s.floorCopyOffer);
  const extend = useEditorState((s) => s.linkExtendOffer);
  const locale = useEditorState((s) => s.locale);
  const copyTo = useEditorState((s) => (s.floorCopyOffer ? s.doc.floors.find((f) => f.id === s.floorCopyOffer!.floorId)?.name : undefined));
  if (!offer && !flag && !copy && !extend) return null;
  return (
    <div className="draw-toasts">
      {offer && (
        <div className="draw-toast" role="status" data-testid="outline-offer">
          <span>{t('draw.outlineOffer', { a: offer.area.toFixed(1) })}</span>
          <button className="primary" data-testid="outline-keep" onClick={() => editor.answerOutlineOffer(true)}>
            {t('draw.keep')}
          </button>
          <button data-testid="outline-remove" onClick={() => editor.answerOutlineOffer(false)}>
            {t('draw.remove')}
          </button>
          <button
            onClick={() => {
              editor.answerOutlineOffer(true);
              editor.setTool('outline');
            }}
          >
            {t('draw.edit')}
          </button>
        </div>
      )}
      {flag && (
        <div className="draw-toast warn" role="alert" data-testid="placement-flag" title={t('draw.flagTitle')}>
          <span>{locale === 'en' ? flag.en : flag.zh}</span>
          <button className="banner-close" title={t('banner.dismiss')} onClick={() => editor.store.setState({ flag: undefined, highlight: [] })}>
            ×
          </button>
        </div>
      )}
      {copy && (
        <div className="draw-toast" role="status" data-testid="floor-copy-offer">
          <span>{t('floors.copyOffer', { name: copyTo ?? '' })}</span>
          <button className="primary" data-testid="floor-copy-yes" onClick={() => editor.copyStructure(copy.fromId, copy.floorId)}>
            {t('floors.copyYes')}
          </button>
          <button onClick={() => editor.store.setState({ floorCopyOffer: undefined })}>{t('floors.copyNo')}</button>
        </div>
      )}
      {extend && <LinkExtendOffer offer={extend} />}
    </div>
  );
}
