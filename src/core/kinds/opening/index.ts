import { z } from 'zod';
import { openingTools } from './tools';
import type { OnWall } from '../roles';
import { Angle, BaseFields, IdSchema, type NamingContext, PositiveLen, Vec2Schema, defineKind, metres } from '../base';
import { add, rotate } from '../../geometry/vec';
import { rectPolygon } from '../../geometry/polygon';
import { ENTRANCE_KINDS, ENTRANCE_KIND_IDS, type EntranceKind } from '../../vocab';
import { angle, baseAndLayout, bool, isId, layout, opt, posLen, vec2, within } from '../as-schema-gives';

export const OpeningSchema = z.object({
  ...BaseFields,
  kind: z.literal('opening'),
  /** The wall it sits in, when placed on one. */
  wallId: IdSchema.optional(),
  /** Centre of the opening in plan. */
  position: Vec2Schema,
  /** Direction of the wall the door sits in, degrees CCW from east. */
  rotation: Angle.default(0),
  /** Clear width. */
  width: PositiveLen.default(1.0),
  height: PositiveLen.default(2.1),
  entrance: z.enum(ENTRANCE_KIND_IDS as [EntranceKind, ...EntranceKind[]]).default('none'),
  /** Door on the building's outside. Entrances main/secondary/exit/24h are exterior by default. */
  exterior: z.boolean().optional(),
  /** Threshold step height at the door (0 = level). */
  step: z.number().min(0).max(2).default(0),
  /** Entrance has a ramp beside its step. */
  ramp: z.boolean().optional(),
  /** Tactile paving (盲道) at the entrance hall. */
  tactilePaving: z.boolean().optional(),
});
export type Opening = z.infer<typeof OpeningSchema>;

const LAYOUT = layout(OpeningSchema.shape);
const entranceKinds = new Set<string>(ENTRANCE_KIND_IDS);

function asSchemaGives(o: Opening): boolean {
  return (
    baseAndLayout(o, LAYOUT) &&
    opt(o.wallId, isId) &&
    vec2(o.position) &&
    angle(o.rotation) &&
    posLen(o.width) &&
    posLen(o.height) &&
    entranceKinds.has(o.entrance) &&
    opt(o.exterior, bool) &&
    within(o.step, 0, 2) &&
    opt(o.ramp, bool) &&
    opt(o.tactilePaving, bool)
  );
}

export function isExterior(o: Opening): boolean {
  return o.exterior ?? (o.entrance === 'main' || o.entrance === 'secondary' || o.entrance === 'exit' || o.entrance === '24h');
}

/** A door by its mark, else by the rooms it joins (or outside) and its width. */
function describeOpening(o: Opening, { own, roomAt, ordinal }: NamingContext): { zh: string; en: string } {
  if (own) return { zh: `门 ${own}（${metres(o.width)}）`, en: `Door ${own} (${metres(o.width)})` };
  const r = ((o.rotation ?? 0) * Math.PI) / 180;
  const n = [-Math.sin(r), Math.cos(r)];
  const side = (k: number) => roomAt([o.position[0] + n[0] * 0.6 * k, o.position[1] + n[1] * 0.6 * k]);
  const a = side(1);
  const b = side(-1);
  const outside = { zh: '室外', en: 'outside' };
  const x = a ?? (o.exterior ? outside : undefined);
  const y = b ?? (o.exterior && a ? outside : undefined);
  const between = x && y ? { zh: `${x.zh}—${y.zh}`, en: `${x.en} – ${y.en}` } : (x ?? y);
  const kind = o.entrance === 'main' ? { zh: '主入口', en: 'Main entrance' } : o.exterior ? { zh: '外门', en: 'Exterior door' } : { zh: '门', en: 'Door' };
  if (between) return { zh: `${kind.zh}（${between.zh}，${metres(o.width)}）`, en: `${kind.en} (${between.en}, ${metres(o.width)})` };
  // Between rooms with no names: its number on the floor tells it from the other doors of that width.
  const mark = ordinal?.() ?? 0;
  const num = mark > 0 ? ` ${mark}` : '';
  return { zh: `${kind.zh}${num}（${metres(o.width)}）`, en: `${kind.en}${num} (${metres(o.width)})` };
}

const openingFootprint = (o: Opening) => rectPolygon(o.position[0], o.position[1], o.width, 0.3, o.rotation);

const createOpening = (init: Partial<Opening> & { id: string }): Opening => ({
  kind: 'opening',
  position: [0, 0],
  rotation: 0,
  width: 1,
  height: 2.1,
  entrance: 'none',
  step: 0,
  ...init,
});
const putInWall = (o: Opening, on: OnWall): Opening => ({ ...o, wallId: on.wallId, position: on.at, rotation: on.angle });

export const openingKind = defineKind<Opening>({
  kind: 'opening',
  label: { zh: '门', en: 'Door' },
  measureWord: '扇',
  schema: OpeningSchema,
  create: createOpening,
  footprint: openingFootprint,
  anchor: (o) => o.position,
  translate: (o, d) => ({ ...o, position: add(o.position, d), wallId: undefined }),
  rotate: (o, deg, about) => ({ ...o, position: rotate(o.position, deg, about), rotation: o.rotation + deg }),
  blocksWalking: () => false,
  walking: 'opens',
  passage: (o) => ({ at: o.position, width: o.width, host: o.wallId, rotation: o.rotation, staffOnly: o.entrance === 'staff', step: o.ramp ? 0 : o.step }),
  sight: (o) => ({ at: o.position, width: o.width, host: o.wallId }),
  usedByCitizens: (o) => o.entrance === 'main' || o.entrance === 'secondary',
  inWall: { width: (o) => o.width, put: putInWall },
  tools: openingTools((id, o) => createOpening({ id, width: o.doorWidth ?? 1, entrance: o.entrance ?? 'none' }), putInWall),
  describe: describeOpening,
  ifc: { to: ['IfcDoor'], pset: 'Pset_HallTwinDoor', from: ['IfcDoor'] },
  plan: (o) => ({ shape: 'dot', at: o.position, radius: Math.max(o.width / 2, 0.3), polygon: openingFootprint(o), colour: '#16a34a' }),
  refs: [{ key: 'wallId', host: true, kind: 'wall', says: { zh: '门所在的', en: 'door sits in' } }],
  asSchemaGives,
  snap: 'anchor',
  mapGeometry: 'point',
  pickRank: 3,
  fields: [
    { key: 'width', label: { zh: '净宽', en: 'Clear width' }, type: 'number', min: 0.5, max: 10, step: 0.05, unit: 'm' },
    { key: 'entrance', label: { zh: '出入口类型', en: 'Entrance kind' }, type: 'enum', options: ENTRANCE_KINDS },
    { key: 'step', label: { zh: '门槛高差', en: 'Threshold step' }, type: 'number', min: 0, max: 1, step: 0.01, unit: 'm' },
    { key: 'ramp', label: { zh: '设坡道', en: 'Has ramp' }, type: 'bool' },
    { key: 'tactilePaving', label: { zh: '盲道', en: 'Tactile paving' }, type: 'bool' },
    { key: 'exterior', label: { zh: '外门', en: 'Exterior' }, type: 'bool', implied: 'exterior-door' },
  ],
});
