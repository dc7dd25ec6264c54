/**
 * The barrier lines as a planar graph: segments split where they cross or where one ends on another
 * (T-junctions), end points closer than a tolerance snapped to one node, and wall ends left hanging
 * (degree 1) pruned so they do not leave spikes in the faces. Crossings are found per bucket of a grid,
 * each pair once, so the cost follows the number of nearby pairs, not all pairs. Metres.
 */
import { danglingJoins } from './dangling-joins';
import { GridIndex } from './grid-index';
import { segmentsBox } from './segment-box';
import { grown } from '../core/grown';

export interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

export interface PlanarGraph {
  /** Node coordinates, x then y. */
  xy: Float64Array;
  /** Undirected edges as node pairs, each once. */
  edges: [number, number][];
  /** Length of the dangling edges pruned, and of all edges before pruning: many loose ends mean gaps. */
  dangling: number;
  total: number;
}

/** Grid bucket side for a set of segments: about a room's width, so a bucket holds a few walls. */
function bucketSide(segs: Segment[]): number {
  const { minX, minY, maxX, maxY } = segmentsBox(segs);
  const span = Math.max(maxX - minX, maxY - minY, 1);
  return Math.max(span / Math.max(8, Math.sqrt(segs.length) * 2), 0.5);
}

/**
 * Where segment i meets segment j: parameters along each (with `tol` of slack at the ends for T-junctions).
 * `ls` and `lt` are their lengths, passed in where each segment meets many others (Math.hypot is slow).
 */
function meet(s: Segment, t: Segment, tol: number, ti: number[], tj: number[], ls = Math.hypot(s.bx - s.ax, s.by - s.ay), lt = Math.hypot(t.bx - t.ax, t.by - t.ay)): void {
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const ex = t.bx - t.ax;
  const ey = t.by - t.ay;
  if (ls === 0 || lt === 0) return;
  const den = dx * ey - dy * ex;
  if (Math.abs(den) < 1e-12 * ls * lt) {
    // Collinear overlap: each one's end points that lie on the other split it.
    if (Math.abs((t.ax - s.ax) * dy - (t.ay - s.ay) * dx) / ls > tol) return;
    // Each end in turn, written out: this runs for every pair of collinear face lines, and a list of the ends
    // would be built for each.
    const ua = ((t.ax - s.ax) * dx + (t.ay - s.ay) * dy) / (ls * ls);
    if (ua > 0 && ua < 1) ti.push(ua);
    const ub = ((t.bx - s.ax) * dx + (t.by - s.ay) * dy) / (ls * ls);
    if (ub > 0 && ub < 1) ti.push(ub);
    const va = ((s.ax - t.ax) * ex + (s.ay - t.ay) * ey) / (lt * lt);
    if (va > 0 && va < 1) tj.push(va);
    const vb = ((s.bx - t.ax) * ex + (s.by - t.ay) * ey) / (lt * lt);
    if (vb > 0 && vb < 1) tj.push(vb);
    return;
  }
  const u = ((t.ax - s.ax) * ey - (t.ay - s.ay) * ex) / den;
  const v = ((t.ax - s.ax) * dy - (t.ay - s.ay) * dx) / den;
  const su = tol / ls;
  const sv = tol / lt;
  if (u < -su || u > 1 + su || v < -sv || v > 1 + sv) return;
  ti.push(Math.min(1, Math.max(0, u)));
  tj.push(Math.min(1, Math.max(0, v)));
}

