/**
 * Every file the open hall names but this session has not loaded, in one list: the underlay images linked by file
 * name (one per floor), the CAD drawing linked by file name, the IFC model the hall was imported from. Opening such a
 * hall asks for them together, in one dialog, rather than one banner or prompt each; "Later" leaves them all.
 */
import type { Editor } from '../../editor/editor';
import { drawingLink } from '../dxf/drawing-link';
import { linkedImages, linkKey } from '../underlay/linked-images';
import { missingLinks } from '../underlay/locate-underlay';
import { dismissIfcModel, ifcModelLink } from './ifc-model-link';

export type MissingFile =
  | { kind: 'underlay'; name: string; floorId: string; floorName: string; page?: number }
  | { kind: 'drawing'; name: string }
  | { kind: 'model'; name: string };

/** What the dialog lists, underlay images first (by floor), then the drawing, then the model. */
export function missingFiles(editor: Editor): MissingFile[] {
  const { images, dismissed } = linkedImages.getState();
  const out: MissingFile[] = missingLinks(editor, images)
    .filter((m) => !dismissed[linkKey(m.underlay)])
    .map((m) => ({ kind: 'underlay', name: m.underlay.name, floorId: m.floorId, floorName: m.floorName, ...(m.underlay.page ? { page: m.underlay.page } : {}) }));
  const { missing, later } = drawingLink.getState();
  if (missing && !later) out.push({ kind: 'drawing', name: missing.name });
  const model = ifcModelLink.getState().wanted;
  if (model) out.push({ kind: 'model', name: model.fileName });
  return out;
}

/** The user leaves every missing file for now: the hall is edited and checked without them; the links are kept. */
export function leaveMissingFiles(editor: Editor): void {
  const { images } = linkedImages.getState();
  const keys = missingLinks(editor, images).map((m) => linkKey(m.underlay));
  if (keys.length) linkedImages.setState((s) => ({ dismissed: { ...s.dismissed, ...Object.fromEntries(keys.map((k) => [k, true as const])) } }));
  if (drawingLink.getState().missing) drawingLink.setState({ later: true });
  dismissIfcModel();
}
