/**
 * The page's side of src/ui/files/autosave.worker.ts: hands the document to the worker (a structured clone, far
 * cheaper than writing its text) and resolves when the worker's IndexedDB write completed. Without a working
 * worker the record is written on the page, as Autosave does by default.
 */
import type { AutosaveWriter } from '../../editor/autosave';
import { workerCall } from '../../view/worker-call';

type Reply = { id: number; error?: { name: string; message: string } };

export function workerWriter(fallback: AutosaveWriter): AutosaveWriter {
  const write = workerCall<Parameters<AutosaveWriter>, void, Reply>({
    create: () => new Worker(new URL('./autosave.worker.ts', import.meta.url), { type: 'module', name: 'autosave' }),
    onPage: ([key, doc, meta]) => fallback(key, doc, meta),
    message: (id, [key, doc, meta]) => ({ data: { id, key, doc, meta } }),
    reply: (r) => {
      if (r.error) throw Object.assign(new Error(r.error.message), { name: r.error.name });
    },
  });
  return (key, doc, meta) => write([key, doc, meta]);
}
