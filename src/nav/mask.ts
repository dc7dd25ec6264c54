/**
 * Where a search may stand, per graph and route options, as one byte per node: the inner loops of Dijkstra and A*
 * read this instead of re-deriving walkability, steps and clear width for every edge they look at.
 */
import type { LinkEdge, NavGraph } from './graph-types';
import { isWalkable, type FloorGrid } from './grid';
import { patchOf } from './raster-patch';

export interface RouteOptions {
  /** Wheelchair mode: no stairs or escalators, ramps within `maxRampSlope`, no stepped doors, `minClearWidth`. */
  accessible?: boolean;
  /** Narrowest passage allowed, metres (accessible default 0.9, else none). */
  minClearWidth?: number;
  /** Steepest ramp allowed (rise/run), default 1/12. */
  maxRampSlope?: number;
  /** Narrowest door clear width allowed (accessible mode): a door narrower than this closes its opening. */
  minDoorWidth?: number;
}

/** A graph seen through one set of route options. */
export interface SearchSpace {
  g: NavGraph;
  o: RouteOptions;
  /** Same options give the same key: fields and masks are cached by it. */
  key: string;
  /** Half-width a cell must have free around it, metres (0 = no limit). */
  minHalf: number;
  /** 1 = a search may enter this node. */
  mask: Uint8Array;
  /** Floor index of every node. */
  floorOf: Uint16Array;
  /** 1 = the node has link edges (saves a map lookup per node in the inner loops). */
  linked: Uint8Array;
  /**
   * Per node, the grid steps a search may take from it: bit k set when the step NEIGHBOURS[k] lands on an open
   * cell inside the floor without cutting a closed corner. Depends on the neighbours only, not on the node itself
   * (a closed source cell still expands). The inner loops read one byte per node instead of up to eight.
   */
  steps: Uint8Array;
}

export function optionsKey(o: RouteOptions): string {
  return `${o.accessible ? 1 : 0}|${o.minClearWidth ?? ''}|${o.maxRampSlope ?? ''}|${o.minDoorWidth ?? ''}`;
}

export function minHalfOf(_g: NavGraph, o: RouteOptions): number {
  const minW = o.minClearWidth ?? (o.accessible ? 0.9 : 0);
  // Widths are exact (FloorGrid.passWidth), so no allowance for the raster: a corridor at the limit passes, one
  // a centimetre under it does not.
  return minW > 0 ? minW / 2 : 0;
}

/** Whether one cell of one floor is open to a search with these options. */
export function cellOpen(grid: FloorGrid, i: number, audience: 'public' | 'staff', accessible: boolean, minHalf: number, minDoor = 0): boolean {
  if (!isWalkable(grid, i, audience)) return false;
  if (accessible && grid.stepped[i]) return false;
  // A door's clear width is its own, exactly (the raster cannot tell a 0.6 m door from a 0.9 m one).
  if (accessible && minDoor > 0 && grid.doorWidth[i] > 0 && grid.doorWidth[i] < minDoor) return false;
  // Passages by their exact width; a door's opening by the door's own clear width (minDoor), not the passage limit.
  return minHalf <= 0 || widthOk(grid.doorWidth[i], grid.passWidth[i], 2 * minHalf, accessible && minDoor > 0);
}

/** Float32 rounding of a stored width (a micrometre): not a tolerance on the limit. */
const WIDTH_EPS = 1e-6;

/** A door's opening passes by the door limit when one is given (checked apart), else by the passage limit. */
const widthOk = (door: number, pass: number, minW: number, doorChecked: boolean): boolean => (door > 0 ? doorChecked || door + WIDTH_EPS >= minW : pass + WIDTH_EPS >= minW);

const maskKey = (audience: string, accessible: boolean, minHalf: number, minDoor = 0) => `${audience}|${accessible ? 1 : 0}|${minHalf}|${minDoor}`;

