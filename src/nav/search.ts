/** Shortest walking routes (A*), distance fields (multi-source Dijkstra) and path smoothing on the nav graph. */
import type { Vec2 } from '../core/geometry/vec';
import { dist } from '../core/geometry/vec';
import { MinHeap } from './heap';
import { isWalkable, nodeOf, pointOf, type LinkEdge, type NavGraph, type NavPoint } from './graph';
import { cellCentre, type FloorGrid } from './grid';

export interface RouteOptions {
  /** Wheelchair mode: no stairs or escalators, ramps within `maxRampSlope`, no stepped doors, `minClearWidth`. */
  accessible?: boolean;
  /** Narrowest passage allowed, metres (accessible default 0.9, else none). */
  minClearWidth?: number;
  /** Steepest ramp allowed (rise/run), default 1/12. */
  maxRampSlope?: number;
}

export interface RouteResult {
  length: number;
  points: NavPoint[];
  links: string[];
  target: number;
}

const SQRT2 = Math.SQRT2;
const NEIGHBOURS: [number, number, number][] = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, SQRT2],
  [1, -1, SQRT2],
  [-1, 1, SQRT2],
  [-1, -1, SQRT2],
];

function linkAllowed(e: LinkEdge, o: RouteOptions): boolean {
  if (!o.accessible) return true;
  if (e.linkKind === 'stair' || e.linkKind === 'escalator') return false;
  if (e.linkKind === 'ramp' && e.slope > (o.maxRampSlope ?? 1 / 12) + 1e-9) return false;
  if (e.linkKind !== 'elevator' && !e.accessible) return false;
  return e.clearWidth + 1e-9 >= Math.min(o.minClearWidth ?? 0, 0.8);
}

interface Ctx {
  g: NavGraph;
  o: RouteOptions;
  minHalf: number;
  table: NodeTable;
}

function cellOk(ctx: Ctx, grid: FloorGrid, i: number): boolean {
  if (!isWalkable(grid, i, ctx.g.audience)) return false;
  if (ctx.o.accessible && grid.stepped[i]) return false;
  // A door is narrower than the raster can tell: its clear width is checked with the door itself by the rules.
  return ctx.minHalf <= 0 || grid.clearance[i] + 1e-9 >= ctx.minHalf;
}

/** Per-node floor index and plan coordinates, built once per graph: the inner loops read them instead of recomputing. */
interface NodeTable {
  floor: Uint16Array;
  x: Float32Array;
  y: Float32Array;
}
const tables = new WeakMap<NavGraph, NodeTable>();
function nodeTable(g: NavGraph): NodeTable {
  let t = tables.get(g);
  if (!t) {
    t = { floor: new Uint16Array(g.size), x: new Float32Array(g.size), y: new Float32Array(g.size) };
    g.grids.forEach((grid, fi) => {
      const off = g.offsets[fi];
      for (let r = 0; r < grid.rows; r++)
        for (let c = 0; c < grid.cols; c++) {
          const n = off + r * grid.cols + c;
          t!.floor[n] = fi;
          t!.x[n] = grid.origin[0] + (c + 0.5) * grid.cell;
          t!.y[n] = grid.origin[1] + (r + 0.5) * grid.cell;
        }
    });
    tables.set(g, t);
  }
  return t;
}

/** Visits neighbours of `node`: same-floor cells and link landings. */
function expand(ctx: Ctx, node: number, visit: (to: number, cost: number, link?: LinkEdge) => void): void {
  const { g } = ctx;
  const fi = ctx.table.floor[node];
  const grid = g.grids[fi];
  const off = g.offsets[fi];
  const i = node - off;
  const r = Math.floor(i / grid.cols);
  const c = i - r * grid.cols;
  for (const [dc, dr, w] of NEIGHBOURS) {
    const cc = c + dc;
    const rr = r + dr;
    if (cc < 0 || rr < 0 || cc >= grid.cols || rr >= grid.rows) continue;
    const j = rr * grid.cols + cc;
    if (!cellOk(ctx, grid, j)) continue;
    // No corner cutting through a blocked cell.
    if (dc && dr && (!cellOk(ctx, grid, r * grid.cols + cc) || !cellOk(ctx, grid, rr * grid.cols + c))) continue;
    visit(off + j, w * grid.cell);
  }
  const ls = g.links.get(node);
  if (ls) for (const e of ls) if (linkAllowed(e, ctx.o)) visit(e.to, e.cost, e);
}

