/**
 * Routing in the page over the embedded rasters: the same A* (8 neighbours, no corner cutting, link edges) and
 * string-pulling as src/nav/search.ts, on bitsets instead of the full nav graph, so the page does not ship the
 * geometry and schema code (bundling src/nav measured 467 KB minified).
 */
import { MinHeap } from '../nav/heap';
import { routeHeuristic } from '../nav/heuristic';
import { hypot2, type Vec2 } from '../core/geometry/vec';
import type { NavGrid, NavMapData } from './data';

export interface PagePoint {
  floorId: string;
  p: Vec2;
}
export interface PageRoute {
  length: number;
  points: PagePoint[];
  links: string[];
}

interface G {
  grids: (NavGrid & { walkB: Uint8Array; wideB: Uint8Array; steppedB: Uint8Array; off: number })[];
  index: Map<string, number>;
  size: number;
  links: Map<number, { to: number; cost: number; id: string; kind: string; acc: boolean; slope: number }[]>;
}

function bits(b64: string, n: number): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (bin.charCodeAt(i >> 3) >> (i & 7)) & 1;
  return out;
}

export function pageGraph(d: Pick<NavMapData, 'grids' | 'edges'>): G {
  let size = 0;
  const grids = d.grids.map((g) => {
    const n = g.cols * g.rows;
    const r = { ...g, walkB: bits(g.walk, n), wideB: bits(g.wide, n), steppedB: bits(g.stepped, n), off: size };
    size += n;
    return r;
  });
  const links: G['links'] = new Map();
  for (const [from, to, cost, id, kind, acc, slope] of d.edges) {
    const arr = links.get(from) ?? [];
    arr.push({ to, cost, id, kind, acc: acc === 1, slope });
    links.set(from, arr);
  }
  return { grids, index: new Map(grids.map((g, i) => [g.floorId, i])), size, links };
}

function floorOf(g: G, node: number): number {
  let fi = g.grids.length - 1;
  while (fi > 0 && g.grids[fi].off > node) fi--;
  return fi;
}

function centre(grid: NavGrid, i: number): Vec2 {
  const r = Math.floor(i / grid.cols);
  const c = i - r * grid.cols;
  return [grid.origin[0] + (c + 0.5) * grid.cell, grid.origin[1] + (r + 0.5) * grid.cell];
}

export function pointOfNode(g: G, node: number): PagePoint {
  const fi = floorOf(g, node);
  const grid = g.grids[fi];
  return { floorId: grid.floorId, p: centre(grid, node - grid.off) };
}

/** Nearest walkable cell within `reach` metres (same spiral as src/nav nearestFreeCell). */
export function nodeAt(g: G, at: PagePoint, reach = 1.5): number {
  const fi = g.index.get(at.floorId);
  if (fi === undefined) return -1;
  const grid = g.grids[fi];
  const c0 = Math.floor((at.p[0] - grid.origin[0]) / grid.cell);
  const r0 = Math.floor((at.p[1] - grid.origin[1]) / grid.cell);
  if (c0 >= 0 && r0 >= 0 && c0 < grid.cols && r0 < grid.rows && grid.walkB[r0 * grid.cols + c0]) return grid.off + r0 * grid.cols + c0;
  const maxR = Math.ceil(reach / grid.cell) + 1;
  for (let rad = 1; rad <= maxR; rad++) {
    let best = -1;
    let bd = Infinity;
    for (let dr = -rad; dr <= rad; dr++)
      for (let dc = -rad; dc <= rad; dc++) {
        if (Math.max(Math.abs(dr), Math.abs(dc)) !== rad) continue;
        const r = r0 + dr;
        const c = c0 + dc;
        if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) continue;
        const i = r * grid.cols + c;
        if (!grid.walkB[i]) continue;
        const q = centre(grid, i);
        const dd = hypot2(q[0] - at.p[0], q[1] - at.p[1]);
        if (dd < bd) {
          bd = dd;
          best = i;
        }
      }
    if (best >= 0) return grid.off + best;
  }
  return -1;
}

const N8: [number, number, number][] = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, Math.SQRT2],
  [1, -1, Math.SQRT2],
  [-1, 1, Math.SQRT2],
  [-1, -1, Math.SQRT2],
];

