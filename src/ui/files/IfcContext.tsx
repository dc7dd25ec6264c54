/** The imported IFC model as see-through context in the 3D views and as cut lines in the plan, shown as ModelControls sets. */
import { useStore } from 'zustand';
import type { Editor } from '../../editor/editor';
import { IfcContextLayer } from '../../view/ifc/IfcContextLayer';
import { uiStore } from '../ui-store';

export function IfcContext({ editor }: { editor: Editor }) {
  const context = useStore(uiStore, (s) => s.ifcContext);
  const view = useStore(uiStore, (s) => s.ifcView);
  const mode = useStore(editor.store, (s) => s.viewMode);
  const floorId = useStore(editor.store, (s) => s.floorId);
  if (!context) return null;
  return (
    <IfcContextLayer
      context={context}
      visible={view.visible}
      opacity={view.opacity}
      hiddenGroups={view.hiddenGroups}
      showMeshes={mode !== '2d'}
      cutFloors={mode === '2d' ? [floorId] : []}
    />
  );
}
