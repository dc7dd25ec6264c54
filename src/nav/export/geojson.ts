/**
 * GeoJSON of each floor (RFC 7946): each element as its kind's `mapGeometry` (zones, vertical links and obstacles
 * as polygons, counters, signs, points and doors as points, walls and routes as lines). Coordinates are WGS84
 * [lon, lat] when the hall has a georeference; otherwise plan metres, flagged by the foreign member
 * `halltwin:coordinates: "plan-metres"` (RFC 7946 §4 allows prior agreement on another CRS).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Floor, HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { type HallElement, kindOf } from '../../core/kinds/registry';
import { planToLonLat } from './georef';

export type FloorCollection = FeatureCollection & {
  'halltwin:floor': { id: string; name: string; storey: number; elevation: number };
  'halltwin:coordinates': 'wgs84' | 'plan-metres';
};

function ring(poly: Vec2[], tr: (p: Vec2) => Position): Position[] {
  const r = poly.map(tr);
  if (r.length) r.push(r[0]);
  return r;
}

/** The element's geometry as its kind's `mapGeometry` says: its footprint, its segments chained, or its anchor. */
function elementGeometry(e: HallElement, tr: (p: Vec2) => Position): Geometry {
  const k = kindOf(e);
  if (k.mapGeometry === 'area') {
    const fp = k.footprint(e);
    if (fp) return { type: 'Polygon', coordinates: [ring(fp, tr)] };
  } else if (k.mapGeometry === 'line') {
    const segs = k.segments?.(e) ?? [];
    if (segs.length) return { type: 'LineString', coordinates: [segs[0][0], ...segs.map((s) => s[1])].map(tr) };
  }
  return { type: 'Point', coordinates: tr(k.anchor(e)) };
}

export function floorGeoJson(doc: HallDocument, floor: Floor): FloorCollection {
  const g = doc.meta.georef;
  const tr = (p: Vec2): Position => (g ? planToLonLat(g, p) : [p[0], p[1]]);
  const features: Feature[] = [];
  if (floor.outline)
    features.push({ type: 'Feature', id: `${floor.id}-outline`, geometry: { type: 'Polygon', coordinates: [ring(floor.outline, tr)] }, properties: { kind: 'outline' } });
  for (const e of floor.elements) {
    const geometry = elementGeometry(e, tr);
    const { kind, id, ...rest } = e as Record<string, unknown> & { kind: string; id: string };
    const properties: Record<string, unknown> = { kind };
    for (const [k, v] of Object.entries(rest)) if (k !== 'polygon' && k !== 'points' && k !== 'position' && k !== 'a' && k !== 'b') properties[k] = v;
    features.push({ type: 'Feature', id, geometry, properties });
  }
  return {
    type: 'FeatureCollection',
    features,
    'halltwin:floor': { id: floor.id, name: floor.name, storey: floor.storey, elevation: floor.elevation },
    'halltwin:coordinates': g ? 'wgs84' : 'plan-metres',
  };
}

export type HallCollection = FeatureCollection & { 'halltwin:floors': FloorCollection['halltwin:floor'][]; 'halltwin:coordinates': 'wgs84' | 'plan-metres' };

/**
 * The whole hall as one collection: each feature carries its floor's id and storey (`floor`, `storey`), so a GIS
 * filters by floor; the floors are listed in the foreign member `halltwin:floors`.
 */
export function hallGeoJson(doc: HallDocument): HallCollection {
  const floors = doc.floors.map((f) => floorGeoJson(doc, f));
  return {
    type: 'FeatureCollection',
    features: floors.flatMap((fc) =>
      fc.features.map((ft) => ({ ...ft, id: ft.id, properties: { ...ft.properties, floor: fc['halltwin:floor'].id, storey: fc['halltwin:floor'].storey } })),
    ),
    'halltwin:floors': floors.map((fc) => fc['halltwin:floor']),
    'halltwin:coordinates': doc.meta.georef ? 'wgs84' : 'plan-metres',
  };
}

/** One collection per floor, keyed by a file-safe name like `floor-1.geojson`. */
export function exportGeoJson(doc: HallDocument): Map<string, FloorCollection> {
  const out = new Map<string, FloorCollection>();
  for (const f of doc.floors) {
    let name = `floor-${f.storey < 0 ? 'b' + -f.storey : f.storey}.geojson`;
    if (out.has(name)) name = `floor-${f.id.replace(/[^\w.-]/g, '_')}.geojson`;
    out.set(name, floorGeoJson(doc, f));
  }
  return out;
}
