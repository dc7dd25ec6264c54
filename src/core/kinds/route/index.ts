import { z } from 'zod';
import { ROUTE_TOOLS } from './tools';
import { BaseFields, PositiveLen, Vec2Schema, defineKind } from '../base';
import { add, rotate, type Vec2 } from '../../geometry/vec';

/** An accessible route drawn by hand: a polyline with a clear width. */
export const RouteSchema = z.object({
  ...BaseFields,
  kind: z.literal('route'),
  points: z.array(Vec2Schema).min(2, 'a route needs at least 2 points').max(2000),
  width: PositiveLen.default(1.2),
  accessible: z.boolean().default(true),
});
export type Route = z.infer<typeof RouteSchema>;

export const routeKind = defineKind<Route>({
  kind: 'route',
  label: { zh: '无障碍路线', en: 'Accessible route' },
  schema: RouteSchema,
  create: (init) => ({
    kind: 'route',
    points: [
      [0, 0],
      [1, 0],
    ],
    width: 1.2,
    accessible: true,
    ...init,
  }),
  footprint: () => null,
  halfWidth: (r) => r.width / 2,
  segments: (r) => r.points.slice(1).map((p, i) => [r.points[i], p] as [Vec2, Vec2]),
  anchor: (r) => r.points[Math.floor(r.points.length / 2)],
  translate: (r, d) => ({ ...r, points: r.points.map((p) => add(p, d)) }),
  rotate: (r, deg, about) => ({ ...r, points: r.points.map((p) => rotate(p, deg, about)) }),
  blocksWalking: () => false,
  walking: 'none',
  sight: () => 'none',
  tools: ROUTE_TOOLS,
  ifc: { to: null, why: 'a hand-drawn route is a planning aid with no IFC counterpart; it stays in the .hall.json' },
  plan: () => null,
  snap: 'anchor',
  mapGeometry: 'line',
  pickRank: 7,
  vertices: (r) => r.points,
  moveVertex: (r, i, p) => ({ ...r, points: r.points.map((q, j) => (j === i ? p : q)) }),
  fields: [
    { key: 'width', label: { zh: '净宽', en: 'Clear width' }, type: 'number', min: 0.6, max: 10, step: 0.05, unit: 'm' },
    { key: 'accessible', label: { zh: '无障碍', en: 'Accessible' }, type: 'bool' },
  ],
});
