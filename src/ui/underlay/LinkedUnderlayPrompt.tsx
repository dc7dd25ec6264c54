/**
 * Asked when the open hall links underlay files this session has not loaded: one "Locate file…" per floor,
 * or "Later" (the hall is open and editable either way; the panel keeps a Locate button).
 */
import { useStore } from 'zustand';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { linkedImages, linkKey } from './linked-images';
import { locateUnderlay, missingLinks } from './locate-underlay';

export function LinkedUnderlayPrompt() {
  const editor = useEditor();
  const t = useT();
  useEditorState((s) => s.settledDoc);
  const { images, dismissed } = useStore(linkedImages);
  const missing = missingLinks(editor, images).filter((m) => !dismissed[linkKey(m.underlay)]);
  if (missing.length === 0) return null;
  const later = () => linkedImages.setState((s) => ({ dismissed: { ...s.dismissed, ...Object.fromEntries(missing.map((m) => [linkKey(m.underlay), true as const])) } }));
  return (
    <div className="dxf-dialog-backdrop">
      <div className="dxf-dialog" role="dialog" aria-modal="true" aria-labelledby="underlay-prompt-title" data-testid="underlay-prompt">
        <h2 id="underlay-prompt-title">{t('underlay.promptTitle')}</h2>
        <p className="dxf-dialog__why">{t('underlay.promptWhy')}</p>
        <ul>
          {missing.map((m) => (
            <li key={m.floorId}>
              {m.floorName}: <strong>{m.underlay.name}</strong>
              {m.underlay.page ? ` (p. ${m.underlay.page})` : ''}{' '}
              <label className="chip">
                {t('underlay.locate')}
                <input
                  type="file"
                  hidden
                  accept="image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf"
                  data-testid={`underlay-locate-${m.floorId}`}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) void locateUnderlay(editor, m.floorId, file);
                  }}
                />
              </label>
            </li>
          ))}
        </ul>
        <div className="dxf-dialog__buttons">
          <button type="button" data-testid="underlay-later" onClick={later}>
            {t('underlay.later')}
          </button>
        </div>
      </div>
    </div>
  );
}