/** Links a route may take: in wheelchair mode no stairs, escalators, inaccessible links or steep ramps. */
const linkOk = (e: { kind: string; acc: boolean; slope: number }, accessible: boolean) =>
  !accessible || !(e.kind === 'stair' || e.kind === 'escalator' || !e.acc || (e.kind === 'ramp' && e.slope > 1 / 12 + 1e-9));

export function pageRoute(g: G, from: PagePoint, to: PagePoint, accessible: boolean): PageRoute | null {
  const start = nodeAt(g, from);
  const goal = nodeAt(g, to, 3);
  if (start < 0 || goal < 0) return null;
  const ok = (grid: G['grids'][number], i: number) => grid.walkB[i] === 1 && (!accessible || (grid.wideB[i] === 1 && grid.steppedB[i] === 0));
  const h = routeHeuristic({
    goals: [goal],
    links: g.links,
    allowed: (e) => linkOk(e, accessible),
    floor: (n) => floorOf(g, n),
    x: (n) => pointOfNode(g, n).p[0],
    y: (n) => pointOfNode(g, n).p[1],
  });
  const score = new Float64Array(g.size).fill(Infinity);
  const prev = new Int32Array(g.size).fill(-1);
  const prevLink = new Map<number, string>();
  const closed = new Uint8Array(g.size);
  const heap = new MinHeap();
  score[start] = 0;
  heap.push(start, h(start));
  while (heap.size) {
    const n = heap.pop();
    if (closed[n]) continue;
    closed[n] = 1;
    if (n === goal) break;
    const fi = floorOf(g, n);
    const grid = g.grids[fi];
    const i = n - grid.off;
    const r = Math.floor(i / grid.cols);
    const c = i - r * grid.cols;
    const relax = (m: number, cost: number, link?: string) => {
      const s = score[n] + cost;
      if (s < score[m]) {
        score[m] = s;
        prev[m] = n;
        if (link) prevLink.set(m, link);
        else prevLink.delete(m);
        heap.push(m, s + h(m));
      }
    };
    for (const [dc, dr, w] of N8) {
      const cc = c + dc;
      const rr = r + dr;
      if (cc < 0 || rr < 0 || cc >= grid.cols || rr >= grid.rows) continue;
      const j = rr * grid.cols + cc;
      if (!ok(grid, j)) continue;
      if (dc && dr && (!ok(grid, r * grid.cols + cc) || !ok(grid, rr * grid.cols + c))) continue;
      relax(grid.off + j, w * grid.cell);
    }
    for (const e of g.links.get(n) ?? []) if (linkOk(e, accessible)) relax(e.to, e.cost, e.id);
  }
  if (!closed[goal]) return null;
  const nodes: number[] = [];
  for (let n = goal; n >= 0; n = prev[n]) nodes.push(n);
  nodes.reverse();
  const links = nodes.map((n) => prevLink.get(n)).filter((x): x is string => !!x);
  const pts = smooth(g, [from, ...nodes.map((n) => pointOfNode(g, n)), to]);
  let length = 0;
  for (let k = 1; k < pts.length; k++) if (pts[k].floorId === pts[k - 1].floorId) length += hypot2(pts[k].p[0] - pts[k - 1].p[0], pts[k].p[1] - pts[k - 1].p[1]);
  return { length, points: pts, links };
}

function clear(g: G, a: PagePoint, b: PagePoint): boolean {
  const fi = g.index.get(a.floorId);
  if (fi === undefined || a.floorId !== b.floorId) return false;
  const grid = g.grids[fi];
  const steps = Math.ceil(hypot2(b.p[0] - a.p[0], b.p[1] - a.p[1]) / (grid.cell / 3));
  for (let k = 0; k <= steps; k++) {
    const t = steps ? k / steps : 0;
    const c = Math.floor((a.p[0] + (b.p[0] - a.p[0]) * t - grid.origin[0]) / grid.cell);
    const r = Math.floor((a.p[1] + (b.p[1] - a.p[1]) * t - grid.origin[1]) / grid.cell);
    if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows || !grid.walkB[r * grid.cols + c]) return false;
  }
  return true;
}

/** String-pulling from both ends, the shorter walk kept (as src/nav/search.ts does). */
function smooth(g: G, pts: PagePoint[]): PagePoint[] {
  const fwd = pull(g, pts);
  if (pts.length <= 2) return fwd;
  const rev = pull(g, [...pts].reverse()).reverse();
  return walkLength(rev) < walkLength(fwd) - 1e-9 ? rev : fwd;
}

