/**
 * Where a search from some sources can get to at all, without distances: a flood fill over the same edges
 * Dijkstra uses (grid steps into open cells, no corner cutting, links the options allow). Rules that only ask
 * "can a wheelchair get there" need this, and it costs a fraction of a distance field.
 */
import { nodeOf, type NavGraph, type NavPoint } from './graph';
import { linkAllowed, optionsKey, searchSpace, type RouteOptions, type SearchSpace } from './mask';
import { changedNodes, sameLayout } from './dijkstra';
import { sameLinks } from './fields';
import { seedsOf } from './seeds';
import type { Vec2 } from '../core/geometry/vec';
import { Versioned } from './versions';
import { gapBits } from './raster-gaps';
import { diagonalWays, oddCellsOf } from './reach-diagonals';
import { pinchBits } from './step-chords';
import { connectedWithin, stepTo } from './reach-window';

export interface Reach {
  /** Whether the point (snapped to a walkable cell within 1 m, as DistanceField.at snaps) can be reached. */
  at(floorId: string, p: Vec2): boolean;
  /**
   * 1 for each reachable node. Read-only; answers for successive graphs share one buffer (versions.ts), so read it
   * afresh after another answer's, never hold it across a call that may read one.
   */
  readonly nodes: Uint8Array;
}

/** 1 for every node reachable from a seed. Seeds expand even when closed to these options, as in solve(). */
export function reachable(s: SearchSpace, seeds: Iterable<number>): Uint8Array {
  const seen = new Uint8Array(s.g.size);
  const start: number[] = [];
  for (const n of seeds) if (!seen[n]) (seen[n] = 1), start.push(n);
  spread(s, seen, start);
  return seen;
}

let stack = new Int32Array(1024);

/**
 * Marks in `seen` every node reachable from the marked nodes `from` (which are expanded again); with `log`, each
 * node it marks is appended as (node, 0), the write and the value it overwrote (versions.ts).
 * A scanline fill. A diagonal step needs both straight steps beside it open (mask.ts), so two straight steps
 * reach whatever a diagonal reaches, from an open or a closed node; and a straight step between open cells goes
 * both ways. So each popped node is grown into the run of unmarked cells east and west of it, and the rows above
 * and below are scanned along that run, pushing one cell per stretch of cells to step into that are joined by
 * their eastward steps (the stretch is grown when it is popped). Closed sources and link landings expand by their
 * own step bits, as in solve(). Where a gap step or a cut step breaks that (oddCellsOf), the diagonals no straight
 * steps make are taken once the fill stops, and it goes on from their cells.
 */
function spread(s: SearchSpace, seen: Uint8Array, from: readonly number[], log?: number[]): void {
  const { g, steps } = s;
  const odd = g.grids.map(oddCellsOf);
  // Every node enters the stack at most once, after the nodes it starts from.
  if (stack.length < g.size + from.length) stack = new Int32Array(g.size + from.length);
  let top = 0;
  for (const n of from) stack[top++] = n;
  while (top > 0) {
    fill(s, seen, odd, top, log);
    top = 0;
    // A diagonal step no two straight steps make (a gap step through a slanted slit, or one beside a cut step) may
    // be the only way into what lies past it: taken from every marked cell that has one, and the fill goes on.
    for (let fi = 0; fi < g.grids.length; fi++) {
      const base = g.offsets[fi];
      const cols = g.grids[fi].cols;
      for (const i of odd[fi].cells) if (seen[base + i]) top = diagonalWays(steps, seen, base + i, cols, stack, top, log);
    }
  }
}

