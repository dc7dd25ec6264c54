/**
 * Planar polygon helpers on local metres.
 *
 * Geometry choice (DESIGN.md asks us to pick one): the document lives in local plan metres and every
 * measure (area, distance, buffer) is computed here with planar formulas. turf is used only for its
 * planar predicates and clipping (see ./clip.ts), fed local metres; its geodesic measures are never used
 * on plan coordinates. WGS84 appears only at export time (nav/georef).
 */
import polylabel from 'polylabel';
import { insideRing } from './ring';
import { type Vec2, dist, distToSegment, segmentDistance, segmentsIntersect, sub, cross } from './vec';

export type Polygon = Vec2[];

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Signed area: positive for counter-clockwise rings. */
export function signedArea(poly: Polygon): number {
  let s = 0;
  for (let i = 0, n = poly.length; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export const area = (poly: Polygon): number => Math.abs(signedArea(poly));

export function ensureCCW(poly: Polygon): Polygon {
  return signedArea(poly) < 0 ? [...poly].reverse() : poly;
}

export function centroid(poly: Polygon): Vec2 {
  const a = signedArea(poly);
  if (Math.abs(a) < 1e-12) {
    let x = 0;
    let y = 0;
    for (const p of poly) {
      x += p[0];
      y += p[1];
    }
    return [x / poly.length, y / poly.length];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = poly.length; i < n; i++) {
    const p = poly[i];
    const q = poly[(i + 1) % n];
    const f = p[0] * q[1] - q[0] * p[1];
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

export function bbox(points: readonly Vec2[]): BBox {
  bboxInto(points, scratchBox, 0);
  return { minX: scratchBox[0], minY: scratchBox[2], maxX: scratchBox[1], maxY: scratchBox[3] };
}
const scratchBox = new Float64Array(4);

/** The box of `points` written as minX, maxX, minY, maxY at `out[o..o+3]`: boxes side by side, no object each. */
export function bboxInto(points: readonly Vec2[], out: Float64Array, o: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // Indexed, not destructured: destructuring a point boxes its numbers when this is not optimised.
  for (let k = 0; k < points.length; k++) {
    const x = points[k][0];
    const y = points[k][1];
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  out[o] = minX;
  out[o + 1] = maxX;
  out[o + 2] = minY;
  out[o + 3] = maxY;
}

/** bbox of a polygon that is never changed (document polygons, memoised footprints), remembered per array. */
const boxes = new WeakMap<readonly Vec2[], BBox>();
export function cachedBBox(poly: readonly Vec2[]): BBox {
  let b = boxes.get(poly);
  if (!b) boxes.set(poly, (b = bbox(poly)));
  return b;
}

export function bboxOverlap(a: BBox, b: BBox, margin = 0): boolean {
  return a.minX - margin <= b.maxX && b.minX - margin <= a.maxX && a.minY - margin <= b.maxY && b.minY - margin <= a.maxY;
}

/** Even-odd point in polygon (insideRing); points anywhere on the boundary count as inside. */
export function pointInPolygon(p: Vec2, poly: Polygon): boolean {
  // Inside by crossings needs no boundary test; outside, the point may still lie on an edge.
  return insideRing(p, poly) || pointOnBoundary(p, poly, 1e-9);
}

export function pointOnBoundary(p: Vec2, poly: Polygon, tol = 1e-6): boolean {
  const x = p[0];
  const y = p[1];
  for (let i = 0, n = poly.length; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    // Only edges whose box (grown by the tolerance) holds the point can be that close.
    if (x < Math.min(a[0], b[0]) - tol || x > Math.max(a[0], b[0]) + tol || y < Math.min(a[1], b[1]) - tol || y > Math.max(a[1], b[1]) + tol) continue;
    if (distToSegment(p, a, b) <= tol) return true;
  }
  return false;
}

export function distToPolygonBoundary(p: Vec2, poly: Polygon): number {
  let d = Infinity;
  for (let i = 0, n = poly.length; i < n; i++) d = Math.min(d, distToSegment(p, poly[i], poly[(i + 1) % n]));
  return d;
}

/** 0 when inside, else distance to the boundary. */
export function distToPolygon(p: Vec2, poly: Polygon): number {
  return pointInPolygon(p, poly) ? 0 : distToPolygonBoundary(p, poly);
}

/** Minimum distance between two polygons (0 when they touch or overlap). */
export function polygonDistance(a: Polygon, b: Polygon): number {
  if (polygonsIntersect(a, b)) return 0;
  let d = Infinity;
  for (let i = 0; i < a.length; i++) {
    const a1 = a[i];
    const a2 = a[(i + 1) % a.length];
    for (let j = 0; j < b.length; j++) d = Math.min(d, segmentDistance(a1, a2, b[j], b[(j + 1) % b.length]));
  }
  return d;
}

/** True when the polygons share any point (edges cross/touch or one contains the other). */
export function polygonsIntersect(a: Polygon, b: Polygon): boolean {
  if (!bboxOverlap(bbox(a), bbox(b), 1e-9)) return false;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (segmentsIntersect(a[i], a[(i + 1) % a.length], b[j], b[(j + 1) % b.length])) return true;
    }
  }
  return pointInPolygon(a[0], b) || pointInPolygon(b[0], a);
}

/**
 * Where a ring is not simple: the first pair of non-adjacent edges that cross, or a repeated vertex.
 * Returns null for a valid simple ring of three or more distinct points.
 */
export function selfIntersection(poly: Polygon): { i: number; j: number } | null {
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (dist(poly[i], poly[j]) < 1e-9) return { i, j };
    }
  }
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsIntersect(a, b, poly[j], poly[(j + 1) % n])) return { i, j };
    }
  }
  return null;
}

