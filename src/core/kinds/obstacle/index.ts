import { z } from 'zod';
import { BaseFields, PolygonSchema, PositiveLen, defineKind } from '../base';
import { baseAndLayout, bool, layout, opt, posLen, simpleRing } from '../as-schema-gives';
import { rotate } from '../../geometry/vec';
import { centroid, translatePolygon } from '../../geometry/polygon';
import { EYE_HEIGHT_M } from '../roles';
import type { Term } from '../../vocab';

/**
 * What a piece of furniture is, where a rule asks for a particular one (a table in a form-filling area). Unset, the
 * rules read it from its height (furniture below eye height is taken for a table).
 */
const FURNITURE_ROLES = {
  table: { zh: '桌子', en: 'Table' },
  cabinet: { zh: '柜子', en: 'Cabinet' },
  column: { zh: '柱子', en: 'Column' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Term>;
type FurnitureRole = keyof typeof FURNITURE_ROLES;
const FURNITURE_ROLE_IDS = Object.keys(FURNITURE_ROLES) as FurnitureRole[];
const furnitureRoles = new Set<string>(FURNITURE_ROLE_IDS);

/** Furniture, columns and other things in the way (IFC furniture and columns import as these). */
export const ObstacleSchema = z.object({
  ...BaseFields,
  kind: z.literal('obstacle'),
  polygon: PolygonSchema,
  height: PositiveLen.default(1.0),
  /** Below eye height: blocks walking but not line of sight. */
  seeThrough: z.boolean().optional(),
  /** What it is (a table, a cabinet …); unset when the plan does not say. */
  role: z.enum(FURNITURE_ROLE_IDS as [FurnitureRole, ...FurnitureRole[]]).optional(),
});
export type Obstacle = z.infer<typeof ObstacleSchema>;

const LAYOUT = layout(ObstacleSchema.shape);

export const obstacleKind = defineKind<Obstacle>({
  kind: 'obstacle',
  label: { zh: '障碍物', en: 'Obstacle' },
  schema: ObstacleSchema,
  create: (init) => ({
    kind: 'obstacle',
    polygon: [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ],
    height: 1,
    ...init,
  }),
  footprint: (o) => o.polygon,
  anchor: (o) => centroid(o.polygon),
  translate: (o, d) => ({ ...o, polygon: translatePolygon(o.polygon, d[0], d[1]) }),
  rotate: (o, deg, about) => ({ ...o, polygon: o.polygon.map((p) => rotate(p, deg, about)) }),
  blocksWalking: () => true,
  walking: 'blocks',
  sight: (o) => (!o.seeThrough && o.height >= EYE_HEIGHT_M ? 'blocks' : 'none'),
  // Reports call it what it usually is: most obstacles are furniture.
  describe: (_, { own }) => ({ zh: own ?? '家具/障碍物', en: own ?? 'Furniture / obstacle' }),
  ifc: { to: ['IfcBuildingElementProxy'], pset: 'Pset_HallTwinObstacle', from: ['IfcFurnishingElement', 'IfcFurniture', 'IfcColumn'] },
  plan: (o) => ({ shape: 'solid', polygon: o.polygon, colour: '#64748b' }),
  asSchemaGives: (o) =>
    baseAndLayout(o, LAYOUT) && simpleRing(o.polygon) && posLen(o.height) && opt(o.seeThrough, bool) && opt(o.role, (v) => typeof v === 'string' && furnitureRoles.has(v)),
  snap: 'outline',
  mapGeometry: 'area',
  pickRank: 5,
  vertices: (o) => o.polygon,
  moveVertex: (o, i, p) => ({ ...o, polygon: o.polygon.map((q, j) => (j === i ? p : q)) }),
  fields: [
    { key: 'name', label: { zh: '名称', en: 'Name' }, type: 'text' },
    { key: 'height', label: { zh: '高度', en: 'Height' }, type: 'number', min: 0.1, max: 10, step: 0.1, unit: 'm' },
    { key: 'seeThrough', label: { zh: '不遮挡视线', en: 'See-through' }, type: 'bool' },
    {
      key: 'role',
      label: { zh: '家具类型', en: 'Furniture type' },
      type: 'enum',
      options: FURNITURE_ROLES,
      unsetLabel: { zh: '未指定（按高度判断）', en: 'Not set (read from its height)' },
    },
  ],
});
