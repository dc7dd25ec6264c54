/**
 * What each kind contributes to the nav map page: its slim drawing on the floor map and the destinations citizens
 * search for. One writer per kind in a table keyed by kind; kinds not listed (signs, routes, obstacles) are not drawn.
 */
import type { Vec2 } from '../../core/geometry/vec';
import type { ElementKind, ElementOf } from '../../core/kinds/registry';
import { isExterior } from '../../core/kinds/opening';
import { isStaffZone } from '../../core/kinds/zone';
import { counterTypeTerm, zoneTypeTerm } from '../../core/terms';
import { ENTRANCE_KINDS, POINT_KINDS, type PresetId } from '../../core/vocab';
import type { Destination, MapFloor } from '../../navapp/data';
import { counterName } from '../../core/kinds/counter';
import { shorterEn } from '../../core/zone-short-en';

export const r2 = (v: number) => Math.round(v * 100) / 100;
export const pt = (p: Vec2): Vec2 => [r2(p[0]), r2(p[1])];

/** Where a kind's writer puts things: the floor being drawn, the destination list, links for other floors. */
export interface MapWriter {
  floorId: string;
  mf: MapFloor;
  /** The hall's province: zone and counter types are named in its words (src/core/terms.ts). */
  preset: PresetId | undefined;
  add(d: Omit<Destination, 'py'>): void;
  /** A vertical link drawn on another floor it serves (that floor's map may not exist yet). */
  link(floorId: string, link: MapFloor['links'][number]): void;
  /** English names for rooms that would otherwise share their type's (zone-names-en.ts). */
  zoneEn: ReadonlyMap<string, string>;
}

function centroid(poly: Vec2[]): Vec2 {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const f = poly[j][0] * poly[i][1] - poly[i][0] * poly[j][1];
    a += f;
    x += (poly[j][0] + poly[i][0]) * f;
    y += (poly[j][1] + poly[i][1]) * f;
  }
  if (Math.abs(a) < 1e-9) return poly[0];
  return [x / (3 * a), y / (3 * a)];
}

/**
 * Point items a citizen looks for on the map. Not the records cabinet: it stands in the staff-only records room, which
 * the map draws but never sends a citizen to.
 */
const FINDABLE_POINTS: ReadonlySet<string> = new Set([
  'aed',
  'first-aid-kit',
  'ticket-machine',
  'drinking-water',
  'suggestion-box',
  'self-service-terminal',
  'staff-notice-board',
  'help-phone',
  'wifi-notice',
  'name-board',
]);
const TOILETS: ReadonlySet<string> = new Set(['toilet', 'accessible-toilet', 'mother-baby']);

export const MAP_ELEMENTS: { [K in ElementKind]?: (e: ElementOf<K>, w: MapWriter) => void } = {
  wall: (e, w) => {
    w.mf.walls.push([r2(e.a[0]), r2(e.a[1]), r2(e.b[0]), r2(e.b[1]), r2(e.thickness)]);
  },
  zone: (e, w) => {
    const t = zoneTypeTerm(e.type, w.preset);
    const staff = isStaffZone(e);
    const numbered = w.zoneEn.get(e.id);
    const nameEn = numbered ?? e.nameEn ?? t.en;
    const shortEn = shorterEn(e.type, nameEn, t.en, !!numbered);
    const z = { id: e.id, type: e.type, name: e.name ?? t.zh, nameEn, ...(shortEn ? { shortEn } : {}), polygon: e.polygon.map(pt), staff };
    w.mf.zones.push(z);
    if (staff || e.type === 'circulation' || e.type === 'unclassified') return;
    w.add({
      id: e.id,
      floorId: w.floorId,
      at: pt(centroid(e.polygon)),
      position: pt(centroid(e.polygon)),
      zh: z.name,
      en: z.nameEn,
      groupZh: t.zh,
      groupEn: t.en,
      category: TOILETS.has(e.type) ? 'toilet' : 'zone',
      accessible: e.type === 'accessible-toilet' || undefined,
      kind: e.type,
    });
  },
  counter: (e, w) => {
    w.mf.counters.push({
      id: e.id,
      number: e.number,
      type: e.type,
      position: pt(e.position),
      rotation: e.rotation,
      w: e.top.width,
      d: e.top.depth,
      ...(e.department ? { dept: e.department } : {}),
    });
    const a = (e.rotation * Math.PI) / 180;
    const off = e.top.depth / 2 + 0.7;
    // Citizens stand on the counter's local +y side.
    const at: Vec2 = [e.position[0] - Math.sin(a) * off, e.position[1] + Math.cos(a) * off];
    const t = counterTypeTerm(e.type, w.preset);
    w.mf.counterTypes[e.type] = t;
    const n = e.number ? counterName(e.number) : { zh: t.zh, en: t.en };
    w.add({
      id: e.id,
      floorId: w.floorId,
      at: pt(at),
      position: pt(e.position),
      zh: `${n.zh}（${e.department || t.zh}）`,
      en: `${n.en.replace(/^c/, 'C')} (${t.en})`,
      groupZh: t.zh,
      groupEn: t.en,
      category: 'counter',
      accessible: e.type === 'priority' || undefined,
      kind: e.type,
      num: e.number || undefined,
      dept: e.department || undefined,
    });
  },
  point: (e, w) => {
    if (!FINDABLE_POINTS.has(e.pointKind)) return;
    w.mf.points.push({ id: e.id, kind: e.pointKind, position: pt(e.position) });
    const t = POINT_KINDS[e.pointKind];
    w.add({
      id: e.id,
      floorId: w.floorId,
      at: pt(e.position),
      position: pt(e.position),
      zh: t.zh,
      en: t.en,
      groupZh: t.zh,
      groupEn: t.en,
      category: e.pointKind === 'aed' ? 'aed' : 'facility',
      kind: e.pointKind,
    });
  },
  opening: (e, w) => {
    const t = ENTRANCE_KINDS[e.entrance];
    const nameEn = e.entrance === 'none' || e.entrance === 'staff' ? {} : { nameEn: t.en };
    w.mf.doors.push({ id: e.id, name: e.name, entrance: e.entrance, ...nameEn, position: pt(e.position), rotation: e.rotation, width: e.width });
    if (!isExterior(e) || e.entrance === 'staff') return;
    w.add({
      id: e.id,
      floorId: w.floorId,
      at: pt(e.position),
      position: pt(e.position),
      zh: e.name ?? t.zh,
      en: t.en,
      groupZh: '出入口',
      groupEn: 'Exits',
      category: 'exit',
      kind: e.entrance,
    });
  },
  // A window is drawn as glazing in its wall so the plan reads as the building does; nobody walks to one.
  window: (e, w) => {
    const r = (e.rotation * Math.PI) / 180;
    const h: Vec2 = [(Math.cos(r) * e.width) / 2, (Math.sin(r) * e.width) / 2];
    (w.mf.glazing ??= []).push([r2(e.position[0] - h[0]), r2(e.position[1] - h[1]), r2(e.position[0] + h[0]), r2(e.position[1] + h[1])]);
  },
  vlink: (e, w) => {
    // Stored on its lowest floor but drawn on every floor it serves.
    for (const fid of new Set([w.floorId, ...e.floors])) {
      const link = {
        id: e.id,
        linkKind: e.linkKind,
        name: e.name,
        position: pt(e.position),
        rotation: e.rotation,
        w: e.size.w,
        d: e.size.d,
        accessible: e.accessible || e.linkKind === 'elevator',
      };
      if (fid === w.floorId) w.mf.links.push(link);
      else w.link(fid, link);
    }
  },
};
