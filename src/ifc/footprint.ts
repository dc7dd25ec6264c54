/**
 * Plan footprints from triangle meshes: convex hull, minimum-area oriented rectangle (walls, stairs,
 * furniture) and the exact outline of a room as the union of its triangles' plan projections (so an
 * L-shaped IfcSpace stays L-shaped; a convex hull would not). Clipping goes through core's turf-based
 * `unionAll`, which treats plan metres as planar coordinates (exact for clipping; no geodesic measure).
 */
import type { Vec2 } from '../core/geometry/vec';
import { area, ensureCCW, isSimplePolygon, signedArea, type Polygon } from '../core/geometry/polygon';
import { unionAll } from '../core/geometry/clip';
import { cleanRing, tiledOutline } from './tiling';
import { layeredOutline } from './outline-layers';

export { cleanRing } from './tiling';

/** Andrew's monotone chain; counter-clockwise, no repeated or collinear points. */
export function convexHull(points: readonly Vec2[]): Polygon {
  return chain(throwAwayInterior(points).sort(byXY));
}

const byXY = (p: Vec2, q: Vec2) => p[0] - q[0] || p[1] - q[1];

/** The monotone chain over points sorted by x, then y. */
function chain(sorted: Vec2[]): Polygon {
  // Exact repeats (0 and −0 are one point) change nothing in the chain, except that a set of copies of
  // one point would come out as two: keep the first of each run, as flatHull's firstCopies does.
  const pts = sorted.filter((p, i) => i === 0 || p[0] !== sorted[i - 1][0] || p[1] !== sorted[i - 1][1]);
  if (pts.length < 3) return pts;
  const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Vec2[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 1e-12) lower.pop();
    lower.push(p);
  }
  const upper: Vec2[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 1e-12) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * Akl–Toussaint: points strictly inside the quadrilateral of the four extreme points cannot be on the
 * hull. Meshes repeat each corner many times, so this usually leaves a few dozen points to sort.
 */
function throwAwayInterior(points: readonly Vec2[]): Vec2[] {
  if (points.length < 64) return [...points];
  let l = points[0],
    r = points[0],
    b = points[0],
    t = points[0];
  for (const p of points) {
    if (p[0] < l[0]) l = p;
    if (p[0] > r[0]) r = p;
    if (p[1] < b[1]) b = p;
    if (p[1] > t[1]) t = p;
  }
  const quad = [l, b, r, t];
  const side = (o: Vec2, a: Vec2, p: Vec2) => (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]);
  const inside = (p: Vec2) => {
    for (let i = 0; i < 4; i++) {
      const o = quad[i];
      const a = quad[(i + 1) % 4];
      if (o === a) return false;
      if (side(o, a, p) <= 1e-12) return false;
    }
    return true;
  };
  return points.filter((p) => !inside(p));
}

/** Hull candidates from interleaved x/y numbers, without making a Vec2 for every mesh vertex. */
export function hullCandidates(flat: ArrayLike<number>): Vec2[] {
  const n = flat.length >> 1;
  if (n < 64) {
    const out: Vec2[] = [];
    for (let i = 0; i < n; i++) out.push([flat[2 * i], flat[2 * i + 1]]);
    return out;
  }
  // Mesh corners repeat once per face: keep the first copy of each, in the input's order.
  return firstCopies(flat, outsideQuad(flat, n)).map((i) => [flat[2 * i], flat[2 * i + 1]] as Vec2);
}

/**
 * convexHull(hullCandidates(flat).map(p => [round(p[0]), round(p[1])])), the same ring: the hull of the
 * rounded candidates (rounding first can make points collinear or repeated, so it must come first).
 */
export function roundedHull(flat: ArrayLike<number>, round: (x: number) => number): Polygon {
  const n = flat.length >> 1;
  const idx = n < 64 ? Array.from({ length: n }, (_, i) => i) : firstCopies(flat, outsideQuad(flat, n));
  const r = new Float64Array(idx.length * 2);
  idx.forEach((i, k) => {
    r[2 * k] = round(flat[2 * i]);
    r[2 * k + 1] = round(flat[2 * i + 1]);
  });
  return flatHull(r);
}