export function isSimplePolygon(poly: Polygon): boolean {
  return poly.length >= 3 && selfIntersection(poly) === null && area(poly) > 1e-9;
}

export function rectPolygon(cx: number, cy: number, w: number, d: number, rotDeg = 0): Polygon {
  const hw = w / 2;
  const hd = d / 2;
  const r = (rotDeg * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  const pts: Vec2[] = [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ];
  return pts.map(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c]);
}

export function translatePolygon(poly: Polygon, dx: number, dy: number): Polygon {
  return poly.map(([x, y]) => [x + dx, y + dy]);
}

/** Is the polygon convex (used to pick fast paths)? */
export function isConvex(poly: Polygon): boolean {
  let sign = 0;
  for (let i = 0, n = poly.length; i < n; i++) {
    const c = cross(sub(poly[(i + 1) % n], poly[i]), sub(poly[(i + 2) % n], poly[(i + 1) % n]));
    if (Math.abs(c) < 1e-12) continue;
    const s = Math.sign(c);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/**
 * Largest distance from a point inside to the boundary (the radius of the largest circle that fits), within
 * `precision` metres: polylabel's cell search, memoised per polygon (documents are immutable).
 */
const inscribed = new WeakMap<Polygon, Map<number, number>>();
export function maxInscribedRadius(poly: Polygon, precision = 0.01): number {
  let m = inscribed.get(poly);
  if (!m) inscribed.set(poly, (m = new Map()));
  let r = m.get(precision);
  if (r === undefined) {
    r = poly.length < 3 ? 0 : Math.max(0, polylabel([[...poly.map((p) => [p[0], p[1]]), [poly[0][0], poly[0][1]]]], precision).distance);
    m.set(precision, r);
  }
  return r;
}

/**
 * Whether maxInscribedRadius(poly, precision) is at least `r`, answered without the search when bounds settle it:
 * the search's answer lies within `precision` below the true largest radius, which is at least the centroid's
 * distance to the boundary (when the centroid is inside) and at most half the box's shorter side.
 */
export function inscribedAtLeast(poly: Polygon, r: number, precision = 0.01): boolean {
  if (poly.length >= 3) {
    const b = cachedBBox(poly);
    // Margins of 1e-9 m keep rounding in either distance from deciding.
    if (Math.min(b.maxX - b.minX, b.maxY - b.minY) / 2 < r - 1e-9) return false;
    const c = centroid(poly);
    if (pointInPolygon(c, poly) && distToPolygonBoundary(c, poly) - precision - 1e-9 >= r) return true;
  }
  return maxInscribedRadius(poly, precision) >= r;
}

/**
 * Do the interiors overlap (not merely touch along edges or at corners)? A cheap pre-test before computing
 * an overlap area: some vertex strictly inside the other, or two edges crossing properly.
 */
export function interiorsOverlap(a: Polygon, b: Polygon, eps = 1e-6): boolean {
  if (!bboxOverlap(bbox(a), bbox(b), -eps)) return false;
  const strictlyInside = (p: Vec2, poly: Polygon) => pointInPolygon(p, poly) && distToPolygonBoundary(p, poly) > eps;
  if (a.some((p) => strictlyInside(p, b)) || b.some((p) => strictlyInside(p, a))) return true;
  for (let i = 0; i < a.length; i++) {
    const a1 = a[i];
    const a2 = a[(i + 1) % a.length];
    for (let j = 0; j < b.length; j++) {
      const b1 = b[j];
      const b2 = b[(j + 1) % b.length];
      const d1 = cross(sub(a2, a1), sub(b1, a1));
      const d2 = cross(sub(a2, a1), sub(b2, a1));
      const d3 = cross(sub(b2, b1), sub(a1, b1));
      const d4 = cross(sub(b2, b1), sub(a2, b1));
      if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))) return true;
    }
  }
  // Same shape on top of each other: the centroid of one inside the other.
  return strictlyInside(centroid(a), b) || strictlyInside(centroid(b), a);
}

/** Inside the polygon or within `tol` of its boundary (a box or board on a zone's wall); the box test first. */
export function insideOrNear(p: Vec2, poly: Polygon, tol: number): boolean {
  const b = cachedBBox(poly);
  if (p[0] < b.minX - tol || p[0] > b.maxX + tol || p[1] < b.minY - tol || p[1] > b.maxY + tol) return false;
  return pointInPolygon(p, poly) || distToPolygonBoundary(p, poly) <= tol;
}
