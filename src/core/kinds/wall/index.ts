import { z } from 'zod';
import { BaseFields, PositiveLen, Vec2Schema, defineKind } from '../base';
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

export function wallPolygon(w: Wall): Vec2[] {
  const dir = normalize(sub(w.b, w.a));
  const n: Vec2 = [-dir[1], dir[0]];
  const h = scale(n, w.thickness / 2);
  return [sub(w.a, h), sub(w.b, h), add(w.b, h), add(w.a, h)];
}

export const wallKind = defineKind<Wall>({
  kind: 'wall',
  label: { zh: '墙', en: 'Wall' },
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
  ifc: { to: ['IfcWall'], pset: 'Pset_HallTwinWall', from: ['IfcWall', 'IfcWallStandardCase', 'IfcWallElementedCase'] },
  snap: 'axis',
  mapGeometry: 'line',
  pickRank: 6,
  vertices: (w) => [w.a, w.b],
  moveVertex: (w, i, p) => (i === 0 ? { ...w, a: p } : { ...w, b: p }),
  fields: [
    { key: 'thickness', label: { zh: '厚度', en: 'Thickness' }, type: 'number', min: 0.05, max: 2, step: 0.05, unit: 'm' },
    { key: 'height', label: { zh: '高度', en: 'Height' }, type: 'number', min: 0.1, max: 30, step: 0.1, unit: 'm' },
    { key: 'glazed', label: { zh: '玻璃隔断', en: 'Glazed' }, type: 'bool' },
  ],
});
