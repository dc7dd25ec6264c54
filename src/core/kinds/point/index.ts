import { z } from 'zod';
import { POINT_TOOLS } from './tools';
import { Angle, BaseFields, IdSchema, Vec2Schema, defineKind } from '../base';
import { add, rotate } from '../../geometry/vec';
import { rectPolygon, type Polygon } from '../../geometry/polygon';
import { POINT_KINDS, POINT_KIND_IDS, type PointKind } from '../../vocab';

export const PointSchema = z.object({
  ...BaseFields,
  kind: z.literal('point'),
  pointKind: z.enum(POINT_KIND_IDS as [PointKind, ...PointKind[]]),
  position: Vec2Schema,
  rotation: Angle.default(0),
  /** Seats: how many seats in this row. */
  count: z.number().int().min(1).max(200).default(1),
  priority: z.boolean().optional(),
  wheelchair: z.boolean().optional(),
  /** Evaluator: the counter it belongs to. */
  counterId: IdSchema.optional(),
});
export type Point = z.infer<typeof PointSchema>;

const FLOOR_STANDING: ReadonlySet<PointKind> = new Set<PointKind>(['seat', 'ticket-machine', 'drinking-water', 'self-service-terminal', 'records-cabinet']);

const SEATS_ONLY = { key: 'pointKind', values: ['seat'] } as const;

/** Physical size in plan (metres) by kind; seats grow with their count. */
export function pointSize(p: Point): [number, number] {
  switch (p.pointKind) {
    case 'seat':
      return [0.55 * p.count, 0.55];
    case 'ticket-machine':
      return [0.6, 0.5];
    case 'aed':
      return [0.45, 0.25];
    case 'fire-extinguisher':
    case 'first-aid-kit':
      return [0.35, 0.25];
    case 'drinking-water':
      return [0.4, 0.4];
    case 'self-service-terminal':
      return [0.7, 0.6];
    case 'records-cabinet':
      return [0.9, 0.45];
    case 'suggestion-box':
      return [0.4, 0.2];
    case 'staff-notice-board':
    case 'wifi-notice':
      return [0.8, 0.05];
    case 'name-board':
      return [2, 0.1];
    case 'help-phone':
      return [0.3, 0.1];
    default:
      return [0.2, 0.2];
  }
}

export function pointFootprint(p: Point): Polygon {
  const [w, d] = pointSize(p);
  return rectPolygon(p.position[0], p.position[1], w, d, p.rotation);
}

export const pointKind = defineKind<Point>({
  kind: 'point',
  label: { zh: '设施点', en: 'Point item' },
  schema: PointSchema,
  create: (init) => ({ kind: 'point', pointKind: 'aed', position: [0, 0], rotation: 0, count: 1, ...init }),
  footprint: pointFootprint,
  anchor: (p) => p.position,
  translate: (p, d) => ({ ...p, position: add(p.position, d) }),
  rotate: (p, deg, about) => ({ ...p, position: rotate(p.position, deg, about), rotation: p.rotation + deg }),
  // Seats, machines and cabinets stand on the floor in the way; wall-mounted items (AED, CCTV, kits, boards) do not.
  blocksWalking: (p) => FLOOR_STANDING.has(p.pointKind),
  walking: 'blocks',
  sight: () => 'none',
  // What one sees and names at a turn; seats and cameras are everywhere and name nothing.
  landmark: (p) =>
    p.pointKind === 'aed' || p.pointKind === 'ticket-machine'
      ? { name: { zh: POINT_KINDS[p.pointKind].zh, en: `the ${POINT_KINDS[p.pointKind].en.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}` }, rank: 1, at: p.position }
      : null,
  tools: POINT_TOOLS,
  describe: (p, { own }) => ({ zh: `${POINT_KINDS[p.pointKind].zh}${own ? ` ${own}` : ''}`, en: `${POINT_KINDS[p.pointKind].en}${own ? ` ${own}` : ''}` }),
  ifc: { to: ['IfcBuildingElementProxy'], pset: 'Pset_HallTwinPoint', from: [] },
  // Seats are furniture a plan shows; wall-mounted items would be specks at report scale.
  plan: (p) => (p.pointKind === 'seat' ? { shape: 'solid', polygon: pointFootprint(p), colour: '#64748b' } : null),
  refs: [{ key: 'counterId', pickedAfter: ['counter'] }],
  variant: (p) => p.pointKind,
  idPrefix: (p) => p.pointKind,
  snap: 'anchor',
  mapGeometry: 'point',
  pickRank: 0,
  fields: [
    { key: 'pointKind', label: { zh: '类型', en: 'Kind' }, type: 'enum', options: POINT_KINDS },
    { key: 'count', label: { zh: '座位数', en: 'Seats' }, type: 'number', min: 1, max: 200, step: 1, unit: '', onlyWhen: SEATS_ONLY },
    { key: 'priority', label: { zh: '爱心专座', en: 'Priority seat' }, type: 'bool', onlyWhen: SEATS_ONLY },
    { key: 'wheelchair', label: { zh: '轮椅位', en: 'Wheelchair space' }, type: 'bool', onlyWhen: SEATS_ONLY },
    { key: 'rotation', label: { zh: '朝向', en: 'Rotation' }, type: 'number', step: 15, unit: 'deg' },
  ],
});