/** The scanline fill of spread from the `top` nodes on the stack, until the stack is empty. */
function fill(s: SearchSpace, seen: Uint8Array, odd: readonly { cuts: boolean }[], top: number, log?: number[]): void {
  const { g, steps, floorOf, o, linked } = s;
  const { grids, links } = g;
  const st = stack;
  while (top > 0) {
    const n = st[--top];
    const fi = floorOf[n];
    const cols = grids[fi].cols;
    // Without cut steps, cells open side by side always step into each other along the row.
    const cuts = odd[fi].cuts;
    let w = n;
    while (steps[w] & 2 && !seen[w - 1]) (seen[--w] = 1), log?.push(w, 0);
    let e = n;
    while (steps[e] & 1 && !seen[e + 1]) (seen[++e] = 1), log?.push(e, 0);
    // Rows above (step bit 4) and below (8): one push per stretch of cells to step into, a stretch being cells the
    // pushed one grows into eastwards: a step cut through a thin obstacle (raster-cuts.ts) between two of them
    // starts another, or the cells past the cut would wait for a way in along their own row that may not exist.
    let up = false;
    let down = false;
    for (let c = w; c <= e; c++) {
      const bits = steps[c];
      if (bits & 4 && !seen[c + cols]) {
        if (!up || (cuts && !(steps[c + cols - 1] & 1))) (seen[c + cols] = 1), (st[top++] = c + cols), log?.push(c + cols, 0);
        up = true;
      } else up = false;
      if (bits & 8 && !seen[c - cols]) {
        if (!down || (cuts && !(steps[c - cols - 1] & 1))) (seen[c - cols] = 1), (st[top++] = c - cols), log?.push(c - cols, 0);
        down = true;
      } else down = false;
      if (linked[c] === 1) for (const l of links.get(c)!) if (linkAllowed(l, o) && !seen[l.to]) (seen[l.to] = 1), (st[top++] = l.to), log?.push(l.to, 0);
    }
  }
}

/** Counts since start, for tests that want to see which path an answer took. */
export const reachStats = { fresh: 0, repaired: 0, stretchCells: 0 };

/**
 * An answer, kept to repair the next graph's from. Successive answers for one key are versions of one buffer
 * (versions.ts): a repair writes the few hundred nodes that changed instead of copying a byte per node of the hall.
 */
interface Solved {
  space: SearchSpace;
  seeds: number[];
  seen: Versioned<Uint8Array>;
}

/**
 * The reachable set of `space` from the one of `base` (same sources, layout and links) after a local edit, or
 * null when only a fresh flood fill can tell. Cells that closed remove edges only between their 8 neighbours
 * (and into themselves): when those neighbours that were reachable still reach each other near the edit, every
 * other node keeps its way from the sources. Cells that opened can only add: the flood goes on from them.
 */
function repairReach(base: Solved, space: SearchSpace, seeds: number[]): Versioned<Uint8Array> | null {
  if (!sameLayout(base.space, space) || base.seeds.length !== seeds.length || base.seeds.some((n, i) => n !== seeds[i])) return null;
  if (base.space.g !== space.g && !sameLinks(base.space.g, space.g)) return null;
  const changed = changedNodes(base.space, space);
  if (!changed.length) return base.seen;
  const g = space.g;
  const isSeed = new Set(seeds);
  const closed: number[] = [];
  const pinched: number[] = [];
  for (const n of changed) {
    // A source or a link landing changing state changes more than its neighbours: solve afresh.
    if (isSeed.has(n) || space.linked[n] === 1 || base.space.linked[n] === 1) return null;
    // Compared on the floors' own masks: the two spaces' whole masks may be versions of one buffer (mask.ts).
    const fi = space.floorOf[n];
    const i = n - g.offsets[fi];
    // A step cut through a new thin obstacle takes an edge away between open cells: only a fresh fill can tell.
    if (g.grids[fi].cut[i] & ~base.space.g.grids[fi].cut[i]) return null;
    // So does a step through a gap that closed or narrowed.
    if (gapBits(base.space.g.grids[fi].gaps, i, 2 * space.minHalf) & ~gapBits(g.grids[fi].gaps, i, 2 * space.minHalf)) return null;
    // A step across a corner-to-corner chord now too narrow: its two cells must still join up, as a closed cell's
    // neighbours must (cutOff).
    if (pinchBits(g.grids[fi].pinch, i, 2 * space.minHalf) & ~pinchBits(base.space.g.grids[fi].pinch, i, 2 * space.minHalf)) pinched.push(n);
    if (base.space.floorMaskOf(fi)[i] === 1 && space.floorMaskOf(fi)[i] !== 1) closed.push(n);
  }
  // Decided before anything is written: the old answer's buffer is the one the new answer is written over.
  const old = base.seen.get();
  const cut = closed.length || pinched.length ? cutOff(space, old, closed, isSeed, pinched) : [];
  if (!cut) return null;
  const log: number[] = [];
  for (const n of closed) if (old[n] !== 0) log.push(n, old[n]), (old[n] = 0);
  for (const n of cut) if (old[n] !== 0) log.push(n, old[n]), (old[n] = 0);
  // Opened cells and new diagonal corners: go on from every reachable node next to a change.
  const from: number[] = [];
  const cols0 = (n: number) => g.grids[space.floorOf[n]].cols;
  for (const n of changed) {
    const cols = cols0(n);
    for (const m of [n, n + 1, n - 1, n + cols, n - cols, n + cols + 1, n + cols - 1, n - cols + 1, n - cols - 1])
      if (m >= 0 && m < g.size && space.floorOf[m] === space.floorOf[n] && old[m] === 1) from.push(m);
  }
  spread(space, old, from, log);
  return log.length ? base.seen.commit(log) : base.seen;
}

