/** Plan vectors in metres: x east, y north. Tuples so the file format stays plain JSON. */
export type Vec2 = [number, number];

export const add = (a: Vec2, b: Vec2): Vec2 => [a[0] + b[0], a[1] + b[1]];
export const sub = (a: Vec2, b: Vec2): Vec2 => [a[0] - b[0], a[1] - b[1]];
export const scale = (a: Vec2, s: number): Vec2 => [a[0] * s, a[1] * s];
export const dot = (a: Vec2, b: Vec2): number => a[0] * b[0] + a[1] * b[1];
export const cross = (a: Vec2, b: Vec2): number => a[0] * b[1] - a[1] * b[0];
/**
 * The length of (dx, dy). Not Math.hypot: V8 calls that out of line (about twenty times the cost, and a boxed
 * result), and plan coordinates in metres are nowhere near where its overflow guard matters. Everything that
 * measures plan distance uses this, so equal inputs give equal distances everywhere (rules, routes, the phone).
 */
export const hypot2 = (dx: number, dy: number): number => Math.sqrt(dx * dx + dy * dy);
export const len = (a: Vec2): number => hypot2(a[0], a[1]);
export const dist = (a: Vec2, b: Vec2): number => hypot2(a[0] - b[0], a[1] - b[1]);

export function normalize(a: Vec2): Vec2 {
  const l = len(a);
  return l === 0 ? [0, 0] : [a[0] / l, a[1] / l];
}

export const deg2rad = (d: number): number => (d * Math.PI) / 180;

/** Rotate counter-clockwise by `deg` degrees about `about` (default origin). */
export function rotate(p: Vec2, deg: number, about: Vec2 = [0, 0]): Vec2 {
  const r = deg2rad(deg);
  const c = Math.cos(r);
  const s = Math.sin(r);
  const x = p[0] - about[0];
  const y = p[1] - about[1];
  return [about[0] + x * c - y * s, about[1] + x * s + y * c];
}

/** Closest point on segment ab to p, and its parameter t in [0, 1]. */
export function closestOnSegment(p: Vec2, a: Vec2, b: Vec2): { point: Vec2; t: number } {
  const ab = sub(b, a);
  const l2 = dot(ab, ab);
  if (l2 === 0) return { point: a, t: 0 };
  const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / l2));
  return { point: add(a, scale(ab, t)), t };
}

export function distToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  // closestOnSegment's arithmetic in the same order, without its temporary vectors (rasterising and boundary
  // tests call this per cell and per edge).
  const abx = b[0] - a[0];
  const aby = b[1] - a[1];
  const l2 = abx * abx + aby * aby;
  if (l2 === 0) return hypot2(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * abx + (p[1] - a[1]) * aby) / l2));
  return hypot2(p[0] - (a[0] + abx * t), p[1] - (a[1] + aby * t));
}

/** Proper or touching intersection of segments ab and cd. */
export function segmentsIntersect(a: Vec2, b: Vec2, c: Vec2, d: Vec2, eps = 1e-12): boolean {
  // cross(sub(b, a), sub(c, a)) and so on, without the temporary vectors: rules and sight lines call this in
  // their inner loops.
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const dcx = d[0] - c[0];
  const dcy = d[1] - c[1];
  const d1 = bax * (c[1] - a[1]) - bay * (c[0] - a[0]);
  const d2 = bax * (d[1] - a[1]) - bay * (d[0] - a[0]);
  const d3 = dcx * (a[1] - c[1]) - dcy * (a[0] - c[0]);
  const d4 = dcx * (b[1] - c[1]) - dcy * (b[0] - c[0]);
  if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))) {
    return true;
  }
  if (Math.abs(d1) <= eps && onSegment(a, b, c)) return true;
  if (Math.abs(d2) <= eps && onSegment(a, b, d)) return true;
  if (Math.abs(d3) <= eps && onSegment(c, d, a)) return true;
  if (Math.abs(d4) <= eps && onSegment(c, d, b)) return true;
  return false;
}

/** Whether r lies in the box of segment p–q (with 1e-9 slack): for points already known to be on its line. */
function onSegment(p: Vec2, q: Vec2, r: Vec2): boolean {
  return Math.min(p[0], q[0]) - 1e-9 <= r[0] && r[0] <= Math.max(p[0], q[0]) + 1e-9 && Math.min(p[1], q[1]) - 1e-9 <= r[1] && r[1] <= Math.max(p[1], q[1]) + 1e-9;
}

/** Intersection point of the segments, or null when they do not cross at a single point. */
export function segmentIntersection(a: Vec2, b: Vec2, c: Vec2, d: Vec2): Vec2 | null {
  // r = b − a, s = d − c, q = c − a; t = q×s / r×s, u = q×r / r×s. Written out: sight lines test every wall this
  // way, and temporary vectors for the misses were most of their garbage.
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-12) return null;
  const qx = c[0] - a[0];
  const qy = c[1] - a[1];
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  if (t < -1e-9 || t > 1 + 1e-9 || u < -1e-9 || u > 1 + 1e-9) return null;
  return [a[0] + rx * t, a[1] + ry * t];
}

export function segmentDistance(a: Vec2, b: Vec2, c: Vec2, d: Vec2): number {
  if (segmentsIntersect(a, b, c, d)) return 0;
  return Math.min(distToSegment(a, c, d), distToSegment(b, c, d), distToSegment(c, a, b), distToSegment(d, a, b));
}
