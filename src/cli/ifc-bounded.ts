/**
 * IFC import for the CLI with a time limit. web-ifc runs synchronously in wasm: a damaged file can keep it busy
 * forever where no check of ours can run, so the import runs in a worker thread that is terminated at the limit
 * with a message naming the stage it was in (the editor's import runs in a Web Worker with a Cancel button).
 */
import { Worker } from 'node:worker_threads';
import type { HallDocument } from '../core/document';
import type { ImportResult } from '../ifc';

/** Seconds an import may take; HALLTWIN_IFC_TIMEOUT_S overrides it. */
export const IFC_TIMEOUT_S = 300;

export function ifcTimeoutMs(): number {
  const env = Number(process.env.HALLTWIN_IFC_TIMEOUT_S);
  return (Number.isFinite(env) && env > 0 ? env : IFC_TIMEOUT_S) * 1000;
}

export function importIfcBounded(bytes: Uint8Array, fileName: string, limitMs = ifcTimeoutMs()): Promise<Pick<ImportResult, 'doc' | 'warnings' | 'stats'>> {
  return new Promise((resolve, reject) => {
    let stage = 'open';
    let settled = false;
    // The thread's entry is TypeScript: register tsx there first, as bin/halltwin.mjs does for the main thread.
    const entry = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(new URL('./ifc-thread.ts', import.meta.url).href)}); });`;
    const worker = new Worker(entry, { eval: true, workerData: { bytes, fileName } });
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`${fileName}: the IFC import did not finish within ${Math.round(limitMs / 1000)} s (stage "${stage}"); the file may be damaged / IFC 导入超时`)),
        ),
      limitMs,
    );
    worker.on('message', (m: { type: string; stage?: string; doc?: HallDocument; warnings?: ImportResult['warnings']; stats?: ImportResult['stats']; message?: string }) => {
      if (m.type === 'progress' && m.stage) stage = m.stage;
      else if (m.type === 'done') finish(() => resolve({ doc: m.doc!, warnings: m.warnings!, stats: m.stats! }));
      else if (m.type === 'error') finish(() => reject(new Error(m.message)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`${fileName}: the IFC import stopped (exit ${code}) in stage "${stage}"`))));
  });
}
