/**
 * IMDF features for what stands in the rooms: vertical links (a unit on each floor they serve, joined by a
 * relationship), doors as openings, AEDs and machines as amenities, counters as occupants at an anchor (the
 * consultation desk as an information amenity), windows as details (IMDF has no window feature; an Opening is an
 * entrance, which a window is not, and a Detail is the physical object drawn as a line). Each kind's writer is one
 * entry of a table keyed by kind.
 */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { type ElementKind, type ElementOf, kindOf } from '../../core/kinds/registry';
import { counterTypeTerm } from '../../core/terms';
import { POINT_KINDS, type PresetId } from '../../core/vocab';
import { linkTitle } from '../instructions/landmarks-of';
import { type ImdfContext, nameOf } from './imdf-context';

const LINK_UNIT: Record<string, string> = { stair: 'stairs', elevator: 'elevator', escalator: 'escalator', ramp: 'ramp' };
/**
 * IMDF amenity categories of the point kinds a visitor looks for. The self-service terminal and the suggestion box
 * are services IMDF has no narrower word for; the staff notice board is information on a wall; the help phone a
 * service point one calls staff from; the name board over the door a landmark to find the hall by. The records
 * cabinet (staff only) has none.
 */
const AMENITY: Partial<Record<string, string>> = {
  aed: 'defibrillator',
  'first-aid-kit': 'firstaid',
  'ticket-machine': 'ticketing',
  'drinking-water': 'drinkingfountain',
  'wifi-notice': 'wifi',
  'self-service-terminal': 'service',
  'suggestion-box': 'service',
  'help-phone': 'service',
  'staff-notice-board': 'information',
  'name-board': 'landmark',
};

/** Vertical links: a unit on each floor they serve, joined by a relationship. */
export function addVerticalLinks(ctx: ImdfContext, doc: HallDocument): void {
  const { uid, ll, poly, feat } = ctx;
  for (const f of doc.floors)
    for (const e of f.elements) {
      if (e.kind !== 'vlink') continue;
      const fp = kindOf(e).footprint(e)!;
      const served = [...new Set([f.id, ...e.floors])].filter((id) => doc.floors.some((x) => x.id === id));
      const title = linkTitle(doc, e.id);
      const unitIds = served.map((fid) => uid('unit', `${e.id}@${fid}`));
      served.forEach((fid, i) => {
        feat('unit', unitIds[i], poly(fp), {
          category: LINK_UNIT[e.linkKind],
          restriction: null,
          accessibility: e.accessible || e.linkKind === 'elevator' ? ['wheelchair'] : null,
          name: nameOf(title.zh, title.en),
          alt_name: null,
          level_id: uid('level', fid),
          display_point: { type: 'Point', coordinates: ll(e.position) },
        });
      });
      for (let i = 0; i + 1 < served.length; i++) {
        feat('relationship', uid('relationship', `${e.id}#${i}`), null, {
          category: LINK_UNIT[e.linkKind],
          direction: 'undirected',
          origin: { id: unitIds[i], feature_type: 'unit' },
          intermediary: null,
          destination: { id: unitIds[i + 1], feature_type: 'unit' },
          hours: null,
        });
      }
    }
}

interface PlaceArgs {
  ctx: ImdfContext;
  levelId: string;
  /** The hall's province: counter types are named in its words (src/core/terms.ts). */
  preset: PresetId | undefined;
  /** The room unit at a plan point of this floor, if any (amenities and anchors must lie in one). */
  unitAt(p: Vec2): string | undefined;
}

function amenity(a: PlaceArgs, id: string, at: Vec2, unit: string, category: string, name: Record<string, string>): void {
  a.ctx.feat(
    'amenity',
    a.ctx.uid('amenity', id),
    { type: 'Point', coordinates: a.ctx.ll(at) },
    { category, accessibility: null, name, alt_name: null, hours: null, phone: null, website: null, unit_ids: [unit], address_id: null, correlation_id: null },
  );
}

/** The line a door or window spans in its wall, in WGS84. */
function spanLine(ctx: ImdfContext, e: { position: Vec2; rotation: number; width: number }) {
  const r = (e.rotation * Math.PI) / 180;
  const d: Vec2 = [(Math.cos(r) * e.width) / 2, (Math.sin(r) * e.width) / 2];
  return [ctx.ll([e.position[0] - d[0], e.position[1] - d[1]]), ctx.ll([e.position[0] + d[0], e.position[1] + d[1]])];
}

const ENTRANCE_CATEGORY: Partial<Record<string, string>> = { main: 'pedestrian.principal', exit: 'emergencyexit', staff: 'service' };

/** The IMDF writer of each kind that is a place in a room; kinds not listed have no IMDF feature of their own. */
const PLACES: { [K in ElementKind]?: (e: ElementOf<K>, a: PlaceArgs) => void } = {
  window: (e, { ctx, levelId }) => {
    ctx.feat('detail', ctx.uid('detail', e.id), { type: 'LineString', coordinates: spanLine(ctx, e) }, { level_id: levelId });
  },
  opening: (e, { ctx, levelId }) => {
    const line = spanLine(ctx, e);
    ctx.feat(
      'opening',
      ctx.uid('opening', e.id),
      { type: 'LineString', coordinates: line },
      {
        category: ENTRANCE_CATEGORY[e.entrance] ?? 'pedestrian',
        accessibility: e.step > 0 && !e.ramp ? null : ['wheelchair'],
        access_control: null,
        door: null,
        name: e.name ? nameOf(e.name) : null,
        alt_name: null,
        display_point: { type: 'Point', coordinates: ctx.ll(e.position) },
        level_id: levelId,
      },
    );
  },
  point: (e, a) => {
    const category = AMENITY[e.pointKind];
    const unit = category && a.unitAt(e.position);
    if (category && unit) amenity(a, e.id, e.position, unit, category, nameOf(POINT_KINDS[e.pointKind].zh, POINT_KINDS[e.pointKind].en));
  },
  counter: (e, a) => {
    const unit = a.unitAt(e.position);
    if (!unit) return;
    const t = counterTypeTerm(e.type, a.preset);
    const label = e.number ? `${e.number}号窗口 ${t.zh}` : t.zh;
    if (e.type === 'consultation-desk') {
      amenity(a, e.id, e.position, unit, 'information', nameOf(label, t.en));
      return;
    }
    const anchorId = a.ctx.uid('anchor', e.id);
    a.ctx.feat('anchor', anchorId, { type: 'Point', coordinates: a.ctx.ll(e.position) }, { address_id: null, unit_id: unit });
    a.ctx.feat('occupant', a.ctx.uid('occupant', e.id), null, {
      name: nameOf(label, e.number ? `Counter ${e.number} ${t.en}` : t.en),
      category: 'government',
      anchor_id: anchorId,
      hours: null,
      phone: null,
      website: null,
      validity: null,
      correlation_id: null,
    });
  },
};

/** Openings, amenities and occupants of every floor, in element order. */
export function addPlaces(ctx: ImdfContext, doc: HallDocument, unitAt: (floorId: string, p: Vec2) => string | undefined): void {
  for (const f of doc.floors) {
    const args: PlaceArgs = { ctx, levelId: ctx.uid('level', f.id), preset: doc.meta.preset, unitAt: (p) => unitAt(f.id, p) };
    for (const e of f.elements) (PLACES[e.kind] as ((e: unknown, a: PlaceArgs) => void) | undefined)?.(e, args);
  }
}
