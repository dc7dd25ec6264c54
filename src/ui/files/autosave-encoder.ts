/**
 * The page's side of src/ui/files/autosave.worker.ts: hands the document to the worker (a structured clone, much
 * cheaper than writing its text) and gets the record to store back. Without a working worker the record is
 * written on the page, as Autosave does by default.
 */
import type { HallDocument } from '../../core/document';
import type { AutosaveEncoder } from '../../editor/autosave';

type Reply = { id: number; value?: string; error?: string };

export function workerEncoder(fallback: AutosaveEncoder): AutosaveEncoder {
  let worker: Worker | undefined;
  let broken = typeof Worker === 'undefined';
  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
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
      if (e.data.value !== undefined) w?.resolve(e.data.value);
      else w?.reject(new Error(e.data.error ?? 'autosave worker failed'));
    };
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = undefined;
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.reject(new Error('autosave worker failed'));
      }
    };
    return worker;
  };
  return (doc: HallDocument, meta) => {
    const w = start();
    if (!w) return fallback(doc, meta);
    return new Promise<string>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, doc, meta });
    }).catch(() => fallback(doc, meta));
  };
}
