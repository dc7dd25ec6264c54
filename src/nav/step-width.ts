/** Widths along a step between two cell centres, measured against the same edges as the centres' own widths. */
import type { Vec2 } from '../core/geometry/vec';
import { around, cappedWidth, type EdgeBuckets } from './clearance';

/**
 * The clear width where the segment p–q passes closest to an obstacle edge, when that can be below `upTo` (else
 * `upTo`): a step between two cell centres can squeeze through a gap narrower than both centres' widths (a slit
 * in a thin wall with no centre inside it). A width is at least twice the distance to the nearest edge, so a
 * segment that keeps `upTo / 2` from every edge passes nothing narrower. A step that crosses an edge (through
 * an obstacle thinner than a cell, which the raster leaves open) is no passage at all: it reads `upTo`, so that it
 * closes neither of its cells.
 */
export function stepWidth(b: EdgeBuckets, p: Vec2, q: Vec2, upTo: number): number {
  const only = around(b, [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]);
  const s = b.segs;
  const px = p[0];
  const py = p[1];
  const dx = q[0] - px;
  const dy = q[1] - py;
  const l2 = dx * dx + dy * dy;
  // Edges whose box lies `upTo / 2` or more from the step's box cannot bring a width below `upTo`: skipped on sight.
  const lim = upTo / 2;
  const x0 = Math.min(px, q[0]) - lim;
  const x1 = Math.max(px, q[0]) + lim;
  const y0 = Math.min(py, q[1]) - lim;
  const y1 = Math.max(py, q[1]) + lim;
  let best = Infinity;
  let mx = px;
  let my = py;
  for (let j = 0; j < only.length; j++) {
    const k = 4 * only[j];
    const ax = s[k];
    const ay = s[k + 1];
    const bx = s[k + 2];
    const by = s[k + 3];
    if ((ax >= x1 && bx >= x1) || (ax <= x0 && bx <= x0) || (ay >= y1 && by >= y1) || (ay <= y0 && by <= y0)) continue;
    const ex = bx - ax;
    const ey = by - ay;
    const den = dx * ey - dy * ex;
    if (den !== 0) {
      const t = ((ax - px) * ey - (ay - py) * ex) / den;
      const v = ((ax - px) * dy - (ay - py) * dx) / den;
      if (t >= 0 && t <= 1 && v >= 0 && v <= 1) return upTo;
    }
    // Segments that do not cross are closest at an end of one of them: the edge's ends against the step, the
    // step's ends against the edge.
    for (let e = 0; e < 2; e++) {
      const x = ax + e * ex;
      const y = ay + e * ey;
      let t = l2 > 0 ? ((x - px) * dx + (y - py) * dy) / l2 : 0;
      t = t < 0 ? 0 : Math.min(t, 1);
      const cx = px + t * dx;
      const cy = py + t * dy;
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (d < best) (best = d), (mx = cx), (my = cy);
    }
    const el2 = ex * ex + ey * ey;
    for (let e = 0; e < 2; e++) {
      const x = px + e * dx;
      const y = py + e * dy;
      let t = el2 > 0 ? ((x - ax) * ex + (y - ay) * ey) / el2 : 0;
      t = t < 0 ? 0 : Math.min(t, 1);
      const d = (x - ax - t * ex) ** 2 + (y - ay - t * ey) ** 2;
      if (d < best) (best = d), (mx = x), (my = y);
    }
  }
  if (2 * Math.sqrt(best) >= upTo) return upTo;
  return Math.min(upTo, cappedWidth(b, [mx, my]));
}