function walkLength(pts: PagePoint[]): number {
  let s = 0;
  for (let i = 1; i < pts.length; i++) if (pts[i].floorId === pts[i - 1].floorId) s += hypot2(pts[i].p[0] - pts[i - 1].p[0], pts[i].p[1] - pts[i - 1].p[1]);
  return s;
}

function pull(g: G, pts: PagePoint[]): PagePoint[] {
  if (pts.length <= 2) return pts;
  const out = [pts[0]];
  let anchor = 0;
  for (let i = 2; i < pts.length; i++) {
    if (!clear(g, pts[anchor], pts[i])) {
      out.push(pts[i - 1]);
      anchor = i - 1;
    }
  }
  out.push(pts[pts.length - 1]);
  return out;
}

/**
 * Distances from one point to every node (Dijkstra on the same grid and links as pageRoute), so search results and
 * place cards can say how far each place is without routing to each: `cost` ranks places (a floor change costs what
 * its link says), `walked` is the metres walked on the floors of the path to the place, string-pulled as pageRoute
 * pulls its route and links counted as nothing, so a result and the route drawn to it name the same distance (the
 * grid's 8-direction path itself runs up to a sixth longer).
 */
export interface DistanceField {
  cost(to: PagePoint): number | undefined;
  walked(to: PagePoint): number | undefined;
  /** The route whose length `walked` names: the page draws this one, so the two never disagree. */
  route(to: PagePoint): PageRoute | null;
}

export function distanceField(g: G, from: PagePoint, accessible: boolean): DistanceField {
  const start = nodeAt(g, from);
  const dist = new Float64Array(g.size).fill(Infinity);
  const prev = new Int32Array(g.size).fill(-1);
  const prevLink = new Map<number, string>();
  if (start >= 0) {
    const ok = (grid: G['grids'][number], i: number) => grid.walkB[i] === 1 && (!accessible || (grid.wideB[i] === 1 && grid.steppedB[i] === 0));
    const heap = new MinHeap();
    dist[start] = 0;
    heap.push(start, 0);
    const done = new Uint8Array(g.size);
    while (heap.size) {
      const n = heap.pop();
      if (done[n]) continue;
      done[n] = 1;
      const grid = g.grids[floorOf(g, n)];
      const i = n - grid.off;
      const r = Math.floor(i / grid.cols);
      const c = i - r * grid.cols;
      const relax = (m: number, cost: number, link?: string) => {
        const d = dist[n] + cost;
        if (d < dist[m]) {
          dist[m] = d;
          prev[m] = n;
          if (link) prevLink.set(m, link);
          else prevLink.delete(m);
          heap.push(m, d);
        }
      };
      for (const [dc, dr, w] of N8) {
        const cc = c + dc;
        const rr = r + dr;
        if (cc < 0 || rr < 0 || cc >= grid.cols || rr >= grid.rows) continue;
        const j = rr * grid.cols + cc;
        if (!ok(grid, j)) continue;
        if (dc && dr && (!ok(grid, r * grid.cols + cc) || !ok(grid, rr * grid.cols + c))) continue;
        relax(grid.off + j, w * grid.cell);
      }
      for (const e of g.links.get(n) ?? []) if (linkOk(e, accessible)) relax(e.to, e.cost, e.id);
    }
  }
  const reached = (to: PagePoint) => {
    const n = nodeAt(g, to, 3);
    return n >= 0 && Number.isFinite(dist[n]) ? n : -1;
  };
  const routeTo = (to: PagePoint): PageRoute | null => {
    const goal = reached(to);
    if (goal < 0) return null;
    const nodes: number[] = [];
    for (let n = goal; n >= 0; n = prev[n]) nodes.push(n);
    nodes.reverse();
    const links = nodes.map((n) => prevLink.get(n)).filter((x): x is string => !!x);
    const points = smooth(g, [from, ...nodes.map((n) => pointOfNode(g, n)), to]);
    return { length: walkLength(points), points, links };
  };
  return {
    cost: (to) => (reached(to) >= 0 ? dist[reached(to)] : undefined),
    walked: (to) => routeTo(to)?.length,
    route: routeTo,
  };
}
