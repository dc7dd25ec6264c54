/**
 * Distance fields (multi-source Dijkstra, see dijkstra.ts) seen as walking distances and smoothed paths, with the
 * paths cached and carried into a field repaired after an edit while no changed cell lies near them.
 */
import type { Vec2 } from '../core/geometry/vec';
import { hypot2 } from '../core/geometry/vec';
import { nearestFreeCell, nodeOf, type NavGraph, type NavPoint } from './graph';
import { seedsOf } from './seeds';
import { searchSpace, type RouteOptions } from './mask';
import { nodesTo, solve, type Field } from './dijkstra';
import { PathPoints } from './path-points';
import { smooth, type PullMemo } from './smooth';

export interface DistanceField {
  at(floorId: string, p: Vec2): number;
  /** at() of every point of a list on one floor (rules sample zones with lists that stay the same objects). */
  atAll(floorId: string, pts: readonly Vec2[]): Float64Array;
  /**
   * The index of the point of a list farthest from the sources among those reached (the first on ties), or -1
   * when none is reached beyond 0 m: what atAll would give, without a list of distances per call.
   */
  farthest(floorId: string, pts: readonly Vec2[]): number;
  grid(floorId: string): { origin: Vec2; cell: number; cols: number; rows: number; values: Float32Array } | undefined;
  /** The cell size of a floor's grid (undefined for a floor the graph does not have), without copying the grid. */
  cellOf(floorId: string): number | undefined;
  /** The shortest path from the nearest source to `at`, smoothed; null when unreachable. */
  pathTo(at: NavPoint): NavPoint[] | null;
  /** Identifies this field version (see unchangedSince). */
  readonly id: number;
  /**
   * Whether at() gives the same value as in field version `viewId` for every point in the box on that floor: true
   * for this version, and for the version it was repaired from when no changed cell lies near the box. Lets
   * rules keep per-zone results across an edit elsewhere.
   */
  unchangedSince(viewId: number, floorId: string, box: { minX: number; minY: number; maxX: number; maxY: number }): boolean;
  /**
   * A figure no finite at() of a point in the box exceeds (-Infinity when no cell near it is reached): the largest
   * distance of the cells at() may snap such a point to, plus the farthest such a point stands from their centres.
   * A rule asking whether every point of an area is within a limit passes it here without reading it point by point.
   */
  boundOver(floorId: string, box: { minX: number; minY: number; maxX: number; maxY: number }): number;
}

/** A path read from a field, with the cell windows its result depends on (its cells, their neighbours, and the
 * lines smoothing tested): while no cell in them changes, the path stays the same in a repaired field. */
interface CachedPath {
  node: number;
  points: NavPoint[] | null;
  /**
   * [floor, c0, c1, r0, r1] per window. Only a repaired field asks (to keep the paths no edit touched), so the
   * windows are worked out then, from the raw path and its runs kept for it.
   */
  windows(): number[];
}

function lazyWindows(g: NavGraph, P: PathPoints, ranges: number[]): () => number[] {
  let w: number[] | undefined;
  return () => (w ??= windowsOf(g, P, ranges));
}

/** Dirty nodes as (floor, col, row), with a box per floor to rule most windows out at once. */
interface DirtyCells {
  cells: Int32Array;
  boxes: Map<number, [number, number, number, number]>;
}

function dirtyCells(g: NavGraph, nodes: number[]): DirtyCells {
  const cells = new Int32Array(nodes.length * 3);
  const boxes = new Map<number, [number, number, number, number]>();
  nodes.forEach((n, k) => {
    let fi = g.offsets.length - 1;
    while (fi > 0 && g.offsets[fi] > n) fi--;
    const cols = g.grids[fi].cols;
    const i = n - g.offsets[fi];
    const r = (i / cols) | 0;
    const c = i - r * cols;
    cells.set([fi, c, r], k * 3);
    const b = boxes.get(fi);
    if (!b) boxes.set(fi, [c, c, r, r]);
    else (b[0] = Math.min(b[0], c)), (b[1] = Math.max(b[1], c)), (b[2] = Math.min(b[2], r)), (b[3] = Math.max(b[3], r));
  });
  return { cells, boxes };
}

function stillValid(p: CachedPath, dirty: DirtyCells): boolean {
  const w = p.windows();
  for (let k = 0; k < w.length; k += 5) {
    const b = dirty.boxes.get(w[k]);
    if (!b || b[1] < w[k + 1] || b[0] > w[k + 2] || b[3] < w[k + 3] || b[2] > w[k + 4]) continue;
    const cs = dirty.cells;
    for (let j = 0; j < cs.length; j += 3) if (cs[j] === w[k] && cs[j + 1] >= w[k + 1] && cs[j + 1] <= w[k + 2] && cs[j + 2] >= w[k + 3] && cs[j + 2] <= w[k + 4]) return false;
  }
  return true;
}

