/**
 * Mouse handles on the current floor's underlay in the 2D plan: drag the centre to move it, the round knob to
 * turn it about its centre, the corner to scale it about its top-left corner. The image follows the pointer
 * while dragging; releasing makes it one undoable edit (Escape or a lost pointer drops the gesture). While a photo
 * is straightened, its four numbered corner handles instead.
 */
import { useStore } from 'zustand';
import { useEditorState } from '../EditorContext';
import { UnderlayCorner } from './UnderlayCorner';
import { type HandleKind, UnderlayHandle } from './UnderlayHandle';
import { underlayStore } from './underlay-store';

const KINDS: HandleKind[] = ['move', 'rotate', 'scale'];

export function UnderlayHandles() {
  const floorId = useEditorState((s) => s.floorId);
  const is2d = useEditorState((s) => s.viewMode === '2d');
  const stored = useEditorState((s) => s.doc.floors.find((f) => f.id === s.floorId)?.underlay);
  const { handles, preview, straighten } = useStore(underlayStore);
  const u = preview?.floorId === floorId ? preview.underlay : stored;
  if (is2d && stored?.visible && straighten?.floorId === floorId)
    return (
      <>
        {straighten.corners.map((c, i) => (
          // The four corners are a fixed set, each its own handle.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the corner's identity (1 top left … 4 bottom left)
          <UnderlayCorner key={i} index={i} at={c} />
        ))}
      </>
    );
  if (!(handles && is2d && u?.visible) || !stored) return null;
  return (
    <>
      {KINDS.map((k) => (
        <UnderlayHandle key={k} kind={k} shown={u} stored={stored} floorId={floorId} />
      ))}
    </>
  );
}
