/**
 * Exact clear widths from plan geometry, to the centimetre. The walking raster (0.5 m cells) says where one can
 * walk and how far; it cannot say how wide a passage is, because it decides free space by cell centres. Here a
 * passage's clear width at a point is measured between the actual obstacle and wall polygons: the nearest
 * obstacle point q, then a ray from the point straight away from q to the first obstacle on the other side;
 * the width is the sum of the two distances. Between parallel faces this is their distance wherever the point
 * stands across the passage. Doors cut their walls (a door's clear width is its own `width`).
 */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { cachedBBox, pointInPolygon, rectPolygon, type BBox, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';

export interface Obstacles {
  /** Every obstacle edge, as x0, y0, x1, y1. */
  segs: Float64Array;
  /** Closed obstacles, for "the point stands inside one". */
  polys: Polygon[];
  boxes: BBox[];
}

/** A wall as rectangles, cut where doors stand in it (the door's own width opens the wall). */
function wallPieces(w: { a: Vec2; b: Vec2; thickness: number }, doors: readonly { position: Vec2; width: number }[]): Polygon[] {
  const dx = w.b[0] - w.a[0];
  const dy = w.b[1] - w.a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return [];
  const ux = dx / len;
  const uy = dy / len;
  const cuts: [number, number][] = [];
  for (const d of doors) {
    const t = (d.position[0] - w.a[0]) * ux + (d.position[1] - w.a[1]) * uy;
    const off = Math.abs(-(d.position[0] - w.a[0]) * uy + (d.position[1] - w.a[1]) * ux);
    if (off <= w.thickness / 2 + ON_WALL && t > -d.width / 2 && t < len + d.width / 2) cuts.push([t - d.width / 2, t + d.width / 2]);
  }
  cuts.sort((p, q) => p[0] - q[0]);
  const pieces: [number, number][] = [];
  let from = 0;
  for (const [c0, c1] of cuts) {
    if (c0 > from) pieces.push([from, Math.min(c0, len)]);
    from = Math.max(from, c1);
  }
  if (from < len) pieces.push([from, len]);
  const deg = (Math.atan2(uy, ux) * HALF_TURN_DEG) / Math.PI;
  return pieces.filter(([s, e]) => e - s > 0).map(([s, e]) => rectPolygon(w.a[0] + (ux * (s + e)) / 2, w.a[1] + (uy * (s + e)) / 2, e - s, w.thickness, deg));
}
/** How far off a wall's centre line a door may stand and still cut it (drawing noise). */
const ON_WALL = 0.05;
const HALF_TURN_DEG = 180;

const cache = new WeakMap<Floor, Obstacles>();
/** Pieces per wall object, kept while the doors that cut it are the same objects (a seat moving changes neither). */
const piecesMemo = new WeakMap<object, { doors: readonly object[]; pieces: Polygon[] }>();
type Opening = Extract<Floor['elements'][number], { kind: 'opening' }>;
const NO_DOORS: readonly Opening[] = [];

/**
 * The doors that may cut each wall, in floor order: those attached to it and those attached to none. Made in one
 * pass (a floor of the big hall has fifty walls and forty doors, and this runs on every edit).
 */
function doorsByWall(elements: Floor['elements']): (wallId: string) => readonly Opening[] {
  const attached = new Map<string, Opening[]>();
  const loose: Opening[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.kind !== 'opening') continue;
    if (!e.wallId) loose.push(e);
    else {
      const l = attached.get(e.wallId);
      if (l) l.push(e);
      else attached.set(e.wallId, [e]);
    }
  }
  if (!loose.length) return (id) => attached.get(id) ?? NO_DOORS;
  const order = new Map<Opening, number>();
  for (let i = 0; i < elements.length; i++) if (elements[i].kind === 'opening') order.set(elements[i] as Opening, i);
  return (id) => {
    const mine = attached.get(id);
    return mine ? [...mine, ...loose].sort((a, b) => order.get(a)! - order.get(b)!) : loose;
  };
}

