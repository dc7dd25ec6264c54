/**
 * The page's side of src/ui/files/autosave.worker.ts: hands the document to the worker (a structured clone, far
 * cheaper than writing its text) and resolves when the worker's IndexedDB write completed. Without a working
 * worker the record is written on the page, as Autosave does by default.
 */
import type { AutosaveWriter } from '../../editor/autosave';

type Reply = { id: number; error?: { name: string; message: string } };

export function workerWriter(fallback: AutosaveWriter): AutosaveWriter {
  let worker: Worker | undefined;
  let broken = typeof Worker === 'undefined';
  let nextId = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  const start = (): Worker | undefined => {
    if (broken || worker) return worker;
    try {
      worker = new Worker(new URL('./autosave.worker.ts', import.meta.url), { type: 'module', name: 'autosave' });
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const w = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      const err = e.data.error;
      if (err) w?.reject(Object.assign(new Error(err.message), { name: err.name }));
      else w?.resolve();
    };
    // A worker that cannot load: the writes it holds are made on the page, and the later ones too.
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = undefined;
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.reject(Object.assign(new Error('autosave worker failed'), { name: 'WorkerFailed' }));
      }
    };
    return worker;
  };
  return (key, doc, meta) => {
    const w = start();
    if (!w) return fallback(key, doc, meta);
    return new Promise<void>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, key, doc, meta });
    }).catch((e: Error) => (e.name === 'WorkerFailed' ? fallback(key, doc, meta) : Promise.reject(e)));
  };
}
