/** IMDF venue, building and levels, and the hall's rooms as units: the features everything else points into. */
import type { Floor, HallDocument } from '../../core/document';
import { insideRing } from '../../core/geometry/ring';
import type { Vec2 } from '../../core/geometry/vec';
import { kindOf } from '../../core/kinds/registry';
import { presetFile } from '../../core/presets';
import { isStaffZone } from '../../core/kinds/zone';
import { zoneTypeTerm } from '../../core/terms';
import type { ZoneType } from '../../core/vocab';
import { type ImdfContext, nameOf } from './imdf-context';
import { numberedZoneNames } from './zone-names-en';

const UNIT_CATEGORY: Record<ZoneType, string> = {
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

/** A floor's outline, else the box around its elements' footprints. */
function extent(f: Floor): Vec2[] {
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
}

const centre = (ring: Vec2[]): Vec2 => [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];

/** Address, venue, building and footprint: the venue is the ground floor's extent. */
export function addVenue(ctx: ImdfContext, doc: HallDocument): void {
  const { uid, ll, poly, feat } = ctx;
  const addressId = uid('address', 'venue');
  const buildingId = uid('building', 'building');
  const ground = doc.floors.find((f) => f.storey === 1) ?? doc.floors[0];
  const venueRing = ground
    ? extent(ground)
    : ([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ] as Vec2[]);
  const name = nameOf(doc.meta.name, doc.meta.nameEn);
  feat('address', addressId, null, {
    address: doc.meta.name,
    unit: null,
    locality: doc.meta.name,
    province: presetFile(doc.meta.preset).iso3166,
    country: 'CN',
    postal_code: null,
    postal_code_ext: null,
    postal_code_vanity: null,
  });
  feat('venue', uid('venue', 'venue'), poly(venueRing), {
    category: 'governmentfacility',
    restriction: null,
    name,
    alt_name: null,
    hours: null,
    phone: null,
    website: null,
    display_point: { type: 'Point', coordinates: ll(centre(venueRing)) },
    address_id: addressId,
  });
  feat('building', buildingId, null, { category: 'unspecified', restriction: null, name, alt_name: null, display_point: null, address_id: addressId });
  feat('footprint', uid('footprint', 'ground'), poly(venueRing), { category: 'ground', name: null, building_ids: [buildingId] });
}

/** One level per floor and a unit per room; returns the unit a plan point on a floor lies in. */
export function addLevelsAndRooms(ctx: ImdfContext, doc: HallDocument): (floorId: string, p: Vec2) => string | undefined {
  const { uid, ll, poly, feat } = ctx;
  const buildingId = uid('building', 'building');
  const unitsByFloor = new Map<string, { id: string; ring: Vec2[] }[]>();
  // Rooms Chinese tells apart and English does not (两个 "Waiting") carry the phone map's numbered names.
  const numbered = numberedZoneNames(doc);
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
      const t = zoneTypeTerm(e.type, doc.meta.preset);
      feat('unit', id, poly(e.polygon), {
        category: UNIT_CATEGORY[e.type],
        restriction: isStaffZone(e) ? 'employeesonly' : null,
        accessibility: e.type === 'accessible-toilet' ? ['wheelchair'] : null,
        name: nameOf(e.name ?? t.zh, numbered.get(e.id) ?? e.nameEn ?? t.en),
        alt_name: null,
        level_id: levelId,
        display_point: { type: 'Point', coordinates: ll(centre(e.polygon)) },
      });
    }
  }
  return (fid, p) => unitsByFloor.get(fid)?.find((u) => insideRing(p, u.ring))?.id;
}
