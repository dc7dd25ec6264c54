/**
 * Ortho and angle lock (Shift while drawing): the segment keeps to the nearest of 0/45/90/… degrees or a
 * reference angle (the wall the drawing started from, the previous segment) and its right angles, as in
 * AutoCAD's ortho/polar tracking and SketchUp's axis inference.
 */
import { distToSegment, type Vec2 } from '../core/geometry/vec';
import type { Floor } from '../core/document';

export interface OrthoResult {
  point: Vec2;
  /** Locked direction, degrees counter-clockwise from +x. */
  angle: number;
  /** Unit vector of the locked direction. */
  dir: Vec2;
}

const norm360 = (d: number) => ((d % 360) + 360) % 360;

/** Every direction the lock may choose: multiples of 45° and each reference angle plus multiples of 90°. */
export function lockAngles(refs: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < 8; k++) out.push(k * 45);
  for (const r of refs) for (let k = 0; k < 4; k++) out.push(norm360(r + k * 90));
  return out;
}

/**
 * The cursor projected onto the nearest locked direction from `from`. With a grid the length is rounded to it,
 * so a locked segment still has a round length.
 */
export function orthoLock(from: Vec2, cursor: Vec2, refs: readonly number[], grid = 0): OrthoResult {
  const dx = cursor[0] - from[0];
  const dy = cursor[1] - from[1];
  const want = norm360((Math.atan2(dy, dx) * 180) / Math.PI);
  let best = 0;
  let bd = Infinity;
  for (const a of lockAngles(refs)) {
    const d = Math.min(Math.abs(a - want), 360 - Math.abs(a - want));
    if (d < bd - 1e-9) {
      bd = d;
      best = a;
    }
  }
  const rad = (best * Math.PI) / 180;
  const dir: Vec2 = [Math.cos(rad), Math.sin(rad)];
  let len = Math.max(0, dx * dir[0] + dy * dir[1]);
  if (grid > 0) len = Math.round(len / grid) * grid;
  return { point: [from[0] + dir[0] * len, from[1] + dir[1] * len], angle: best, dir };
}

/** Angle (degrees) of the wall that passes through `p`, if any: the reference a drawing started from. */
export function wallAngleAt(floor: Floor, p: Vec2, tolerance: number): number | undefined {
  for (const el of floor.elements) {
    if (el.kind !== 'wall') continue;
    if (distToSegment(p, el.a, el.b) <= tolerance) return norm360((Math.atan2(el.b[1] - el.a[1], el.b[0] - el.a[0]) * 180) / Math.PI);
  }
  return undefined;
}

/** Segment angle in degrees counter-clockwise from +x, 0..360. */
export function segmentAngle(a: Vec2, b: Vec2): number {
  return norm360((Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI);
}
