import { z } from 'zod';
import { counterTypeTerm } from '../../terms';
import { COUNTER_TOOLS } from './tools';
import { Angle, BaseFields, PositiveLen, TextSchema, Vec2Schema, defineKind } from '../base';
import { add, rotate, type Vec2 } from '../../geometry/vec';
import { rectPolygon, type Polygon } from '../../geometry/polygon';
import { COUNTER_TYPES, COUNTER_TYPE_IDS, type CounterType } from '../../vocab';

export const CounterSchema = z.object({
  ...BaseFields,
  kind: z.literal('counter'),
  type: z.enum(COUNTER_TYPE_IDS as [CounterType, ...CounterType[]]),
  /** Window number shown to citizens, e.g. "A05". */
  number: TextSchema.default(''),
  department: TextSchema.optional(),
  /** Centre of the work top. */
  position: Vec2Schema,
  /** Degrees CCW from east of the counter's local +x (along its width); citizens stand on local +y. */
  rotation: Angle.default(0),
  top: z
    .object({
      width: PositiveLen.default(0.9),
      depth: PositiveLen.default(0.6),
      height: PositiveLen.default(0.75),
    })
    .default({ width: 0.9, depth: 0.6, height: 0.75 }),
  /** Low accessible counter (top 0.70–0.85 m). */
  low: z.boolean().default(false),
  kneeSpace: z.boolean().default(false),
  /** Furniture style id; counter.uniform compares it. */
  style: TextSchema.default('standard'),
  oneMetreLine: z.object({ enabled: z.boolean().default(true), distance: z.number().min(0).max(5).default(1.0) }).default({ enabled: true, distance: 1.0 }),
});
export type Counter = z.infer<typeof CounterSchema>;

/** Furniture styles the inspector names; a file may hold others, which the inspector still shows as they are. */
const COUNTER_STYLES = {
  standard: { zh: '标准款', en: 'Standard' },
  compact: { zh: '紧凑款', en: 'Compact' },
  open: { zh: '开放式', en: 'Open desk' },
} as const;

const toPlan = (c: Counter, local: Vec2): Vec2 => add(c.position, rotate(local, c.rotation));

/** Front edge (citizen side), left to right as the citizen sees it reversed; and the outward normal. */
export function counterFront(c: Counter): { a: Vec2; b: Vec2; normal: Vec2 } {
  const hw = c.top.width / 2;
  const hd = c.top.depth / 2;
  return { a: toPlan(c, [-hw, hd]), b: toPlan(c, [hw, hd]), normal: rotate([0, 1], c.rotation) };
}

/** Where the citizen stands to be served: the middle of the front edge pushed out by `gap`. */
export function counterServicePoint(c: Counter, gap = 0.5): Vec2 {
  return toPlan(c, [0, c.top.depth / 2 + gap]);
}

/** The 1-metre line as drawn on the floor, parallel to the front at `distance`. */
export function oneMetreLine(c: Counter): [Vec2, Vec2] {
  const hw = c.top.width / 2;
  const y = c.top.depth / 2 + c.oneMetreLine.distance;
  return [toPlan(c, [-hw, y]), toPlan(c, [hw, y])];
}

/** The strip between the counter front and its 1-metre line, which must stay clear. */
export function oneMetreStrip(c: Counter, distance = c.oneMetreLine.distance): Polygon {
  const hw = c.top.width / 2;
  const y0 = c.top.depth / 2;
  return [toPlan(c, [-hw, y0]), toPlan(c, [hw, y0]), toPlan(c, [hw, y0 + distance]), toPlan(c, [-hw, y0 + distance])];
}

const counterFootprint = (c: Counter): Polygon => rectPolygon(c.position[0], c.position[1], c.top.width, c.top.depth, c.rotation);

