/** Undo and redo, each titled with the command it would undo or redo in the UI language. */
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';
import { labelFor, withKey } from './button-title';

export function UndoRedoButtons() {
  const editor = useEditor();
  const t = useT();
  const s = useEditorState(useShallow((st) => ({ canUndo: st.canUndo, canRedo: st.canRedo, undoLabel: st.undoLabel, redoLabel: st.redoLabel, locale: st.locale })));
  return (
    <div className="tb-group">
      <button
        className="tb-btn icon"
        data-testid="undo"
        disabled={!s.canUndo}
        title={withKey(s.canUndo ? `${t('edit.undo')}: ${labelFor(s.undoLabel, s.locale)}` : t('edit.nothing'), 'Ctrl+Z')}
        onClick={() => editor.undo()}
      >
        <ToolIcon name="undo" />
      </button>
      <button
        className="tb-btn icon"
        data-testid="redo"
        disabled={!s.canRedo}
        title={withKey(s.canRedo ? `${t('edit.redo')}: ${labelFor(s.redoLabel, s.locale)}` : t('edit.nothingRedo'), 'Ctrl+Shift+Z')}
        onClick={() => editor.redo()}
      >
        <ToolIcon name="redo" />
      </button>
    </div>
  );
}
