/** Shortest walking routes (A*), distance fields (multi-source Dijkstra) and path smoothing on the nav graph. */
import type { Vec2 } from '../core/geometry/vec';
import { dist, hypot2 } from '../core/geometry/vec';
import { MinHeap } from './heap';
import { nearestFreeCell, nodeOf, pointOf, type LinkEdge, type NavGraph, type NavPoint } from './graph';
import { cellAt, isWalkable } from './grid';
import { floorMask, linkAllowed, searchSpace, type RouteOptions } from './mask';
import { nodesTo, solve, type Field } from './dijkstra';
import { routeHeuristic } from './heuristic';
import { roomFor, runsFor, type Runs } from './room';
import { PairMemo } from './pair-memo';

export type { RouteOptions } from './mask';

/**
 * Plan coordinates of every node, for the A* heuristic. They depend only on the floors' grid layout, not on what
 * is walkable, so graphs that differ by an edit share one table.
 */
const tables = new WeakMap<NavGraph, { x: Float32Array; y: Float32Array }>();
const byLayout = new Map<string, { x: Float32Array; y: Float32Array }>();
function nodeTable(g: NavGraph): { x: Float32Array; y: Float32Array } {
  let t = tables.get(g);
  if (t) return t;
  const layout = g.grids.map((gr, fi) => `${g.offsets[fi]}:${gr.origin[0]}:${gr.origin[1]}:${gr.cell}:${gr.cols}:${gr.rows}`).join('|');
  t = byLayout.get(layout);
  if (!t) {
    const x = new Float32Array(g.size);
    const y = new Float32Array(g.size);
    g.grids.forEach((grid, fi) => {
      const off = g.offsets[fi];
      for (let r = 0; r < grid.rows; r++)
        for (let c = 0; c < grid.cols; c++) {
          x[off + r * grid.cols + c] = grid.origin[0] + (c + 0.5) * grid.cell;
          y[off + r * grid.cols + c] = grid.origin[1] + (r + 0.5) * grid.cell;
        }
    });
    byLayout.set(layout, (t = { x, y }));
    if (byLayout.size > 8) byLayout.delete(byLayout.keys().next().value!);
  }
  tables.set(g, t);
  return t;
}

export interface RouteResult {
  length: number;
  points: NavPoint[];
  links: string[];
  target: number;
}