/**
 * Margin, in cells, of the window around closed cells in which their reachable neighbours must join up (those not
 * cut off in a pocket, see cutOff); where they do not, only a fresh flood fill can tell.
 */
const WINDOW = 8;

/** Most cells a pocket cut off by closed cells may hold; a stretch of floor larger than this is not one. */
const POCKET_MAX = 1024;

/**
 * What closing `closed` (all on one floor) takes out of reach besides the closed cells themselves, or null when
 * only a fresh flood fill can tell. The reachable neighbours of the closed cells (the ring) either still reach
 * each other within a window around them, or fall into pockets and one rest that does: a pocket is a stretch of
 * open cells no grid step leaves (a seat put across the mouth of a bay), holding no link landing and with no
 * source or landing beside it, which nothing can enter any more. Every other node keeps its way from the
 * sources: a way that ran through a closed cell went on from a ring node of the rest, which the rest joins up.
 * The cells of `pinched`, open cells that lost a step between them, join the ring themselves.
 */
function cutOff(space: SearchSpace, seen: Uint8Array, closed: number[], isSeed: Set<number>, pinched: number[]): number[] | null {
  const g = space.g;
  const fi = space.floorOf[(closed.length ? closed : pinched)[0]];
  const grid = g.grids[fi];
  const off = g.offsets[fi];
  const cols = grid.cols;
  let c0 = Infinity,
    c1 = -Infinity,
    r0 = Infinity,
    r1 = -Infinity;
  for (const n of closed.concat(pinched)) {
    if (space.floorOf[n] !== fi) return null;
    const i = n - off;
    const r = (i / cols) | 0;
    const c = i - r * cols;
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
  }
  const isClosed = new Set(closed);
  const ring = new Set<number>();
  for (const n of closed) for (const m of around(n, off, cols, grid.rows)) if (seen[m] === 1 && !isClosed.has(m)) ring.add(m);
  for (const n of pinched) if (seen[n] === 1 && !isClosed.has(n)) ring.add(n);
  const win = [Math.max(0, c0 - WINDOW), Math.min(cols - 1, c1 + WINDOW), Math.max(0, r0 - WINDOW), Math.min(grid.rows - 1, r1 + WINDOW)] as const;
  if (ring.size <= 1 || connectedWithin(space, [...ring], off, cols, ...win)) return [];
  // Not joined up near the change: sort the ring into pockets and the rest. Every cell a flood finds is marked: a
  // ring node found by an earlier flood that was not a pocket belongs to the rest without a flood of its own, and
  // a flood that meets such a cell stops (a stretch is too large or not whatever cell it is flooded from).
  const mask = space.mask;
  const mark = startMarks(g.size);
  const inPocket = new Set<number>();
  const rest: number[] = [];
  for (const r of ring) {
    if (inPocket.has(r)) continue;
    if (mask[r] !== 1) return null;
    if (mark.marks[r] >= mark.first) {
      rest.push(r);
      continue;
    }
    const part = openStretch(space, r, off, cols, grid.rows, mark);
    if (!part) {
      rest.push(r);
      continue;
    }
    for (const n of part) {
      if (space.linked[n] === 1) return null;
      for (const m of around(n, off, cols, grid.rows)) if (isSeed.has(m) || space.linked[m] === 1) return null;
      inPocket.add(n);
    }
  }
  if (rest.length > 1 && !connectedWithin(space, rest, off, cols, ...win)) return null;
  return [...inPocket];
}

/**
 * The cells the floods of one repair found: per node, the number of the flood that found it. Floods are numbered
 * on from one repair to the next, so marks at or after `first` are this repair's and no array is cleared.
 */
