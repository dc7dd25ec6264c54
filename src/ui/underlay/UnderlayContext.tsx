/**
 * The current floor's underlay image in the view, as the floor stores it (or as the linked file was found), and the
 * quadrilateral of a straightening in progress.
 */
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { QuadOutline } from '../../view/underlay/QuadOutline';
import { UnderlayImage } from '../../view/underlay/UnderlayImage';
import { linkedImages, underlayData } from './linked-images';
import { underlayStore } from './underlay-store';

export function UnderlayContext({ editor }: { editor: Editor }) {
  const floor = useStore(editor.store, (s) => s.doc.floors.find((f) => f.id === s.floorId));
  const images = useStore(linkedImages, (s) => s.images);
  const preview = useStore(underlayStore, (s) => s.preview);
  const u = preview && preview.floorId === floor?.id ? preview.underlay : floor?.underlay;
  const straighten = useStore(underlayStore, (s) => s.straighten);
  const data = u ? underlayData(u, images) : undefined;
  if (!floor || !u?.visible || !data) return null;
  return (
    <>
      <UnderlayImage underlay={u} data={data} elevation={floor.elevation} />
      {straighten?.floorId === floor.id && <QuadOutline corners={straighten.corners} elevation={floor.elevation} />}
    </>
  );
}
