/**
 * Which side of a sign panel can be read. A sign is a thin panel whose `width` runs along `rotation` (degrees CCW
 * from east; the footprint, the plan and the 3D drawing all lay it out so), so its faces look across it. The face
 * is the side from which its text reads left to right along `rotation` — the panel's −n side, first in the 3D text
 * drawing: it looks 90° clockwise of `rotation` (rotation 0 faces south, 90 east, 180 north, 270 west).
 * Boards fixed to a wall or a stand (maps, directories, hours, notices, zone and counter plates) are printed on
 * their face only. Directional and emergency-exit signs hang across the walking direction and are printed on
 * both sides (GB 2894 / GB 13495 suspended signs), so they read from either side.
 */
import type { Vec2 } from '../../geometry/vec';
import type { SignKind } from '../../vocab';
import type { Sign } from './index';

/** Geometric epsilon (m): cos/sin of whole quarter turns are off by ~1e-16, an edge-on sign stays edge-on. */
const EDGE_EPS = 1e-9;

const DOUBLE_SIDED: ReadonlySet<SignKind> = new Set<SignKind>(['directional', 'safety-exit']);

/** True for sign kinds that hang and are printed on both sides. */
export function doubleSided(kind: SignKind): boolean {
  return DOUBLE_SIDED.has(kind);
}

/** The unit normal of the sign's face (towards its readers). */
export function faceNormal(s: Pick<Sign, 'rotation'>): Vec2 {
  const r = (s.rotation * Math.PI) / 180;
  return [Math.sin(r), -Math.cos(r)];
}

/** Someone at `viewer` stands in front of a face of the sign (strictly: one in its plane sees only the edge). */
export function readableFrom(s: Pick<Sign, 'rotation' | 'position' | 'signKind'>, viewer: Vec2): boolean {
  if (doubleSided(s.signKind)) return true;
  const n = faceNormal(s);
  return (viewer[0] - s.position[0]) * n[0] + (viewer[1] - s.position[1]) * n[1] > EDGE_EPS;
}
