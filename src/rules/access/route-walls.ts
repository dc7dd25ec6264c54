/**
 * Where a drawn accessible route runs through a solid wall: a route is a way people walk, so it may cross a wall
 * only through a door in it. A crossing with no door is no passage at all (its clear width is nil), wherever the
 * route is otherwise wide enough.
 */
import type { Floor } from '../../core/document';
import type { ElementOf } from '../../core/kinds/registry';
import { dist, distToSegment, segmentIntersection, type Vec2 } from '../../core/geometry/vec';
import { elementsOn } from '../element-index';

type Wall = ElementOf<'wall'>;

/** Whether a door of the floor stands in wall `w` over the point `x` (within `tol` of its leaf's edges). */
function doorAt(doors: readonly ElementOf<'opening'>[], w: Wall, x: Vec2, tol: number): boolean {
  return doors.some((o) => (o.wallId === w.id || (!o.wallId && distToSegment(o.position, w.a, w.b) <= w.thickness / 2 + tol)) && dist(o.position, x) <= o.width / 2 + tol);
}

/** Each point where `route` crosses a wall of `floor` with no door there, in the route's order, with the wall. */
export function wallCrossings(route: ElementOf<'route'>, floor: Floor, tol: number): { at: Vec2; wall: Wall }[] {
  const walls = elementsOn(floor, 'wall');
  const doors = elementsOn(floor, 'opening');
  const out: { at: Vec2; wall: Wall }[] = [];
  for (let i = 1; i < route.points.length; i++) {
    const a = route.points[i - 1];
    const b = route.points[i];
    const hits: { at: Vec2; wall: Wall }[] = [];
    for (const w of walls) {
      const x = segmentIntersection(a, b, w.a, w.b);
      // A crossing at the segment's start was counted as the previous segment's end.
      if (x && !(i > 1 && dist(x, a) <= tol) && !doorAt(doors, w, x, tol)) hits.push({ at: x, wall: w });
    }
    hits.sort((p, q) => dist(a, p.at) - dist(a, q.at));
    out.push(...hits);
  }
  return out;
}
