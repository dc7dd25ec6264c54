/** The view switch: plan (2D), 3D, or the floors stacked. */
import { useEditor, useEditorState, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

export function ViewModeSwitch() {
  const editor = useEditor();
  const t = useT();
  const viewMode = useEditorState((s) => s.viewMode);
  return (
    <div className="tb-group seg" role="radiogroup">
      {(['2d', '3d', 'stack'] as const).map((m) => (
        <button
          key={m}
          role="radio"
          aria-checked={viewMode === m}
          className={'tb-btn' + (viewMode === m ? ' active' : '')}
          data-testid={`view-${m}`}
          onClick={() => editor.store.setState({ viewMode: m })}
        >
          {t(`view.${m}` as MessageKey)}
        </button>
      ))}
    </div>
  );
}
