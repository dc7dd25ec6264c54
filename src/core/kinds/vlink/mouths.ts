/**
 * Where people step on and off a vertical link. The model fixes it by orientation (see `rotation` in ./index):
 * at rotation 0 one walks a stair, ramp or escalator north and faces north entering an elevator, so an elevator's
 * door is its south face and a stair's or escalator's two landings are its south and north ends, all turned by
 * `rotation`. No schema field is needed.
 */
import type { Vec2 } from '../../geometry/vec';
import { rectPolygon } from '../../geometry/polygon';
import type { VLink } from './index';

/** One face people pass through: its end points and the unit normal pointing out, towards the people using it. */
export interface LinkMouth {
  a: Vec2;
  b: Vec2;
  mid: Vec2;
  out: Vec2;
}

/** The elevator's door face, or a stair's, ramp's or escalator's two landing ends. */
export function linkMouths(v: Pick<VLink, 'linkKind' | 'position' | 'size' | 'rotation'>): LinkMouth[] {
  const [sw, se, ne, nw] = rectPolygon(v.position[0], v.position[1], v.size.w, v.size.d, v.rotation) as [Vec2, Vec2, Vec2, Vec2];
  const r = (v.rotation * Math.PI) / 180;
  const north: Vec2 = [-Math.sin(r), Math.cos(r)];
  const face = (a: Vec2, b: Vec2, out: Vec2): LinkMouth => ({ a, b, mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], out });
  const south = face(sw, se, [-north[0], -north[1]]);
  return v.linkKind === 'elevator' ? [south] : [south, face(ne, nw, north)];
}

/** Signed distance of `p` in front of the face (negative behind its plane, inside or beyond the link). */
export function inFrontOf(m: LinkMouth, p: Vec2): number {
  return (p[0] - m.mid[0]) * m.out[0] + (p[1] - m.mid[1]) * m.out[1];
}

/** The point a person stands at, `step` in front of the middle of the face. */
export function standingPoint(m: LinkMouth, step: number): Vec2 {
  return [m.mid[0] + m.out[0] * step, m.mid[1] + m.out[1] * step];
}
