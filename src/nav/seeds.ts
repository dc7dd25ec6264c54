/**
 * Where the sources of a walking-distance field land on the graph: a node per source point and its offset from
 * the cell centre (the seeds a solve starts from), kept per frozen source list across edits.
 */
import { dist, hypot2 } from '../core/geometry/vec';
import { nearestFreeCell, nodeOf, pointOf, type NavGraph, type NavPoint } from './graph';
import type { FloorGrid } from './grid';
import { changedSince } from './raster-patch';

/** How far nodeOf looks for a walkable cell round a source point (its default). */
const SNAP_REACH_M = 1.5;

/**
 * Where each source of a frozen list lands, per run of sources on one floor: the node (−1 for none) and its offset
 * from the cell centre. Kept while that floor's raster and place in the graph stay (a seat moved on another floor,
 * or far from the run's points on this one leaves most runs as they were).
 */
interface RunSeeds {
  /** The raster it was read on, or a later one patched from it where no point of the run lands elsewhere. */
  grid: FloorGrid;
  offset: number;
  nodes: Int32Array;
  first: Float64Array;
}
const runSeeds = new WeakMap<readonly NavPoint[], Map<string, RunSeeds>>();

function runOf(g: NavGraph, sources: readonly NavPoint[], from: number, to: number, fi: number): RunSeeds {
  let m = runSeeds.get(sources);
  if (!m) runSeeds.set(sources, (m = new Map()));
  const key = `${g.audience}|${from}`;
  const hit = m.get(key);
  const grid = g.grids[fi];
  if (hit && hit.grid === grid && hit.offset === g.offsets[fi]) return hit;
  const boxes = hit && hit.offset === g.offsets[fi] ? changedSince(hit.grid, grid) : null;
  if (hit && boxes) {
    // The raster was patched from the run's: only points whose snapping window meets a changed cell may land
    // elsewhere. Where none does, the run itself is kept (and with it the seeds made from it).
    const margin = (Math.ceil(SNAP_REACH_M / grid.cell) + 2) * grid.cell;
    let nodes = hit.nodes;
    let first = hit.first;
    for (let k = from; k < to; k++) {
      const p = sources[k].p;
      if (!boxes.some((b) => p[0] >= b.minX - margin && p[0] <= b.maxX + margin && p[1] >= b.minY - margin && p[1] <= b.maxY + margin)) continue;
      const n = nodeOf(g, sources[k], SNAP_REACH_M);
      if (n === nodes[k - from]) continue;
      if (nodes === hit.nodes) (nodes = nodes.slice()), (first = first.slice());
      nodes[k - from] = n;
      first[k - from] = n >= 0 ? dist(p, pointOf(g, n).p) : 0;
    }
    if (nodes === hit.nodes) {
      hit.grid = grid;
      return hit;
    }
    const run = { grid, offset: g.offsets[fi], nodes, first };
    m.set(key, run);
    return run;
  }
  const nodes = new Int32Array(to - from);
  const first = new Float64Array(to - from);
  // nodeOf and the offset from pointOf's cell centre, with the floor looked up once: zone samples run to thousands.
  const { cols, rows, cell, origin, free, staff } = grid;
  const pub = g.audience !== 'staff';
  const base = g.offsets[fi];
  for (let k = from; k < to; k++) {
    const p = sources[k].p;
    const c = Math.floor((p[0] - origin[0]) / cell);
    const r = Math.floor((p[1] - origin[1]) / cell);
    let i = c < 0 || r < 0 || c >= cols || r >= rows ? -1 : r * cols + c;
    if (i < 0 || free[i] !== 1 || (pub && staff[i] !== 0)) i = nearestFreeCell(grid, p, SNAP_REACH_M, g.audience);
    nodes[k - from] = i < 0 ? -1 : base + i;
    if (i < 0) continue;
    const ri = Math.floor(i / cols);
    first[k - from] = hypot2(p[0] - (origin[0] + (i - ri * cols + 0.5) * cell), p[1] - (origin[1] + (ri + 0.5) * cell));
  }
  const run = { grid, offset: base, nodes, first };
  m.set(key, run);
  return run;
}

/** How many sources from `from` on stand on the same floor. */
function runLength(sources: readonly NavPoint[], from: number): number {
  let to = from + 1;
  while (to < sources.length && sources[to].floorId === sources[from].floorId) to++;
  return to - from;
}

/**
 * The seeds last made from a frozen list per audience, with the runs they came from: while every run is the same
 * object, so are the seeds (a field's repair then sees its sources unchanged at a glance). Never written to.
 */
const seedSets = new WeakMap<readonly NavPoint[], Map<string, { runs: (RunSeeds | null)[]; seeds: Map<number, number>; points: Map<number, NavPoint> }>>();

/** Source nodes with their start distance (a point's offset from its cell centre), and the point each stands for. */
export function seedsOf(g: NavGraph, sources: readonly NavPoint[]): { seeds: Map<number, number>; points: Map<number, NavPoint> } {
  const seeds = new Map<number, number>();
  const points = new Map<number, NavPoint>();
  const seed = (n: number, first: number, s: NavPoint) => {
    if (first < (seeds.get(n) ?? Infinity)) {
      seeds.set(n, first);
      points.set(n, s);
    }
  };
  // A frozen list (rules/sources.ts) keeps where its points land, run by run: the seeds are the same, in the same order.
  if (Object.isFrozen(sources)) {
    const runs: (RunSeeds | null)[] = [];
    for (let from = 0; from < sources.length; ) {
      const to = from + runLength(sources, from);
      const fi = g.floorIndex.get(sources[from].floorId);
      runs.push(fi === undefined ? null : runOf(g, sources, from, to, fi));
      from = to;
    }
    // Every run as it was: the seeds too (zone samples run to thousands, built and compared on every check).
    const last = seedSets.get(sources)?.get(g.audience);
    if (last && last.runs.length === runs.length && last.runs.every((r, j) => r === runs[j])) return last;
    for (let from = 0, j = 0; from < sources.length; j++) {
      const run = runs[j];
      const to = from + runLength(sources, from);
      if (run) for (let k = from; k < to; k++) if (run.nodes[k - from] >= 0) seed(run.nodes[k - from], run.first[k - from], sources[k]);
      from = to;
    }
    let m = seedSets.get(sources);
    if (!m) seedSets.set(sources, (m = new Map()));
    m.set(g.audience, { runs, seeds, points });
    return { seeds, points };
  }
  for (const s of sources) {
    const n = nodeOf(g, s);
    if (n >= 0) seed(n, dist(s.p, pointOf(g, n).p), s);
  }
  return { seeds, points };
}