/** Split parameters per segment, from every pair of segments sharing a grid bucket (each pair handled once). */
function splitParams(segs: Segment[], tol: number): number[][] {
  const side = bucketSide(segs);
  const buckets = new Map<number, number[]>();
  const key = (ix: number, iy: number) => ix * 1_000_003 + iy;
  // Boxes grown by the tolerance, four numbers a segment: the pair loop reads them without allocating.
  const bx = new Float64Array(segs.length * 4);
  segs.forEach((s, i) => {
    bx[4 * i] = Math.min(s.ax, s.bx) - tol;
    bx[4 * i + 1] = Math.min(s.ay, s.by) - tol;
    bx[4 * i + 2] = Math.max(s.ax, s.bx) + tol;
    bx[4 * i + 3] = Math.max(s.ay, s.by) + tol;
    for (let ix = Math.floor(bx[4 * i] / side); ix <= Math.floor(bx[4 * i + 2] / side); ix++)
      for (let iy = Math.floor(bx[4 * i + 1] / side); iy <= Math.floor(bx[4 * i + 3] / side); iy++) {
        const list = buckets.get(key(ix, iy));
        if (list) list.push(i);
        else buckets.set(key(ix, iy), [i]);
      }
  });
  const params = segs.map(() => [0, 1]);
  const lens = new Float64Array(segs.length);
  for (let i = 0; i < segs.length; i++) lens[i] = Math.hypot(segs[i].bx - segs[i].ax, segs[i].by - segs[i].ay);
  for (const [k, list] of buckets)
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const i = 4 * list[a];
        const j = 4 * list[b];
        if (bx[i] > bx[j + 2] || bx[j] > bx[i + 2] || bx[i + 1] > bx[j + 3] || bx[j + 1] > bx[i + 3]) continue;
        // The pair is handled only in the bucket holding the low corner of the boxes' overlap.
        if (key(Math.floor(Math.max(bx[i], bx[j]) / side), Math.floor(Math.max(bx[i + 1], bx[j + 1]) / side)) !== k) continue;
        meet(segs[list[a]], segs[list[b]], tol, params[list[a]], params[list[b]], lens[list[a]], lens[list[b]]);
      }
  return params;
}

/**
 * Cell key for the snapping grid, folded to 30 bits so it stays a small integer (a larger number is a heap
 * value: every Map lookup would hash and allocate). Cells that fold onto one key only add candidates, each
 * still tested by distance.
 */
const cellKey = (ix: number, iy: number): number => ((ix & 0x7fff) << 15) | (iy & 0x7fff);

/** Node ids for points (`node`), and the nodes' coordinates, x then y, as they are made. */
interface Snapper {
  node: (x: number, y: number) => number;
  coords: number[];
}

/** The split graph, with the snapper that made its nodes: joins added later find its nodes and make theirs after them. */
interface SplitGraph extends Snapper {
  edges: [number, number][];
}

/**
 * Node ids for points, points within `tol` of an existing node taking that node. Each cell's nodes are a list
 * threaded through typed arrays in the order they were made (the first node within reach wins, as before);
 * a cell is a Map entry holding its first and last node, not an array per cell.
 */
function snapper(tol: number): Snapper {
  const coords: number[] = [];
  /** Cell key → index of the cell's first node; `last` and `next` thread its list. */
  const first = new Map<number, number>();
  // Cells that may hold a node, a cell's key hashed to one of 64 K bytes: most of the nine cells a point looks
  // in are empty, and a zero here answers without the Map (a set byte only sends the lookup on to the Map).
  const maybe = new Uint8Array(1 << 16);
  const slot = (k: number) => (k ^ (k >>> 14)) & 0xffff;
  const last = new Map<number, number>();
  let next = new Int32Array(64);
  const tol2 = tol * tol;
  const file = (n: number, k: number) => {
    if (n >= next.length) {
      next = grown(next);
    }
    next[n] = -1;
    maybe[slot(k)] = 1;
    const tail = last.get(k);
    if (tail === undefined) first.set(k, n);
    else next[tail] = n;
    last.set(k, n);
  };
  const node = (x: number, y: number): number => {
    const ix = Math.floor(x / tol);
    const iy = Math.floor(y / tol);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const k = cellKey(ix + dx, iy + dy);
        if (!maybe[slot(k)]) continue;
        let n = first.get(k);
        if (n === undefined) continue;
        for (; n >= 0; n = next[n]) {
          const ex = coords[2 * n] - x;
          const ey = coords[2 * n + 1] - y;
          if (ex * ex + ey * ey <= tol2) return n;
        }
      }
    const n = coords.length / 2;
    coords.push(x, y);
    file(n, cellKey(ix, iy));
    return n;
  };
  return { node, coords };
}