/** "05" → "5号窗口"; "A05" → "A05窗口". */
export function counterName(num: string): { zh: string; en: string } {
  // "05" is said "5号窗口", but the desk numbered "00" is said as its sign reads: "0号窗口" names no desk in the hall.
  const n = /^\d+$/.test(num) && Number(num) > 0 ? String(Number(num)) : num;
  return { zh: /^\d+$/.test(num) ? `${n}号窗口` : `${n}窗口`, en: `counter ${n}` };
}

export const counterKind = defineKind<Counter>({
  kind: 'counter',
  label: { zh: '窗口', en: 'Counter' },
  schema: CounterSchema,
  create: (init) => ({
    kind: 'counter',
    type: 'general-intake',
    number: '',
    position: [0, 0],
    rotation: 0,
    top: { width: 0.9, depth: 0.6, height: 0.75 },
    low: false,
    kneeSpace: false,
    style: 'standard',
    oneMetreLine: { enabled: true, distance: 1.0 },
    ...init,
  }),
  footprint: counterFootprint,
  anchor: (c) => c.position,
  translate: (c, d) => ({ ...c, position: add(c.position, d) }),
  rotate: (c, deg, about) => ({ ...c, position: rotate(c.position, deg, about), rotation: c.rotation + deg }),
  blocksWalking: () => true,
  walking: 'blocks',
  sight: () => 'none',
  landmark: (c, { preset }) => {
    const t = counterTypeTerm(c.type, preset);
    return { name: c.number ? counterName(c.number) : { zh: t.zh, en: t.en.toLowerCase() }, rank: 2, at: c.position };
  },
  destination: () => true,
  planLabel: (c) => (c.number ? { kind: 'counter', text: c.number, at: c.position } : null),
  tools: COUNTER_TOOLS,
  describe: (c, { own }) =>
    c.number
      ? { zh: `${c.number} 号窗口${own ? `（${own}）` : ''}`, en: `Counter ${c.number}${own ? ` (${own})` : ''}` }
      : { zh: own ?? '未编号窗口', en: own ?? 'Unnumbered counter' },
  ifc: { to: ['IfcFurniture'], pset: 'Pset_HallTwinCounter', from: [] },
  plan: (c) => ({ shape: 'solid', polygon: counterFootprint(c), colour: '#c2410c' }),
  variant: (c) => c.type,
  snap: 'anchor',
  mapGeometry: 'point',
  pickRank: 2,
  fields: [
    { key: 'number', label: { zh: '窗口号', en: 'Number' }, type: 'text' },
    { key: 'type', label: { zh: '窗口类型', en: 'Counter type' }, type: 'enum', options: COUNTER_TYPES, vocabulary: 'counter' },
    { key: 'department', label: { zh: '部门', en: 'Department' }, type: 'text' },
    { key: 'rotation', label: { zh: '朝向', en: 'Rotation' }, type: 'number', step: 15, unit: 'deg' },
    { key: 'top.width', label: { zh: '台面宽度', en: 'Top width' }, type: 'number', min: 0.3, max: 3, step: 0.05, unit: 'm' },
    { key: 'top.depth', label: { zh: '台面进深', en: 'Top depth' }, type: 'number', min: 0.3, max: 2, step: 0.05, unit: 'm' },
    { key: 'top.height', label: { zh: '台面高度', en: 'Top height' }, type: 'number', min: 0.5, max: 1.3, step: 0.01, unit: 'm' },
    { key: 'low', label: { zh: '低位窗口', en: 'Low counter' }, type: 'bool' },
    { key: 'kneeSpace', label: { zh: '容膝空间', en: 'Knee space' }, type: 'bool' },
    { key: 'style', label: { zh: '样式', en: 'Style' }, type: 'enum', options: COUNTER_STYLES },
    { key: 'oneMetreLine.enabled', label: { zh: '一米线', en: '1-metre line' }, type: 'bool' },
    { key: 'oneMetreLine.distance', label: { zh: '一米线距离', en: 'Line distance' }, type: 'number', min: 0, max: 3, step: 0.05, unit: 'm' },
  ],
});
