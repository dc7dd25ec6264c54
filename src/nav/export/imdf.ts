/**
 * IMDF 1.0.0 archive (Apple Indoor Mapping Data Format, OGC Community Standard 20-094): a zip of manifest.json and
 * one GeoJSON FeatureCollection per feature type. Coordinates are WGS84 from doc.meta.georef (see georef.ts);
 * polygons are counter-clockwise (RFC 7946 right-hand rule). Ids are stable UUIDs derived from the hall and our ids.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Floor, HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { kindOf } from '../../core/kinds/registry';
import { isStaffZone } from '../../core/kinds/zone';
import { COUNTER_TYPES, LINK_KINDS, POINT_KINDS, ZONE_TYPES, type ZoneType } from '../../core/vocab';
import { planToLonLat } from './georef';
import { stableUuid } from './uuid';
import { insideRing } from '../../core/geometry/ring';

export const IMDF_FEATURE_TYPES = ['address', 'venue', 'building', 'footprint', 'level', 'unit', 'opening', 'amenity', 'anchor', 'occupant', 'relationship'] as const;
export type ImdfFeatureType = (typeof IMDF_FEATURE_TYPES)[number];

export const UNIT_CATEGORY: Record<ZoneType, string> = {
  consultation: 'lobby',
  'counter-service': 'room',
  'self-service': 'room',
  'self-service-24h': 'room',
  'form-filling': 'room',
  'gov-disclosure': 'room',
  waiting: 'waitingroom',
  complaint: 'room',
  'business-services': 'room',
  'enterprise-services': 'room',
  certificate: 'room',
  convenience: 'room',
  culture: 'room',
  'mother-baby': 'mothersroom',
  toilet: 'restroom',
  'accessible-toilet': 'restroom.unisex.wheelchair',
  mediation: 'room',
  circulation: 'walkway',
  specialist: 'room',
  'back-office': 'office',
  records: 'storage',
  'it-room': 'serverroom',
  support: 'nonpublic',
  meeting: 'conferenceroom',
  unclassified: 'unspecified',
};
const LINK_UNIT: Record<string, string> = { stair: 'stairs', elevator: 'elevator', escalator: 'escalator', ramp: 'ramp' };
const AMENITY: Partial<Record<string, string>> = { aed: 'defibrillator', 'first-aid-kit': 'firstaid', 'ticket-machine': 'ticketing' };
const PROVINCE: Record<string, string> = { hunan: 'CN-HN', hainan: 'CN-HI', jiangxi: 'CN-JX' };

export type ImdfArchive = Record<ImdfFeatureType, FeatureCollection> & { manifest: Record<string, unknown> };

function ccw(ring: Position[]): Position[] {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a < 0 ? ring.slice().reverse() : ring;
}

const nameOf = (zh: string, en?: string): Record<string, string> => (en ? { 'zh-CN': zh, en } : { 'zh-CN': zh });

/** The archive as objects (tests and the validator read this); `exportImdf` zips it. */
export function buildImdf(doc: HallDocument, now = new Date()): ImdfArchive {
  const g = doc.meta.georef;
  if (!g) throw new Error("IMDF export needs a georeference: set the hall's origin latitude/longitude and rotation (meta.georef) first");
  const seed = doc.meta.source?.projectGlobalId ?? doc.meta.name;
  const uid = (type: string, id: string) => stableUuid(`${seed}|${type}|${id}`);
  const ll = (p: Vec2): Position => planToLonLat(g, p).map((v) => Math.round(v * 1e9) / 1e9);
  const poly = (ring: Vec2[]): Geometry => {
    const r = ring.map(ll);
    r.push(r[0]);
    return { type: 'Polygon', coordinates: [ccw(r)] };
  };
  const out = Object.fromEntries(IMDF_FEATURE_TYPES.map((t) => [t, [] as Feature[]])) as Record<ImdfFeatureType, Feature[]>;
  const feat = (type: ImdfFeatureType, id: string, geometry: Geometry | null, properties: Record<string, unknown>) => {
    out[type].push({ type: 'Feature', id, feature_type: type, geometry, properties } as Feature);
  };

  const addressId = uid('address', 'venue');
  const venueId = uid('venue', 'venue');
  const buildingId = uid('building', 'building');
  const ground = doc.floors.find((f) => f.storey === 1) ?? doc.floors[0];
  const extent = (f: Floor): Vec2[] => {
    if (f.outline) return f.outline;
    const pts = f.elements.flatMap((e) => kindOf(e).footprint(e) ?? []);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return [
      [Math.min(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.max(...ys)],
      [Math.min(...xs), Math.max(...ys)],
    ];
  };
  const venueRing = ground
    ? extent(ground)
    : ([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ] as Vec2[]);
  const centre = (ring: Vec2[]): Vec2 => [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];

  feat('address', addressId, null, {
    address: doc.meta.name,
    unit: null,
    locality: doc.meta.name,
    province: PROVINCE[doc.meta.preset] ?? null,
    country: 'CN',
    postal_code: null,
    postal_code_ext: null,
    postal_code_vanity: null,
  });
  feat('venue', venueId, poly(venueRing), {
    category: 'governmentfacility',
    restriction: null,
    name: nameOf(doc.meta.name, doc.meta.nameEn),
    alt_name: null,
    hours: null,
    phone: null,
    website: null,
    display_point: { type: 'Point', coordinates: ll(centre(venueRing)) },
    address_id: addressId,
  });
  feat('building', buildingId, null, {
    category: 'unspecified',
    restriction: null,
    name: nameOf(doc.meta.name, doc.meta.nameEn),
    alt_name: null,
    display_point: null,
    address_id: addressId,
  });
  feat('footprint', uid('footprint', 'ground'), poly(venueRing), { category: 'ground', name: null, building_ids: [buildingId] });

  const unitsByFloor = new Map<string, { id: string; ring: Vec2[] }[]>();
  const linkUnit = new Map<string, string>();
  for (const f of doc.floors) {
    const levelId = uid('level', f.id);
    const ring = extent(f);
    feat('level', levelId, poly(ring), {
      category: 'unspecified',
      restriction: null,
      outdoor: false,
      ordinal: f.storey > 0 ? f.storey - 1 : f.storey,
      name: nameOf(f.name, `Floor ${f.storey}`),
      short_name: nameOf(f.storey > 0 ? `${f.storey}F` : `B${-f.storey}`),
      display_point: { type: 'Point', coordinates: ll(centre(ring)) },
      address_id: null,
      building_ids: [buildingId],
    });
    const units: { id: string; ring: Vec2[] }[] = [];
    unitsByFloor.set(f.id, units);
    for (const e of f.elements) {
      if (e.kind !== 'zone') continue;
      const id = uid('unit', e.id);
      units.push({ id, ring: e.polygon });
      feat('unit', id, poly(e.polygon), {
        category: UNIT_CATEGORY[e.type],
        restriction: isStaffZone(e) ? 'employeesonly' : null,
        accessibility: e.type === 'accessible-toilet' ? ['wheelchair'] : null,
        name: nameOf(e.name ?? ZONE_TYPES[e.type].zh, e.nameEn ?? ZONE_TYPES[e.type].en),
        alt_name: null,
        level_id: levelId,
        display_point: { type: 'Point', coordinates: ll(centre(e.polygon)) },
      });
    }
  }
  // Vertical links: a unit on each floor they serve, joined by a relationship.
  for (const f of doc.floors)
    for (const e of f.elements) {
      if (e.kind !== 'vlink') continue;
      const fp = kindOf(e).footprint(e)!;
      const served = [...new Set([f.id, ...e.floors])].filter((id) => doc.floors.some((x) => x.id === id));
      for (const fid of served) {
        const id = uid('unit', `${e.id}@${fid}`);
        linkUnit.set(`${e.id}@${fid}`, id);
        feat('unit', id, poly(fp), {
          category: LINK_UNIT[e.linkKind],
          restriction: null,
          accessibility: e.accessible || e.linkKind === 'elevator' ? ['wheelchair'] : null,
          name: nameOf(e.name ?? LINK_KINDS[e.linkKind].zh, LINK_KINDS[e.linkKind].en),
          alt_name: null,
          level_id: uid('level', fid),
          display_point: { type: 'Point', coordinates: ll(e.position) },
        });
      }
      for (let i = 0; i + 1 < served.length; i++) {
        feat('relationship', uid('relationship', `${e.id}#${i}`), null, {
          category: LINK_UNIT[e.linkKind],
          direction: 'undirected',
          origin: { id: linkUnit.get(`${e.id}@${served[i]}`), feature_type: 'unit' },
          intermediary: null,
          destination: { id: linkUnit.get(`${e.id}@${served[i + 1]}`), feature_type: 'unit' },
          hours: null,
        });
      }
    }
  const unitAt = (fid: string, p: Vec2) => unitsByFloor.get(fid)?.find((u) => insideRing(p, u.ring))?.id;
  for (const f of doc.floors) {
    const levelId = uid('level', f.id);
    for (const e of f.elements) {
      if (e.kind === 'opening') {
        const a = (e.rotation * Math.PI) / 180;
        const d: Vec2 = [(Math.cos(a) * e.width) / 2, (Math.sin(a) * e.width) / 2];
        const category = e.entrance === 'main' ? 'pedestrian.principal' : e.entrance === 'exit' ? 'emergencyexit' : e.entrance === 'staff' ? 'service' : 'pedestrian';
        feat(
          'opening',
          uid('opening', e.id),
          { type: 'LineString', coordinates: [ll([e.position[0] - d[0], e.position[1] - d[1]]), ll([e.position[0] + d[0], e.position[1] + d[1]])] },
          {
            category,
            accessibility: e.step > 0 && !e.ramp ? null : ['wheelchair'],
            access_control: null,
            door: null,
            name: e.name ? nameOf(e.name) : null,
            alt_name: null,
            display_point: { type: 'Point', coordinates: ll(e.position) },
            level_id: levelId,
          },
        );
      } else if (e.kind === 'point' && AMENITY[e.pointKind]) {
        const unit = unitAt(f.id, e.position);
        if (!unit) continue;
        feat(
          'amenity',
          uid('amenity', e.id),
          { type: 'Point', coordinates: ll(e.position) },
          {
            category: AMENITY[e.pointKind],
            accessibility: null,
            name: nameOf(POINT_KINDS[e.pointKind].zh, POINT_KINDS[e.pointKind].en),
            alt_name: null,
            hours: null,
            phone: null,
            website: null,
            unit_ids: [unit],
            address_id: null,
            correlation_id: null,
          },
        );
      } else if (e.kind === 'counter') {
        const unit = unitAt(f.id, e.position);
        if (!unit) continue;
        const t = COUNTER_TYPES[e.type];
        const label = e.number ? `${e.number}号窗口 ${t.zh}` : t.zh;
        if (e.type === 'consultation-desk') {
          feat(
            'amenity',
            uid('amenity', e.id),
            { type: 'Point', coordinates: ll(e.position) },
            {
              category: 'information',
              accessibility: null,
              name: nameOf(label, t.en),
              alt_name: null,
              hours: null,
              phone: null,
              website: null,
              unit_ids: [unit],
              address_id: null,
              correlation_id: null,
            },
          );
          continue;
        }
        const anchorId = uid('anchor', e.id);
        feat('anchor', anchorId, { type: 'Point', coordinates: ll(e.position) }, { address_id: null, unit_id: unit });
        feat('occupant', uid('occupant', e.id), null, {
          name: nameOf(label, e.number ? `Counter ${e.number} ${t.en}` : t.en),
          category: 'government',
          anchor_id: anchorId,
          hours: null,
          phone: null,
          website: null,
          validity: null,
          correlation_id: null,
        });
      }
    }
  }
  const archive = Object.fromEntries(IMDF_FEATURE_TYPES.map((t) => [t, { type: 'FeatureCollection', features: out[t] }])) as unknown as ImdfArchive;
  archive.manifest = { version: '1.0.0', created: now.toISOString(), generated_by: 'HallTwin', language: 'zh-CN', extensions: null };
  return archive;
}

export function zipImdf(a: Record<string, unknown>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(a)) files[k === 'manifest' ? 'manifest.json' : `${k}.geojson`] = strToU8(JSON.stringify(v));
  return zipSync(files, { level: 6 });
}

export function exportImdf(doc: HallDocument): Uint8Array {
  return zipImdf(buildImdf(doc));
}