export function route(g: NavGraph, from: NavPoint, to: NavPoint | NavPoint[], o: RouteOptions = {}): RouteResult | null {
  const targets = Array.isArray(to) ? to : [to];
  const sp = searchSpace(g, o);
  const start = nodeOf(g, from);
  if (start < 0) return null;
  const goals = new Map<number, number>();
  targets.forEach((t, k) => {
    const n = nodeOf(g, t);
    if (n >= 0 && !goals.has(n)) goals.set(n, k);
  });
  if (!goals.size) return null;
  const { x: nx, y: ny } = nodeTable(g);
  const h = routeHeuristic({ goals: [...goals.keys()], links: g.links, allowed: (e) => linkAllowed(e, o), floor: (n) => sp.floorOf[n], x: (n) => nx[n], y: (n) => ny[n] });
  // Scratch buffers reused across routes on this graph; a cell's entries are valid when its stamp is this route's.
  const sc = scratch(g);
  const gen = ++sc.gen;
  const gScore = sc.gScore;
  const prev = sc.prev;
  const stamp = sc.stamp;
  const closed = sc.closed;
  // The heuristic of a node, computed once per route: nodes are pushed again each time their cost improves.
  const hv = sc.h;
  const prevLink = new Map<number, { from: number; id: string }>();
  const heap = new MinHeap();
  stamp[start] = gen;
  gScore[start] = 0;
  prev[start] = -1;
  heap.push(start, h(start));
  const { steps, floorOf } = sp;
  // A link step is recorded with the node it left from: a later, better grid step into the same node leaves a
  // record whose `from` no longer matches prev, so the link does not count.
  const viaLink = (m: number, s: number, n: number, link: LinkEdge) => {
    const fresh = stamp[m] !== gen;
    if (fresh || s < gScore[m]) {
      if (fresh) hv[m] = h(m);
      stamp[m] = gen;
      gScore[m] = s;
      prev[m] = n;
      prevLink.set(m, { from: n, id: link.linkId });
      heap.push(m, s + hv[m]);
    }
  };
  while (heap.size) {
    const n = heap.pop();
    if (closed[n] === gen) continue;
    closed[n] = gen;
    if (goals.has(n)) return build(g, n, (k) => (stamp[k] === gen ? prev[k] : -1), prevLink, gScore[n], goals.get(n)!, from, targets[goals.get(n)!]);
    const gn = gScore[n];
    // The same neighbours in the same order as forEachNeighbour (the space's step bits), unrolled: this loop is
    // the route's whole cost.
    const grid = g.grids[floorOf[n]];
    const cols = grid.cols;
    const a = gn + grid.cell;
    const b = gn + Math.SQRT2 * grid.cell;
    const bits = steps[n];
    if (bits & 1) {
      const j = n + 1;
      const fresh = stamp[j] !== gen;
      if (fresh || a < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = a;
        prev[j] = n;
        heap.push(j, a + hv[j]);
      }
    }
    if (bits & 2) {
      const j = n - 1;
      const fresh = stamp[j] !== gen;
      if (fresh || a < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = a;
        prev[j] = n;
        heap.push(j, a + hv[j]);
      }
    }
    if (bits & 4) {
      const j = n + cols;
      const fresh = stamp[j] !== gen;
      if (fresh || a < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = a;
        prev[j] = n;
        heap.push(j, a + hv[j]);
      }
    }
    if (bits & 8) {
      const j = n - cols;
      const fresh = stamp[j] !== gen;
      if (fresh || a < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = a;
        prev[j] = n;
        heap.push(j, a + hv[j]);
      }
    }
    if (bits & 16) {
      const j = n + cols + 1;
      const fresh = stamp[j] !== gen;
      if (fresh || b < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = b;
        prev[j] = n;
        heap.push(j, b + hv[j]);
      }
    }
    if (bits & 32) {
      const j = n - cols + 1;
      const fresh = stamp[j] !== gen;
      if (fresh || b < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = b;
        prev[j] = n;
        heap.push(j, b + hv[j]);
      }
    }
    if (bits & 64) {
      const j = n + cols - 1;
      const fresh = stamp[j] !== gen;
      if (fresh || b < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = b;
        prev[j] = n;
        heap.push(j, b + hv[j]);
      }
    }
    if (bits & 128) {
      const j = n - cols - 1;
      const fresh = stamp[j] !== gen;
      if (fresh || b < gScore[j]) {
        if (fresh) hv[j] = h(j);
        stamp[j] = gen;
        gScore[j] = b;
        prev[j] = n;
        heap.push(j, b + hv[j]);
      }
    }
    if (sp.linked[n] === 1) for (const e of g.links.get(n)!) if (linkAllowed(e, o)) viaLink(e.to, gn + e.cost, n, e);
  }
  return null;
}

interface Scratch {
  gen: number;
  gScore: Float64Array;
  prev: Int32Array;
  stamp: Uint32Array;
  closed: Uint32Array;
  h: Float64Array;
}
const scratches = new WeakMap<NavGraph, Scratch>();
function scratch(g: NavGraph): Scratch {
  let sc = scratches.get(g);
  if (!sc)
    scratches.set(
      g,
      (sc = {
        gen: 0,
        gScore: new Float64Array(g.size),
        prev: new Int32Array(g.size),
        stamp: new Uint32Array(g.size),
        closed: new Uint32Array(g.size),
        h: new Float64Array(g.size),
      }),
    );
  return sc;
}

function build(
  g: NavGraph,
  end: number,
  prevOf: (n: number) => number,
  prevLink: Map<number, { from: number; id: string }>,
  cost: number,
  target: number,
  from: NavPoint,
  to: NavPoint,
): RouteResult {
  const nodes: number[] = [];
  for (let n = end; n >= 0; n = prevOf(n)) nodes.push(n);
  nodes.reverse();
  const links: string[] = [];
  for (const n of nodes) {
    const l = prevLink.get(n);
    if (l && l.from === prevOf(n)) links.push(l.id);
  }
  const P = new PathPoints(g, nodes.length + 2);
  P.setPoint(0, from);
  nodes.forEach((n, k) => P.setNode(k + 1, n));
  P.setPoint(nodes.length + 1, to);
  const points = smooth(g, P);
  // Length: walking along the smoothed path plus the link costs (each floor change is one link).
  let length = 0;
  for (let i = 1; i < points.length; i++) if (points[i].floorId === points[i - 1].floorId) length += dist(points[i].p, points[i - 1].p);
  const linkCosts = cost - rawWalk(P);
  return { length: length + Math.max(0, linkCosts), points, links, target };
}

