/**
 * Where a search may stand, per graph and route options, as one byte per node: the inner loops of Dijkstra and A*
 * read this instead of re-deriving walkability, steps and clear width for every edge they look at.
 */
import type { LinkEdge, NavGraph } from './graph-types';
import type { FloorGrid } from './raster-types';
import { patchOf } from './raster-patch';
import { aroundChanged, floorMask, floorSteps, stepBits, stepsOfMask } from './floor-mask';
import { Versioned } from './versions';
import { gapBits } from './raster-gaps';
import { pinchBits } from './step-chords';

export interface RouteOptions {
  /** Wheelchair mode: no stairs or escalators, ramps within `maxRampSlope`, no stepped doors, `minClearWidth`. */
  accessible?: boolean;
  /** Narrowest passage allowed, metres (accessible default 0.9, else none). */
  minClearWidth?: number;
  /** Steepest ramp allowed (rise/run), default 1/12. */
  maxRampSlope?: number;
  /** Narrowest door clear width allowed (accessible mode): a door narrower than this closes its opening. */
  minDoorWidth?: number;
  /**
   * Narrowest passage anyone walks through, metres, where no `minClearWidth` is asked (a preset's walkMinWidthM):
   * without it a gap narrower than a cell is open or shut by where the cells' centres fall.
   */
  minWalkWidth?: number;
}

/**
 * Wheelchair routes with no width limit on passages or doors: the step-free network. Where a place is out of a
 * wheelchair's reach, reaching it here says the way is too narrow rather than stepped.
 */
export const STEP_FREE: Readonly<RouteOptions> = { accessible: true, minClearWidth: 0, minDoorWidth: 0 };

/** A graph seen through one set of route options. */
export interface SearchSpace {
  g: NavGraph;
  o: RouteOptions;
  /** Same options give the same key: fields and masks are cached by it. */
  key: string;
  /** Half-width a cell must have free around it, metres (0 = no limit). */
  minHalf: number;
  /**
   * 1 = a search may enter this node. Spaces of successive graphs share one buffer (versions.ts): read it afresh
   * after reading another space's, never hold it across a call that may.
   */
  readonly mask: Uint8Array;
  /** Floor index of every node. */
  floorOf: Uint16Array;
  /** 1 = the node has link edges (saves a map lookup per node in the inner loops). */
  linked: Uint8Array;
  /**
   * Per node, the grid steps a search may take from it: bit k set when the step NEIGHBOURS[k] lands on an open
   * cell inside the floor without cutting a closed corner. Depends on the neighbours only, not on the node itself
   * (a closed source cell still expands). The inner loops read one byte per node instead of up to eight. Shared
   * between versions like `mask`.
   */
  readonly steps: Uint8Array;
  /** The mask of one floor's nodes, from a buffer of its own: for comparing two spaces without moving `mask`. */
  floorMaskOf(fi: number): Uint8Array;
}

export function optionsKey(o: RouteOptions): string {
  return `${o.accessible ? 1 : 0}|${o.minClearWidth ?? ''}|${o.maxRampSlope ?? ''}|${o.minDoorWidth ?? ''}|${o.minWalkWidth ?? ''}`;
}

export function minHalfOf(o: RouteOptions): number {
  const minW = o.minClearWidth ?? (o.accessible ? 0.9 : (o.minWalkWidth ?? 0));
  // Widths are exact (FloorGrid.passWidth), so no allowance for the raster: a corridor at the limit passes, one
  // a centimetre under it does not.
  return minW > 0 ? minW / 2 : 0;
}

/**
 * The mask of one floor raster as a search with these options sees it: the floor's part of the search space for
 * `o` (SearchSpace.floorMaskOf), kept per raster, so whoever reads the walking or wheelchair mask of a prebuilt
 * space (the graph's room maps, sign continuity's probes, the nav map's bit fields) reads that very array.
 */
export function spaceFloorMask(grid: FloorGrid, audience: 'public' | 'staff', o: RouteOptions): Uint8Array {
  return floorMask(grid, audience, !!o.accessible, minHalfOf(o), o.minDoorWidth ?? 0);
}

/** Floor index per node: depends only on the floors' sizes, so graphs that differ by an edit share one table. */
const floorTables = new WeakMap<NavGraph, Uint16Array>();
const tablesBySizes = new Map<string, Uint16Array>();
function floorTable(g: NavGraph): Uint16Array {
  let t = floorTables.get(g);
  if (!t) {
    const sizes = g.grids.map((grid) => grid.cols * grid.rows).join(',');
    t = tablesBySizes.get(sizes);
    if (!t) {
      const table = new Uint16Array(g.size);
      g.grids.forEach((grid, fi) => table.fill(fi, g.offsets[fi], g.offsets[fi] + grid.cols * grid.rows));
      tablesBySizes.set(sizes, (t = table));
      if (tablesBySizes.size > 8) tablesBySizes.delete(tablesBySizes.keys().next().value!);
    }
    floorTables.set(g, t);
  }
  return t;
}