/** The floor's obstacles: walls (cut by doors), everything that blocks walking, and the floor outline. Per floor object. */
export function obstaclesOf(floor: Floor): Obstacles {
  const hit = cache.get(floor);
  if (hit) return hit;
  const polys: Polygon[] = [];
  const doorsOf = doorsByWall(floor.elements);
  let vertices = floor.outline?.length ?? 0;
  // Indexed loop: it runs over every element of a floor on every edit.
  for (let k = 0; k < floor.elements.length; k++) {
    const e = floor.elements[k];
    if (e.kind === 'wall') {
      const mine = doorsOf(e.id);
      let m = piecesMemo.get(e);
      if (!m || m.doors.length !== mine.length || m.doors.some((d, i) => d !== mine[i])) piecesMemo.set(e, (m = { doors: mine, pieces: wallPieces(e, mine) }));
      for (const p of m.pieces) polys.push(p), (vertices += p.length);
    } else {
      // Footprints are kept per element by the kind registry (the raster asked for them first): a second memo here
      // only added an entry per element of every new floor.
      const k = kindOf(e);
      const fp = k.walking === 'blocks' && k.blocksWalking(e) ? k.footprint(e) : null;
      if (fp) polys.push(fp), (vertices += fp.length);
    }
  }
  const segs = new Float64Array(4 * vertices);
  let o = 0;
  const ring = (p: Polygon) => {
    for (let i = 0; i < p.length; i++) {
      const a = p[i];
      const b = p[(i + 1) % p.length];
      segs[o++] = a[0];
      segs[o++] = a[1];
      segs[o++] = b[0];
      segs[o++] = b[1];
    }
  };
  for (const p of polys) ring(p);
  // The outline bounds the floor like a wall, except where a door stands on it.
  if (floor.outline) ring(floor.outline);
  const out = { segs, polys, boxes: polys.map(cachedBBox) };
  cache.set(floor, out);
  return out;
}

/** Nearest point on any obstacle edge (of `only`, when given: indices of edges), and its distance. */
function nearest(o: Obstacles, p: Vec2, only?: Int32Array): { q: Vec2; d: number } {
  let best = Infinity;
  let qx = p[0];
  let qy = p[1];
  const s = o.segs;
  const n = only ? only.length : s.length / 4;
  for (let j = 0; j < n; j++) {
    const k = 4 * (only ? only[j] : j);
    const ax = s[k];
    const ay = s[k + 1];
    const vx = s[k + 2] - ax;
    const vy = s[k + 3] - ay;
    const l2 = vx * vx + vy * vy;
    let t = l2 > 0 ? ((p[0] - ax) * vx + (p[1] - ay) * vy) / l2 : 0;
    t = t < 0 ? 0 : Math.min(t, 1);
    const x = ax + t * vx;
    const y = ay + t * vy;
    const d = (p[0] - x) ** 2 + (p[1] - y) ** 2;
    if (d < best) {
      best = d;
      qx = x;
      qy = y;
    }
  }
  return { q: [qx, qy], d: Math.sqrt(best) };
}

/** Distance along the ray p + t·u (t > 0) to the first obstacle edge; Infinity when it hits none. */
function rayHit(o: Obstacles, p: Vec2, u: Vec2, only?: Int32Array): number {
  let best = Infinity;
  const s = o.segs;
  const n = only ? only.length : s.length / 4;
  for (let j = 0; j < n; j++) {
    const k = 4 * (only ? only[j] : j);
    const ax = s[k];
    const ay = s[k + 1];
    const ex = s[k + 2] - ax;
    const ey = s[k + 3] - ay;
    const den = u[0] * ey - u[1] * ex;
    if (den === 0) continue;
    const wx = ax - p[0];
    const wy = ay - p[1];
    const t = (wx * ey - wy * ex) / den;
    const v = (wx * u[1] - wy * u[0]) / den;
    if (t > RAY_START && v >= 0 && v <= 1 && t < best) best = t;
  }
  return best;
}
/** Hits closer than this to the ray's start are the face it leaves from (a micrometre). */
const RAY_START = 1e-6;

/**
 * The obstacles' polygons bucketed by their boxes on a square grid, as one list per bucket packed in one array
 * (`items[starts[b]..starts[b + 1]]`, ascending): a point looks at one bucket's polygons. Made for every floor
 * version a rule measures, so it allocates two arrays, not one per bucket.
 */
interface PolyIndex {
  ox: number;
  oy: number;
  cols: number;
  rows: number;
  starts: Int32Array;
  items: Int32Array;
}
const POLY_BUCKET_M = 4;
const polyIndexes = new WeakMap<Obstacles, PolyIndex>();
function polyIndexOf(o: Obstacles): PolyIndex {
  let ix = polyIndexes.get(o);
  if (ix) return ix;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of o.boxes) {
    minX = Math.min(minX, b.minX);
    minY = Math.min(minY, b.minY);
    maxX = Math.max(maxX, b.maxX);
    maxY = Math.max(maxY, b.maxY);
  }
  const cols = o.boxes.length ? Math.floor((maxX - minX) / POLY_BUCKET_M) + 1 : 0;
  const rows = o.boxes.length ? Math.floor((maxY - minY) / POLY_BUCKET_M) + 1 : 0;
  const starts = new Int32Array(cols * rows + 1);
  // Two passes over the boxes: count per bucket, then place (each bucket's polygons in ascending order).
  const visit = (fn: (bucket: number, i: number) => void) => {
    for (let i = 0; i < o.boxes.length; i++) {
      const b = o.boxes[i];
      const c0 = Math.floor((b.minX - minX) / POLY_BUCKET_M);
      const c1 = Math.floor((b.maxX - minX) / POLY_BUCKET_M);
      const r1 = Math.floor((b.maxY - minY) / POLY_BUCKET_M);
      for (let r = Math.floor((b.minY - minY) / POLY_BUCKET_M); r <= r1; r++) for (let c = c0; c <= c1; c++) fn(r * cols + c, i);
    }
  };
  visit((k) => starts[k + 1]++);
  for (let k = 0; k < cols * rows; k++) starts[k + 1] += starts[k];
  const items = new Int32Array(starts[cols * rows]);
  const fillAt = starts.slice(0, cols * rows);
  visit((k, i) => (items[fillAt[k]++] = i));
  polyIndexes.set(o, (ix = { ox: minX, oy: minY, cols, rows, starts, items }));
  return ix;
}

