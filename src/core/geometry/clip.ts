/**
 * Polygon clipping on local plan metres, through turf (polyclip-ts underneath). Clipping is a planar
 * operation, so feeding metres where turf expects degrees is exact here; turf's geodesic measures
 * (area, distance, buffer) are never used on plan coordinates — areas come from ./polygon.
 */
import { difference, featureCollection, intersect, multiPolygon, polygon as turfPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon as GeoPolygon, Position } from 'geojson';
import type { Polygon } from './polygon';
import { area, ensureCCW, isConvex } from './polygon';
import type { Vec2 } from './vec';

/** A polygon with holes: `outer` counter-clockwise, `holes` clockwise. */
export interface PolygonWithHoles {
  outer: Polygon;
  holes: Polygon[];
}

const closeRing = (ring: Polygon): Position[] => {
  const r = ring.map((p) => [p[0], p[1]]);
  r.push([ring[0][0], ring[0][1]]);
  return r;
};

const openRing = (ring: Position[]): Polygon => ring.slice(0, -1).map((p) => [p[0], p[1]]);

const toFeature = (p: Polygon) => turfPolygon([closeRing(ensureCCW(p))]);

function fromGeometry(g: Feature<GeoPolygon | MultiPolygon> | null): PolygonWithHoles[] {
  if (!g) return [];
  const polys = g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates;
  return polys.map((rings) => ({ outer: openRing(rings[0]), holes: rings.slice(1).map(openRing) }));
}

export function intersection(a: Polygon, b: Polygon): PolygonWithHoles[] {
  return fromGeometry(intersect(featureCollection([toFeature(a), toFeature(b)])));
}

export function unionAll(polys: Polygon[]): PolygonWithHoles[] {
  if (polys.length === 0) return [];
  if (polys.length === 1) return [{ outer: ensureCCW(polys[0]), holes: [] }];
  return fromGeometry(union(featureCollection(polys.map(toFeature))));
}

export function subtract(a: Polygon, cut: Polygon[]): PolygonWithHoles[] {
  if (cut.length === 0) return [{ outer: ensureCCW(a), holes: [] }];
  const cutter: Feature<GeoPolygon | MultiPolygon> = cut.length === 1 ? toFeature(cut[0]) : multiPolygon(cut.map((c) => [closeRing(ensureCCW(c))]));
  return fromGeometry(difference(featureCollection<GeoPolygon | MultiPolygon>([toFeature(a), cutter])));
}

export const areaWithHoles = (p: PolygonWithHoles): number => area(p.outer) - p.holes.reduce((s, h) => s + area(h), 0);

/** Overlap area of two polygons in m² (0 when they only touch along an edge). */
export function overlapArea(a: Polygon, b: Polygon): number {
  // Most plan shapes (strips, desks, seats, rectangular rooms) are convex: clip against them directly, which is
  // exact for any simple subject and a hundred times cheaper than general polygon clipping.
  if (isConvex(b)) return convexOverlapArea(a, b);
  if (isConvex(a)) return convexOverlapArea(b, a);
  return intersection(a, b).reduce((s, p) => s + areaWithHoles(p), 0);
}

/** Which side of the line a→b the point p is on (positive: left), as a cross product. */
function side(a: Vec2, b: Vec2, p: Vec2): number {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

/**
 * Area of a simple polygon clipped by a convex one (Sutherland–Hodgman). The clipped ring may run back along
 * itself where the subject is concave; such spurs enclose no area, so the shoelace area is still exact.
 */
export function convexOverlapArea(subject: Polygon, convex: Polygon): number {
  const clip = ensureCCW(convex);
  let out: Vec2[] = ensureCCW(subject);
  for (let i = 0; i < clip.length && out.length; i++) {
    const a = clip[i];
    const b = clip[(i + 1) % clip.length];
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j];
      const q = input[(j + 1) % input.length];
      const sp = side(a, b, p);
      const sq = side(a, b, q);
      if (sp >= 0) out.push(p);
      if (sp >= 0 !== sq >= 0) {
        const t = sp / (sp - sq);
        out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
      }
    }
  }
  return out.length < 3 ? 0 : area(out);
}
