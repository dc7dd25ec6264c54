/**
 * Walking distances as an auditor measures them on the plan: the taut line of the walk, round the corners it
 * turns. A distance field counts eight-way steps between 0.5 m cells that keep clear of every wall: a walk at an
 * angle to the grid reads up to 8 % long and each corner turned costs about a cell more, so a 13 m walk round a
 * partition reads over 15 m. Where a verdict turns on a walk, its path is pulled taut against the actual wall and
 * obstacle polygons (src/nav/clearance.ts) and measured.
 */
import type { Floor, HallDocument } from '../core/document';
import { findFloor } from '../core/query';
import { isStaffZone } from '../core/kinds/zone';
import type { Polygon } from '../core/geometry/polygon';
import { dist, segmentsIntersect, type Vec2 } from '../core/geometry/vec';
import type { DistanceField } from '../nav';
import { obstaclesOf } from '../nav/clearance';
import type { RuleContext } from './types';
import { atMost } from './util';

/** What a taut walk may not cross: every obstacle edge (x0, y0, x1, y1 flat) and the closed shapes they bound. */
interface Obstacles {
  segs: Float64Array;
  polys: Polygon[];
}

/** The floor's obstacles, and for the public its staff-only zones too (the raster keeps the public out of them). */
const publicBlockers = new WeakMap<Floor, Obstacles>();
function blockersOf(floor: Floor, audience: 'public' | 'staff'): Obstacles {
  const o = obstaclesOf(floor);
  if (audience === 'staff') return o;
  let b = publicBlockers.get(floor);
  if (!b) {
    const staff = floor.elements.flatMap((e) => (e.kind === 'zone' && isStaffZone(e) ? [e.polygon] : []));
    const extra = staff.flatMap((poly) => poly.flatMap((v, i) => [v[0], v[1], poly[(i + 1) % poly.length][0], poly[(i + 1) % poly.length][1]]));
    const segs = new Float64Array(o.segs.length + extra.length);
    segs.set(o.segs);
    segs.set(extra, o.segs.length);
    publicBlockers.set(floor, (b = { segs, polys: [...o.polys, ...staff] }));
  }
  return b;
}

/** How far a pulled corner stands off the obstacle corner it turns round, outwards (1 mm: only so as not to touch it). */
const CORNER_OFFSET = 1e-3;