/** How far at() looks for a walkable cell round a point off the walkable ones (nearestFreeCell's reach). */
const SNAP_REACH_M = 1.0;

/** Cells per side of the blocks boundOver keeps the largest distance of (a 4 m square at 0.5 m cells). */
const BLOCK = 8;

/**
 * The largest finite distance of block `b` (row-major, `bc` blocks a row) of one floor's cells, -Infinity where
 * none is reached; worked out the first time a box asks for it (NaN until then).
 */
function blockMax(blocks: Float64Array, b: number, bc: number, d: Float64Array, base: number, cols: number, rows: number): number {
  const v = blocks[b];
  if (!Number.isNaN(v)) return v;
  const br = Math.floor(b / bc);
  const c0 = (b - br * bc) * BLOCK;
  const c1 = Math.min(cols, c0 + BLOCK);
  let worst = -Infinity;
  for (let r = br * BLOCK, r1 = Math.min(rows, r + BLOCK); r < r1; r++)
    for (let i = base + r * cols + c0, end = base + r * cols + c1; i < end; i++) {
      const x = d[i];
      if (x > worst && x !== Infinity) worst = x;
    }
  blocks[b] = worst;
  return worst;
}

/** A computed field seen as walking distances and paths; paths are cached and carried into repaired fields. */
let nextViewId = 1;

/** dist(p, pointOf(g, n).p) without the two arrays: rules ask this for every sample point of every zone. */
function offCentre(g: NavGraph, floorId: string, n: number, p: Vec2): number {
  const fi = g.floorIndex.get(floorId)!;
  const grid = g.grids[fi];
  const i = n - g.offsets[fi];
  const r = Math.floor(i / grid.cols);
  const cx = grid.origin[0] + (i - r * grid.cols + 0.5) * grid.cell;
  const cy = grid.origin[1] + (r + 0.5) * grid.cell;
  return hypot2(p[0] - cx, p[1] - cy);
}

/**
 * Where at() snaps each point of a list, and how far it is from that cell's centre: the same for every field
 * on a graph, so rules reading several fields over the same zone samples snap them once.
 */
// Per floor: floors built from one template share their polygon objects, so one sample list serves several.
const snaps = new WeakMap<readonly Vec2[], WeakMap<NavGraph, { floorId: string; nodes: Int32Array; off: Float64Array }[]>>();
function snapped(g: NavGraph, floorId: string, pts: readonly Vec2[]): { nodes: Int32Array; off: Float64Array } {
  let m = snaps.get(pts);
  if (!m) snaps.set(pts, (m = new WeakMap()));
  let floors = m.get(g);
  if (!floors) m.set(g, (floors = []));
  let hit = floors.find((x) => x.floorId === floorId);
  if (!hit) {
    const nodes = new Int32Array(pts.length).fill(-1);
    const off = new Float64Array(pts.length);
    // nodeOf and offCentre with the floor looked up once: zone samples run to thousands per check.
    const fi = g.floorIndex.get(floorId);
    if (fi !== undefined) {
      const grid = g.grids[fi];
      const base = g.offsets[fi];
      const { cols, rows, cell, origin, free, staff } = grid;
      const pub = g.audience !== 'staff';
      for (let k = 0; k < pts.length; k++) {
        const p = pts[k];
        // cellAt and isWalkable, written out.
        const c = Math.floor((p[0] - origin[0]) / cell);
        const rr = Math.floor((p[1] - origin[1]) / cell);
        let i = c < 0 || rr < 0 || c >= cols || rr >= rows ? -1 : rr * cols + c;
        if (i < 0 || free[i] !== 1 || (pub && staff[i] !== 0)) i = nearestFreeCell(grid, p, SNAP_REACH_M, g.audience);
        if (i < 0) continue;
        nodes[k] = base + i;
        const r = Math.floor(i / cols);
        off[k] = hypot2(p[0] - (origin[0] + (i - r * cols + 0.5) * cell), p[1] - (origin[1] + (r + 0.5) * cell));
      }
    }
    floors.push((hit = { floorId, nodes, off }));
  }
  return hit;
}

