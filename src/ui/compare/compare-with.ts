/**
 * Starting a comparison: the other version is read as the editor reads a file (a .hall.json as the loader
 * checks it, an .ifc imported in its worker), then compared with the open hall in a worker. The open hall is
 * never touched.
 */
import type { HallDocument } from '../../core/document';
import { describeProblems, parseHallBytes } from '../../core/io';
import type { Editor } from '../../editor/editor';
import { type CompareState, compareStore } from './compare-store';

async function readVersion(file: File): Promise<HallDocument> {
  if (/\.ifc$/i.test(file.name)) {
    const { importIfcInWorker } = await import('../../ifc/worker-client');
    return (await importIfcInWorker(file, { fileName: file.name })).doc;
  }
  const res = parseHallBytes(new Uint8Array(await file.arrayBuffer()));
  if (!res.ok) throw new Error(`${file.name}: ${describeProblems(res.problems, 3)}`);
  return res.doc;
}

function inWorker(base: HallDocument, current: HallDocument): Promise<Pick<CompareState, 'diff' | 'findings'>> {
  const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'compare' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (ev) => {
      worker.terminate();
      if (ev.data.error) reject(new Error(ev.data.error));
      else resolve(ev.data);
    };
    worker.onerror = (ev) => {
      worker.terminate();
      reject(new Error(ev.message || 'compare worker failed'));
    };
    worker.postMessage({ base, current });
  });
}

export async function compareWith(editor: Editor, file: File): Promise<void> {
  compareStore.setState({ open: true, busy: true, baseName: file.name, base: undefined, diff: undefined, findings: undefined, error: undefined });
  try {
    const base = await readVersion(file);
    compareStore.setState({ base });
    await recompare(editor);
  } catch (e) {
    compareStore.setState({ busy: false, error: e instanceof Error ? e.message : String(e) });
  }
}

/** Compares the open hall, as it is now, with the version already read. */
export async function recompare(editor: Editor): Promise<void> {
  const base = compareStore.getState().base;
  if (!base) return;
  compareStore.setState({ busy: true, error: undefined });
  try {
    const out = await inWorker(base, editor.doc);
    compareStore.setState({ busy: false, ...out });
  } catch (e) {
    compareStore.setState({ busy: false, error: e instanceof Error ? e.message : String(e) });
  }
}
