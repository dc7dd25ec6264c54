import { z } from 'zod';
import { WALL_TOOLS } from './tools';
import { BaseFields, PositiveLen, Vec2Schema, defineKind, metres } from '../base';
import { baseAndLayout, bool, layout, opt, posLen, vec2 } from '../as-schema-gives';
import { add, rotate, sub, normalize, scale } from '../../geometry/vec';
import type { Vec2 } from '../../geometry/vec';

export const WallSchema = z.object({
  ...BaseFields,
  kind: z.literal('wall'),
  a: Vec2Schema,
  b: Vec2Schema,
  thickness: PositiveLen.default(0.2),
  /** Height above the floor; defaults to the floor height when absent. */
  height: PositiveLen.optional(),
  /** Glazed partition: blocks walking but not sight. */
  glazed: z.boolean().optional(),
});
export type Wall = z.infer<typeof WallSchema>;

const LAYOUT = layout(WallSchema.shape);

export function wallPolygon(w: Wall): Vec2[] {
  const dir = normalize(sub(w.b, w.a));
  const n: Vec2 = [-dir[1], dir[0]];
  const h = scale(n, w.thickness / 2);
  return [sub(w.a, h), sub(w.b, h), add(w.b, h), add(w.a, h)];
}

export const wallKind = defineKind<Wall>({
  kind: 'wall',
  label: { zh: '墙', en: 'Wall' },
  measureWord: '道',
  schema: WallSchema,
  create: (init) => ({ kind: 'wall', a: [0, 0], b: [1, 0], thickness: 0.2, ...init }),
  footprint: (w) => wallPolygon(w),
  segments: (w) => [[w.a, w.b]],
  halfWidth: (w) => w.thickness / 2,
  anchor: (w) => [(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2],
  translate: (w, d) => ({ ...w, a: add(w.a, d), b: add(w.b, d) }),
  rotate: (w, deg, about) => ({ ...w, a: rotate(w.a, deg, about), b: rotate(w.b, deg, about) }),
  blocksWalking: () => true,
  walking: 'blocks',
  sight: (w) => (w.glazed ? 'none' : 'blocks'),
  tools: WALL_TOOLS,
  describe: (w, { own }) => {
    const len = Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]);
    return own ? { zh: `墙 ${own}`, en: `Wall ${own}` } : { zh: `墙（长 ${metres(len)}）`, en: `Wall (${metres(len)} long)` };
  },
  ifc: { to: ['IfcWall'], pset: 'Pset_HallTwinWall', from: ['IfcWall', 'IfcWallStandardCase', 'IfcWallElementedCase'] },
  plan: (w) => ({ shape: 'line', a: w.a, b: w.b, width: w.thickness, colour: '#334155' }),
  asSchemaGives: (w) => baseAndLayout(w, LAYOUT) && vec2(w.a) && vec2(w.b) && posLen(w.thickness) && opt(w.height, posLen) && opt(w.glazed, bool),
  snap: 'axis',
  mapGeometry: 'line',
  pickRank: 6,
  vertices: (w) => [w.a, w.b],
  moveVertex: (w, i, p) => (i === 0 ? { ...w, a: p } : { ...w, b: p }),
  fields: [
    { key: 'thickness', label: { zh: '厚度', en: 'Thickness' }, type: 'number', min: 0.05, max: 2, step: 0.05, unit: 'm' },
    { key: 'height', label: { zh: '高度', en: 'Height' }, type: 'number', min: 0.1, max: 30, step: 0.1, unit: 'm', unsetTakes: 'floor-height' },
    { key: 'glazed', label: { zh: '玻璃隔断', en: 'Glazed' }, type: 'bool' },
  ],
});
