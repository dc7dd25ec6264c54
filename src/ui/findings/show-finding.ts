import type { Editor } from '../../editor/editor';
import type { Finding } from '../../rules/types';

/** Takes the view to a finding: its elements framed, highlighted and selected, or its floor when it is about the whole hall. */
export function showFinding(editor: Editor, f: Finding): void {
  if (f.elementIds.length > 0) {
    // frame() switches to the elements' floor, sets the highlight and asks the view to zoom.
    editor.frame(f.elementIds, true, f.floorId);
    editor.select(f.elementIds);
    return;
  }
  // Nothing stays highlighted from the finding looked at before.
  if (f.floorId) editor.setFloor(f.floorId);
  editor.select([]);
  editor.store.setState({ highlight: [] });
}
