/** File actions of the shell: new, open (hall JSON or IFC), save, and the error banner they report to. */
import { emptyDocument, serializeHall, type HallDocument, type LoadProblem, type Term } from '../../core';
import type { Editor } from '../../editor/editor';
import { withDrawingLines } from '../dxf/kept-lines';
import { translate, type MessageKey } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { downloadBlob, hasFileSystemAccess, safeFileName, saveWithPicker, toBlob } from './download';
import { withIfcRead } from './ifc-read';
import { showImportNotes } from './import-notes';
import { replaceHall } from './replace-hall';
import { askToReplace, type ReplaceTicket } from './replace-ticket';
import { markClean } from './unsaved';

function tr(editor: Editor, key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(editor.store.getState().locale, key, vars);
}

export function showError(editor: Editor, message: string, details?: (Term | string)[]): void {
  editor.store.setState({ error: { message, details } });
}

export function problemLines(editor: Editor, problems: LoadProblem[], max = 12): string[] {
  const lines = problems.slice(0, max).map((p) => `${p.path || tr(editor, 'banner.whole')}: ${p.message}`);
  if (problems.length > max) lines.push(`… +${problems.length - max}`);
  return lines;
}

/** Zoom the view to the opened hall's first floor (the camera otherwise keeps the previous hall's framing). */
export function frameOpened(editor: Editor): void {
  const floor = editor.doc.floors.find((f) => f.id === editor.store.getState().floorId) ?? editor.doc.floors[0];
  const ids = floor?.elements.map((e) => e.id) ?? [];
  if (ids.length > 0) editor.frame(ids, false);
}

export async function newHall(editor: Editor): Promise<void> {
  const ticket = await askToReplace(editor, tr(editor, 'unsaved.newHall'), () => saveHall(editor, 'save'));
  if (ticket) await replaceHall(editor, ticket, { doc: emptyDocument(), label: '新建 / New' });
}

export function isIfc(name: string): boolean {
  return /\.ifc$/i.test(name);
}
export function isHallJson(name: string): boolean {
  return /\.json$/i.test(name);
}

/** Replaces the open hall with a validated one read from a file. */
async function openValidHall(editor: Editor, ticket: ReplaceTicket, doc: HallDocument, name: string): Promise<boolean> {
  if (!(await replaceHall(editor, ticket, { doc, label: `打开 ${name} / Open`.trim(), loaded: true }))) return false;
  frameOpened(editor);
  return true;
}

export async function openFile(editor: Editor, file: File): Promise<boolean> {
  // An underlay joins the open hall; every other file replaces it, asking first.
  if (/\.(png|jpe?g|pdf)$/i.test(file.name)) return (await import('../underlay/add-underlay')).addUnderlay(editor, file);
  // A file that cannot be opened asks nothing: the hall stays as it is.
  if (/\.dwg$/i.test(file.name)) {
    showError(editor, tr(editor, 'dxf.dwg', { name: file.name }), [tr(editor, 'dxf.dwgHelp')]);
    return false;
  }
  if (!isHallJson(file.name) && !isIfc(file.name) && !/\.dxf$/i.test(file.name)) {
    showError(editor, tr(editor, 'file.unsupported', { name: file.name }));
    return false;
  }
  // A drawing asks at its Import, and only if it replaces the hall (it may go on top of it as new floors).
  if (/\.dxf$/i.test(file.name)) return (await import('../dxf/import-dxf')).startDxfImport(editor, file, () => saveHall(editor, 'save'));
  const ticket = await askToReplace(editor, file.name, () => saveHall(editor, 'save'));
  if (!ticket) return false;
  if (isIfc(file.name)) return importIfc(editor, file, ticket);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    showError(editor, tr(editor, 'file.readFailed', { name: file.name }));
    return false;
  }
  // Decoded and validated in a worker, as the CLI reads files (BOM, UTF-16, migrations, schema).
  const { parseHallInWorker } = await import('./parse-in-worker');
  const res = await parseHallInWorker(bytes);
  if (!res.ok) {
    showError(editor, tr(editor, 'file.openFailed', { name: file.name }), problemLines(editor, res.problems));
    return false;
  }
  // In a task of its own, so the hall's first frame does not wait behind the worker's reply.
  await nextTask();
  return openValidHall(editor, ticket, res.doc, file.name);
}

function importIfc(editor: Editor, file: File, ticket: ReplaceTicket): Promise<boolean> {
  return withIfcRead(editor, file, async (out, bytes) => {
    // Hand the result over in separate tasks: the store updates re-render synchronously, and done together
    // (old model out, new hall in, camera, banner, the model's 3D context) they made one long task. The
    // old context goes first, so the new hall is never drawn over the previous model.
    const previousContext = uiStore.getState().ifcContext;
    const steps: string[] = [];
    uiStore.setState({ ifcContext: undefined });
    steps.push('old-context-out');
    await nextTask();
    // A model the loader would refuse (past the hall's limits) is not opened: the message says why, the hall stays.
    if (!(await replaceHall(editor, ticket, { doc: out.doc, label: `导入 IFC / Import ${file.name}`, ifc: { bytes, name: file.name } }))) {
      uiStore.setState({ ifcContext: previousContext });
      return false;
    }
    steps.push('hall');
    await nextTask();
    frameOpened(editor);
    editor.store.setState({ error: undefined });
    steps.push('camera');
    await nextTask();
    // The context layer adds its meshes one per frame from here (src/view/ifc/use-staged-context.ts).
    // A new model is shown whole, whatever was hidden of the previous one (the opacity stays as the user set it).
    uiStore.setState({ ifcContext: out.context, ifcModelName: file.name, ifcView: { ...uiStore.getState().ifcView, visible: true, hiddenGroups: [] } });
    steps.push('context');
    uiStore.setState({ ifcHandOver: { pieces: out.pieces, meshes: out.context?.meshes.length ?? 0, steps } });
    showImportNotes(file.name, out.warnings);
    return true;
  });
}

/**
 * Resolves in a new task (a macrotask: input and rendering can run in between, but no frame is awaited).
 * scheduler.postTask where there is one: Chromium hands a MessagePort every message it has waiting in
 * one task, so the steps of the hand-over (and React's own work, which also yields through a port) ran
 * as one long task; a traced import showed three of them in one 37 ms task.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, opts: { priority: string }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-blocking' });
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

export function hallFileName(editor: Editor): string {
  return `${safeFileName(editor.doc.meta.name)}.hall.json`;
}

/** Save: to the same file through the File System Access API when the browser has it, else a download. */
export async function saveHall(editor: Editor, mode: 'save' | 'download'): Promise<void> {
  const blob = toBlob(serializeHall(withDrawingLines(editor.doc)), 'application/json');
  const name = hallFileName(editor);
  try {
    if (mode === 'save' && hasFileSystemAccess()) {
      if (!(await saveWithPicker(blob, name, true))) return;
    } else {
      downloadBlob(blob, name);
    }
    markSaved(editor);
    markClean(editor);
    notify(`${tr(editor, 'file.saved')}: ${name}`);
  } catch (e) {
    showError(editor, tr(editor, 'export.failed', { msg: e instanceof Error ? e.message : String(e) }));
  }
}

/** The editor may track a saved revision (dirty flag); call it when it exists. */
function markSaved(editor: Editor): void {
  const m = (editor as unknown as { markSaved?: () => void }).markSaved;
  if (typeof m === 'function') m.call(editor);
}