/** Undirected edges already added, as each low node's list of high nodes threaded through typed arrays (a node has few edges). */
class EdgeSet {
  private head = new Int32Array(256).fill(-1);
  private hi = new Int32Array(256);
  private next = new Int32Array(256);
  private count = 0;
  /** Adds the edge; false when it was there. */
  add(lo: number, hi: number): boolean {
    if (lo >= this.head.length) {
      this.head = grown(this.head, Math.max(lo + 1, this.head.length * 2), -1);
    }
    for (let k = this.head[lo]; k >= 0; k = this.next[k]) if (this.hi[k] === hi) return false;
    if (this.count === this.hi.length) {
      this.hi = grown(this.hi);
      this.next = grown(this.next);
    }
    const k = this.count++;
    this.hi[k] = hi;
    this.next[k] = this.head[lo];
    this.head[lo] = k;
    return true;
  }
}

/** Drop edges that end in a node of degree 1, repeatedly (a wall stub, a dangling face line). */
function pruneDangling(edges: [number, number][], nodes: number): [number, number][] {
  const alive = aliveEdges(edges, nodes);
  return edges.filter((_, e) => alive[e] === 1);
}

/** 1 for each edge pruneDangling keeps. */
function aliveEdges(edges: [number, number][], nodes: number): Uint8Array {
  const deg = new Int32Array(nodes);
  for (const [a, b] of edges) {
    deg[a]++;
    deg[b]++;
  }
  // Each node's edges, in edge order, as slices of one array (start[n] … start[n + 1]).
  const start = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) start[n + 1] = start[n] + deg[n];
  const fill = start.slice(0, nodes);
  const byNode = new Int32Array(2 * edges.length);
  for (let e = 0; e < edges.length; e++) {
    byNode[fill[edges[e][0]]++] = e;
    byNode[fill[edges[e][1]]++] = e;
  }
  const alive = new Uint8Array(edges.length).fill(1);
  const stack: number[] = [];
  for (let n = 0; n < nodes; n++) if (deg[n] === 1) stack.push(n);
  while (stack.length) {
    const n = stack.pop() as number;
    if (deg[n] !== 1) continue;
    for (let k = start[n]; k < start[n + 1]; k++) {
      const e = byNode[k];
      if (!alive[e]) continue;
      alive[e] = 0;
      const other = edges[e][0] === n ? edges[e][1] : edges[e][0];
      deg[n]--;
      if (--deg[other] === 1) stack.push(other);
    }
  }
  return alive;
}

/**
 * Sorts a segment's few split parameters in place, ascending, keeping equal ones in their order: the order a
 * stable sort gives, without a comparator called per pair (most segments have two or three parameters).
 */
export function sortParams(ts: number[]): void {
  // A NaN (a segment with a non-finite end) orders as the comparator sort leaves it, not as `>` would.
  for (let i = 0; i < ts.length; i++)
    if (Number.isNaN(ts[i])) {
      ts.sort((a, b) => a - b);
      return;
    }
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i];
    let j = i - 1;
    while (j >= 0 && ts[j] > t) {
      ts[j + 1] = ts[j];
      j--;
    }
    ts[j + 1] = t;
  }
}

/** Adds the edges of segment s split at parameters ts (0 and 1 among them) to `edges`, once each. */
function addPieces(s: Segment, ts: number[], node: (x: number, y: number) => number, seen: EdgeSet, edges: [number, number][]): void {
  sortParams(ts);
  let prev = node(s.ax, s.ay);
  for (let k = 1; k < ts.length; k++) {
    const t = ts[k];
    const n = t === 1 ? node(s.bx, s.by) : node(s.ax + t * (s.bx - s.ax), s.ay + t * (s.by - s.ay));
    if (n === prev) continue;
    const lo = Math.min(n, prev);
    const hi = Math.max(n, prev);
    if (seen.add(lo, hi)) edges.push([lo, hi]);
    prev = n;
  }
}

/**
 * The graph with join segments added: each join split where it meets an edge or another join, the edges it
 * meets split there, every other edge kept as it is. The graph splitGraph would build from the segments and
 * the joins together, without testing every pair of segments a second time, nor filing its nodes again: the
 * pieces' points are snapped by the split graph's own snapper, which holds its nodes as a fresh one would.
 */
