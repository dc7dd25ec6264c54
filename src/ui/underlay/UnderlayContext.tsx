/** The current floor's underlay image in the view, as the floor stores it. */
import type { Editor } from '../../editor/editor';
import { useStore } from 'zustand';
import { UnderlayImage } from '../../view/underlay/UnderlayImage';

export function UnderlayContext({ editor }: { editor: Editor }) {
  const floor = useStore(editor.store, (s) => s.doc.floors.find((f) => f.id === s.floorId));
  const u = floor?.underlay;
  if (!floor || !u?.visible) return null;
  return <UnderlayImage underlay={u} elevation={floor.elevation} />;
}