/** The mask of one floor grid for one audience and option set; floors keep theirs while their raster is unchanged. */
const floorMasks = new WeakMap<FloorGrid, Map<string, Uint8Array>>();
export function floorMask(grid: FloorGrid, audience: 'public' | 'staff', accessible: boolean, minHalf: number, minDoor = 0): Uint8Array {
  let m = floorMasks.get(grid);
  if (!m) floorMasks.set(grid, (m = new Map()));
  const k = maskKey(audience, accessible, minHalf, minDoor);
  let mask = m.get(k);
  if (!mask) {
    // A patched raster differs from its parent in a listed set of cells: copy the parent's mask, redo those.
    const patch = patchOf(grid);
    const parentMask = patch && floorMasks.get(patch.parent)?.get(k);
    if (patch && parentMask) {
      mask = parentMask.slice();
      for (const i of patch.changed) mask[i] = cellOpen(grid, i, audience, accessible, minHalf, minDoor) ? 1 : 0;
    } else {
      // cellOpen over every cell, written out on the raster's arrays (a mask is made per floor and option set).
      mask = new Uint8Array(grid.cols * grid.rows);
      const { free, staff, stepped, passWidth, doorWidth } = grid;
      const pub = audience !== 'staff';
      const doorCheck = accessible && minDoor > 0;
      for (let i = 0; i < mask.length; i++)
        mask[i] =
          free[i] === 1 &&
          (!pub || staff[i] === 0) &&
          !(accessible && stepped[i]) &&
          !(doorCheck && doorWidth[i] > 0 && doorWidth[i] < minDoor) &&
          (minHalf <= 0 || widthOk(doorWidth[i], passWidth[i], 2 * minHalf, doorCheck))
            ? 1
            : 0;
    }
    m.set(k, mask);
  }
  return mask;
}

/** The grid steps out of cell i (row r, column c) of one floor's mask, as SearchSpace.steps holds them. */
function stepBits(mask: Uint8Array, cols: number, rows: number, i: number, r: number, c: number): number {
  const E = c + 1 < cols && mask[i + 1] === 1;
  const W = c > 0 && mask[i - 1] === 1;
  const N = r + 1 < rows && mask[i + cols] === 1;
  const S = r > 0 && mask[i - cols] === 1;
  let b = (E ? 1 : 0) | (W ? 2 : 0) | (N ? 4 : 0) | (S ? 8 : 0);
  if (E && N && mask[i + cols + 1] === 1) b |= 16;
  if (E && S && mask[i - cols + 1] === 1) b |= 32;
  if (W && N && mask[i + cols - 1] === 1) b |= 64;
  if (W && S && mask[i - cols - 1] === 1) b |= 128;
  return b;
}

/** The steps of every cell of a floor mask: stepBits, with the border handled outside the loop over the inside. */
export function stepsOfMask(mask: Uint8Array, cols: number, rows: number): Uint8Array {
  const steps = new Uint8Array(mask.length);
  for (let r = 0; r < rows; r++) {
    const edgeRow = r === 0 || r === rows - 1;
    for (let c = 0, i = r * cols; c < cols; c++, i++) {
      if (edgeRow || c === 0 || c === cols - 1) {
        steps[i] = stepBits(mask, cols, rows, i, r, c);
        continue;
      }
      const E = mask[i + 1];
      const W = mask[i - 1];
      const N = mask[i + cols];
      const S = mask[i - cols];
      steps[i] =
        E |
        (W << 1) |
        (N << 2) |
        (S << 3) |
        ((E & N & mask[i + cols + 1]) << 4) |
        ((E & S & mask[i - cols + 1]) << 5) |
        ((W & N & mask[i + cols - 1]) << 6) |
        ((W & S & mask[i - cols - 1]) << 7);
    }
  }
  return steps;
}

/** Every cell within one step of a changed cell (a step's bits read the 8 cells around it). */
function aroundChanged(changed: ArrayLike<number> & Iterable<number>, cols: number, rows: number): number[] {
  const out = new Set<number>();
  for (const i of changed) {
    const r = (i / cols) | 0;
    const c = i - r * cols;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) if (r + dr >= 0 && r + dr < rows && c + dc >= 0 && c + dc < cols) out.add(i + dr * cols + dc);
  }
  return [...out];
}