/**
 * Is p inside a closed obstacle? Only the polygons of p's bucket are tested: a box holding p lies over the bucket
 * holding p (floor is monotonic), and a point outside every box is inside no polygon.
 */
function insideObstacle(o: Obstacles, p: Vec2): boolean {
  const ix = polyIndexOf(o);
  const c = Math.floor((p[0] - ix.ox) / POLY_BUCKET_M);
  const r = Math.floor((p[1] - ix.oy) / POLY_BUCKET_M);
  if (!(c >= 0 && r >= 0 && c < ix.cols && r < ix.rows)) return false;
  const k = r * ix.cols + c;
  for (let j = ix.starts[k], end = ix.starts[k + 1]; j < end; j++) {
    const i = ix.items[j];
    const b = o.boxes[i];
    if (p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInPolygon(p, o.polys[i])) return true;
  }
  return false;
}

/**
 * Clear width of the passage at p: 0 inside an obstacle, Infinity in open space with nothing on one side. With
 * no obstacle at all it is Infinity too.
 */
export function clearWidthOf(o: Obstacles, p: Vec2, near?: Int32Array): number {
  if (insideObstacle(o, p)) return 0;
  const { q, d } = nearest(o, p, near);
  if (!Number.isFinite(d)) return Infinity;
  if (d === 0) return 0;
  const u: Vec2 = [(p[0] - q[0]) / d, (p[1] - q[1]) / d];
  return d + rayHit(o, p, u, near);
}

/**
 * The edges that can matter for widths up to `cap` anywhere on the segment a–b: those whose box comes within
 * `cap` of the segment's box. Any other edge is farther than `cap` from every point of a–b, and a width is at
 * least twice the distance to the nearest edge and at least the distance to the far one, so leaving them out
 * changes no width below `cap` (a width at or above `cap` may then read as Infinity).
 */
export function edgesNear(o: Obstacles, a: Vec2, b: Vec2, cap: number): Int32Array {
  const minX = Math.min(a[0], b[0]) - cap;
  const maxX = Math.max(a[0], b[0]) + cap;
  const minY = Math.min(a[1], b[1]) - cap;
  const maxY = Math.max(a[1], b[1]) + cap;
  const s = o.segs;
  const out: number[] = [];
  for (let k = 0; k < s.length; k += 4) {
    if (Math.max(s[k], s[k + 2]) < minX || Math.min(s[k], s[k + 2]) > maxX || Math.max(s[k + 1], s[k + 3]) < minY || Math.min(s[k + 1], s[k + 3]) > maxY) continue;
    out.push(k / 4);
  }
  return Int32Array.from(out);
}

export const clearWidthOnFloor = (floor: Floor, p: Vec2): number => clearWidthOf(obstaclesOf(floor), p);

/** Edges bucketed on a square grid of side `size`, so a query looks at the 3 × 3 buckets around it only. */
export interface EdgeBuckets {
  size: number;
  ox: number;
  oy: number;
  cols: number;
  rows: number;
  /** Edge indices per bucket. */
  lists: Int32Array[];
  /** Edge indices of the 3 × 3 buckets around each bucket, made on first use. */
  near: (Int32Array | undefined)[];
  segs: Float64Array;
}
/** A range of buckets, inclusive. */
export interface BucketWindow {
  c0: number;
  c1: number;
  r0: number;
  r1: number;
}
/**
 * Buckets over `box`; with `only`, the buckets outside that range are left empty (a patch queries a few buckets
 * of a large floor, and the grid must stay the whole floor's so that every query sees the same edges).
 */