function ctxOf(g: NavGraph, o: RouteOptions): Ctx {
  const minW = o.minClearWidth ?? (o.accessible ? 0.9 : 0);
  // Cells carry half-widths; allow one cell of raster error so a corridor exactly at the limit passes.
  return { g, o, minHalf: minW > 0 ? minW / 2 - g.grids[0]?.cell / 2 : 0, table: nodeTable(g) };
}

export function route(g: NavGraph, from: NavPoint, to: NavPoint | NavPoint[], o: RouteOptions = {}): RouteResult | null {
  const targets = Array.isArray(to) ? to : [to];
  const ctx = ctxOf(g, o);
  const start = nodeOf(g, from);
  if (start < 0) return null;
  const goals = new Map<number, number>();
  targets.forEach((t, k) => {
    const n = nodeOf(g, t);
    if (n >= 0 && !goals.has(n)) goals.set(n, k);
  });
  if (!goals.size) return null;
  const gx = [...goals.keys()].map((n) => ctx.table.x[n]);
  const gy = [...goals.keys()].map((n) => ctx.table.y[n]);
  const { x: nx, y: ny } = ctx.table;
  const h = (n: number) => {
    let m = Infinity;
    for (let k = 0; k < gx.length; k++) {
      const d = Math.hypot(nx[n] - gx[k], ny[n] - gy[k]);
      if (d < m) m = d;
    }
    return m;
  };
  // Scratch buffers reused across routes on this graph; a cell's entries are valid when its stamp is this route's.
  const sc = scratch(g);
  const gen = ++sc.gen;
  const gScore = sc.gScore;
  const prev = sc.prev;
  const stamp = sc.stamp;
  const closed = sc.closed;
  const prevLink = new Map<number, string>();
  const heap = new MinHeap();
  const score = (n: number) => (stamp[n] === gen ? gScore[n] : Infinity);
  stamp[start] = gen;
  gScore[start] = 0;
  prev[start] = -1;
  heap.push(start, h(start));
  while (heap.size) {
    const n = heap.pop();
    if (closed[n] === gen) continue;
    closed[n] = gen;
    if (goals.has(n)) return build(g, n, (k) => (stamp[k] === gen ? prev[k] : -1), prevLink, gScore[n], goals.get(n)!, from, targets[goals.get(n)!]);
    const gn = gScore[n];
    expand(ctx, n, (m, cost, link) => {
      const s = gn + cost;
      if (s < score(m)) {
        stamp[m] = gen;
        gScore[m] = s;
        prev[m] = n;
        if (link) prevLink.set(m, link.linkId);
        else prevLink.delete(m);
        heap.push(m, s + h(m));
      }
    });
  }
  return null;
}

interface Scratch {
  gen: number;
  gScore: Float64Array;
  prev: Int32Array;
  stamp: Uint32Array;
  closed: Uint32Array;
}
const scratches = new WeakMap<NavGraph, Scratch>();
function scratch(g: NavGraph): Scratch {
  let sc = scratches.get(g);
  if (!sc) scratches.set(g, (sc = { gen: 0, gScore: new Float64Array(g.size), prev: new Int32Array(g.size), stamp: new Uint32Array(g.size), closed: new Uint32Array(g.size) }));
  return sc;
}

function build(g: NavGraph, end: number, prevOf: (n: number) => number, prevLink: Map<number, string>, cost: number, target: number, from: NavPoint, to: NavPoint): RouteResult {
  const nodes: number[] = [];
  for (let n = end; n >= 0; n = prevOf(n)) nodes.push(n);
  nodes.reverse();
  const links: string[] = [];
  for (const n of nodes) {
    const l = prevLink.get(n);
    if (l) links.push(l);
  }
  const raw = nodes.map((n) => pointOf(g, n));
  const points = smooth(g, [from, ...raw, to]);
  // Length: walking along the smoothed path plus the link costs (each floor change is one link).
  let length = 0;
  for (let i = 1; i < points.length; i++) if (points[i].floorId === points[i - 1].floorId) length += dist(points[i].p, points[i - 1].p);
  const linkCosts = cost - rawWalk(raw);
  return { length: length + Math.max(0, linkCosts), points, links, target };
}

function rawWalk(pts: NavPoint[]): number {
  let s = 0;
  for (let i = 1; i < pts.length; i++) if (pts[i].floorId === pts[i - 1].floorId) s += dist(pts[i].p, pts[i - 1].p);
  return s;
}

