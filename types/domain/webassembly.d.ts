/**
 * The part of the WebAssembly JS API that src/nav/wasm uses. Node and browsers both have it, but TypeScript
 * declares it only in the DOM lib, which the domain configuration (tsconfig.domain.json) leaves out on purpose.
 */
declare namespace WebAssembly {
  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }
  interface Module {
    readonly __brand?: 'WebAssembly.Module';
  }
  var Module: { new (bytes: Uint8Array<ArrayBuffer>): Module };
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  var Instance: { new (module: Module, imports?: Record<string, unknown>): Instance };
}
