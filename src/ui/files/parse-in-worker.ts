/**
 * The page's side of src/ui/files/hall-parse.worker.ts: one worker, started on the first file and kept for the
 * next. Where workers are missing or the worker fails to start, the file is read on the page as before, so opening
 * a hall never depends on it.
 */
import type { Floor } from '../../core/document';
import { type LoadResult, parseHallBytes } from '../../core/io';
import { workerCall } from '../../view/worker-call';

/** The worker sends a valid hall's floors one message each, then the result with the floors left out. */
type Reply = { id: number; result?: LoadResult; error?: string; floor?: Floor };

/** The floors received so far, per call. */
const floors = new Map<number, Floor[]>();

function withFloors(r: Reply): LoadResult {
  const got = floors.get(r.id) ?? [];
  floors.delete(r.id);
  if (r.result?.ok) return { ...r.result, doc: { ...r.result.doc, floors: got } };
  return r.result ?? { ok: false, problems: [{ path: '', message: r.error ?? 'unreadable file' }] };
}

/** Decodes and validates a hall file's bytes as the CLI does (BOM, UTF-16, migrations, schema). */
export const parseHallInWorker: (bytes: Uint8Array) => Promise<LoadResult> = workerCall<Uint8Array, LoadResult, Reply>({
  create: () => new Worker(new URL('./hall-parse.worker.ts', import.meta.url), { type: 'module', name: 'hall-parse' }),
  onPage: parseHallBytes,
  // The page keeps its copy for the fallback; the worker gets one of its own.
  message: (id, bytes) => {
    const copy = bytes.slice().buffer;
    return { data: { id, bytes: copy }, transfer: [copy] };
  },
  reply: withFloors,
  piece: (r) => {
    if (!r.floor) return false;
    floors.set(r.id, [...(floors.get(r.id) ?? []), r.floor]);
    return true;
  },
});
