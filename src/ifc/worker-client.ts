/**
 * Main-thread side of the IFC import: all parsing happens in ./worker.ts; this only moves bytes in and
 * the result out, so the page never blocks on web-ifc. Cancel = terminate the worker.
 */
import { DEFAULT_STALL_SECONDS, stallWatchdog } from '../core/stall-watchdog';
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
  /** Seconds without a progress message after which the import is stopped as stalled. */
  stallSeconds?: number;
  /** Makes the worker (tests hand in a fake one). */
  createWorker?: () => ImportWorker;
}

/** What the client needs of a Worker. */
export type ImportWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((ev: MessageEvent) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
};

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
  const worker = opts.createWorker?.() ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ifc-import' });
  const wasmPath = opts.wasmPath ?? defaultWasmPath();
  const assembler = new PieceAssembler();
  return new Promise<WorkerImportResult>((resolve, reject) => {
    let last: IfcProgress | undefined;
    const stallS = opts.stallSeconds ?? DEFAULT_STALL_SECONDS;
    const watchdog = stallWatchdog(stallS, () => {
      finish();
      reject(new IfcImportError(stalledMessage(fileName, stallS, last), 'stalled'));
    });
    const finish = () => {
      watchdog.stop();
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
      watchdog.poke();
      if (m.type === 'progress' && m.progress) {
        last = m.progress;
        opts.onProgress?.(m.progress);
      } else if (m.type === 'piece' && m.piece) {
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
    worker.postMessage({ bytes: buffer, fileName, wasmPath }, [buffer]);
  });
}

/** Says where the import stopped and that nothing was changed, so the user knows what to try next. */
function stalledMessage(fileName: string, seconds: number, p: IfcProgress | undefined): string {
  const at = p ? `stage "${p.stage}", ${Math.floor(p.fraction * 100)} %` : 'before any progress';
  const atZh = p ? `“${p.stage}”阶段，${Math.floor(p.fraction * 100)}%` : '开始阶段';
  return (
    `${fileName}: the IFC import made no progress for ${seconds} s (${at}) and was stopped; the open hall is unchanged. ` +
    `Try again, or export the model from the authoring tool again (IFC4 or IFC2x3, without unused objects). / ` +
    `${fileName}：IFC 导入 ${seconds} 秒无进展（${atZh}），已停止；当前大厅未改变。请重试，或从建模软件重新导出模型。`
  );
}
