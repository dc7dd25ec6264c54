/**
 * The editor's DXF import: read in a worker with progress and cancel, ask with the layer dialog, then
 * build and open the hall. The open hall is replaced only when the build succeeds.
 */
import type { Editor } from '../../editor/editor';
import { countedKinds } from '../../core/kinds/counted';
import { axisRuns } from '../../dxf/axes';
import { DxfImportCancelled, DxfImportError } from '../../dxf/errors';
import { storeyCode, storeyOrder } from '../../dxf/names';
import { term, translate, type MessageKey } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { showImportNotes } from '../files/import-notes';
import { replaceHall } from '../files/replace-hall';
import { askToReplace } from '../files/replace-ticket';
import { addImportedFloors } from './add-floors';
import { rememberSource } from './drawing-link';
import { dxfStore } from './dxf-store';

/** The shell's error banner (set directly: files/actions.ts loads this module on demand, so importing it back would be a cycle). */
function showError(editor: Editor, message: string, details?: string[]): void {
  editor.store.setState({ error: { message, details } });
}

function tr(editor: Editor, key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(editor.store.getState().locale, key, vars);
}

/** An import error in the UI's language (the importer's own errors carry both). */
function errorText(editor: Editor, e: unknown): string {
  if (e instanceof DxfImportError) return term(e.text, editor.store.getState().locale);
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads the drawing and opens the layer dialog. Nothing is asked yet: the drawing may go on top of the open hall as
 * new floors, which keeps every edit; the unsaved-edits question comes at Import, and only when it replaces the hall.
 */
export async function startDxfImport(editor: Editor, file: File, save: () => Promise<void>): Promise<boolean> {
  const ctrl = new AbortController();
  uiStore.setState({ busy: { label: tr(editor, 'dxf.reading', { name: file.name }), progress: 0, cancel: () => ctrl.abort() } });
  try {
    const { openDxfInWorker } = await import('../../dxf/worker-client');
    const session = await openDxfInWorker(file, {
      fileName: file.name,
      signal: ctrl.signal,
      onProgress: (p) => {
        const b = uiStore.getState().busy;
        if (b) uiStore.setState({ busy: { ...b, progress: p.fraction } });
      },
    });
    const a = session.analysis;
    dxfStore.getState().dialog?.session.close();
    dxfStore.setState({
      dialog: {
        fileName: file.name,
        analysis: a,
        roles: Object.fromEntries(a.layers.map((l) => [l.name, l.role])),
        units: a.units.unit,
        frames: a.proposedFrames,
        session,
        save,
        into: 'hall',
      },
    });
    editor.store.setState({ error: undefined });
    return true;
  } catch (e) {
    if (!(e instanceof DxfImportCancelled) && !ctrl.signal.aborted) showError(editor, tr(editor, 'dxf.failed', { name: file.name }), [errorText(editor, e)]);
    return false;
  } finally {
    uiStore.setState({ busy: undefined });
  }
}

export function cancelDxfDialog(): void {
  dxfStore.getState().dialog?.session.close();
  dxfStore.setState({ dialog: undefined });
}

/** The user's Cancel: what the dialog said of a failed Import goes with it, not left behind as the page's banner. */
export function dismissDxfDialog(editor: Editor): void {
  cancelDxfDialog();
  editor.store.setState({ error: undefined });
}

export async function confirmDxfImport(editor: Editor): Promise<boolean> {
  const d = dxfStore.getState().dialog;
  if (!d) return false;
  // Cancelled, the dialog stays open: the user may add the drawing as floors instead.
  const ticket = d.into === 'hall' ? await askToReplace(editor, d.fileName, d.save) : undefined;
  if (d.into === 'hall' && !ticket) return false;
  const ctrl = new AbortController();
  uiStore.setState({ busy: { label: tr(editor, 'dxf.building', { name: d.fileName }), progress: 0, cancel: () => ctrl.abort() } });
  try {
    const frames = storeyOrder(d.frames, (i) => d.analysis.frames[i]?.title);
    const res = await d.session.build(
      { fileName: d.fileName, units: d.units, layers: d.roles, frames },
      (p) => {
        const b = uiStore.getState().busy;
        if (b) uiStore.setState({ busy: { ...b, progress: p.fraction } });
      },
      ctrl.signal,
    );
    if (d.into === 'floors') {
      const added = addImportedFloors(editor, res.doc, res.context, `导入 DXF 为新楼层 / Import ${d.fileName} as floors`, d.stack === true);
      if (!added) return false;
      // The dialog asks before Import; a hall changed meanwhile is refused here, with the dialog left open.
      if ('clashes' in added) {
        const why = added.clashes.map((c) => tr(editor, 'dxf.floorClash', { title: c.title, storey: storeyCode(c.storey) }));
        showError(editor, tr(editor, 'dxf.failed', { name: d.fileName }), why);
        return false;
      }
      d.session.close();
      rememberSource(added.context, { units: d.units, layers: d.roles, frames });
      const ctx = dxfStore.getState().context ?? [];
      dxfStore.setState({ dialog: undefined, context: [...ctx, ...added.context], contextName: d.fileName, view: { ...dxfStore.getState().view, visible: true } });
      editor.setFloor(added.ids[0]);
    } else if (ticket) {
      // A plan the loader would refuse (past the hall's limits, often a wrong unit) is not opened: the message says
      // why, the hall stays, and the dialog stays open to pick another unit or layer.
      if (!(await replaceHall(editor, ticket, { doc: res.doc, label: `导入 DXF / Import ${d.fileName}` }))) return false;
      rememberSource(res.context, { units: d.units, layers: d.roles, frames });
      d.session.close();
      dxfStore.setState({ dialog: undefined, context: res.context, contextName: d.fileName, linked: false, view: { ...dxfStore.getState().view, visible: true } });
    }
    const shown = editor.floor;
    if (shown)
      editor.frame(
        shown.elements.map((e) => e.id),
        false,
      );
    editor.store.setState({ error: undefined });
    const s = res.stats;
    const aligned = res.alignedOn.length ? tr(editor, 'dxf.alignedOn', { axes: axisRuns(res.alignedOn) }) : '';
    const counts = countedKinds(s.elements);
    notify(tr(editor, 'dxf.imported', { name: d.fileName, counts: term(counts, editor.store.getState().locale) }) + aligned);
    // What the dialog already showed (the unit guess the user confirmed there) is not repeated.
    showImportNotes(
      d.fileName,
      res.warnings.filter((w) => !d.analysis.warnings.some((x) => x.en === w.en)),
    );
    return true;
  } catch (e) {
    if (e instanceof DxfImportCancelled || ctrl.signal.aborted) {
      cancelDxfDialog();
      return false;
    }
    // The dialog stays open: the user can pick another wall layer or unit and try again (not after a stall: the
    // stalled worker was stopped, and the file must be opened again).
    if (e instanceof DxfImportError && e.where === 'stalled') cancelDxfDialog();
    showError(editor, tr(editor, 'dxf.failed', { name: d.fileName }), [errorText(editor, e)]);
    return false;
  } finally {
    uiStore.setState({ busy: undefined });
  }
}

export function closeDxfContext(): void {
  dxfStore.setState({ context: undefined, contextName: undefined });
}
