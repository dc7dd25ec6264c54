/** Toggles for the faint floor-below and floor-above underlays of the 2D plan, and for the other floors' ghosts in 3D. */
import { useEditor, useEditorState, useT } from '../EditorContext';

export function UnderlayToggles() {
  const editor = useEditor();
  const t = useT();
  const u = useEditorState((s) => s.underlay);
  const mode = useEditorState((s) => s.viewMode);
  const ghosts = useEditorState((s) => s.ghostFloors !== false);
  const set = (patch: Partial<typeof u>) => editor.store.setState({ underlay: { ...u, ...patch } });
  return (
    <>
      {/* each view shows only the toggles that change it (the toolbar has no room for idle buttons) */}
      {mode === '2d' && (
        <>
          <button
            className={'tb-btn' + (u.below ? ' active' : '')}
            aria-pressed={u.below}
            data-testid="underlay-below"
            title={t('underlay.belowTitle')}
            onClick={() => set({ below: !u.below })}
          >
            {t('underlay.below')}
          </button>
          <button
            className={'tb-btn' + (u.above ? ' active' : '')}
            aria-pressed={u.above}
            data-testid="underlay-above"
            title={t('underlay.aboveTitle')}
            onClick={() => set({ above: !u.above })}
          >
            {t('underlay.above')}
          </button>
        </>
      )}
      {mode === '3d' && (
        <button
          className={'tb-btn' + (ghosts ? ' active' : '')}
          aria-pressed={ghosts}
          data-testid="ghost-floors"
          title={t('ghosts.title')}
          onClick={() => editor.store.setState({ ghostFloors: !ghosts })}
        >
          {t('ghosts.label')}
        </button>
      )}
    </>
  );
}