/**
 * 1 where a node has link edges; per graph, whatever the route options, and shared by graphs whose links leave
 * from the same nodes (an edit that moves no link).
 */
const linkedTables = new WeakMap<NavGraph, Uint8Array>();
const linkedByNodes = new Map<string, Uint8Array>();
function linkedTable(g: NavGraph): Uint8Array {
  let t = linkedTables.get(g);
  if (!t) {
    const nodes = [...g.links.keys()];
    const k = `${g.size}|${nodes.join(',')}`;
    t = linkedByNodes.get(k);
    if (!t) {
      t = new Uint8Array(g.size);
      for (const n of nodes) t[n] = 1;
      linkedByNodes.set(k, t);
      if (linkedByNodes.size > 8) linkedByNodes.delete(linkedByNodes.keys().next().value!);
    }
    linkedTables.set(g, t);
  }
  return t;
}

/** A space over versioned mask and step arrays; `floorMasks` gives each floor's own mask. */
function spaceOf(
  g: NavGraph,
  o: RouteOptions,
  key: string,
  minHalf: number,
  mask: Versioned<Uint8Array>,
  steps: Versioned<Uint8Array>,
  floorMasks: (fi: number) => Uint8Array,
): SearchSpace {
  return {
    g,
    o,
    key,
    minHalf,
    floorOf: floorTable(g),
    linked: linkedTable(g),
    get mask() {
      return mask.get();
    },
    get steps() {
      return steps.get();
    },
    floorMaskOf: floorMasks,
  };
}

/** Same node numbering: every floor at the same offset with the same number of cells. */
function sameNumbering(a: NavGraph, b: NavGraph): boolean {
  if (a.size !== b.size || a.grids.length !== b.grids.length) return false;
  for (let fi = 0; fi < a.grids.length; fi++) if (a.offsets[fi] !== b.offsets[fi] || a.grids[fi].cols !== b.grids[fi].cols || a.grids[fi].rows !== b.grids[fi].rows) return false;
  return true;
}

/**
 * The newest mask and step versions per audience and options, with the graph they describe: the next graph's
 * are written over them where its floors differ, the old ones kept as diffs (versions.ts). Each option set's
 * space used to copy every floor into two graph-sized arrays for every edit.
 */
const newestArrays = new Map<string, { g: NavGraph; mask: Versioned<Uint8Array>; steps: Versioned<Uint8Array> }>();

/** Writes `src` over `dst` at `off + i` for the given cells (or all), logging (index, old value) pairs. */
function writeOver(dst: Uint8Array, src: Uint8Array, off: number, log: number[], cells?: Iterable<number>): void {
  if (cells) {
    for (const i of cells) if (dst[off + i] !== src[i]) log.push(off + i, dst[off + i]), (dst[off + i] = src[i]);
    return;
  }
  for (let i = 0; i < src.length; i++) if (dst[off + i] !== src[i]) log.push(off + i, dst[off + i]), (dst[off + i] = src[i]);
}

/**
 * Writes the step bits of a floor mask over `dst` at `off + i` for the given cells, logging as writeOver does:
 * the bits of the cells around a patch's changes, read off the floor's mask, with no floor-sized array of steps.
 */
function writeStepsOver(dst: Uint8Array, mask: Uint8Array, grid: FloorGrid, minHalf: number, off: number, log: number[], cells: Iterable<number>): void {
  const cols = grid.cols;
  for (const i of cells) {
    const r = (i / cols) | 0;
    const v = stepBits(mask, grid, i, r, i - r * cols, minHalf);
    if (dst[off + i] !== v) log.push(off + i, dst[off + i]), (dst[off + i] = v);
  }
}