/** Walking length along a path's nodes (its inner points: the ends are the caller's points). */
function rawWalk(P: PathPoints): number {
  let s = 0;
  for (let i = 2; i < P.n - 1; i++) if (P.fi[i] === P.fi[i - 1]) s += hypot2(P.x[i] - P.x[i - 1], P.y[i] - P.y[i - 1]);
  return s;
}

/**
 * A path's points by index: floor (index into the graph's grids, −1 when not on the graph) and plan coordinates.
 * Smoothing reads these; a NavPoint is made only for the points it keeps.
 */
class PathPoints {
  // Plain arrays, not typed ones: a path is a few hundred numbers, made 35 times per check, and a typed array
  // that size costs a buffer outside the heap each.
  readonly fi: number[];
  readonly x: number[];
  readonly y: number[];
  /** The caller's own point objects at some indices (source and target), handed back as they were. */
  private readonly givenAt: number[] = [];
  private readonly given: NavPoint[] = [];
  constructor(
    private readonly g: NavGraph,
    readonly n: number,
  ) {
    this.fi = new Array<number>(n).fill(-1);
    this.x = new Array<number>(n).fill(0.5);
    this.y = new Array<number>(n).fill(0.5);
  }
  setPoint(k: number, p: NavPoint): void {
    this.fi[k] = this.g.floorIndex.get(p.floorId) ?? -1;
    this.x[k] = p.p[0];
    this.y[k] = p.p[1];
    this.givenAt.push(k);
    this.given.push(p);
  }
  /** The centre of a node's cell, as pointOf gives it. */
  setNode(k: number, node: number): void {
    const { g } = this;
    let fi = g.offsets.length - 1;
    while (fi > 0 && g.offsets[fi] > node) fi--;
    const grid = g.grids[fi];
    const i = node - g.offsets[fi];
    const r = Math.floor(i / grid.cols);
    const c = i - r * grid.cols;
    this.fi[k] = fi;
    this.x[k] = grid.origin[0] + (c + 0.5) * grid.cell;
    this.y[k] = grid.origin[1] + (r + 0.5) * grid.cell;
  }
  point(k: number): NavPoint {
    const at = this.givenAt.lastIndexOf(k);
    return at >= 0 ? this.given[at] : { floorId: this.g.grids[this.fi[k]].floorId, p: [this.x[k], this.y[k]] };
  }
  /** Same floor (a point off the graph is on no floor). */
  sameFloor(a: number, b: number): boolean {
    return this.fi[a] === this.fi[b] && this.fi[a] >= 0;
  }
}

/**
 * Names of path points for a line memo, and where the answers are kept (see smooth): point 0 is named `first`,
 * point k (1 ≤ k ≤ nodes.length) by its node's number, the last point (the caller's target) is unnamed.
 */
interface Named {
  first: number;
  nodes: readonly number[];
  lines: PairMemo;
}
const nameOf = (named: Named, k: number) => (k === 0 ? named.first : k <= named.nodes.length ? named.nodes[k - 1] : -1);

/**
 * String-pulling: drop points while the straight line between kept points stays on walkable cells. Greedy
 * pulling depends on the end it starts from, so both ends are tried and the shorter walk kept (routes A→B and
 * B→A then agree). `ranges` receives each run of points tested against one anchor (what the result depends on).
 * With `named`, lines between named points are answered once per memo: the many paths a field hands out from
 * one source share their first stretch.
 */
function smooth(g: NavGraph, P: PathPoints, ranges?: number[], named?: Named): NavPoint[] {
  const fwd = pull(g, P, 1, ranges, named);
  if (P.n <= 2) return fwd.map((k) => P.point(k));
  const rev = pull(g, P, -1, ranges, named).reverse();
  return (walkLength(P, rev) < walkLength(P, fwd) - 1e-9 ? rev : fwd).map((k) => P.point(k));
}

/** Whether the line between path points a and b is clear, kept under their names when both have one. */
function lineBetween(g: NavGraph, P: PathPoints, a: number, b: number, named: Named | undefined): boolean {
  const na = named ? nameOf(named, a) : -1;
  const nb = named ? nameOf(named, b) : -1;
  if (!named || na < 0 || nb < 0) return lineClear(g, P.fi[a], P.x[a], P.y[a], P.x[b], P.y[b]);
  let v = named.lines.get(na, nb);
  if (v === undefined) named.lines.set(na, nb, (v = lineClear(g, P.fi[a], P.x[a], P.y[a], P.x[b], P.y[b])));
  return v;
}

