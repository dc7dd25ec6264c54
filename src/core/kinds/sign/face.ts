/**
 * Which side of a sign panel can be read. A sign is a thin panel (`width` × 0.1 m) turned by `rotation`, whose
 * face looks along `rotation` (degrees CCW from east); a reader stands in front of it, looking the other way.
 * Boards fixed to a wall or a stand (maps, directories, hours, notices, zone and counter plates) are printed on
 * their face only. Directional and emergency-exit signs hang across the walking direction and are printed on
 * both sides (GB 2894 / GB 13495 suspended signs), so they read from either side.
 */
import type { Vec2 } from '../../geometry/vec';
import type { SignKind } from '../../vocab';
import type { Sign } from './index';

const DOUBLE_SIDED: ReadonlySet<SignKind> = new Set<SignKind>(['directional', 'safety-exit']);

/** True for sign kinds that hang and are printed on both sides. */
export function doubleSided(kind: SignKind): boolean {
  return DOUBLE_SIDED.has(kind);
}

/** The unit normal of the sign's face (towards its readers). */
export function faceNormal(s: Pick<Sign, 'rotation'>): Vec2 {
  const r = (s.rotation * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r)];
}

/** Someone at `viewer` stands in front of a face of the sign (strictly: one in its plane sees only the edge). */
export function readableFrom(s: Pick<Sign, 'rotation' | 'position' | 'signKind'>, viewer: Vec2): boolean {
  if (doubleSided(s.signKind)) return true;
  const n = faceNormal(s);
  return (viewer[0] - s.position[0]) * n[0] + (viewer[1] - s.position[1]) * n[1] > 0;
}