/** The steps of a floor mask made by floorMask; a patched floor copies its parent's and redoes the cells around the change. */
const floorStepsOf = new WeakMap<Uint8Array, Uint8Array>();
export function floorSteps(grid: FloorGrid, audience: 'public' | 'staff', accessible: boolean, minHalf: number, minDoor = 0): Uint8Array {
  const mask = floorMask(grid, audience, accessible, minHalf, minDoor);
  let steps = floorStepsOf.get(mask);
  if (steps) return steps;
  const patch = patchOf(grid);
  const parent = patch && floorMasks.get(patch.parent)?.get(maskKey(audience, accessible, minHalf, minDoor));
  const parentSteps = parent && floorStepsOf.get(parent);
  if (patch && parentSteps) {
    steps = parentSteps.slice();
    for (const i of aroundChanged(patch.changed, grid.cols, grid.rows)) {
      const r = (i / grid.cols) | 0;
      steps[i] = stepBits(mask, grid.cols, grid.rows, i, r, i - r * grid.cols);
    }
  } else steps = stepsOfMask(mask, grid.cols, grid.rows);
  floorStepsOf.set(mask, steps);
  return steps;
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

/** 1 where a node has link edges; per graph, whatever the route options. */
const linkedTables = new WeakMap<NavGraph, Uint8Array>();
function linkedTable(g: NavGraph): Uint8Array {
  let t = linkedTables.get(g);
  if (!t) {
    t = new Uint8Array(g.size);
    for (const n of g.links.keys()) t[n] = 1;
    linkedTables.set(g, t);
  }
  return t;
}

const spaces = new WeakMap<NavGraph, Map<string, SearchSpace>>();
export function searchSpace(g: NavGraph, o: RouteOptions): SearchSpace {
  let m = spaces.get(g);
  if (!m) spaces.set(g, (m = new Map()));
  const key = optionsKey(o);
  let s = m.get(key);
  if (!s) {
    const minHalf = minHalfOf(g, o);
    const mask = new Uint8Array(g.size);
    const steps = new Uint8Array(g.size);
    g.grids.forEach((grid, fi) => {
      mask.set(floorMask(grid, g.audience, !!o.accessible, minHalf, o.minDoorWidth ?? 0), g.offsets[fi]);
      steps.set(floorSteps(grid, g.audience, !!o.accessible, minHalf, o.minDoorWidth ?? 0), g.offsets[fi]);
    });
    s = { g, o, key, minHalf, mask, floorOf: floorTable(g), linked: linkedTable(g), steps };
    m.set(key, s);
  }
  return s;
}

/** The same graph and options with another mask (tests draw random ones): the steps are derived again from it. */
export function withMask(s: SearchSpace, mask: Uint8Array): SearchSpace {
  const steps = new Uint8Array(s.g.size);
  s.g.grids.forEach((grid, fi) => {
    const off = s.g.offsets[fi];
    steps.set(stepsOfMask(mask.subarray(off, off + grid.cols * grid.rows), grid.cols, grid.rows), off);
  });
  return { ...s, mask, steps };
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
  for (const [dc, dr, w] of NEIGHBOURS) {
    const cc = c + dc;
    const rr = r + dr;
    if (cc < 0 || rr < 0 || cc >= cols || rr >= grid.rows) continue;
    const m = off + rr * cols + cc;
    // No corner cutting through a closed cell.
    const corners = !dc || !dr || (mask[off + r * cols + cc] === 1 && mask[off + rr * cols + c] === 1);
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
  if (hE) (to[k] = n + 1), (cost[k] = a), (into[k++] = s1);
  if (hW) (to[k] = n - 1), (cost[k] = a), (into[k++] = s1);
  if (hN) (to[k] = n + cols), (cost[k] = a), (into[k++] = s1);
  if (hS) (to[k] = n - cols), (cost[k] = a), (into[k++] = s1);
  if (hE && hN) (to[k] = n + cols + 1), (cost[k] = b), (into[k++] = oE && oN ? s1 : 0);
  if (hE && hS) (to[k] = n - cols + 1), (cost[k] = b), (into[k++] = oE && oS ? s1 : 0);
  if (hW && hN) (to[k] = n + cols - 1), (cost[k] = b), (into[k++] = oW && oN ? s1 : 0);
  if (hW && hS) (to[k] = n - cols - 1), (cost[k] = b), (into[k++] = oW && oS ? s1 : 0);
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