/** Walking length along kept points (steps between floors count nothing). */
function walkLength(P: PathPoints, kept: number[]): number {
  let s = 0;
  for (let i = 1; i < kept.length; i++) if (P.fi[kept[i]] === P.fi[kept[i - 1]]) s += hypot2(P.x[kept[i]] - P.x[kept[i - 1]], P.y[kept[i]] - P.y[kept[i - 1]]);
  return s;
}

/**
 * Greedy pull from one end (dir 1: from index 0, −1: from the last index); the kept indices, in the order walked.
 * Runs go into `ranges` as low, high indices of the path (two numbers a run).
 */
function pull(g: NavGraph, P: PathPoints, dir: 1 | -1, ranges: number[] | undefined, named: Named | undefined): number[] {
  const first = dir === 1 ? 0 : P.n - 1;
  const end = dir === 1 ? P.n - 1 : 0;
  const run = (a: number, b: number) => ranges?.push(Math.min(a, b), Math.max(a, b));
  if (P.n <= 2) {
    run(first, end);
    return dir === 1 ? Array.from({ length: P.n }, (_, k) => k) : Array.from({ length: P.n }, (_, k) => P.n - 1 - k);
  }
  const out = [first];
  let anchor = first;
  for (let i = first + 2 * dir; dir === 1 ? i <= end : i >= end; i += dir) {
    if (!P.sameFloor(anchor, i) || !lineBetween(g, P, anchor, i, named)) {
      run(anchor, i);
      out.push(i - dir);
      anchor = i - dir;
    }
  }
  run(anchor, end);
  out.push(end);
  return out;
}

/** Far more than the rounding error of a sample position (in cells), far less than the distance between samples. */
const EDGE = 1e-7;

let lastWalk: { grid?: object; audience?: string; walk: Uint8Array; room: Uint8Array; runs: Runs; exact: boolean } = {
  walk: new Uint8Array(0),
  room: new Uint8Array(0),
  runs: { e: new Uint8Array(0), w: new Uint8Array(0), n: new Uint8Array(0), s: new Uint8Array(0) },
  exact: false,
};

/**
 * Whether the straight line a–b stays on walkable cells, sampled every third of a cell (as the phone app does).
 * Samples that lie well inside open floor (roomOf) are skipped, not tested: the answer is the same as testing
 * every sample, at a fraction of the cost on long lines across a hall.
 */
export function gridLine(g: NavGraph, a: NavPoint, b: NavPoint): boolean {
  const fi = g.floorIndex.get(a.floorId);
  return fi !== undefined && lineClear(g, fi, a.p[0], a.p[1], b.p[0], b.p[1]);
}

