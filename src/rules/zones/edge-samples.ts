/**
 * The samples of an area that can be its nearest point to anything outside it: those within one step of its edge.
 * A walk from outside to a deeper sample crosses that band, where a sample lies within √2/2 step of where it entered,
 * so the nearest of these is the nearest of all, at a fraction of the points (a 60 × 10 m counter area at 0.5 m:
 * 560 instead of 2,400) for a field's sources and for reading it over an area.
 */
import { distToPolygonBoundary, type Polygon } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import { samplePolygon } from '../util';

const rings = new WeakMap<Polygon, Map<number, Vec2[]>>();
export function edgeSamples(poly: Polygon, step: number): Vec2[] {
  let m = rings.get(poly);
  if (!m) rings.set(poly, (m = new Map()));
  let out = m.get(step);
  if (!out) m.set(step, (out = samplePolygon(poly, step).filter((p) => distToPolygonBoundary(p, poly) <= step)));
  return out;
}
