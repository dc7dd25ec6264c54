/**
 * An IFC file read in the worker as every IFC action of the editor reads it: the progress bar with its stage and a
 * cancel button for the whole action, a cancelled read silent, a failed one reported the same way. Importing keeps
 * the hall the file gives; locating a reopened hall's model keeps only its model layer.
 */
import type { WorkerImportResult } from '../../ifc/worker-client';
import type { Editor } from '../../editor/editor';
import { translate } from '../i18n';
import { uiStore } from '../ui-store';

/**
 * Reads `file` and hands the result to `use`, still under the progress bar (the hand-over of a large model is part of
 * the wait). False when cancelled or when reading fails (the error banner says why); else what `use` returns.
 */
export async function withIfcRead(editor: Editor, file: File, use: (out: WorkerImportResult, bytes: Uint8Array) => Promise<boolean>): Promise<boolean> {
  const ctrl = new AbortController();
  uiStore.setState({ ifcImport: { fileName: file.name, cancel: () => ctrl.abort() } });
  try {
    // Loaded on demand: the worker client (and the worker) stay out of the first load.
    const { importIfcInWorker } = await import('../../ifc/worker-client');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const out = await importIfcInWorker(bytes, {
      fileName: file.name,
      signal: ctrl.signal,
      onProgress: (progress) => {
        const cur = uiStore.getState().ifcImport;
        if (cur) uiStore.setState({ ifcImport: { ...cur, progress } });
      },
    });
    if (ctrl.signal.aborted) return false;
    return await use(out, bytes);
  } catch (e) {
    if (ctrl.signal.aborted || (e instanceof Error && e.name === 'IfcImportCancelled')) return false;
    const message = translate(editor.store.getState().locale, 'file.ifcFailed', { name: file.name });
    editor.store.setState({ error: { message, details: [e instanceof Error ? e.message : String(e)] } });
    return false;
  } finally {
    uiStore.setState({ ifcImport: undefined });
  }
}