/** gridLine on floor index fi, from (ax, ay) to (bx, by). */
function lineClear(g: NavGraph, fi: number, ax: number, ay: number, bx: number, by: number): boolean {
  if (fi < 0) return false;
  const grid = g.grids[fi];
  const { cols, rows, cell } = grid;
  // Smoothing asks for the same floor's mask hundreds of times in a row.
  if (grid !== lastWalk.grid || g.audience !== lastWalk.audience) {
    const walk = floorMask(grid, g.audience, false, 0);
    // Dividing by a power of two is exact, so multiplying by its inverse gives the same cells, without a division
    // per axis per sample (the default half-metre cell is one).
    lastWalk = { grid, audience: g.audience, walk, room: roomFor(grid, g.audience, walk), runs: runsFor(grid, g.audience, walk), exact: Number.isInteger(Math.log2(cell)) };
  }
  const { walk, room, runs, exact } = lastWalk;
  const ox = grid.origin[0];
  const oy = grid.origin[1];
  const dx = bx - ax;
  const dy = by - ay;
  const len = hypot2(ax - bx, ay - by);
  const steps = Math.ceil(len / (cell / 3));
  const stepLen = steps ? len / steps : Infinity;
  const inv = 1 / cell;
  // Change per sample, in cells, per axis.
  const du = steps ? (dx * inv) / steps : 0;
  const dv = steps ? (dy * inv) / steps : 0;
  let last = -1;
  for (let k = 0; k <= steps; ) {
    const t = steps ? k / steps : 0;
    const u = exact ? (ax + dx * t - ox) * inv : (ax + dx * t - ox) / cell;
    const v = exact ? (ay + dy * t - oy) * inv : (ay + dy * t - oy) / cell;
    const c = Math.floor(u);
    const r = Math.floor(v);
    if (c < 0 || r < 0 || c >= cols || r >= rows) return false;
    const i = r * cols + c;
    if (i !== last) {
      if (walk[i] !== 1) return false;
      last = i;
    }
    // Samples that must fall in open cells, so testing them would change nothing. The computed positions grow
    // monotonically with k and stray from u + j·du by far less than EDGE, so a sample whose position is EDGE short
    // of a boundary is on this side of it. Along this row: the samples before the line leaves the row, and before
    // its column leaves the open run the cell starts (east or west, by the line's direction). Likewise along
    // this column. A run of one is this cell alone.
    let alongRow = steps;
    if (dv > 0) alongRow = (r + 1 - EDGE - v) / dv;
    else if (dv < 0) alongRow = (v - r - EDGE) / -dv;
    if (du > 0) alongRow = Math.min(alongRow, (c + runs.e[i] - EDGE - u) / du);
    else if (du < 0) alongRow = Math.min(alongRow, (u - (c + 1 - runs.w[i]) - EDGE) / -du);
    let alongCol = steps;
    if (du > 0) alongCol = (c + 1 - EDGE - u) / du;
    else if (du < 0) alongCol = (u - c - EDGE) / -du;
    if (dv > 0) alongCol = Math.min(alongCol, (r + runs.n[i] - EDGE - v) / dv);
    else if (dv < 0) alongCol = Math.min(alongCol, (v - (r + 1 - runs.s[i]) - EDGE) / -dv);
    const same = Math.min(Math.max(alongRow, alongCol), steps);
    const onOpen = same >= 1 ? Math.floor(same) : 0;
    // Every point closer than (room − 2) cells to this sample is in a walkable cell; one sample of margin for
    // rounding in the sample positions.
    const jump = room[i] > 2 ? Math.floor(((room[i] - 2) * cell) / stepLen) - 1 : 0;
    k += Math.max(onOpen, jump, 0) + 1;
  }
  return true;
}

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
}

/** Source nodes with their start distance (a point's offset from its cell centre), and the point each stands for. */
export function seedsOf(g: NavGraph, sources: NavPoint[]): { seeds: Map<number, number>; points: Map<number, NavPoint> } {
  const seeds = new Map<number, number>();
  const points = new Map<number, NavPoint>();
  for (const s of sources) {
    const n = nodeOf(g, s);
    if (n < 0) continue;
    const first = dist(s.p, pointOf(g, n).p);
    if (first < (seeds.get(n) ?? Infinity)) {
      seeds.set(n, first);
      points.set(n, s);
    }
  }
  return { seeds, points };
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
      const { cols, cell, origin } = grid;
      for (let k = 0; k < pts.length; k++) {
        const p = pts[k];
        let i = cellAt(grid, p);
        if (i < 0 || !isWalkable(grid, i, g.audience)) i = nearestFreeCell(grid, p, 1.0, g.audience);
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
  private lineMemo?: PairMemo;
  /** Whether straight lines between named points of this field's paths stay on walkable cells (see smooth). */
  get lines(): PairMemo {
    // Made on the first path: most fields are read for distances only.
    return (this.lineMemo ??= new PairMemo());
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
    const n = nodeOf(g, { floorId, p }, 1.0);
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
  grid(floorId: string) {
    const g = this.f.space.g;
    const d = this.f.d;
    const fi = g.floorIndex.get(floorId);
    if (fi === undefined) return undefined;
    const grid = g.grids[fi];
    const values = new Float32Array(grid.cols * grid.rows);
    for (let i = 0; i < values.length; i++) values[i] = grid.free[i] && (g.audience === 'staff' || !grid.staff[i]) ? d[g.offsets[fi] + i] : NaN;
    return { origin: grid.origin, cell: grid.cell, cols: grid.cols, rows: grid.rows, values };
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
      // Names for the line memo: a node by its number; this field's source point off a cell centre by its node's
      // number past the graph's size (the point is this field's own, so the memo is too).
      out = { node, points: smooth(g, P, ranges, { first: exact ? g.size + nodes[0] : nodes[0], nodes, lines: this.lines }), windows: lazyWindows(g, P, ranges) };
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
