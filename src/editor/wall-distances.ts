/**
 * Distances from a point to the nearest wall faces straight left, right, up and down the plan, as Revit's
 * temporary dimensions show for a selected element. Measured to the wall's face (axis minus half its thickness).
 */
import type { Floor } from '../core/document';
import type { Vec2 } from '../core/geometry/vec';

export interface WallDistance {
  from: Vec2;
  to: Vec2;
  /** The unit direction measured along (+x, −x, +y or −y). */
  dir: Vec2;
  /** Metres, to the face. */
  distance: number;
}

const DIRS: Vec2[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/**
 * The last answer per floor version: the selection's dimension lines (view) and its typed fields (ui) ask for the
 * same point of the same floor on every drag step, and a city hall floor holds thousands of elements to scan.
 */
const last = new WeakMap<Floor, { p: Vec2; reach: number; out: WallDistance[] }>();

/** Up to four dimensions (one per axis direction) from `p` to the first wall face hit within `reach` metres. */
export function wallDistances(floor: Floor, p: Vec2, reach = 60): WallDistance[] {
  const hit = last.get(floor);
  if (hit && hit.reach === reach && hit.p[0] === p[0] && hit.p[1] === p[1]) return hit.out;
  const best = DIRS.map(() => reach);
  // One pass over the floor for all four directions.
  for (const el of floor.elements) {
    if (el.kind !== 'wall') continue;
    const ex = el.b[0] - el.a[0];
    const ey = el.b[1] - el.a[1];
    const len = Math.hypot(ex, ey);
    const qx = el.a[0] - p[0];
    const qy = el.a[1] - p[1];
    for (let i = 0; i < DIRS.length; i++) {
      const d = DIRS[i];
      // ray p + t·d against segment a + s·(b − a)
      const den = d[0] * ey - d[1] * ex;
      if (Math.abs(den) < 1e-12) continue;
      const t = (qx * ey - qy * ex) / den;
      const s = (qx * d[1] - qy * d[0]) / den;
      if (s < -1e-9 || s > 1 + 1e-9 || t <= 1e-9) continue;
      // the face is half the thickness nearer, measured along the ray
      const cos = Math.abs(den) / len;
      const face = t - el.thickness / 2 / Math.max(cos, 1e-6);
      if (face > 0 && face < best[i]) best[i] = face;
    }
  }
  const out: WallDistance[] = [];
  DIRS.forEach((d, i) => {
    if (best[i] < reach) out.push({ from: p, to: [p[0] + d[0] * best[i], p[1] + d[1] * best[i]], dir: d, distance: best[i] });
  });
  last.set(floor, { p: [p[0], p[1]], reach, out });
  return out;
}

/**
 * The move that makes a shown distance `value` metres (typing into Revit's temporary dimension): along the
 * dimension, towards the wall when the value is smaller. Undefined for a value that is not a distance in front of
 * the wall (negative, not a number).
 */
export function moveForDistance(d: WallDistance, value: number): Vec2 | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  const k = d.distance - value;
  return [d.dir[0] * k, d.dir[1] * k];
}
