/** Switches for the rule overlays the viewport draws (coverage heat maps, strips, sight lines). */
import { memo } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

export const OVERLAY_IDS = ['aed-coverage', 'exit-distance', 'accessible-routes', 'one-metre', 'sign-sight'] as const;

/** Memoised: the findings panel re-renders on every check result, these switches only when the overlays change. */
export const OverlayToggles = memo(function OverlayToggles() {
  const editor = useEditor();
  const t = useT();
  const overlays = useEditorState((s) => s.overlays);
  return (
    <span className="overlay-toggles" role="group" aria-label={t('overlay.title')}>
      {OVERLAY_IDS.map((id) => (
        <label key={id} className={'chip' + (overlays[id] ? ' on' : '')}>
          <input
            type="checkbox"
            data-testid={`overlay-${id}`}
            checked={!!overlays[id]}
            onChange={(e) => editor.store.setState({ overlays: { ...editor.store.getState().overlays, [id]: e.target.checked } })}
          />
          {t(`overlay.${id}` as MessageKey)}
        </label>
      ))}
    </span>
  );
});
