/** The arc a polyline bulge draws from a to b (bulge = tan(θ/4), positive counter-clockwise), or undefined for a zero chord. */
export interface BulgeArc {
  cx: number;
  cy: number;
  r: number;
  /** Signed sweep θ, radians. */
  theta: number;
  /** Angles of a and b seen from the centre. */
  sa: number;
  ea: number;
}

export function bulgeArc(ax: number, ay: number, bx: number, by: number, bulge: number): BulgeArc | undefined {
  const theta = 4 * Math.atan(bulge);
  const dx = bx - ax;
  const dy = by - ay;
  const chord = Math.hypot(dx, dy);
  if (chord === 0) return undefined;
  const r = chord / (2 * Math.sin(Math.abs(theta) / 2));
  const h = r * Math.cos(Math.abs(theta) / 2);
  const sgn = theta > 0 ? 1 : -1;
  const cx = (ax + bx) / 2 - (sgn * dy * h) / chord;
  const cy = (ay + by) / 2 + (sgn * dx * h) / chord;
  return { cx, cy, r, theta, sa: Math.atan2(ay - cy, ax - cx), ea: Math.atan2(by - cy, bx - cx) };
}

/** Points strictly inside the bulge's arc at k/steps of its sweep (k = 1 … steps − 1): close enough for an outline. */
export function bulgePoints(arc: BulgeArc, steps: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < steps; k++) {
    const t = arc.sa + (arc.theta * k) / steps;
    out.push([arc.cx + arc.r * Math.cos(t), arc.cy + arc.r * Math.sin(t)]);
  }
  return out;
}
