/**
 * Mouse handles on the current floor's underlay in the 2D plan: drag the centre to move it, the round knob to
 * turn it about its centre, the corner to scale it about its top-left corner. The image follows the pointer
 * while dragging; releasing makes it one undoable edit (Escape or a lost pointer drops the gesture).
 */
import { useStore } from 'zustand';
import { useEditorState } from '../EditorContext';
import { type HandleKind, UnderlayHandle } from './UnderlayHandle';
import { underlayStore } from './underlay-store';

const KINDS: HandleKind[] = ['move', 'rotate', 'scale'];

export function UnderlayHandles() {
  const floorId = useEditorState((s) => s.floorId);
  const is2d = useEditorState((s) => s.viewMode === '2d');
  const stored = useEditorState((s) => s.doc.floors.find((f) => f.id === s.floorId)?.underlay);
  const { handles, preview } = useStore(underlayStore);
  const u = preview?.floorId === floorId ? preview.underlay : stored;
  if (!(handles && is2d && u?.visible) || !stored) return null;
  return (
    <>
      {KINDS.map((k) => (
        <UnderlayHandle key={k} kind={k} shown={u} stored={stored} floorId={floorId} />
      ))}
    </>
  );
}
