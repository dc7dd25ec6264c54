/** Drag-and-drop a .hall.json or .ifc anywhere on the page to open it. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import { uiStore } from '../ui-store';
import { openFile } from './actions';

function hasFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
}

export function DropZone() {
  const editor = useEditor();
  const t = useT();
  const dragging = useStore(uiStore, (s) => s.dragging);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      uiStore.setState({ dragging: true });
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) uiStore.setState({ dragging: false });
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      uiStore.setState({ dragging: false });
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void openFile(editor, file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragleave', leave);
    };
  }, [editor]);

  return dragging ? (
    <div className="drop-hint" data-testid="drop-hint">
      {t('file.dropHint')}
    </div>
  ) : null;
}