/** convexHull(hullCandidates(flat)), the same ring, with no Vec2 made for points that are not on it. */
export function flatHull(flat: ArrayLike<number>): Polygon {
  const n = flat.length >> 1;
  let idx: number[];
  if (n < 64) {
    idx = [];
    for (let i = 0; i < n; i++) idx.push(i);
  } else idx = outsideQuad(flat, n);
  // Exact repeats change nothing in the chain: drop them before sorting (what is left has no ties).
  const pts = firstCopies(flat, idx).sort((i, j) => flat[2 * i] - flat[2 * j] || flat[2 * i + 1] - flat[2 * j + 1]);
  const cross = (o: number, a: number, b: number) =>
    (flat[2 * a] - flat[2 * o]) * (flat[2 * b + 1] - flat[2 * o + 1]) - (flat[2 * a + 1] - flat[2 * o + 1]) * (flat[2 * b] - flat[2 * o]);
  let ring: number[];
  if (pts.length < 3) ring = pts;
  else {
    // chain(), on indices into `flat`.
    const lower: number[] = [];
    for (const p of pts) {
      while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 1e-12) lower.pop();
      lower.push(p);
    }
    const upper: number[] = [];
    for (let i = pts.length - 1; i >= 0; i--) {
      const p = pts[i];
      while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 1e-12) upper.pop();
      upper.push(p);
    }
    ring = lower.slice(0, -1).concat(upper.slice(0, -1));
  }
  return ring.map((i) => [flat[2 * i], flat[2 * i + 1]] as Vec2);
}

/** Indices of the points not strictly inside the quadrilateral of the four extreme points (Akl–Toussaint), in order. */
function outsideQuad(flat: ArrayLike<number>, n: number): number[] {
  let l = 0,
    r = 0,
    b = 0,
    t = 0;
  for (let i = 1; i < n; i++) {
    if (flat[2 * i] < flat[2 * l]) l = i;
    if (flat[2 * i] > flat[2 * r]) r = i;
    if (flat[2 * i + 1] < flat[2 * b + 1]) b = i;
    if (flat[2 * i + 1] > flat[2 * t + 1]) t = i;
  }
  const out: number[] = [];
  // A repeated corner makes the quad degenerate: nothing is strictly inside then.
  if (l === b || b === r || r === t || t === l) {
    for (let i = 0; i < n; i++) out.push(i);
    return out;
  }
  // Each edge o→a as (origin, direction), the same differences the side test always took, read once.
  const ox0 = flat[2 * l],
    oy0 = flat[2 * l + 1],
    dx0 = flat[2 * b] - ox0,
    dy0 = flat[2 * b + 1] - oy0;
  const ox1 = flat[2 * b],
    oy1 = flat[2 * b + 1],
    dx1 = flat[2 * r] - ox1,
    dy1 = flat[2 * r + 1] - oy1;
  const ox2 = flat[2 * r],
    oy2 = flat[2 * r + 1],
    dx2 = flat[2 * t] - ox2,
    dy2 = flat[2 * t + 1] - oy2;
  const ox3 = flat[2 * t],
    oy3 = flat[2 * t + 1],
    dx3 = flat[2 * l] - ox3,
    dy3 = flat[2 * l + 1] - oy3;
  for (let i = 0; i < n; i++) {
    const x = flat[2 * i];
    const y = flat[2 * i + 1];
    // Written as !(side <= ε) so that a NaN coordinate counts as inside, as it always did.
    const inside =
      !(dx0 * (y - oy0) - dy0 * (x - ox0) <= 1e-12) &&
      !(dx1 * (y - oy1) - dy1 * (x - ox1) <= 1e-12) &&
      !(dx2 * (y - oy2) - dy2 * (x - ox2) <= 1e-12) &&
      !(dx3 * (y - oy3) - dy3 * (x - ox3) <= 1e-12);
    if (!inside) out.push(i);
  }
  return out;
}

/**
 * The indices (of `idx`, in its order) whose point has not come before: an open-addressing hash on the
 * coordinates' bits, with exact comparison (0 and −0 are one point).
 */
function firstCopies(flat: ArrayLike<number>, idx: number[]): number[] {
  let size = 16;
  while (size < idx.length * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const out: number[] = [];
  for (const i of idx) {
    const x = flat[2 * i] + 0;
    const y = flat[2 * i + 1] + 0;
    BITS_F[0] = x;
    BITS_F[1] = y;
    let h = Math.imul(BITS_U[0] ^ Math.imul(BITS_U[1], 0x9e3779b1), 0x85ebca6b) ^ Math.imul(BITS_U[2] ^ Math.imul(BITS_U[3], 0xc2b2ae35), 0x27d4eb2f);
    h = (h ^ (h >>> 15)) & mask;
    let seen = false;
    for (let j = table[h]; j !== -1; h = (h + 1) & mask, j = table[h]) {
      if (flat[2 * j] === x && flat[2 * j + 1] === y) {
        seen = true;
        break;
      }
    }
    if (seen) continue;
    table[h] = i;
    out.push(i);
  }
  return out;
}

const BITS_F = new Float64Array(2);
const BITS_U = new Uint32Array(BITS_F.buffer);

export interface OrientedRect {
  center: Vec2;
  /** Unit vector along the longer side. */
  axis: Vec2;
  /** Longer and shorter side lengths. */
  length: number;
  width: number;
}

/** Minimum-area rectangle around the points (rotating calipers over the hull edges). */
export function orientedRect(points: readonly Vec2[]): OrientedRect | null {
  return rectOfHull(convexHull(points));
}

/** orientedRect of points whose convex hull is already known (e.g. from flatHull). */
export function rectOfHull(hull: Polygon): OrientedRect | null {
  if (hull.length < 2) return null;
  let best: { area: number; u: Vec2; minU: number; maxU: number; minV: number; maxV: number } | null = null;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % hull.length];
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (l < 1e-9) continue;
    const u: Vec2 = [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
    let minU = Infinity,
      maxU = -Infinity,
      minV = Infinity,
      maxV = -Infinity;
    for (const p of hull) {
      const pu = p[0] * u[0] + p[1] * u[1];
      const pv = -p[0] * u[1] + p[1] * u[0];
      if (pu < minU) minU = pu;
      if (pu > maxU) maxU = pu;
      if (pv < minV) minV = pv;
      if (pv > maxV) maxV = pv;
    }
    const ar = (maxU - minU) * (maxV - minV);
    if (!best || ar < best.area - 1e-12) best = { area: ar, u, minU, maxU, minV, maxV };
  }
  if (!best) return null;
  const cu = (best.minU + best.maxU) / 2;
  const cv = (best.minV + best.maxV) / 2;
  const center: Vec2 = [cu * best.u[0] - cv * best.u[1], cu * best.u[1] + cv * best.u[0]];
  const du = best.maxU - best.minU;
  const dv = best.maxV - best.minV;
  return du >= dv ? { center, axis: best.u, length: du, width: dv } : { center, axis: [-best.u[1], best.u[0]], length: dv, width: du };
}

