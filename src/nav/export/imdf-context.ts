/** What every IMDF feature writer shares: the feature types, stable ids, WGS84 positions, names. */
import type { Feature, Geometry, Position } from 'geojson';
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { planToLonLat } from './georef';
import { stableUuid } from './uuid';

export const IMDF_FEATURE_TYPES = ['address', 'venue', 'building', 'footprint', 'level', 'unit', 'opening', 'detail', 'amenity', 'anchor', 'occupant', 'relationship'] as const;
export type ImdfFeatureType = (typeof IMDF_FEATURE_TYPES)[number];

function ccw(ring: Position[]): Position[] {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a < 0 ? ring.slice().reverse() : ring;
}

export const nameOf = (zh: string, en?: string): Record<string, string> => (en ? { 'zh-CN': zh, en } : { 'zh-CN': zh });

/** What every feature writer shares: stable ids, WGS84 positions, and the collections being filled. */
export interface ImdfContext {
  uid(type: string, id: string): string;
  ll(p: Vec2): Position;
  poly(ring: Vec2[]): Geometry;
  feat(type: ImdfFeatureType, id: string, geometry: Geometry | null, properties: Record<string, unknown>): void;
}

export function imdfContext(doc: HallDocument, out: Record<ImdfFeatureType, Feature[]>): ImdfContext {
  const g = doc.meta.georef;
  if (!g) throw new Error("IMDF export needs a georeference: set the hall's origin latitude/longitude and rotation (meta.georef) first");
  const seed = doc.meta.source?.projectGlobalId ?? doc.meta.name;
  const ll = (p: Vec2): Position => planToLonLat(g, p).map((v) => Math.round(v * 1e9) / 1e9);
  return {
    uid: (type, id) => stableUuid(`${seed}|${type}|${id}`),
    ll,
    poly: (ring) => {
      const r = ring.map(ll);
      r.push(r[0]);
      return { type: 'Polygon', coordinates: [ccw(r)] };
    },
    feat: (type, id, geometry, properties) => {
      out[type].push({ type: 'Feature', id, feature_type: type, geometry, properties } as Feature);
    },
  };
}