class FieldView implements DistanceField {
  readonly paths = new Map<string, CachedPath>();
  private pullMemo?: PullMemo;
  /** Where this field's pulls stood per node (see smooth): its paths share their way back to the source. */
  get pulls(): PullMemo {
    return (this.pullMemo ??= { fwd: new Map(), rev: new Map() });
  }
  readonly id = nextViewId++;
  /** The field this one was repaired from, and the cells whose values differ from it (per floor, as boxes). */
  private base?: { id: number; boxes: Map<number, [number, number, number, number]> };
  constructor(
    readonly f: Field,
    readonly points: Map<number, NavPoint>,
  ) {}
  at(floorId: string, p: Vec2): number {
    const g = this.f.space.g;
    const n = nodeOf(g, { floorId, p }, SNAP_REACH_M);
    return n < 0 ? Infinity : this.f.d[n] + offCentre(g, floorId, n, p);
  }
  atAll(floorId: string, pts: readonly Vec2[]): Float64Array {
    const { nodes, off } = snapped(this.f.space.g, floorId, pts);
    const d = this.f.d;
    const out = new Float64Array(pts.length);
    for (let k = 0; k < pts.length; k++) out[k] = nodes[k] < 0 ? Infinity : d[nodes[k]] + off[k];
    return out;
  }
  farthest(floorId: string, pts: readonly Vec2[]): number {
    const { nodes, off } = snapped(this.f.space.g, floorId, pts);
    const d = this.f.d;
    let best = -1;
    let worst = 0;
    for (let k = 0; k < pts.length; k++) {
      if (nodes[k] < 0) continue;
      const v = d[nodes[k]] + off[k];
      if (v > worst && v !== Infinity) (worst = v), (best = k);
    }
    return best;
  }
  cellOf(floorId: string): number | undefined {
    const g = this.f.space.g;
    const fi = g.floorIndex.get(floorId);
    return fi === undefined ? undefined : g.grids[fi].cell;
  }
  /** One copy per floor and field version, shared by every caller (read only). */
  private grids?: Map<string, ReturnType<DistanceField['grid']>>;
  grid(floorId: string) {
    this.grids ??= new Map();
    if (this.grids.has(floorId)) return this.grids.get(floorId);
    const g = this.f.space.g;
    const d = this.f.d;
    const fi = g.floorIndex.get(floorId);
    let out: ReturnType<DistanceField['grid']>;
    if (fi !== undefined) {
      const grid = g.grids[fi];
      const values = new Float32Array(grid.cols * grid.rows);
      for (let i = 0; i < values.length; i++) values[i] = grid.free[i] && (g.audience === 'staff' || !grid.staff[i]) ? d[g.offsets[fi] + i] : NaN;
      out = { origin: grid.origin, cell: grid.cell, cols: grid.cols, rows: grid.rows, values };
    }
    this.grids.set(floorId, out);
    return out;
  }
  pathTo(at: NavPoint): NavPoint[] | null {
    const g = this.f.space.g;
    const key = `${at.floorId}|${at.p[0]}|${at.p[1]}`;
    const node = nodeOf(g, at);
    const hit = this.paths.get(key);
    if (hit && hit.node === node) return hit.points;
    const nodes = nodesTo(this.f, node);
    let out: CachedPath;
    if (!nodes) {
      const P = new PathPoints(g, node < 0 ? 0 : 1);
      if (node >= 0) P.setNode(0, node);
      out = { node, points: null, windows: lazyWindows(g, P, node < 0 ? [] : [0, 0]) };
    } else {
      const exact = this.points.get(nodes[0]);
      const P = new PathPoints(g, nodes.length + 2);
      if (exact) P.setPoint(0, exact);
      else P.setNode(0, nodes[0]);
      nodes.forEach((n, k) => P.setNode(k + 1, n));
      P.setPoint(nodes.length + 1, at);
      const ranges: number[] = [];
      out = { node, points: smooth(g, P, ranges, { nodes, pulls: this.pulls }, this.f.space), windows: lazyWindows(g, P, ranges) };
    }
    this.paths.set(key, out);
    return out.points;
  }
  /** Takes over the paths of `base` that no dirty cell touches. */
  inherit(base: FieldView, dirty: number[]): void {
    const cells = dirtyCells(this.f.space.g, dirty);
    this.base = { id: base.id, boxes: cells.boxes };
    for (const [k, p] of base.paths) if (stillValid(p, cells)) this.paths.set(k, p);
  }
  /** Per floor index, the largest distance per block of cells (see blockMax), filled as boxes ask. */
  private blocks?: (Float64Array | undefined)[];
  boundOver(floorId: string, box: { minX: number; minY: number; maxX: number; maxY: number }): number {
    const g = this.f.space.g;
    const fi = g.floorIndex.get(floorId);
    if (fi === undefined) return -Infinity;
    const grid = g.grids[fi];
    const { cols, rows, cell, origin } = grid;
    const bc = Math.ceil(cols / BLOCK);
    this.blocks ??= [];
    const blocks = (this.blocks[fi] ??= new Float64Array(bc * Math.ceil(rows / BLOCK)).fill(Number.NaN));
    const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
    // The cells of the box's points, and the rings round them nearestFreeCell looks through.
    const ring = Math.ceil(SNAP_REACH_M / cell) + 1;
    const c0 = clamp(Math.floor((box.minX - origin[0]) / cell) - ring, cols);
    const c1 = clamp(Math.floor((box.maxX - origin[0]) / cell) + ring, cols);
    const r0 = clamp(Math.floor((box.minY - origin[1]) / cell) - ring, rows);
    const r1 = clamp(Math.floor((box.maxY - origin[1]) / cell) + ring, rows);
    const d = this.f.d;
    const base = g.offsets[fi];
    let worst = -Infinity;
    for (let br = Math.floor(r0 / BLOCK); br <= Math.floor(r1 / BLOCK); br++)
      for (let b = br * bc + Math.floor(c0 / BLOCK), end = br * bc + Math.floor(c1 / BLOCK); b <= end; b++) worst = Math.max(worst, blockMax(blocks, b, bc, d, base, cols, rows));
    // A point stands within its own cell, and its snapped cell's centre at most `ring` cells further each way.
    return worst + (ring + 1) * cell * Math.SQRT2;
  }
  unchangedSince(viewId: number, floorId: string, box: { minX: number; minY: number; maxX: number; maxY: number }): boolean {
    if (viewId === this.id) return true;
    if (!this.base || viewId !== this.base.id) return false;
    const g = this.f.space.g;
    const fi = g.floorIndex.get(floorId);
    if (fi === undefined) return false;
    const b = this.base.boxes.get(fi);
    if (!b) return true;
    const grid = g.grids[fi];
    // at() snaps to a walkable cell up to 1 m away (nearestFreeCell looks 3 cells out): keep that margin.
    const m = 4;
    const c0 = Math.floor((box.minX - grid.origin[0]) / grid.cell) - m;
    const c1 = Math.floor((box.maxX - grid.origin[0]) / grid.cell) + m;
    const r0 = Math.floor((box.minY - grid.origin[1]) / grid.cell) - m;
    const r1 = Math.floor((box.maxY - grid.origin[1]) / grid.cell) + m;
    return b[1] < c0 || b[0] > c1 || b[3] < r0 || b[2] > r1;
  }
}

