/**
 * Main-thread side of the IFC import: all parsing happens in ./worker.ts; this only moves bytes in and
 * the result out, so the page never blocks on web-ifc. Cancel = terminate the worker.
 */
import { IfcImportCancelled, IfcImportError } from './errors';
import type { IfcProgress } from './progress';
import { type ImportPiece, PieceAssembler } from './pieces';
import type { ImportResult } from './types';

export type { IfcProgress } from './progress';

export interface WorkerImportOptions {
  onProgress?: (p: IfcProgress) => void;
  signal?: AbortSignal;
  /** Defaults to the File's name. */
  fileName?: string;
  /** Folder holding web-ifc.wasm; defaults to `<base>/wasm/` (vite.config.ts serves and emits it there). */
  wasmPath?: string;
}

function defaultWasmPath(): string {
  return new URL(`${import.meta.env.BASE_URL ?? '/'}wasm/`, self.location.href).href;
}

/** The result, and how many messages it came to the page in (each its own main-thread task). */
export type WorkerImportResult = ImportResult & { pieces: number };

export async function importIfcInWorker(file: File | Uint8Array, opts: WorkerImportOptions = {}): Promise<WorkerImportResult> {
  if (opts.signal?.aborted) throw new IfcImportCancelled();
  const fileName = opts.fileName ?? (file instanceof Uint8Array ? 'model.ifc' : file.name);
  // Our own copy of the bytes, transferred (not cloned) to the worker.
  const buffer = file instanceof Uint8Array ? file.slice().buffer : await file.arrayBuffer();
  if (opts.signal?.aborted) throw new IfcImportCancelled();
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ifc-import' });
  const assembler = new PieceAssembler();
  return new Promise<WorkerImportResult>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new IfcImportCancelled());
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (ev: MessageEvent) => {
      const m = ev.data as { type: string; progress?: IfcProgress; piece?: ImportPiece; name?: string; message?: string; where?: string };
      if (m.type === 'progress' && m.progress) opts.onProgress?.(m.progress);
      else if (m.type === 'piece' && m.piece) {
        try {
          const result = assembler.add(m.piece);
          if (!result) return;
          finish();
          resolve({ ...result, pieces: assembler.count });
        } catch (e) {
          finish();
          reject(new IfcImportError(`${fileName}: ${e instanceof Error ? e.message : String(e)}`, 'worker'));
        }
      } else if (m.type === 'error') {
        finish();
        reject(m.name === 'AbortError' ? new IfcImportCancelled() : new IfcImportError(m.message ?? 'IFC import failed / IFC 导入失败', m.where));
      }
    };
    worker.onerror = (ev: ErrorEvent) => {
      finish();
      reject(new IfcImportError(`${fileName}: the IFC import worker failed (${ev.message || 'could not start; is /wasm/web-ifc.wasm served?'}) / IFC 导入进程出错`, 'worker'));
    };
    worker.postMessage({ bytes: buffer, fileName, wasmPath: opts.wasmPath ?? defaultWasmPath() }, [buffer]);
  });
}
