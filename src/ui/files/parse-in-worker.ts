/**
 * The page's side of src/ui/files/hall-parse.worker.ts: one worker, started on the first file and kept for the
 * next. Where workers are missing or the worker fails to start, the file is read on the page as before, so opening
 * a hall never depends on it.
 */
import { parseHallBytes, type LoadResult } from '../../core/io';

type Reply = { id: number; result?: LoadResult; error?: string };

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: LoadResult) => void; bytes: Uint8Array }>();

function start(): Worker | undefined {
  if (broken || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./hall-parse.worker.ts', import.meta.url), { type: 'module', name: 'hall-parse' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    w.resolve(e.data.result ?? { ok: false, problems: [{ path: '', message: e.data.error ?? 'unreadable file' }] });
  };
  // A worker that cannot load: every file it holds is read on the page instead, and later ones too.
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      w.resolve(parseHallBytes(w.bytes));
    }
  };
  return worker;
}

/** Decodes and validates a hall file's bytes as the CLI does (BOM, UTF-16, migrations, schema). */
export function parseHallInWorker(bytes: Uint8Array): Promise<LoadResult> {
  const w = start();
  if (!w) return Promise.resolve(parseHallBytes(bytes));
  return new Promise((resolve) => {
    const id = ++nextId;
    // The page keeps its copy for the fallback; the worker gets one of its own.
    waiting.set(id, { resolve, bytes });
    const copy = bytes.slice().buffer;
    w.postMessage({ id, bytes: copy }, [copy]);
  });
}
