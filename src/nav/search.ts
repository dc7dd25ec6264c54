/**
 * Shortest walking routes (A*) on the nav graph. Distance fields are in field-view.ts, smoothing in smooth.ts, line
 * of sight in line-of-sight.ts.
 */
import { dist } from '../core/geometry/vec';
import { MinHeap } from './heap';
import { nodeOf, type LinkEdge, type NavGraph, type NavPoint } from './graph';
import { linkAllowed, searchSpace, type RouteOptions, type SearchSpace } from './mask';
import { routeHeuristic } from './heuristic';
import { PathPoints, rawWalk } from './path-points';
import { smooth } from './smooth';

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

/**
 * Long because the neighbour steps are unrolled (eight copies of one block): this loop is the whole cost of a route,
 * and a call per neighbour measurably slows it.
 */
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
    if (goals.has(n)) return build(sp, n, (k) => (stamp[k] === gen ? prev[k] : -1), prevLink, gScore[n], goals.get(n)!, from, targets[goals.get(n)!]);
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

/** The route a search found, smoothed on the cells its space may enter. */
function build(
  sp: SearchSpace,
  end: number,
  prevOf: (n: number) => number,
  prevLink: Map<number, { from: number; id: string }>,
  cost: number,
  target: number,
  from: NavPoint,
  to: NavPoint,
): RouteResult {
  const g = sp.g;
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
  const points = smooth(g, P, undefined, undefined, sp);
  // Length: walking along the smoothed path plus the link costs (each floor change is one link).
  let length = 0;
  for (let i = 1; i < points.length; i++) if (points[i].floorId === points[i - 1].floorId) length += dist(points[i].p, points[i - 1].p);
  const linkCosts = cost - rawWalk(P);
  return { length: length + Math.max(0, linkCosts), points, links, target };
}
