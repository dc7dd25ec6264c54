/**
 * The one way a hall replaces the open one (File → New, Open, a dropped file, IFC and DXF import). `askToReplace`
 * asks the unsaved-edits question (save / discard / cancel) once, before any work, and hands back a ticket;
 * `replaceHall` takes the ticket (the type has no other maker, so an importer cannot skip the question), opens the
 * new hall and lets go of what belonged to the old one: the imported IFC model and CAD drawing behind it, the file
 * it was saved to, an autosave offer and import notes. An edit made while an import ran is not lost silently: the
 * question is asked again.
 */
import type { HallDocument } from '../../core';
import type { Editor } from '../../editor/editor';
import { showDrawingLines } from '../dxf/kept-lines';
import { translate } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { forgetSaveHandle } from './download';
import { offerIfcModel } from './ifc-model-link';
import type { ReplaceTicket } from './replace-ticket';
import { confirmReplace, hallReplaced } from './unsaved';

/** The bytes of the IFC the open hall came from: IFC export writes our elements back into it. */
let originalIfc: { bytes: Uint8Array; name: string } | undefined;
export function originalIfcBytes(): Uint8Array | undefined {
  return originalIfc?.bytes;
}

/**
 * The IFC file a reopened hall was imported from, found again: IFC export writes back into it as after the import.
 * The caller shows its context layer.
 */
export function attachIfcModel(bytes: Uint8Array, name: string): void {
  originalIfc = { bytes, name };
}

/**
 * Lets go of the imported IFC model: its context layer (the view disposes the meshes' GPU buffers when
 * the context goes) and the original file's bytes, so IFC export writes a new model from then on. The
 * hall keeps its elements and their IFC GlobalIds. Returns the closed model's file name, if one was open.
 */
export function closeIfcModel(editor?: Editor): string | undefined {
  const name = uiStore.getState().ifcModelName ?? originalIfc?.name;
  originalIfc = undefined;
  uiStore.setState({ ifcContext: undefined, ifcModelName: undefined });
  if (editor && name) notify(translate(editor.store.getState().locale, 'ifc.closed', { name }), 'info');
  return name;
}

/** What replaces the hall: the document, its undo label, and the IFC it came from (written back on IFC export). */
export interface Replacement {
  doc: HallDocument;
  label: string;
  ifc?: { bytes: Uint8Array; name: string };
  /**
   * The loader has already checked `doc` (a hall file read in the worker): it is not checked again on the page,
   * where the schema pass over a 10,000-element hall was the longest task of opening it.
   */
  loaded?: boolean;
}

/**
 * Opens `r.doc` in place of the open hall. False, with the hall kept, when the loader refuses the document (its
 * message is shown) or when the user cancels the question asked again after editing since the ticket.
 */
export async function replaceHall(editor: Editor, ticket: ReplaceTicket, r: Replacement): Promise<boolean> {
  if (editor.doc !== ticket.doc && !(await confirmReplace(editor, ticket.what, ticket.save))) return false;
  if (r.loaded) editor.openLoaded(r.doc, r.label);
  else if (!editor.openDocument(r.doc, r.label)) return false;
  forgetSaveHandle();
  closeIfcModel();
  originalIfc = r.ifc;
  // The imported CAD drawing's linework belongs to the hall it came with: the one the opened file keeps, if any.
  showDrawingLines(r.doc);
  // A hall file imported from IFC names its model; the model itself comes with an import only.
  offerIfcModel(r.ifc ? undefined : r.doc);
  editor.store.setState({ error: undefined });
  hallReplaced(editor);
  return true;
}
