/** Diagonal hatching clipped to a polygon (staff-only zones in the plan), as plan segments. */
import type { Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';

/**
 * Lines at `angleDeg` every `spacing` metres, cut to the polygon's inside by an even-odd scanline in the
 * rotated frame (works for concave polygons).
 */
export function hatchSegments(poly: Polygon, spacing = 0.6, angleDeg = 45): [Vec2, Vec2][] {
  if (poly.length < 3 || !(spacing > 0)) return [];
  const a = (angleDeg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  // u along the hatch lines, v across them
  const uv = poly.map(([x, y]) => [x * c + y * s, -x * s + y * c] as Vec2);
  const back = (u: number, v: number): Vec2 => [u * c - v * s, u * s + v * c];
  let vMin = Infinity;
  let vMax = -Infinity;
  for (const p of uv) {
    vMin = Math.min(vMin, p[1]);
    vMax = Math.max(vMax, p[1]);
  }
  const out: [Vec2, Vec2][] = [];
  for (let v = Math.ceil(vMin / spacing) * spacing; v <= vMax; v += spacing) {
    const xs: number[] = [];
    for (let i = 0; i < uv.length; i++) {
      const p = uv[i];
      const q = uv[(i + 1) % uv.length];
      // half-open so a vertex on the scanline counts once
      if (p[1] <= v !== q[1] <= v) xs.push(p[0] + ((v - p[1]) / (q[1] - p[1])) * (q[0] - p[0]));
    }
    xs.sort((m, n) => m - n);
    for (let i = 0; i + 1 < xs.length; i += 2) out.push([back(xs[i], v), back(xs[i + 1], v)]);
  }
  return out;
}
