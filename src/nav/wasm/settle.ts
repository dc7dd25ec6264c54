/**
 * Runs the WebAssembly settle kernel (settle-kernel.ts) for a fresh solve: lays out a search space's steps,
 * floors and allowed links in the module's memory (once per space) and the sources, and hands back the
 * distances (the kernel starts them at Infinity) as a new array. Where WebAssembly cannot be
 * compiled (a page whose content security policy forbids it), `wasmSolve` answers null and the caller solves in
 * JavaScript.
 */
import type { SearchSpace } from '../mask';
import { linkAllowed } from '../mask';
import { moduleBytes } from './emit';
import { SETTLE } from './settle-kernel';

type SettleFn = (...args: number[]) => void;
interface Kernel {
  memory: WebAssembly.Memory;
  settle: SettleFn;
}

let kernel: Kernel | null | undefined;
/** Compiled on first use (about 1 KB, so browsers allow it synchronously, even outside a worker). */
function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const inst = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes([SETTLE], 1)), {});
    kernel = { memory: inst.exports.memory as WebAssembly.Memory, settle: inst.exports.settle as SettleFn };
  } catch {
    kernel = null;
  }
  return kernel;
}

/** Tests switch the kernel off to compare it with the JavaScript settle. */
export function useWasmSettle(on: boolean): void {
  kernel = on ? undefined : null;
  placed = null;
}

/** Solves the kernel has run, for tests that must know it ran. */
export const wasmStats = { runs: 0 };

/** Longer source lists stay in JavaScript: the kernel scans its source list for the least entry. */
export const MAX_SOURCES = 256;

interface Layout {
  space: SearchSpace;
  d: number;
  steps: number;
  floor: number;
  cols: number;
  ls: number;
  lto: number;
  lco: number;
  qa: number;
  ka: number;
  qb: number;
  kb: number;
  hn: number;
  hp: number;
  /** Allowed link entries, which bound the link steps the source list may receive. */
  links: number;
}
let placed: Layout | null = null;

const align8 = (x: number) => (x + 7) & ~7;

/** Writes the space's fixed data into memory (growing it as needed) and returns where everything is. */
function place(k: Kernel, s: SearchSpace): Layout {
  if (placed && placed.space === s) return placed;
  const { g } = s;
  const N = g.size;
  const lists: [number, number[], number[]][] = [];
  let links = 0;
  for (const [from, es] of g.links) {
    const to: number[] = [];
    const cost: number[] = [];
    for (const e of es) if (linkAllowed(e, s.o)) to.push(e.to), cost.push(e.cost);
    if (to.length) lists.push([from, to, cost]), (links += to.length);
  }
  const fifo = 4 * N + 8;
  const heap = MAX_SOURCES + links + 1;
  let at = 0;
  const take = (bytes: number) => {
    const p = at;
    at = align8(at + bytes);
    return p;
  };
  const L: Layout = {
    space: s,
    d: take(8 * N),
    ka: take(8 * fifo),
    kb: take(8 * fifo),
    hp: take(8 * heap),
    lco: take(8 * (links + lists.length)),
    qa: take(4 * fifo),
    qb: take(4 * fifo),
    hn: take(4 * heap),
    ls: take(4 * N),
    lto: take(4 * (links + lists.length)),
    cols: take(4 * g.grids.length),
    floor: take(2 * N),
    steps: take(N),
    links,
  };
  const need = Math.ceil(at / 65536) - k.memory.buffer.byteLength / 65536;
  if (need > 0) k.memory.grow(need);
  const buf = k.memory.buffer;
  new Uint8Array(buf, L.steps, N).set(s.steps);
  new Uint16Array(buf, L.floor, N).set(s.floorOf);
  new Int32Array(buf, L.cols, g.grids.length).set(g.grids.map((gr) => gr.cols));
  const ls = new Int32Array(buf, L.ls, N).fill(-1);
  const lto = new Int32Array(buf, L.lto, links + lists.length);
  const lco = new Float64Array(buf, L.lco, links + lists.length);
  let e = 0;
  for (const [from, to, cost] of lists) {
    ls[from] = e;
    for (let i = 0; i < to.length; i++, e++) (lto[e] = to[i]), (lco[e] = cost[i]);
    lto[e++] = -1;
  }
  placed = L;
  return L;
}

/**
 * Distances from `seeds` (node → start distance) over `s`, settled by the kernel; null when the kernel is not
 * available or the sources are too many for it.
 */
export function wasmSolve(s: SearchSpace, seeds: Map<number, number>, straight: number, diagonal: number): Float64Array | null {
  if (seeds.size > MAX_SOURCES) return null;
  const k = load();
  if (!k) return null;
  const L = place(k, s);
  const N = s.g.size;
  const buf = k.memory.buffer;
  const d = new Float64Array(buf, L.d, N);
  const hn = new Int32Array(buf, L.hn, seeds.size);
  const hp = new Float64Array(buf, L.hp, seeds.size);
  let h = 0;
  for (const [n, v] of seeds) {
    hn[h] = n;
    hp[h++] = v;
  }
  wasmStats.runs++;
  k.settle(L.d, L.steps, L.floor, L.cols, L.ls, L.lto, L.lco, L.qa, L.ka, L.qb, L.kb, L.hn, L.hp, h, straight, diagonal, N);
  // Out of the module's memory into an array of the field's own: a new array filled by set() costs half what
  // slice() of a view on WebAssembly memory does (1.7 MB for the 10,000-element hall, on every solve).
  const out = new Float64Array(N);
  out.set(d);
  return out;
}
