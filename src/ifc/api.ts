/**
 * One web-ifc engine per thread (Init compiles ~1 MB of wasm; models are opened and closed per import).
 * In Node the wasm comes from the installed package; in a worker from `wasmPath` ('/wasm/' in the app).
 */
import { IfcAPI, LogLevel } from 'web-ifc';

let engine: Promise<IfcAPI> | null = null;
let enginePath: string | undefined;

async function nodePackageDir(): Promise<string> {
  // Kept out of the browser bundle: the specifiers are opaque to vite.
  const modName = 'node:module';
  const pathName = 'node:path';
  const { createRequire } = (await import(/* @vite-ignore */ modName)) as typeof import('node:module');
  const { dirname } = (await import(/* @vite-ignore */ pathName)) as typeof import('node:path');
  const req = createRequire(import.meta.url);
  return dirname(req.resolve('web-ifc')) + '/';
}

export function getIfcApi(wasmPath?: string): Promise<IfcAPI> {
  if (engine && enginePath === wasmPath) return engine;
  enginePath = wasmPath;
  engine = (async () => {
    const api = new IfcAPI();
    const dir = wasmPath ?? (await nodePackageDir());
    api.SetWasmPath(dir, true);
    // Single-threaded: the import already runs off the main thread, and the -mt build needs COOP/COEP.
    await api.Init(undefined, true);
    api.SetLogLevel(LogLevel.LOG_LEVEL_OFF);
    return api;
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}