/** Mask and steps of `g` for these options: derived from the newest of the same options where the numbering allows. */
function spaceArrays(g: NavGraph, o: RouteOptions, minHalf: number, key: string): { mask: Versioned<Uint8Array>; steps: Versioned<Uint8Array> } {
  const aud = g.audience;
  const acc = !!o.accessible;
  const door = o.minDoorWidth ?? 0;
  const nk = `${aud}|${key}`;
  const prev = newestArrays.get(nk);
  let out: { mask: Versioned<Uint8Array>; steps: Versioned<Uint8Array> };
  if (prev && sameNumbering(prev.g, g)) {
    const maskLog: number[] = [];
    const stepsLog: number[] = [];
    const mask = prev.mask.get();
    const steps = prev.steps.get();
    g.grids.forEach((grid, fi) => {
      const old = prev.g.grids[fi];
      if (old === grid) return;
      const off = g.offsets[fi];
      const fm = floorMask(grid, aud, acc, minHalf, door);
      // A raster patched from the one these arrays hold differs in its listed cells (and the steps around them):
      // those steps are read off the floor's mask, so an edit copies no floor's steps.
      const patch = patchOf(grid);
      if (patch && patch.parent === old) {
        writeOver(mask, fm, off, maskLog, patch.changed);
        writeStepsOver(steps, fm, grid, minHalf, off, stepsLog, aroundChanged(patch.changed, grid.cols, grid.rows));
        return;
      }
      writeOver(mask, fm, off, maskLog);
      writeOver(steps, floorSteps(grid, aud, acc, minHalf, door), off, stepsLog);
    });
    out = { mask: maskLog.length ? prev.mask.commit(maskLog) : prev.mask, steps: stepsLog.length ? prev.steps.commit(stepsLog) : prev.steps };
  } else {
    const mask = new Uint8Array(g.size);
    const steps = new Uint8Array(g.size);
    g.grids.forEach((grid, fi) => {
      mask.set(floorMask(grid, aud, acc, minHalf, door), g.offsets[fi]);
      steps.set(floorSteps(grid, aud, acc, minHalf, door), g.offsets[fi]);
    });
    out = { mask: new Versioned(mask), steps: new Versioned(steps) };
  }
  newestArrays.delete(nk);
  newestArrays.set(nk, { g, ...out });
  if (newestArrays.size > 16) newestArrays.delete(newestArrays.keys().next().value!);
  return out;
}

const spaces = new WeakMap<NavGraph, Map<string, SearchSpace>>();
export function searchSpace(g: NavGraph, o: RouteOptions): SearchSpace {
  let m = spaces.get(g);
  if (!m) spaces.set(g, (m = new Map()));
  const key = optionsKey(o);
  let s = m.get(key);
  if (!s) {
    const minHalf = minHalfOf(o);
    const { mask, steps } = spaceArrays(g, o, minHalf, key);
    // Each floor's mask looked up once: line tests and repairs ask for it hundreds of times per check, and the
    // lookup puts a key string together every time.
    const perFloor: (Uint8Array | undefined)[] = [];
    s = spaceOf(g, o, key, minHalf, mask, steps, (fi) => (perFloor[fi] ??= spaceFloorMask(g.grids[fi], g.audience, o)));
    m.set(key, s);
  }
  return s;
}

/** The same graph and options with another mask (tests draw random ones): the steps are derived again from it. */
export function withMask(s: SearchSpace, mask: Uint8Array): SearchSpace {
  const steps = new Uint8Array(s.g.size);
  s.g.grids.forEach((grid, fi) => {
    const off = s.g.offsets[fi];
    steps.set(stepsOfMask(mask.subarray(off, off + grid.cols * grid.rows), grid, s.minHalf), off);
  });
  const { g, o, key, minHalf } = s;
  return spaceOf(g, o, key, minHalf, new Versioned(mask), new Versioned(steps), (fi) => mask.subarray(g.offsets[fi], g.offsets[fi] + g.grids[fi].cols * g.grids[fi].rows));
}

export function linkAllowed(e: LinkEdge, o: RouteOptions): boolean {
  if (!o.accessible) return true;
  if (e.linkKind === 'stair' || e.linkKind === 'escalator') return false;
  if (e.linkKind === 'ramp' && e.slope > (o.maxRampSlope ?? 1 / 12) + 1e-9) return false;
  if (e.linkKind !== 'elevator' && !e.accessible) return false;
  return e.clearWidth + 1e-9 >= Math.min(o.minClearWidth ?? 0, 0.8);
}

const SQRT2 = Math.SQRT2;
/** Neighbour steps in the order every search visits them: [dc, dr, length in cells]. */
export const NEIGHBOURS: readonly (readonly [number, number, number])[] = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, SQRT2],
  [1, -1, SQRT2],
  [-1, 1, SQRT2],
  [-1, -1, SQRT2],
];

/**
 * Every edge between `n` and a neighbour (grid edges and links are symmetric in cost), with whether a search may
 * step out from `n` to it and in from it to `n`. The reference the unrolled loop in settle.ts must match.
 */
