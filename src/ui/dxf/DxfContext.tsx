/** The imported drawing's linework under the current floor, as DxfControls sets it, with the grid axes' names. */
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { DxfLinesLayer } from '../../view/underlay/DxfLinesLayer';
import { DxfAxisLabels } from './DxfAxisLabels';
import { dxfStore } from './dxf-store';

export function DxfContext({ editor }: { editor: Editor }) {
  const context = useStore(dxfStore, (s) => s.context);
  const view = useStore(dxfStore, (s) => s.view);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const elevation = useStore(editor.store, (s) => s.doc.floors.find((f) => f.id === s.floorId)?.elevation ?? 0);
  const lines = context?.find((c) => c.floorId === floorId);
  if (!lines || !view.visible) return null;
  return (
    <>
      <DxfLinesLayer lines={lines} opacity={view.opacity} elevation={elevation} />
      {lines.axes && <DxfAxisLabels axes={lines.axes} elevation={elevation} />}
    </>
  );
}