/** No obstacle edge crosses the segment a–b. */
function clear(o: Obstacles, a: Vec2, b: Vec2): boolean {
  const s = o.segs;
  const minX = Math.min(a[0], b[0]);
  const maxX = Math.max(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const maxY = Math.max(a[1], b[1]);
  for (let i = 0; i < s.length; i += 4) {
    if (Math.max(s[i], s[i + 2]) < minX || Math.min(s[i], s[i + 2]) > maxX || Math.max(s[i + 1], s[i + 3]) < minY || Math.min(s[i + 1], s[i + 3]) > maxY) continue;
    if (segmentsIntersect(a, b, [s[i], s[i + 1]], [s[i + 2], s[i + 3]])) return false;
  }
  return true;
}

/** Drop every point the walk can go straight past. */
function shortcut(o: Obstacles, path: Vec2[]): Vec2[] {
  const out = [path[0]];
  for (let i = 0; i < path.length - 1; ) {
    let j = path.length - 1;
    while (j > i + 1 && !clear(o, path[i], path[j])) j--;
    out.push(path[j]);
    i = j;
  }
  return out;
}

/** An obstacle corner a walk may turn round: the point just off it, outwards, and the polygon's next corner. */
interface Corner {
  w: Vec2;
  q: Vec2;
  /** Index of the same polygon's next corner in the list (a thin wall's end is two corners turned together). */
  next: number;
}

/** Every obstacle's corners and the floor outline's (a walk turns round an L-shaped floor's inner corner). */
function cornersOf(o: Obstacles, outline: readonly Vec2[] | undefined): Corner[] {
  const out: Corner[] = [];
  for (const poly of outline ? [...o.polys, outline] : o.polys) {
    const first = out.length;
    for (let i = 0; i < poly.length; i++) {
      const w = poly[i];
      const a = poly[(i + poly.length - 1) % poly.length];
      const b = poly[(i + 1) % poly.length];
      const la = dist(w, a);
      const lb = dist(w, b);
      // The bisector of the two edges points out of the obstacle at a convex corner and into the floor at an
      // outline's inner one: either way, off the solid.
      const x = la && lb ? (w[0] - a[0]) / la + (w[0] - b[0]) / lb : 0;
      const y = la && lb ? (w[1] - a[1]) / la + (w[1] - b[1]) / lb : 0;
      const l = Math.hypot(x, y) || 1;
      out.push({ w, q: [w[0] + (x / l) * CORNER_OFFSET, w[1] + (y / l) * CORNER_OFFSET], next: i + 1 < poly.length ? out.length + 1 : first });
    }
  }
  return out;
}

/** The shortest way from a to b round one corner or two adjacent ones near `at`, if shorter than `than`. */
function bestTurn(o: Obstacles, corners: readonly Corner[], a: Vec2, b: Vec2, at: Vec2, reach: number, than: number): Vec2[] | null {
  let best: Vec2[] | null = null;
  let bestLen = than - CORNER_OFFSET;
  const tryWay = (way: Vec2[]) => {
    let len = dist(a, way[0]) + dist(way[way.length - 1], b);
    for (let i = 1; i < way.length; i++) len += dist(way[i - 1], way[i]);
    if (len >= bestLen) return;
    const pts = [a, ...way, b];
    for (let i = 1; i < pts.length; i++) if (!clear(o, pts[i - 1], pts[i])) return;
    best = way;
    bestLen = len;
  };
  for (const c of corners) {
    if (dist(c.w, at) > reach) continue;
    tryWay([c.q]);
    const n = corners[c.next];
    if (dist(n.w, at) <= reach) {
      tryWay([c.q, n.q]);
      tryWay([n.q, c.q]);
    }
  }
  return best;
}

/**
 * Move each corner of the walk onto the obstacle corner (or the two ends of a thin wall) it turns round, when that
 * shortens it and the legs stay clear, until none moves: the raster's corners stand at cell centres, up to `reach`
 * off the real one.
 */
function pullCorners(o: Obstacles, corners: readonly Corner[], path: Vec2[], reach: number): Vec2[] {
  const out = path.slice();
  for (let moved = true, pass = 0; moved && pass < out.length; pass++) {
    moved = false;
    for (let k = 1; k < out.length - 1; k++) {
      const a = out[k - 1];
      const b = out[k + 1];
      const way = bestTurn(o, corners, a, b, out[k], reach, dist(a, out[k]) + dist(out[k], b));
      if (!way) continue;
      out.splice(k, 1, ...way);
      k += way.length - 1;
      moved = true;
    }
  }
  return out;
}

/**
 * The walk to p, taut (never more than the field's own figure `d`). A path that changes floors keeps the field's
 * figure: its stair or lift is counted by the link's length there.
 */
export function walkedTo(doc: HallDocument, field: DistanceField, floorId: string, p: Vec2, d: number, audience: Audience = 'public'): number {
  if (!Number.isFinite(d)) return d;
  const path = field.pathTo({ floorId, p });
  const floor = findFloor(doc, floorId);
  // Only the cell size: a copy of the floor's grid per field version cost more than the walk (a repaired field is a new version every move).
  const cell = field.cellOf(floorId);
  if (!path || !floor || cell === undefined || path.some((q) => q.floorId !== floorId)) return d;
  const o = blockersOf(floor, audience);
  // A raster corner stands within a cell's diagonal of the cell it turns round, and that cell within another.
  const corners = cornersOf(o, floor.outline);
  const taut = shortcut(
    o,
    pullCorners(
      o,
      corners,
      shortcut(
        o,
        path.map((q) => q.p),
      ),
      2 * cell * Math.SQRT2,
    ),
  );
  let len = 0;
  for (let i = 1; i < taut.length; i++) len += dist(taut[i - 1], taut[i]);
  return Math.min(d, len);
}

type Audience = 'public' | 'staff';

/** A walk compared with a limit: its length as walked, and which of the points asked about it reaches. */
export interface Walk {
  d: number;
  /** Index into the points asked about (0 for one point, -1 when none was given). */
  k: number;
  /**
   * Whether a walk was measured taut: the answer then rests on the path the field gives, which an edit can change
   * where the field's figures stay the same (one of several equally short raster paths taken instead of another).
   */
  taut?: boolean;
}

/**
 * The one answer every rule comparing a walk with a limit asks: the walk from the field's sources to p as an
 * auditor measures it. The field's figure stands where it meets `limit` (the taut walk is never longer); where it
 * fails, the walk is measured again taut round the real corners, since the raster's steps overstate it.
 */
export function walked(ctx: RuleContext, field: DistanceField, floorId: string, p: Vec2, limit: number, audience: Audience = 'public'): number {
  const onGrid = field.at(floorId, p);
  return atMost(ctx, onGrid, limit) ? onGrid : walkedTo(ctx.doc, field, floorId, p, onGrid, audience);
}

/**
 * The shortest walk to any of `pts` (one area's samples, or several targets on a floor), as walked against
 * `limit`: the point the field reaches first, measured taut when its figure fails.
 */
export function nearestWalked(ctx: RuleContext, field: DistanceField, floorId: string, pts: readonly Vec2[], limit: number, audience: Audience = 'public'): Walk {
  const ds = field.atAll(floorId, pts);
  let k = -1;
  for (let i = 0; i < pts.length; i++) if (k < 0 || ds[i] < ds[k]) k = i;
  if (k < 0) return { d: Infinity, k };
  return { d: atMost(ctx, ds[k], limit) ? ds[k] : walkedTo(ctx.doc, field, floorId, pts[k], ds[k], audience), k };
}

/**
 * The longest walk to any of `pts` (the far side of an area), as walked against `limit`. Only points whose field
 * figure fails can fail as walked; they are measured taut from the farthest down, until the next figure is no
 * more than the longest walk found (a taut walk never exceeds its figure), so the answer is the true farthest.
 * Points not reached are left out; k is -1 when no point is reached beyond 0 m.
 */
export function farthestWalked(ctx: RuleContext, field: DistanceField, floorId: string, pts: readonly Vec2[], limit: number, audience: Audience = 'public'): Walk {
  const k0 = field.farthest(floorId, pts);
  if (k0 < 0) return { d: 0, k: k0 };
  const top = field.at(floorId, pts[k0]);
  if (atMost(ctx, top, limit) || !Number.isFinite(top)) return { d: top, k: k0 };
  const ds = field.atAll(floorId, pts);
  const failing: number[] = [];
  // Points the field does not reach are left out, as field.farthest leaves them.
  for (let i = 0; i < pts.length; i++) if (Number.isFinite(ds[i]) && !atMost(ctx, ds[i], limit)) failing.push(i);
  failing.sort((a, b) => ds[b] - ds[a] || a - b);
  let best: Walk = { d: -Infinity, k: -1 };
  for (const i of failing) {
    if (ds[i] <= best.d) break;
    const d = walkedTo(ctx.doc, field, floorId, pts[i], ds[i], audience);
    if (d > best.d) best = { d, k: i };
  }
  // Every failing figure measured under the limit: the farthest is then the farthest of the passing figures or those.
  if (!atMost(ctx, best.d, limit)) return { ...best, taut: true };
  let k = best.k;
  let d = best.d;
  for (let i = 0; i < pts.length; i++)
    if (atMost(ctx, ds[i], limit) && ds[i] > d) {
      d = ds[i];
      k = i;
    }
  return { d, k, taut: true };
}