export interface Outline {
  polygon: Polygon;
  /** How many separate pieces the triangles made (only the largest is kept). */
  pieces: number;
  holes: number;
  /** The union failed or gave a non-simple ring, and the convex hull was used instead. */
  fellBack: boolean;
}

/**
 * The plan outline of a set of triangles given as 2D corner triples (6 numbers a triangle), all
 * counter-clockwise. `up` (the faces that looked up) is tried first as one tiled face, then all faces
 * as one tiling, then as stacked tilings (./outline-layers); otherwise everything is unioned.
 * Triangles seen edge-on (vertical faces) are dropped.
 */
/** How often each path ran (for the benchmark's curiosity, not for logic). */
export const outlineCounts = { tiled: 0, layered: 0, unioned: 0 };

export function triangleOutline(tris: ArrayLike<number>, minTriArea = 1e-7, up?: ArrayLike<number>): Outline | null {
  for (const face of [up, tris]) {
    const ring = face?.length ? tiledOutline(face) : null;
    if (ring) {
      outlineCounts.tiled++;
      return { polygon: ring, pieces: 1, holes: 0, fellBack: false };
    }
  }
  if (up?.length) {
    const both = new Float64Array(up.length + tris.length);
    both.set(up);
    both.set(tris, up.length);
    tris = both;
  }
  const layered = layeredOutline(tris);
  if (layered) {
    const ring = ensureCCW(cleanRing(layered));
    if (ring.length >= 3 && area(ring) >= 1e-6 && isSimplePolygon(ring)) {
      outlineCounts.layered++;
      return { polygon: ring, pieces: 1, holes: 0, fellBack: false };
    }
  }
  outlineCounts.unioned++;
  const polys: Polygon[] = [];
  const all: Vec2[] = [];
  for (let i = 0; i + 5 < tris.length; i += 6) {
    const t: Polygon = [
      [tris[i], tris[i + 1]],
      [tris[i + 2], tris[i + 3]],
      [tris[i + 4], tris[i + 5]],
    ];
    all.push(t[0], t[1], t[2]);
    if (Math.abs(signedArea(t)) > minTriArea) polys.push(ensureCCW(t));
  }
  if (all.length < 3) return null;
  const hull = (): Outline | null => {
    const h = convexHull(all);
    return h.length >= 3 && area(h) > 1e-6 ? { polygon: h, pieces: 1, holes: 0, fellBack: true } : null;
  };
  if (polys.length === 0) return hull();
  let pieces: ReturnType<typeof unionAll>;
  try {
    pieces = unionAll(dedupeTriangles(polys));
  } catch {
    return hull();
  }
  if (pieces.length === 0) return hull();
  pieces.sort((p, q) => area(q.outer) - area(p.outer));
  const ring = ensureCCW(cleanRing(pieces[0].outer));
  if (ring.length < 3 || area(ring) < 1e-6 || !isSimplePolygon(ring)) return hull();
  return { polygon: ring, pieces: pieces.length, holes: pieces[0].holes.length, fellBack: false };
}

/** A closed solid projects every footprint triangle twice (top and bottom faces): keep one of each. */
function dedupeTriangles(polys: Polygon[]): Polygon[] {
  const seen = new Set<string>();
  const out: Polygon[] = [];
  for (const t of polys) {
    const key = t
      .map((p) => `${Math.round(p[0] * 1e5)},${Math.round(p[1] * 1e5)}`)
      .sort()
      .join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