export function bucketEdges(segs: Float64Array, size: number, box: BBox, only?: BucketWindow): EdgeBuckets {
  const { cols, rows } = bucketGrid(size, box);
  const lo = only ?? { c0: 0, c1: cols - 1, r0: 0, r1: rows - 1 };
  const tmp: (number[] | undefined)[] = new Array(cols * rows);
  for (let k = 0; k < segs.length; k += 4) {
    const c0 = Math.max(lo.c0, Math.floor((Math.min(segs[k], segs[k + 2]) - box.minX) / size));
    const c1 = Math.min(lo.c1, cols - 1, Math.floor((Math.max(segs[k], segs[k + 2]) - box.minX) / size));
    const r0 = Math.max(lo.r0, Math.floor((Math.min(segs[k + 1], segs[k + 3]) - box.minY) / size));
    const r1 = Math.min(lo.r1, rows - 1, Math.floor((Math.max(segs[k + 1], segs[k + 3]) - box.minY) / size));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) (tmp[r * cols + c] ??= []).push(k / 4);
  }
  const lists: Int32Array[] = new Array(cols * rows);
  for (let i = 0; i < lists.length; i++) lists[i] = tmp[i] ? Int32Array.from(tmp[i]!) : NO_EDGES;
  return { size, ox: box.minX, oy: box.minY, cols, rows, lists, near: new Array(cols * rows), segs };
}
const NO_EDGES = new Int32Array(0);

/** The bucket grid over `box` (what bucketEdges makes, without the edges). */
export function bucketGrid(size: number, box: BBox): Pick<EdgeBuckets, 'size' | 'ox' | 'oy' | 'cols' | 'rows'> {
  return { size, ox: box.minX, oy: box.minY, cols: Math.max(1, Math.ceil((box.maxX - box.minX) / size) + 1), rows: Math.max(1, Math.ceil((box.maxY - box.minY) / size) + 1) };
}

/** The bucket a point falls in, as around() finds it: [column, row]. */
export function bucketOf(b: Pick<EdgeBuckets, 'size' | 'ox' | 'oy' | 'cols' | 'rows'>, p: Vec2): [number, number] {
  return [Math.min(b.cols - 1, Math.max(0, Math.floor((p[0] - b.ox) / b.size))), Math.min(b.rows - 1, Math.max(0, Math.floor((p[1] - b.oy) / b.size)))];
}
/** The edges in the 3 × 3 buckets around p (every edge within `size` of p is among them). */
export function around(b: EdgeBuckets, p: Vec2): Int32Array {
  const [c, r] = bucketOf(b, p);
  const at = r * b.cols + c;
  let list = b.near[at];
  if (!list) {
    // Each edge once, in the order first met (a bucket's edges ascending, buckets row by row): an edge spanning
    // several buckets is in each of their lists. Marked by a stamp per call rather than gathered in a Set.
    const n = b.segs.length >> 2;
    if (edgeStamps.length < n) edgeStamps = new Uint32Array(Math.max(n, 2 * edgeStamps.length));
    if (++stamp > MAX_STAMP) edgeStamps.fill(0), (stamp = 1);
    let count = 0;
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        const cc = c + dc;
        const rr = r + dr;
        if (cc < 0 || rr < 0 || cc >= b.cols || rr >= b.rows) continue;
        const l = b.lists[rr * b.cols + cc];
        for (let j = 0; j < l.length; j++) {
          const k = l[j];
          if (edgeStamps[k] === stamp) continue;
          edgeStamps[k] = stamp;
          if (count === gathered.length) {
            const more = new Int32Array(2 * gathered.length);
            more.set(gathered);
            gathered = more;
          }
          gathered[count++] = k;
        }
      }
    b.near[at] = list = gathered.slice(0, count);
  }
  return list;
}
/** Per edge, the around() call that last took it; and the edges one call gathers (scratch, grown as needed). */
let edgeStamps = new Uint32Array(0);
let stamp = 0;
const MAX_STAMP = 0xfffffff0;
let gathered = new Int32Array(256);

/** The nearest-edge distance of the last point cappedWidth measured (Infinity: no edge among its buckets). */
let nearestD = Infinity;
export const lastNearest = (): number => nearestD;

/** The nearest-edge distance at p, as cappedWidth finds it first (Infinity: no edge around), without the width. */
export function nearestEdgeDistance(b: EdgeBuckets, p: Vec2): number {
  return nearest({ segs: b.segs, polys: [], boxes: [] }, p, around(b, p)).d;
}

/** Clear width at p, capped at the buckets' size (a width at or above it reads as the cap). */
export function cappedWidth(b: EdgeBuckets, p: Vec2): number {
  const only = around(b, p);
  const o: Obstacles = { segs: b.segs, polys: [], boxes: [] };
  const { q, d } = nearest(o, p, only);
  nearestD = d;
  if (!Number.isFinite(d) || d * 2 >= b.size) return b.size;
  if (d === 0) return 0;
  const u: Vec2 = [(p[0] - q[0]) / d, (p[1] - q[1]) / d];
  return Math.min(b.size, d + rayHit(o, p, u, only));
}
