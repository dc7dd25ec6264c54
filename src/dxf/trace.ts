/** A raster region's outline as a polygon: traced along cell edges, then simplified (Douglas–Peucker). Metres. */
import type { Polygon } from '../core/geometry/polygon';
import { simpleRing } from '../ifc/valid-hall';
import type { RasterPlan } from './raster';

/** Cells left and right of the edge leaving a corner in direction d (0 +x, 1 +y, 2 −x, 3 −y), as offsets from the corner. */
const LEFT = [
  [0, 0],
  [-1, 0],
  [-1, -1],
  [0, -1],
];
const RIGHT = [
  [0, -1],
  [0, 0],
  [-1, 0],
  [-1, -1],
];
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

/** The turns tried at each corner, in order: left, straight on, right. */
const TURNS = [1, 0, 3];

/**
 * The outer boundary of the region of cells labelled `id` in `lab` holding cell `start` (its lowest, then
 * leftmost cell), traced along cell edges with the region on the left: counter-clockwise, in metres, straight
 * runs reduced to their ends. The corners walked are kept as numbers, not a pair array each.
 */
export function traceBoundary(r: RasterPlan, lab: Int32Array, id: number, start: number): Polygon | undefined {
  const { w, h } = r;
  const isIn = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && lab[y * w + x] === id;
  const sx = start % w;
  const sy = (start - sx) / w;
  let x = sx;
  let y = sy;
  let dir = 0;
  const px: number[] = [];
  const py: number[] = [];
  const limit = 4 * (w + 2) * (h + 2);
  for (let guard = 0; ; guard++) {
    if (guard > limit) return undefined;
    px.push(x);
    py.push(y);
    let moved = false;
    for (let k = 0; k < 3; k++) {
      const d = (dir + TURNS[k]) % 4;
      if (isIn(x + LEFT[d][0], y + LEFT[d][1]) && !isIn(x + RIGHT[d][0], y + RIGHT[d][1])) {
        dir = d;
        x += DX[d];
        y += DY[d];
        moved = true;
        break;
      }
    }
    if (!moved) return undefined;
    if (x === sx && y === sy) break;
  }
  const out: [number, number][] = [];
  const n = px.length;
  for (let i = 0; i < n; i++) {
    const p = (i - 1 + n) % n;
    const q = (i + 1) % n;
    if ((px[i] - px[p]) * (py[q] - py[i]) - (py[i] - py[p]) * (px[q] - px[i]) === 0) continue;
    out.push([r.ox + px[i] * r.res, r.oy + py[i] * r.res]);
  }
  return out.length >= 3 ? out : undefined;
}

function perpDist(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const L = Math.hypot(dx, dy);
  if (L === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / L;
}

/** Douglas–Peucker on a closed ring. */
export function simplifyRing(ring: Polygon, tol: number): Polygon {
  if (ring.length <= 4) return ring;
  // Split at the point farthest from the first so the ring's two halves simplify as open lines.
  let far = 0;
  let fd = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (d > fd) {
      fd = d;
      far = i;
    }
  }
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[far] = 1;
  const dp = (i: number, j: number) => {
    // j may wrap to ring.length (the first point again).
    const a = ring[i % ring.length];
    const b = ring[j % ring.length];
    let best = -1;
    let bi = -1;
    for (let k = i + 1; k < j; k++) {
      const d = perpDist(ring[k % ring.length], a, b);
      if (d > best) {
        best = d;
        bi = k;
      }
    }
    if (best > tol) {
      keep[bi % ring.length] = 1;
      dp(i, bi);
      dp(bi, j);
    }
  };
  dp(0, far);
  dp(far, ring.length);
  return ring.filter((_, i) => keep[i]);
}

/** The outline of the region of cells labelled `id` in `lab` as a valid hall polygon (simple, counter-clockwise), or undefined. */
export function regionPolygon(r: RasterPlan, lab: Int32Array, id: number, start: number): Polygon | undefined {
  const raw = traceBoundary(r, lab, id, start);
  if (!raw) return undefined;
  for (const tol of [r.res * 0.75, r.res * 1.5, r.res * 3]) {
    const poly = simplifyRing(raw, tol);
    if (poly.length > 5000) continue;
    if (simpleRing(poly)) return poly;
  }
  return undefined;
}
