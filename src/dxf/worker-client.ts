/**
 * Main-thread side of the DXF import: the worker (./worker.ts) reads and builds; this moves bytes in and
 * results out. Cancel = terminate the worker; the open hall is untouched until the caller opens the result.
 */
import { DxfImportCancelled, DxfImportError } from './errors';
import type { DxfProgress } from './progress';
import type { DxfAnalysis, DxfImportOptions, DxfImportResult } from './types';

export type { DxfProgress } from './progress';

export interface DxfWorkerSession {
  analysis: DxfAnalysis;
  /** Build the hall with the dialog's choices; may be called again with other choices. */
  build(options: Omit<DxfImportOptions, 'onProgress' | 'signal'>, onProgress?: (p: DxfProgress) => void, signal?: AbortSignal): Promise<DxfImportResult>;
  close(): void;
}

type Reply =
  | { type: 'progress'; progress: DxfProgress }
  | { type: 'analysed'; analysis: DxfAnalysis }
  | { type: 'done'; result: DxfImportResult }
  | { type: 'error'; message: string; where?: string };

export async function openDxfInWorker(
  file: File | Uint8Array,
  opts: { fileName?: string; onProgress?: (p: DxfProgress) => void; signal?: AbortSignal } = {},
): Promise<DxfWorkerSession> {
  if (opts.signal?.aborted) throw new DxfImportCancelled();
  const fileName = opts.fileName ?? (file instanceof Uint8Array ? 'drawing.dxf' : file.name);
  const buffer = file instanceof Uint8Array ? file.slice().buffer : await file.arrayBuffer();
  if (opts.signal?.aborted) throw new DxfImportCancelled();
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'dxf-import' });
  let closed = false;
  const close = () => {
    closed = true;
    worker.terminate();
  };
  const ask = <T>(msg: unknown, want: 'analysed' | 'done', onProgress?: (p: DxfProgress) => void, signal?: AbortSignal, transfer: Transferable[] = []) =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new DxfImportCancelled());
      const onAbort = () => {
        close();
        reject(new DxfImportCancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      worker.onmessage = (ev: MessageEvent<Reply>) => {
        const m = ev.data;
        if (m.type === 'progress') onProgress?.(m.progress);
        else if (m.type === 'error') {
          done();
          reject(new DxfImportError(m.message, m.where));
        } else if (m.type === want) {
          done();
          resolve((m.type === 'analysed' ? m.analysis : m.type === 'done' ? m.result : undefined) as T);
        }
      };
      worker.onerror = (ev: ErrorEvent) => {
        done();
        close();
        reject(new DxfImportError(`${fileName}: the DXF import worker failed (${ev.message || 'could not start'}) / DXF 导入进程出错`, 'worker'));
      };
      worker.postMessage(msg, transfer);
    });
  try {
    const analysis = await ask<DxfAnalysis>({ type: 'analyse', bytes: buffer, fileName }, 'analysed', opts.onProgress, opts.signal, [buffer]);
    return {
      analysis,
      build: (options, onProgress, signal) => ask<DxfImportResult>({ type: 'build', options }, 'done', onProgress, signal),
      close,
    };
  } catch (e) {
    close();
    throw e;
  }
}