export function forEachNeighbour(s: SearchSpace, n: number, visit: (m: number, cost: number, out: boolean, into: boolean, link?: LinkEdge) => void): void {
  const { g, mask } = s;
  const fi = s.floorOf[n];
  const grid = g.grids[fi];
  const off = g.offsets[fi];
  const i = n - off;
  const cols = grid.cols;
  const r = Math.floor(i / cols);
  const c = i - r * cols;
  // Steps across a corner-to-corner chord narrower than these options allow go neither way, as cut steps.
  const cut = grid.cut[i] | pinchBits(grid.pinch, i, 2 * s.minHalf);
  // Diagonals past a blocked corner through a gap (raster-gaps.ts), wide enough for these options (both ways, as cut steps).
  const gap = gapBits(grid.gaps, i, 2 * s.minHalf);
  for (let k = 0; k < NEIGHBOURS.length; k++) {
    const [dc, dr, w] = NEIGHBOURS[k];
    const cc = c + dc;
    const rr = r + dr;
    if (cc < 0 || rr < 0 || cc >= cols || rr >= grid.rows) continue;
    const m = off + rr * cols + cc;
    // No corner cutting through a closed cell, no step through a thin obstacle (cut steps go both ways).
    const corners = (!dc || !dr || (mask[off + r * cols + cc] === 1 && mask[off + rr * cols + c] === 1) || ((gap >> k) & 1) === 1) && !((cut >> k) & 1);
    visit(m, w * grid.cell, corners && mask[m] === 1, corners && mask[n] === 1);
  }
  const ls = g.links.get(n);
  if (ls)
    for (const e of ls) {
      const ok = linkAllowed(e, s.o);
      visit(e.to, e.cost, ok, ok, e);
    }
}

/**
 * The same edges as forEachNeighbour, written into caller-owned arrays (no closure per edge): for the repair
 * loops, which look at the neighbours of every node they touch. Returns how many were written.
 */
export function neighboursOf(s: SearchSpace, n: number, to: Int32Array, cost: Float64Array, into: Uint8Array): number {
  const { g, mask } = s;
  const fi = s.floorOf[n];
  const grid = g.grids[fi];
  const cols = grid.cols;
  const i = n - g.offsets[fi];
  const r = (i / cols) | 0;
  const c = i - r * cols;
  const a = grid.cell;
  const b = SQRT2 * grid.cell;
  const self = mask[n] === 1;
  // Steps through a thin obstacle go neither way (raster-cuts.ts): the way in from a neighbour is the step out to it.
  // Steps across a corner-to-corner chord narrower than these options allow, too (step-chords.ts).
  const cut = grid.cut[i] | pinchBits(grid.pinch, i, 2 * s.minHalf);
  // Diagonals past a blocked corner through a gap (raster-gaps.ts), wide enough for these options.
  const gap = gapBits(grid.gaps, i, 2 * s.minHalf);
  const hE = c + 1 < cols;
  const hW = c > 0;
  const hN = r + 1 < grid.rows;
  const hS = r > 0;
  const oE = hE && mask[n + 1] === 1;
  const oW = hW && mask[n - 1] === 1;
  const oN = hN && mask[n + cols] === 1;
  const oS = hS && mask[n - cols] === 1;
  // Written out rather than through a helper closure: this runs for every node a repair or a path looks at,
  // and a closure over `k` is an allocation per call.
  let k = 0;
  const s1 = self ? 1 : 0;
  if (hE) (to[k] = n + 1), (cost[k] = a), (into[k++] = cut & 1 ? 0 : s1);
  if (hW) (to[k] = n - 1), (cost[k] = a), (into[k++] = cut & 2 ? 0 : s1);
  if (hN) (to[k] = n + cols), (cost[k] = a), (into[k++] = cut & 4 ? 0 : s1);
  if (hS) (to[k] = n - cols), (cost[k] = a), (into[k++] = cut & 8 ? 0 : s1);
  if (hE && hN) (to[k] = n + cols + 1), (cost[k] = b), (into[k++] = ((oE && oN) || gap & 16) && !(cut & 16) ? s1 : 0);
  if (hE && hS) (to[k] = n - cols + 1), (cost[k] = b), (into[k++] = ((oE && oS) || gap & 32) && !(cut & 32) ? s1 : 0);
  if (hW && hN) (to[k] = n + cols - 1), (cost[k] = b), (into[k++] = ((oW && oN) || gap & 64) && !(cut & 64) ? s1 : 0);
  if (hW && hS) (to[k] = n - cols - 1), (cost[k] = b), (into[k++] = ((oW && oS) || gap & 128) && !(cut & 128) ? s1 : 0);
  if (s.linked[n] === 1)
    for (const e of g.links.get(n)!) {
      if (k >= to.length) break;
      to[k] = e.to;
      cost[k] = e.cost;
      into[k] = linkAllowed(e, s.o) ? 1 : 0;
      k++;
    }
  return k;
}
