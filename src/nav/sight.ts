/**
 * Line of sight on a floor: blocked by walls (not glazed) except through their doors, and by obstacles taller
 * than eye height that are not see-through. Counters, seats and signs stand below eye level and do not block.
 */
import type { HallDocument } from '../core/document';
import { findFloor } from '../core/query';
import { segmentIntersection, segmentsIntersect, dist, type Vec2 } from '../core/geometry/vec';

const EYE = 1.5;

export function lineOfSight(doc: HallDocument, floorId: string, a: Vec2, b: Vec2): boolean {
  const floor = findFloor(doc, floorId);
  if (!floor) return false;
  for (const e of floor.elements) {
    if (e.kind === 'wall') {
      if (e.glazed) continue;
      const x = segmentIntersection(a, b, e.a, e.b);
      if (!x) continue;
      const throughDoor = floor.elements.some((o) => o.kind === 'opening' && (o.wallId === e.id || !o.wallId) && dist(o.position, x) <= o.width / 2 + 0.05);
      if (!throughDoor) return false;
    } else if (e.kind === 'obstacle') {
      if (e.seeThrough || e.height < EYE) continue;
      const poly = e.polygon;
      for (let i = 0; i < poly.length; i++) if (segmentsIntersect(a, b, poly[i], poly[(i + 1) % poly.length])) return false;
    }
  }
  return true;
}
