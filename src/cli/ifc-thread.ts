/** Worker-thread side of importIfcBounded: imports the bytes it is given and posts progress and the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { importIfc } from '../ifc';

const { bytes, fileName } = workerData as { bytes: Uint8Array; fileName: string };
importIfc(bytes, { fileName, onProgress: (stage, fraction) => parentPort?.postMessage({ type: 'progress', stage, fraction }) }).then(
  (res) => parentPort?.postMessage({ type: 'done', doc: res.doc, warnings: res.warnings, stats: res.stats }),
  (e: unknown) => parentPort?.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
);
