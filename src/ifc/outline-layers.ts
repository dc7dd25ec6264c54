/**
 * A room whose faces were triangulated more than once over the same plan area (a sloped ceiling and
 * the floor both seen from below, say) is no single tiling, so `tiledOutline` gives up, and the general
 * union of every triangle costs tens of milliseconds in polyclip for a room of 30 triangles.
 *
 * Cheaper and exact for that case: add up the triangles' directed edges. Shared edges of neighbours
 * cancel; what is left is the boundary of the triangles' coverage (how many triangles lie over each
 * point). When every edge left is there the same k times and they walk into one counter-clockwise
 * ring (plus clockwise holes), the coverage is k inside that ring and 0 outside (a coverage whose
 * boundary is zero is zero), so the ring is the union's outline. Anything else returns null and the
 * caller unions as before.
 */
import type { Vec2 } from '../core/geometry/vec';
import { signedArea } from '../core/geometry/polygon';

const key = (x: number, y: number) => `${Math.round(x * 1e6)},${Math.round(y * 1e6)}`;

/** Above this many triangles the T-junction search (quadratic) costs more than it saves. */
const MAX_TRIANGLES = 2000;

/** The outline ring of stacked tilings, started where polyclip starts it (the lowest of the leftmost corners); or null. */
export function layeredOutline(tris: ArrayLike<number>): Vec2[] | null {
  const n = Math.floor(tris.length / 6);
  if (n < 2 || n > MAX_TRIANGLES) return null;
  const verts = new Map<string, Vec2>();
  // Net count of each edge, keyed by its corners in a fixed order: + for lo→hi, − for hi→lo.
  const net = new Map<string, { lo: string; hi: string; n: number }>();
  const addEdge = (a: string, b: string, times: number) => {
    if (a === b) return;
    const fwd = a < b;
    const k = fwd ? `${a}|${b}` : `${b}|${a}`;
    let e = net.get(k);
    if (!e) net.set(k, (e = { lo: fwd ? a : b, hi: fwd ? b : a, n: 0 }));
    e.n += fwd ? times : -times;
  };
  for (let t = 0; t < n; t++) {
    const ks: string[] = [];
    for (let c = 0; c < 3; c++) {
      const x = tris[t * 6 + 2 * c];
      const y = tris[t * 6 + 2 * c + 1];
      const k = key(x, y);
      if (!verts.has(k)) verts.set(k, [x, y]);
      ks.push(k);
    }
    for (let c = 0; c < 3; c++) addEdge(ks[c], ks[(c + 1) % 3], 1);
  }
  let left = [...net.values()].filter((e) => e.n !== 0);
  // A corner of one triangle inside another's edge (a T-junction): split that edge there, so the
  // pieces can cancel against the neighbours' shorter edges.
  const corners = new Map<string, Vec2>();
  for (const e of left) {
    corners.set(e.lo, verts.get(e.lo)!);
    corners.set(e.hi, verts.get(e.hi)!);
  }
  net.clear();
  for (const e of left) {
    const a = verts.get(e.lo)!;
    const b = verts.get(e.hi)!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const L2 = dx * dx + dy * dy;
    const inner: { t: number; k: string }[] = [];
    if (L2 > 1e-18) {
      for (const [k, v] of corners) {
        if (k === e.lo || k === e.hi) continue;
        const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / L2;
        if (t <= 1e-9 || t >= 1 - 1e-9) continue;
        if (Math.abs((v[0] - a[0]) * dy - (v[1] - a[1]) * dx) / Math.sqrt(L2) < 1e-6) inner.push({ t, k });
      }
    }
    inner.sort((p, q) => p.t - q.t);
    const chain = [e.lo, ...inner.map((x) => x.k), e.hi];
    for (let i = 0; i + 1 < chain.length; i++) addEdge(chain[i], chain[i + 1], e.n);
  }
  left = [...net.values()].filter((e) => e.n !== 0);
  if (left.length < 3) return null;
  const k = Math.abs(left[0].n);
  const next = new Map<string, string>();
  for (const e of left) {
    if (Math.abs(e.n) !== k) return null;
    const [from, to] = e.n > 0 ? [e.lo, e.hi] : [e.hi, e.lo];
    if (next.has(from)) return null;
    next.set(from, to);
  }
  const rings = walkRings(next, verts);
  if (!rings) return null;
  const outer = rings.filter((r) => signedArea(r) > 0);
  if (outer.length !== 1) return null;
  return startAtLowestLeft(outer[0]);
}

/** The rings `next` links corner to corner, as points; null when one does not close. */
function walkRings(next: ReadonlyMap<string, string>, verts: ReadonlyMap<string, Vec2>): Vec2[][] | null {
  const rings: Vec2[][] = [];
  const used = new Set<string>();
  for (const start of next.keys()) {
    if (used.has(start)) continue;
    const ring: Vec2[] = [];
    let cur = start;
    do {
      if (used.has(cur)) return null;
      used.add(cur);
      ring.push(verts.get(cur)!);
      const to = next.get(cur);
      if (to === undefined) return null;
      cur = to;
    } while (cur !== start);
    rings.push(ring);
  }
  return rings;
}

function startAtLowestLeft(ring: Vec2[]): Vec2[] {
  let s = 0;
  for (let i = 1; i < ring.length; i++) if (ring[i][0] < ring[s][0] || (ring[i][0] === ring[s][0] && ring[i][1] < ring[s][1])) s = i;
  return ring.slice(s).concat(ring.slice(0, s));
}
