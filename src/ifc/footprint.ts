/**
 * Plan footprints from triangle meshes: convex hull, minimum-area oriented rectangle (walls, stairs,
 * furniture) and the exact outline of a room as the union of its triangles' plan projections (so an
 * L-shaped IfcSpace stays L-shaped; a convex hull would not). Clipping goes through core's turf-based
 * `unionAll`, which treats plan metres as planar coordinates (exact for clipping; no geodesic measure).
 */
import type { Vec2 } from '../core/geometry/vec';
import { area, ensureCCW, isSimplePolygon, signedArea, type Polygon } from '../core/geometry/polygon';
import { unionAll } from '../core/geometry/clip';

/** Andrew's monotone chain; counter-clockwise, no repeated or collinear points. */
export function convexHull(points: readonly Vec2[]): Polygon {
  const pts = throwAwayInterior(points).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
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
  let l = points[0], r = points[0], b = points[0], t = points[0];
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
  let l = 0, r = 0, b = 0, t = 0;
  for (let i = 1; i < n; i++) {
    if (flat[2 * i] < flat[2 * l]) l = i;
    if (flat[2 * i] > flat[2 * r]) r = i;
    if (flat[2 * i + 1] < flat[2 * b + 1]) b = i;
    if (flat[2 * i + 1] > flat[2 * t + 1]) t = i;
  }
  const q = [l, b, r, t];
  const out: Vec2[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const x = flat[2 * i];
    const y = flat[2 * i + 1];
    let inside = true;
    for (let k = 0; k < 4 && inside; k++) {
      const o = q[k];
      const a = q[(k + 1) % 4];
      if (o === a) inside = false;
      else if ((flat[2 * a] - flat[2 * o]) * (y - flat[2 * o + 1]) - (flat[2 * a + 1] - flat[2 * o + 1]) * (x - flat[2 * o]) <= 1e-12) inside = false;
    }
    if (inside) continue;
    // Mesh corners repeat once per face: keep one copy.
    const key = `${x},${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([x, y]);
  }
  return out;
}

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
  const hull = convexHull(points);
  if (hull.length < 2) return null;
  let best: { area: number; u: Vec2; minU: number; maxU: number; minV: number; maxV: number } | null = null;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % hull.length];
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (l < 1e-9) continue;
    const u: Vec2 = [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
    let minU = Infinity, maxU = -Infinity, minV = Infinity, maxV = -Infinity;
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
  return du >= dv
    ? { center, axis: best.u, length: du, width: dv }
    : { center, axis: [-best.u[1], best.u[0]], length: dv, width: du };
}

/** Drops repeated points and points on a straight line between their neighbours (within `tol` metres). */
export function cleanRing(ring: Polygon, tol = 1e-5): Polygon {
  let pts = ring.filter((p, i) => {
    const q = ring[(i + 1) % ring.length];
    return Math.hypot(p[0] - q[0], p[1] - q[1]) > tol;
  });
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const a = pts[(i + pts.length - 1) % pts.length];
      const p = pts[i];
      const b = pts[(i + 1) % pts.length];
      const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const off = l < 1e-12 ? 0 : Math.abs((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / l;
      if (off <= tol) {
        pts = pts.slice(0, i).concat(pts.slice(i + 1));
        changed = true;
        i--;
      }
    }
  }
  return pts;
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
 * Fast path: when counter-clockwise triangles tile one polygon edge to edge (a face's triangulation, as
 * web-ifc makes for an extruded space's top), its outline is the edges no neighbour shares. Returns null
 * when they do not (overlaps, T-junctions, several pieces, holes), and the caller unions instead.
 */
export function tiledOutline(tris: ArrayLike<number>): Polygon | null {
  if (tris.length < 6) return null;
  const key = (x: number, y: number) => `${Math.round(x * 1e6)},${Math.round(y * 1e6)}`;
  const edges = new Map<string, { from: string; to: string; p: Vec2 }>();
  const verts = new Map<string, Vec2>();
  const seenTris = new Set<string>();
  let tileArea = 0;
  for (let i = 0; i + 5 < tris.length; i += 6) {
    const pts: Vec2[] = [
      [tris[i], tris[i + 1]],
      [tris[i + 2], tris[i + 3]],
      [tris[i + 4], tris[i + 5]],
    ];
    const keys = pts.map((p) => key(p[0], p[1]));
    // The same triangle twice (a solid's top and bottom both facing one way): count it once.
    const tri = [...keys].sort().join(';');
    if (seenTris.has(tri)) continue;
    seenTris.add(tri);
    keys.forEach((k, j) => verts.set(k, pts[j]));
    tileArea += signedArea(pts);
    for (let k = 0; k < 3; k++) {
      const a = keys[k];
      const b = keys[(k + 1) % 3];
      if (a === b) continue;
      const rev = `${b}|${a}`;
      if (edges.has(rev)) edges.delete(rev);
      else {
        const fwd = `${a}|${b}`;
        if (edges.has(fwd)) return null;
        edges.set(fwd, { from: a, to: b, p: pts[k] });
      }
    }
  }
  splitTJunctions(edges, verts);
  const next = new Map<string, { to: string; p: Vec2 }>();
  for (const e of edges.values()) {
    if (next.has(e.from)) return null;
    next.set(e.from, e);
  }
  // Walk every ring of unshared edges: one counter-clockwise outer ring, any others must be holes.
  const rings: Vec2[][] = [];
  const used = new Set<string>();
  for (const startKey of next.keys()) {
    if (used.has(startKey)) continue;
    const ring: Vec2[] = [];
    let cur = startKey;
    for (let guard = 0; guard <= next.size; guard++) {
      const e = next.get(cur);
      if (!e || used.has(cur)) return null;
      used.add(cur);
      ring.push(e.p);
      cur = e.to;
      if (cur === startKey) break;
    }
    if (cur !== startKey) return null;
    rings.push(ring);
  }
  if (rings.length === 0) return null;
  rings.sort((a, b) => signedArea(b) - signedArea(a));
  const outerArea = signedArea(rings[0]);
  const holes = rings.slice(1);
  // A second counter-clockwise ring is a separate piece: let the union decide.
  if (holes.some((h) => signedArea(h) > 0)) return null;
  const net = outerArea + holes.reduce((sum, h) => sum + signedArea(h), 0);
  const out = ensureCCW(cleanRing(rings[0]));
  if (out.length < 3 || Math.abs(net - tileArea) > 1e-6 * Math.max(1, tileArea) || !isSimplePolygon(out)) return null;
  return out;
}

/**
 * A vertex of one triangle lying inside another's edge (a T-junction) leaves unmatched edges that are
 * really shared piecewise: split such edges at those vertices and cancel the pieces that now pair up.
 */
function splitTJunctions(edges: Map<string, { from: string; to: string; p: Vec2 }>, verts: Map<string, Vec2>) {
  if (edges.size > 2000) return;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const [k, e] of [...edges]) {
      if (!edges.has(k)) continue;
      const a = e.p;
      const b = verts.get(e.to)!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const L2 = dx * dx + dy * dy;
      if (L2 < 1e-18) continue;
      const inner: { t: number; key: string; p: Vec2 }[] = [];
      for (const [vk, v] of verts) {
        if (vk === e.from || vk === e.to) continue;
        const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / L2;
        if (t <= 1e-9 || t >= 1 - 1e-9) continue;
        const off = Math.abs((v[0] - a[0]) * dy - (v[1] - a[1]) * dx) / Math.sqrt(L2);
        if (off < 1e-6) inner.push({ t, key: vk, p: v });
      }
      if (!inner.length) continue;
      inner.sort((x, y) => x.t - y.t);
      edges.delete(k);
      const chain = [{ key: e.from, p: a }, ...inner, { key: e.to, p: b }];
      for (let i = 0; i + 1 < chain.length; i++) {
        const from = chain[i].key;
        const to = chain[i + 1].key;
        const rev = `${to}|${from}`;
        if (edges.has(rev)) edges.delete(rev);
        else edges.set(`${from}|${to}`, { from, to, p: chain[i].p });
      }
      changed = true;
    }
    if (!changed) return;
  }
}

/**
 * The plan outline of a set of triangles given as 2D corner triples (6 numbers a triangle), all
 * counter-clockwise. `up` (the faces that looked up) is tried first as one tiled face; otherwise
 * everything is unioned. Triangles seen edge-on (vertical faces) are dropped.
 */
/** How often each path ran (for the benchmark's curiosity, not for logic). */
export const outlineCounts = { tiled: 0, unioned: 0 };

export function triangleOutline(tris: Float64Array | number[], minTriArea = 1e-7, up?: number[]): Outline | null {
  for (const face of [up, tris]) {
    const ring = face && face.length ? tiledOutline(face) : null;
    if (ring) {
      outlineCounts.tiled++;
      return { polygon: ring, pieces: 1, holes: 0, fellBack: false };
    }
  }
  outlineCounts.unioned++;
  if (up?.length) tris = [...up, ...tris];
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
  let pieces;
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