function withJoins(graph: SplitGraph, joins: Segment[], tol: number): { coords: number[]; edges: [number, number][] } {
  const { coords, edges, node } = graph;
  const segOf = ([a, b]: [number, number]): Segment => ({ ax: coords[2 * a], ay: coords[2 * a + 1], bx: coords[2 * b], by: coords[2 * b + 1] });
  const index = new GridIndex(2, 0, 0);
  edges.forEach(([a, b], k) => {
    index.insert(
      k,
      Math.min(coords[2 * a], coords[2 * b]),
      Math.min(coords[2 * a + 1], coords[2 * b + 1]),
      Math.max(coords[2 * a], coords[2 * b]),
      Math.max(coords[2 * a + 1], coords[2 * b + 1]),
    );
  });
  const box = (j: Segment) => [Math.min(j.ax, j.bx) - tol, Math.min(j.ay, j.by) - tol, Math.max(j.ax, j.bx) + tol, Math.max(j.ay, j.by) + tol];
  const boxes = joins.map(box);
  const edgeParams = new Map<number, number[]>();
  const joinParams = joins.map(() => [0, 1]);
  // Where a join meets an edge, on the edge: one scratch list, emptied for each edge tried.
  const hit: number[] = [];
  joins.forEach((j, i) => {
    const [x0, y0, x1, y1] = boxes[i];
    for (const k of index.query(x0, y0, x1, y1)) {
      hit.length = 0;
      meet(j, segOf(edges[k]), tol, joinParams[i], hit);
      if (hit.length === 0) continue;
      const p = edgeParams.get(k);
      if (p) p.push(...hit);
      else edgeParams.set(k, [0, 1, ...hit]);
    }
    for (let m = i + 1; m < joins.length; m++) {
      const b = boxes[m];
      if (b[0] <= x1 && x0 <= b[2] && b[1] <= y1 && y0 <= b[3]) meet(j, joins[m], tol, joinParams[i], joinParams[m]);
    }
  });
  const seen = new EdgeSet();
  const next: [number, number][] = [];
  edges.forEach((e, k) => {
    if (edgeParams.has(k)) return;
    seen.add(e[0], e[1]);
    next.push(e);
  });
  for (const [k, ts] of edgeParams) addPieces(segOf(edges[k]), ts, node, seen, next);
  joins.forEach((j, i) => {
    addPieces(j, joinParams[i], node, seen, next);
  });
  return { coords, edges: next };
}

/** The split, snapped graph of the segments, before anything is pruned. */
function splitGraph(segs: Segment[], tol: number): SplitGraph {
  const params = splitParams(segs, tol);
  const { node, coords } = snapper(tol);
  const seen = new EdgeSet();
  const edges: [number, number][] = [];
  segs.forEach((s, i) => {
    addPieces(s, params[i], node, seen, edges);
  });
  return { coords, edges, node };
}

/**
 * The planar graph of the segments. With `reach`, loose ends are first joined across drafting gaps up to
 * that width (see dangling-joins.ts) and the joins are added to the graph, so what still dangles
 * afterwards is a real stub, not a wall stopping short.
 */
export function planarGraph(segs: Segment[], tol: number, reach = 0): PlanarGraph {
  const split = splitGraph(segs, tol);
  let { coords, edges } = split;
  if (reach > 0) {
    const joins = danglingJoins({ xy: coords, edges }, reach);
    if (joins.length) ({ coords, edges } = withJoins(split, joins, tol));
  }
  const nodes = coords.length / 2;
  const alive = aliveEdges(edges, nodes);
  const kept = edges.filter((_, e) => alive[e] === 1);
  // Each edge's length once, summed over all edges and over the kept ones in edge order.
  let total = 0;
  let keptLength = 0;
  for (let e = 0; e < edges.length; e++) {
    const [a, b] = edges[e];
    const len = Math.hypot(coords[2 * a] - coords[2 * b], coords[2 * a + 1] - coords[2 * b + 1]);
    total += len;
    if (alive[e]) keptLength += len;
  }
  return { xy: Float64Array.from(coords), edges: kept, dangling: total - keptLength, total };
}

/** The graph without some edges, and without what then dangles. */
export function withoutEdges(g: PlanarGraph, drop: Set<number>): PlanarGraph {
  const edges = pruneDangling(
    g.edges.filter((_, e) => !drop.has(e)),
    g.xy.length / 2,
  );
  return { ...g, edges };
}
