/** Plan ↔ three.js world: plan x → x, plan y → −z, elevation → y. */
import type { Vec2 } from '../core/geometry/vec';

export const planToWorld = (p: Vec2, elevation = 0): [number, number, number] => [p[0], elevation, -p[1]];
export const worldToPlan = (x: number, z: number): Vec2 => [x, -z];
/** Plan rotation (CCW degrees about up) as a three.js rotation about +y (also CCW seen from above). */
export const planRotY = (deg: number): number => (deg * Math.PI) / 180;
