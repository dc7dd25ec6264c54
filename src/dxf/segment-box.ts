/** The box of a set of line segments (walls, barriers): core's `bbox` takes points, these carry two ends each. */
import type { BBox } from '../core/geometry/polygon';

export function segmentsBox(segs: readonly { ax: number; ay: number; bx: number; by: number }[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of segs) {
    minX = Math.min(minX, s.ax, s.bx);
    maxX = Math.max(maxX, s.ax, s.bx);
    minY = Math.min(minY, s.ay, s.by);
    maxY = Math.max(maxY, s.ay, s.by);
  }
  return { minX, minY, maxX, maxY };
}