interface Marks {
  marks: Uint32Array;
  /** The first flood of this repair. */
  first: number;
  /** The flood running, or the last one. */
  gen: number;
}
/** Past this a new array is made rather than flood numbers wrapping. */
const MAX_FLOODS = 0xfffff000;
let marks: Marks = { marks: new Uint32Array(0), first: 1, gen: 0 };
function startMarks(size: number): Marks {
  if (marks.marks.length < size || marks.gen > MAX_FLOODS) marks = { marks: new Uint32Array(size), first: 1, gen: 0 };
  marks.first = marks.gen + 1;
  return marks;
}

/** The cells of a floor around node n (n included), clipped to the grid. */
function around(n: number, off: number, cols: number, rows: number): number[] {
  const i = n - off;
  const r = (i / cols) | 0;
  const c = i - r * cols;
  const out: number[] = [];
  for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) if (r + dr >= 0 && r + dr < rows && c + dc >= 0 && c + dc < cols) out.push(n + dr * cols + dc);
  return out;
}

/**
 * Every open cell joined to the open cell `start` by grid steps between open cells (no corner cutting), or null
 * once more than POCKET_MAX are found or a cell an earlier flood of this repair found is met (earlier floods
 * that were pockets hold no cell this one can reach, so that flood met a stretch larger than a pocket). Those steps
 * go both ways, so no such step leaves the set returned. Each cell found is marked in `mark`.
 */
function openStretch(s: SearchSpace, start: number, off: number, cols: number, rows: number, mark: Marks): number[] | null {
  const mask = s.mask;
  // Steps through a thin obstacle (raster-cuts.ts) are no way, as in the search's step bits.
  const { cut, gaps, pinch } = s.g.grids[s.floorOf[start]];
  const seen = mark.marks;
  const gen = ++mark.gen;
  const first = mark.first;
  seen[start] = gen;
  const out = [start];
  reachStats.stretchCells++;
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    const i = n - off;
    const r = (i / cols) | 0;
    const c = i - r * cols;
    // Open neighbours, inside the floor (no closure per cell: this runs for up to POCKET_MAX cells per ring node).
    const E = c + 1 < cols && mask[n + 1] === 1;
    const W = c > 0 && mask[n - 1] === 1;
    const N = r + 1 < rows && mask[n + cols] === 1;
    const S = r > 0 && mask[n - cols] === 1;
    const gap = gapBits(gaps, i, 2 * s.minHalf);
    const shut = cut[i] | pinchBits(pinch, i, 2 * s.minHalf);
    for (let d = 0; d < 8; d++) {
      const m = stepTo(mask, n, cols, d, E, W, N, S, gap);
      if (m < 0 || seen[m] === gen || (shut >> d) & 1) continue;
      if (seen[m] >= first || out.length >= POCKET_MAX) return null;
      seen[m] = gen;
      out.push(m);
      reachStats.stretchCells++;
    }
  }
  return out;
}

/** Per graph, by options and sources (most rules ask once per check; the key is short). */
const cache = new WeakMap<NavGraph, Map<string, Reach>>();
/** The newest answer per key: the next graph's is repaired from it. */
const newest = new Map<string, Solved>();

export function reachFor(g: NavGraph, key: string, sources: NavPoint[], o: RouteOptions = {}): Reach {
  let m = cache.get(g);
  if (!m) cache.set(g, (m = new Map()));
  const k = `${key}|${optionsKey(o)}|${JSON.stringify(sources)}`;
  let r = m.get(k);
  if (r) return r;
  const space = searchSpace(g, o);
  const seeds = [...seedsOf(g, sources).seeds.keys()];
  const nk = `${g.audience}|${k}`;
  const base = newest.get(nk);
  let seen = base ? repairReach(base, space, seeds) : null;
  if (seen) reachStats.repaired++;
  else {
    reachStats.fresh++;
    seen = new Versioned(reachable(space, seeds));
  }
  newest.delete(nk);
  newest.set(nk, { space, seeds, seen });
  if (newest.size > 16) newest.delete(newest.keys().next().value!);
  const answer = seen;
  r = {
    get nodes() {
      return answer.get();
    },
    at(floorId, p) {
      const n = nodeOf(g, { floorId, p }, 1.0);
      return n >= 0 && answer.get()[n] === 1;
    },
  };
  m.set(k, r);
  return r;
}