/** String-pulling: drop points while the straight line between kept points stays on walkable cells. */
function smooth(g: NavGraph, pts: NavPoint[]): NavPoint[] {
  if (pts.length <= 2) return pts;
  const out: NavPoint[] = [pts[0]];
  let anchor = 0;
  for (let i = 2; i < pts.length; i++) {
    const a = pts[anchor];
    const b = pts[i];
    if (a.floorId !== b.floorId || !gridLine(g, a, b)) {
      out.push(pts[i - 1]);
      anchor = i - 1;
    }
  }
  out.push(pts[pts.length - 1]);
  return out;
}

function gridLine(g: NavGraph, a: NavPoint, b: NavPoint): boolean {
  const fi = g.floorIndex.get(a.floorId);
  if (fi === undefined) return false;
  const grid = g.grids[fi];
  const steps = Math.ceil(dist(a.p, b.p) / (grid.cell / 3));
  for (let k = 0; k <= steps; k++) {
    const t = steps ? k / steps : 0;
    const p: Vec2 = [a.p[0] + (b.p[0] - a.p[0]) * t, a.p[1] + (b.p[1] - a.p[1]) * t];
    const c = Math.floor((p[0] - grid.origin[0]) / grid.cell);
    const r = Math.floor((p[1] - grid.origin[1]) / grid.cell);
    if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return false;
    if (!isWalkable(grid, r * grid.cols + c, g.audience)) return false;
  }
  return true;
}

export interface DistanceField {
  at(floorId: string, p: Vec2): number;
  grid(floorId: string): { origin: Vec2; cell: number; cols: number; rows: number; values: Float32Array } | undefined;
}

/** Multi-source Dijkstra: distances and predecessors over the whole graph. */
function dijkstra(g: NavGraph, sources: NavPoint[], o: RouteOptions & { maxDist?: number }): { d: Float64Array; prev: Int32Array } {
  const ctx = ctxOf(g, o);
  const d = new Float64Array(g.size).fill(Infinity);
  const prev = new Int32Array(g.size).fill(-1);
  const heap = new MinHeap();
  for (const s of sources) {
    const n = nodeOf(g, s);
    if (n < 0) continue;
    const first = dist(s.p, pointOf(g, n).p);
    if (first < d[n]) {
      d[n] = first;
      heap.push(n, first);
    }
  }
  const max = o.maxDist ?? Infinity;
  const done = new Uint8Array(g.size);
  while (heap.size) {
    const n = heap.pop();
    if (done[n]) continue;
    done[n] = 1;
    const dn = d[n];
    if (dn > max) break;
    expand(ctx, n, (m, cost) => {
      const s = dn + cost;
      if (s < d[m]) {
        d[m] = s;
        prev[m] = n;
        heap.push(m, s);
      }
    });
  }
  return { d, prev };
}

/** Walking distance from the nearest source to every cell (Infinity where unreachable). */
export function distanceField(g: NavGraph, sources: NavPoint[], o: RouteOptions & { maxDist?: number } = {}): DistanceField {
  const { d } = dijkstra(g, sources, o);
  return {
    at(floorId, p) {
      const n = nodeOf(g, { floorId, p }, 1.0);
      if (n < 0) return Infinity;
      return d[n] + dist(p, pointOf(g, n).p);
    },
    grid(floorId) {
      const fi = g.floorIndex.get(floorId);
      if (fi === undefined) return undefined;
      const grid = g.grids[fi];
      const values = new Float32Array(grid.cols * grid.rows);
      for (let i = 0; i < values.length; i++) values[i] = grid.free[i] && (g.audience === 'staff' || !grid.staff[i]) ? d[g.offsets[fi] + i] : NaN;
      return { origin: grid.origin, cell: grid.cell, cols: grid.cols, rows: grid.rows, values };
    },
  };
}

/** Shortest paths from one source to anywhere, from a single Dijkstra (cheaper than one A* per target). */
export function pathTree(g: NavGraph, source: NavPoint, o: RouteOptions = {}): { pathTo(at: NavPoint): NavPoint[] | null } {
  const { d, prev } = dijkstra(g, [source], o);
  return {
    pathTo(at) {
      const n = nodeOf(g, at);
      if (n < 0 || !Number.isFinite(d[n])) return null;
      const nodes: number[] = [];
      for (let k = n; k >= 0; k = prev[k]) nodes.push(k);
      nodes.reverse();
      return smooth(g, [source, ...nodes.map((k) => pointOf(g, k)), at]);
    },
  };
}

export function nearestWalkable(g: NavGraph, at: NavPoint): NavPoint | null {
  const n = nodeOf(g, at, 3);
  return n < 0 ? null : pointOf(g, n);
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

export { cellCentre };
