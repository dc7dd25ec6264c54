import { z } from 'zod';
import { BaseFields, PolygonSchema, PositiveLen, defineKind } from '../base';
import { baseAndLayout, bool, layout, opt, posLen, simpleRing } from '../as-schema-gives';
import { rotate } from '../../geometry/vec';
import { centroid, translatePolygon } from '../../geometry/polygon';
import { EYE_HEIGHT_M } from '../roles';

/** Furniture, columns and other things in the way (IFC furniture and columns import as these). */
export const ObstacleSchema = z.object({
  ...BaseFields,
  kind: z.literal('obstacle'),
  polygon: PolygonSchema,
  height: PositiveLen.default(1.0),
  /** Below eye height: blocks walking but not line of sight. */
  seeThrough: z.boolean().optional(),
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
  asSchemaGives: (o) => baseAndLayout(o, LAYOUT) && simpleRing(o.polygon) && posLen(o.height) && opt(o.seeThrough, bool),
  snap: 'outline',
  mapGeometry: 'area',
  pickRank: 5,
  vertices: (o) => o.polygon,
  moveVertex: (o, i, p) => ({ ...o, polygon: o.polygon.map((q, j) => (j === i ? p : q)) }),
  fields: [
    { key: 'name', label: { zh: '名称', en: 'Name' }, type: 'text' },
    { key: 'height', label: { zh: '高度', en: 'Height' }, type: 'number', min: 0.1, max: 10, step: 0.1, unit: 'm' },
    { key: 'seeThrough', label: { zh: '不遮挡视线', en: 'See-through' }, type: 'bool' },
  ],
});