/** Cell windows (one cell of margin) around each run of points smoothing tested together. */
function windowsOf(g: NavGraph, P: PathPoints, ranges: number[]): number[] {
  const out: number[] = [];
  // Each point's cell, found once (the runs overlap, and together cover the path about twice).
  const n = P.n;
  const F = P.fi;
  const C = new Int32Array(n);
  const R = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const fi = F[k];
    if (fi < 0) continue;
    const grid = g.grids[fi];
    C[k] = Math.floor((P.x[k] - grid.origin[0]) / grid.cell);
    R[k] = Math.floor((P.y[k] - grid.origin[1]) / grid.cell);
  }
  for (let q = 0; q < ranges.length; q += 2) {
    const s = ranges[q];
    const e = ranges[q + 1];
    // Floors in the order the run meets them; a run is almost always on one floor.
    for (let k = s; k <= e; k++) {
      const fi = F[k];
      if (fi < 0) continue;
      let seen = false;
      for (let j = s; j < k && !seen; j++) seen = F[j] === fi;
      if (seen) continue;
      let c0 = C[k],
        c1 = C[k],
        r0 = R[k],
        r1 = R[k];
      for (let j = k + 1; j <= e; j++) {
        if (F[j] !== fi) continue;
        if (C[j] < c0) c0 = C[j];
        if (C[j] > c1) c1 = C[j];
        if (R[j] < r0) r0 = R[j];
        if (R[j] > r1) r1 = R[j];
      }
      out.push(fi, c0 - 1, c1 + 1, r0 - 1, r1 + 1);
    }
  }
  return out;
}

/** A computed field seen as walking distances and paths. */
export function fieldView(f: Field, points: Map<number, NavPoint>, inherit?: { base: DistanceField; dirty: number[] }): DistanceField {
  const v = new FieldView(f, points);
  if (inherit?.base instanceof FieldView) v.inherit(inherit.base, inherit.dirty);
  return v;
}

/** Walking distance from the nearest source to every cell (Infinity where unreachable). */
export function distanceField(g: NavGraph, sources: NavPoint[], o: RouteOptions = {}): DistanceField {
  const { seeds, points } = seedsOf(g, sources);
  return fieldView(solve(searchSpace(g, o), seeds), points);
}

export function clearWidthAt(g: NavGraph, at: NavPoint): number {
  const fi = g.floorIndex.get(at.floorId);
  if (fi === undefined) return 0;
  const grid = g.grids[fi];
  const c = Math.floor((at.p[0] - grid.origin[0]) / grid.cell);
  const r = Math.floor((at.p[1] - grid.origin[1]) / grid.cell);
  if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return 0;
  return 2 * grid.clearance[r * grid.cols + c];
}
