/**
 * The outline of triangles that tile one face edge to edge, without any polygon clipping: the edges no
 * neighbour shares, walked into rings. Most rooms come out of web-ifc like this.
 */
import type { Vec2 } from '../core/geometry/vec';
import { ensureCCW, isSimplePolygon, signedArea, type Polygon } from '../core/geometry/polygon';

/**
 * Fast path: when counter-clockwise triangles tile one polygon edge to edge (a face's triangulation, as
 * web-ifc makes for an extruded space's top), its outline is the edges no neighbour shares. Returns null
 * when they do not (overlaps, T-junctions, several pieces, holes), and the caller unions instead.
 * Corners are the same when they agree to a micrometre; they are numbered, so edges and triangles are
 * looked up by number rather than by building strings.
 */
export function tiledOutline(tris: ArrayLike<number>): Polygon | null {
  if (tris.length < 6) return null;
  const nT = Math.floor(tris.length / 6);
  // Vertex numbers stay below N, so a*N+b names an edge and (a*N+b)*N+c a triangle, exactly.
  const N = 3 * nT + 1;
  const triKey = N * N * N < Number.MAX_SAFE_INTEGER ? (a: number, b: number, c: number) => (a * N + b) * N + c : (a: number, b: number, c: number) => `${a},${b},${c}`;
  const ids = new Map<number, Map<number, number>>();
  let count = 0;
  const id = (x: number, y: number): number => {
    const qx = Math.round(x * 1e6);
    let row = ids.get(qx);
    if (!row) ids.set(qx, (row = new Map()));
    const qy = Math.round(y * 1e6);
    let v = row.get(qy);
    if (v === undefined) row.set(qy, (v = count++));
    return v;
  };
  const edges = new Map<number, Edge>();
  /** The point of each vertex (the last copy seen) and the order vertices were first placed in. */
  const at: Vec2[] = [];
  const order: number[] = [];
  const seenTris = new Set<number | string>();
  let tileArea = 0;
  for (let i = 0; i + 5 < tris.length; i += 6) {
    const pts: Vec2[] = [
      [tris[i], tris[i + 1]],
      [tris[i + 2], tris[i + 3]],
      [tris[i + 4], tris[i + 5]],
    ];
    const k = [id(pts[0][0], pts[0][1]), id(pts[1][0], pts[1][1]), id(pts[2][0], pts[2][1])];
    // The same triangle twice (a solid's top and bottom both facing one way): count it once.
    const [s0, s1, s2] = [...k].sort((p, q) => p - q);
    const tri = triKey(s0, s1, s2);
    if (seenTris.has(tri)) continue;
    seenTris.add(tri);
    for (let j = 0; j < 3; j++) {
      if (at[k[j]] === undefined) order.push(k[j]);
      at[k[j]] = pts[j];
    }
    tileArea += signedArea(pts);
    for (let j = 0; j < 3; j++) {
      const a = k[j];
      const b = k[(j + 1) % 3];
      if (a === b) continue;
      const rev = b * N + a;
      if (edges.has(rev)) edges.delete(rev);
      else {
        const fwd = a * N + b;
        if (edges.has(fwd)) return null;
        edges.set(fwd, { from: a, to: b, p: pts[j] });
      }
    }
  }
  splitTJunctions(edges, at, order, N);
  const next = new Map<number, Edge>();
  for (const e of edges.values()) {
    if (next.has(e.from)) return null;
    next.set(e.from, e);
  }
  // Every ring of unshared edges: one counter-clockwise outer ring, any others must be holes.
  const rings = walkRings(next);
  if (!rings?.length) return null;
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

/** The rings the edges close (each vertex starts one edge), or null when one does not close. */
function walkRings(next: ReadonlyMap<number, Edge>): Vec2[][] | null {
  const rings: Vec2[][] = [];
  const used = new Set<number>();
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
  return rings;
}

interface Edge {
  from: number;
  to: number;
  /** The point where the edge starts. */
  p: Vec2;
}

/**
 * A vertex of one triangle lying inside another's edge (a T-junction) leaves unmatched edges that are
 * really shared piecewise: split such edges at those vertices and cancel the pieces that now pair up.
 */
function splitTJunctions(edges: Map<number, Edge>, at: Vec2[], order: number[], N: number) {
  if (edges.size > 2000) return;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const [k, e] of [...edges]) {
      if (!edges.has(k)) continue;
      const a = e.p;
      const b = at[e.to];
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const L2 = dx * dx + dy * dy;
      if (L2 < 1e-18) continue;
      const inner: { t: number; key: number; p: Vec2 }[] = [];
      for (const vk of order) {
        if (vk === e.from || vk === e.to) continue;
        const v = at[vk];
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
        const rev = to * N + from;
        if (edges.has(rev)) edges.delete(rev);
        else edges.set(from * N + to, { from, to, p: chain[i].p });
      }
      changed = true;
    }
    if (!changed) return;
  }
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
