/** The imported IFC model as see-through context in the 3D views (not in the 2D plan, where it would clutter). */
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { IfcContextLayer } from '../../view/ifc/IfcContextLayer';
import { uiStore } from '../ui-store';

export function IfcContext({ editor }: { editor: Editor }) {
  const context = useStore(uiStore, (s) => s.ifcContext);
  const mode = useStore(editor.store, (s) => s.viewMode);
  const floorId = useStore(editor.store, (s) => s.floorId);
  if (!context) return null;
  return <IfcContextLayer context={context} showMeshes={mode !== '2d'} cutFloors={mode === '2d' ? [floorId] : []} />;
}
