/**
 * Module worker running the IFC import off the main thread. Message in: { bytes, fileName, wasmPath }.
 * Messages out: { type: 'progress', progress } … then the result in pieces, { type: 'piece', piece } (the hall
 * first, then the context geometry with its buffers transferred, not copied; see ./pieces.ts), or
 * { type: 'error', name, message, where }.
 */
import { importIfc } from './import';
import { IfcImportError } from './errors';
import { overallProgress } from './progress';
import { pieceTransferables, splitResult } from './pieces';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  fileName?: string;
  wasmPath?: string;
}

const scope = self as unknown as { postMessage(msg: unknown, transfer?: Transferable[]): void; onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = async (ev) => {
  const { bytes, fileName, wasmPath } = ev.data;
  let lastStage = '';
  let lastPct = -1;
  try {
    const result = await importIfc(new Uint8Array(bytes), {
      fileName,
      wasmPath: wasmPath ?? '/wasm/',
      withGeometry: true,
      onProgress: (stage, f) => {
        // Each message is a task and a re-render on the page: send only what a progress bar can show.
        const progress = overallProgress(stage, f);
        const pct = Math.floor(progress.fraction * 100);
        if (stage === lastStage && pct === lastPct) return;
        lastStage = stage;
        lastPct = pct;
        scope.postMessage({ type: 'progress', progress });
      },
    });
    for (const piece of splitResult(result)) scope.postMessage({ type: 'piece', piece }, pieceTransferables(piece));
  } catch (e) {
    scope.postMessage({
      type: 'error',
      name: e instanceof Error ? e.name : 'Error',
      message: e instanceof Error ? e.message : String(e),
      where: e instanceof IfcImportError ? e.where : undefined,
    });
  }
};
