/**
 * Door semantics from geometry. A door is exterior when it stands in the building's outer boundary — the floor
 * outline, or without one the convex hull of the floor's walls — whatever its entrance kind says: an interior
 * door marked `secondary` is still an interior door. The public can pass a door unless it is staff-only.
 */
import type { Floor } from '../core/document';
import type { ElementOf } from '../core/kinds/registry';
import { distToPolygonBoundary, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { elementsOn } from './element-index';

type Door = ElementOf<'opening'>;

/** Convex hull (monotone chain) of the floor's wall end points, per floor object. */
const hulls = new WeakMap<Floor, Polygon | null>();
function wallHull(floor: Floor): Polygon | null {
  let h = hulls.get(floor);
  if (h !== undefined) return h;
  const pts: Vec2[] = [];
  for (const e of elementsOn(floor, 'wall')) pts.push(e.a, e.b);
  pts.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Vec2[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Vec2[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  h = hull.length >= 3 ? hull : null;
  hulls.set(floor, h);
  return h;
}

/**
 * The floor's walls by id, the first of an id in the floor's order, per list of the floor's walls: every door of a
 * floor asks for its wall, and the element index keeps that list from one version of the floor to the next while
 * no wall changed (a seat dragged), where a scan of the floor's thousands of elements ran again on every edit.
 */
const wallIndex = new WeakMap<readonly ElementOf<'wall'>[], Map<string, ElementOf<'wall'>>>();
function wallsById(floor: Floor): Map<string, ElementOf<'wall'>> {
  const walls = elementsOn(floor, 'wall');
  let m = wallIndex.get(walls);
  if (!m) {
    m = new Map();
    for (const e of walls) if (!m.has(e.id)) m.set(e.id, e);
    wallIndex.set(walls, m);
  }
  return m;
}

/** The polygon whose boundary is the building's outside on this floor. */
export function outerBoundary(floor: Floor): Polygon | null {
  return floor.outline && floor.outline.length >= 3 ? floor.outline : wallHull(floor);
}

/**
 * Whether a door stands in the outer boundary: within `tol` (plus half its wall's thickness, as outlines may be
 * drawn on either face of the wall) of it. A floor with neither outline nor walls has no geometry to decide by:
 * the door's own `exterior` flag, then its entrance kind, stand in.
 */
export function isExteriorDoor(floor: Floor, d: Door, tol: number): boolean {
  const boundary = outerBoundary(floor);
  if (!boundary) return d.exterior ?? (d.entrance === 'main' || d.entrance === 'secondary' || d.entrance === 'exit' || d.entrance === '24h');
  const wall = d.wallId ? wallsById(floor).get(d.wallId) : undefined;
  return distToPolygonBoundary(d.position, boundary) <= tol + (wall ? wall.thickness / 2 : 0);
}
