/** The context menu's "move to floor" list: every floor but the current one. */
import { useEditor, useEditorState, useT } from '../EditorContext';

export function MoveToFloorItems({ done }: { done: (fn: () => unknown) => () => void }) {
  const editor = useEditor();
  const t = useT();
  const floors = useEditorState((s) => s.settledDoc.floors);
  const floorId = useEditorState((s) => s.floorId);
  if (floors.length <= 1) return null;
  return (
    <>
      <div className="ctx-sub">{t('menu.moveToFloor')}</div>
      {floors
        .filter((f) => f.id !== floorId)
        .map((f) => (
          <button role="menuitem" key={f.id} data-testid={`ctx-floor-${f.id}`} onClick={done(() => editor.moveSelectionToFloor(f.id))}>
            <span>→ {f.name}</span>
          </button>
        ))}
    </>
  );
}
