import type { Vec2 } from '../../core/geometry/vec';
import { planToScreen } from '../../view/plan-projection';

/** Screen → plan through the view's plan → screen map (affine in the 2D plan's top view). */
export function screenToPlan(x: number, y: number): Vec2 | undefined {
  const o = planToScreen([0, 0]);
  const ex = planToScreen([1, 0]);
  const ey = planToScreen([0, 1]);
  if (!o || !ex || !ey) return undefined;
  const a = ex[0] - o[0];
  const b = ey[0] - o[0];
  const c = ex[1] - o[1];
  const d = ey[1] - o[1];
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return undefined;
  const sx = x - o[0];
  const sy = y - o[1];
  return [(d * sx - b * sy) / det, (-c * sx + a * sy) / det];
}
