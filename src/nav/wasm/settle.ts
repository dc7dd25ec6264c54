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
import { LINKED, SETTLE } from './settle-kernel';

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

/**
 * The most sources the kernel's scanned list takes (it scans the list for its least entry on every take). Longer
 * lists go sorted at the head of the straight FIFO, all but those farther than a straight step beyond the least,
 * which stay in the scanned list while they are at most this many.
 */
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
function place(k: Kernel, s: SearchSpace): Layout | null {
  if (placed && placed.space === s) return placed;
  const { g } = s;
  // Floor indices share their word with the LINKED bit.
  if (g.grids.length > LINKED) return null;
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
  // The straight FIFO may start with one entry per node (sources sorted at its head), before the steps.
  const straight = fifo + N;
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
    ka: take(8 * straight),
    kb: take(8 * fifo),
    hp: take(8 * heap),
    lco: take(8 * (links + lists.length)),
    qa: take(4 * straight),
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
  const floor = new Uint16Array(buf, L.floor, N);
  floor.set(s.floorOf);
  new Int32Array(buf, L.cols, g.grids.length).set(g.grids.map((gr) => gr.cols));
  // Only the nodes whose floor word says LINKED have their entry read: the others are left as they are.
  const ls = new Int32Array(buf, L.ls, N);
  const lto = new Int32Array(buf, L.lto, links + lists.length);
  const lco = new Float64Array(buf, L.lco, links + lists.length);
  let e = 0;
  for (const [from, to, cost] of lists) {
    ls[from] = e;
    floor[from] |= LINKED;
    for (let i = 0; i < to.length; i++, e++) (lto[e] = to[i]), (lco[e] = cost[i]);
    lto[e++] = -1;
  }
  placed = L;
  return L;
}

/**
 * A long source list split for the kernel: sorted by distance, those within one straight step of the least at the
 * head of the straight FIFO (returns how many), the others in the scanned list (-1 when they are too many).
 */
function headOfStraight(L: Layout, buf: ArrayBuffer, seeds: Map<number, number>, straight: number): { head: number; rest: number } {
  // Sorted by distance through the distinct distances, sorted natively: samples on a regular step over a regular
  // grid sit at a handful of offsets from their cells' centres, and a comparator sort of thousands costs more.
  const byValue = new Map<number, number[]>();
  for (const [n, v] of seeds) {
    const list = byValue.get(v);
    if (list) list.push(n);
    else byValue.set(v, [n]);
  }
  const values = Float64Array.from(byValue.keys()).sort();
  // Every straight step queued later starts from a settled distance at least the least source's.
  const reach = values[0] + straight;
  const qa = new Int32Array(buf, L.qa, seeds.size);
  const ka = new Float64Array(buf, L.ka, seeds.size);
  let head = 0;
  let k = 0;
  for (; k < values.length && values[k] <= reach; k++)
    for (const n of byValue.get(values[k])!) {
      qa[head] = n;
      ka[head++] = values[k];
    }
  const rest = seeds.size - head;
  if (rest > MAX_SOURCES) return { head, rest: -1 };
  const hn = new Int32Array(buf, L.hn, rest);
  const hp = new Float64Array(buf, L.hp, rest);
  let r = 0;
  for (; k < values.length; k++)
    for (const n of byValue.get(values[k])!) {
      hn[r] = n;
      hp[r++] = values[k];
    }
  return { head, rest };
}

/**
 * Distances from `seeds` (node → start distance) over `s`, settled by the kernel; null when the kernel is not
 * available or the sources lie too far apart in distance for it (see headOfStraight). Nodes farther than `limit`
 * are left at Infinity (and not settled).
 */
export function wasmSolve(s: SearchSpace, seeds: Map<number, number>, straight: number, diagonal: number, limit = Infinity): Float64Array | null {
  const k = load();
  if (!k) return null;
  const L = place(k, s);
  if (!L) return null;
  const N = s.g.size;
  const buf = k.memory.buffer;
  const d = new Float64Array(buf, L.d, N);
  let head = 0;
  let h = 0;
  if (seeds.size > MAX_SOURCES) {
    const split = headOfStraight(L, buf, seeds, straight);
    if (split.rest < 0) return null;
    head = split.head;
    h = split.rest;
  } else {
    const hn = new Int32Array(buf, L.hn, seeds.size);
    const hp = new Float64Array(buf, L.hp, seeds.size);
    for (const [n, v] of seeds) {
      hn[h] = n;
      hp[h++] = v;
    }
  }
  wasmStats.runs++;
  k.settle(L.d, L.steps, L.floor, L.cols, L.ls, L.lto, L.lco, L.qa, L.ka, L.qb, L.kb, L.hn, L.hp, h, straight, diagonal, N, head, limit);
  // Out of the module's memory into an array of the field's own: a new array filled by set() costs half what
  // slice() of a view on WebAssembly memory does (1.7 MB for the 10,000-element hall, on every solve).
  const out = new Float64Array(N);
  out.set(d);
  return out;
}
