/** The current floor's underlay image in the view, as the floor stores it (or as the linked file was found). */
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { UnderlayImage } from '../../view/underlay/UnderlayImage';
import { linkedImages, underlayData } from './linked-images';

export function UnderlayContext({ editor }: { editor: Editor }) {
  const floor = useStore(editor.store, (s) => s.doc.floors.find((f) => f.id === s.floorId));
  const images = useStore(linkedImages, (s) => s.images);
  const u = floor?.underlay;
  const data = u ? underlayData(u, images) : undefined;
  if (!floor || !u?.visible || !data) return null;
  return <UnderlayImage underlay={u} data={data} elevation={floor.elevation} />;
}
