/** Framing a row of the version comparison: what the open hall has by its elements, the rest where it stood. */
import type { Vec2 } from '../../core/geometry/vec';
import type { Editor } from '../../editor/editor';

/** Camera requests of the comparison, numbered apart from the editor's own. */
let nonce = 1e9;

export function frameVersionRow(editor: Editor, floorId: string | undefined, ids: string[], at?: Vec2): void {
  const doc = editor.doc;
  const here = ids.filter((id) => doc.floors.some((f) => f.elements.some((e) => e.id === id)));
  if (here.length) {
    editor.frame(here);
    editor.select(here);
    return;
  }
  // A removed element or a fixed finding: its floor (if the hall still has it) and the place it was.
  const floor = floorId && doc.floors.some((f) => f.id === floorId) ? floorId : editor.floorId;
  editor.store.setState({ floorId: floor, selection: [], highlight: [], cameraRequest: { ids: [], points: at ? [at] : undefined, floorId: floor, nonce: ++nonce } });
}
