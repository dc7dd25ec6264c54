/**
 * Main-thread side of the DXF import: the worker (./worker.ts) reads and builds; this moves bytes in and
 * results out. Cancel = terminate the worker; the open hall is untouched until the caller opens the result.
 */
import { DEFAULT_STALL_SECONDS, stallWatchdog } from '../core/stall-watchdog';
import type { Term } from '../core/vocab';
import type { ImportWorker } from '../ifc/worker-client';
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
  | { type: 'error'; text: Term; where?: string };

export async function openDxfInWorker(
  file: File | Uint8Array,
  opts: {
    fileName?: string;
    onProgress?: (p: DxfProgress) => void;
    signal?: AbortSignal;
    /** Seconds without a message from the worker after which the step is stopped as stalled. */
    stallSeconds?: number;
    /** Makes the worker (tests hand in a fake one). */
    createWorker?: () => ImportWorker;
  } = {},
): Promise<DxfWorkerSession> {
  if (opts.signal?.aborted) throw new DxfImportCancelled();
  const fileName = opts.fileName ?? (file instanceof Uint8Array ? 'drawing.dxf' : file.name);
  const buffer = file instanceof Uint8Array ? file.slice().buffer : await file.arrayBuffer();
  if (opts.signal?.aborted) throw new DxfImportCancelled();
  const worker = opts.createWorker?.() ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'dxf-import' });
  const stallS = opts.stallSeconds ?? DEFAULT_STALL_SECONDS;
  let closed = false;
  const close = () => {
    closed = true;
    worker.terminate();
  };
  const ask = <T>(msg: unknown, want: 'analysed' | 'done', onProgress?: (p: DxfProgress) => void, signal?: AbortSignal, transfer: Transferable[] = []) =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new DxfImportCancelled());
      let last: DxfProgress | undefined;
      // A worker stuck in a loop is stopped, never waited on: the session ends, the open hall is untouched.
      const watchdog = stallWatchdog(stallS, () => {
        done();
        close();
        reject(new DxfImportError(stalledMessage(fileName, stallS, last), 'stalled'));
      });
      const onAbort = () => {
        watchdog.stop();
        close();
        reject(new DxfImportCancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        watchdog.stop();
        signal?.removeEventListener('abort', onAbort);
      };
      worker.onmessage = (ev: MessageEvent<Reply>) => {
        const m = ev.data;
        watchdog.poke();
        if (m.type === 'progress') {
          last = m.progress;
          onProgress?.(m.progress);
        } else if (m.type === 'error') {
          done();
          reject(new DxfImportError(m.text, m.where));
        } else if (m.type === want) {
          done();
          resolve((m.type === 'analysed' ? m.analysis : m.type === 'done' ? m.result : undefined) as T);
        }
      };
      worker.onerror = (ev: ErrorEvent) => {
        done();
        close();
        const why = ev.message || 'could not start';
        reject(new DxfImportError({ zh: `${fileName}：DXF 导入进程出错（${why}）`, en: `${fileName}: the DXF import worker failed (${why})` }, 'worker'));
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

/** Says where the import stopped and that nothing was changed, so the user knows what to try next. */
function stalledMessage(fileName: string, seconds: number, p: DxfProgress | undefined): Term {
  const at = p ? `stage "${p.stage}", ${Math.floor(p.fraction * 100)} %` : 'before any progress';
  const atZh = p ? `“${p.stage}”阶段，${Math.floor(p.fraction * 100)}%` : '开始阶段';
  return {
    zh: `${fileName}：DXF 导入 ${seconds} 秒无进展（${atZh}），已停止；当前大厅未改变。请减少图层或只选一个图框后重试，或重新另存为 DXF。`,
    en:
      `${fileName}: the DXF import made no progress for ${seconds} s (${at}) and was stopped; the open hall is unchanged. ` +
      'Try again with fewer layers or one frame, or save the plan again as DXF (see the help in the layer dialog).',
  };
}
