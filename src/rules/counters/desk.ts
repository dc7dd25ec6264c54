/** Desk dimensions: height and size in the preset's range, all desks alike, and at least one low accessible desk. */
import type { ElementOf, HallElement } from '../../core/kinds/registry';
import { kindOf } from '../../core/kinds/registry';
import { counterServicePoint } from '../../core/kinds/counter';
import { cachedBBox, distToPolygon } from '../../core/geometry/polygon';
import { distToSegment, type Vec2 } from '../../core/geometry/vec';
import { elementDiff } from '../../core/element-diff';
// Past as many changed elements as a raster is patched for, the floor is measured again.
import { MAX_PATCH_CHANGES } from '../../nav/raster-patch';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../define';
import { all, atLeast, atMost, finding, fmtLimit, fmtMeasured, num, hallFloorId } from '../util';

type Counter = ElementOf<'counter'>;
const label = (c: Counter) => c.number || c.id;

function range(ctx: RuleContext, c: Counter, floorId: string, rule: string, value: number, min: number, max: number, what: [string, string]): Finding | undefined {
  if (atLeast(ctx, value, min) && atMost(ctx, value, max)) return undefined;
  const shown = fmtMeasured(value, value < min ? min : max);
  return finding(rule, ctx, {
    elementIds: [c.id],
    floorId,
    at: c.position,
    disc: what[1],
    zh: `${label(c)}号窗口台面${what[0]} ${shown} m，应在 ${fmtLimit(min)}–${fmtLimit(max)} m`,
    en: `Counter ${label(c)} top ${what[1]} is ${shown} m; should be ${fmtLimit(min)}–${fmtLimit(max)} m`,
    data: { valueM: value, minM: min, maxM: max },
  });
}

export const counterDeskHeight = defineRule({
  id: 'counter.desk-height',
  group: 'counters',
  title: { zh: '窗口台面高度', en: 'Counter top height' },
  scope: 'floor',
  reads: ['counter'],
  params: ['deskHeightMinM', 'deskHeightMaxM', 'toleranceM'],
  check(ctx) {
    const out: Finding[] = [];
    // The consultation desk stands in the consultation area, not among the 窗口 work tops the clause sizes.
    for (const c of ctx.floor!.elements)
      if (c.kind === 'counter' && !c.low && c.type !== 'consultation-desk') {
        const f = range(ctx, c, ctx.floor!.id, 'counter.desk-height', c.top.height, num(ctx, 'deskHeightMinM'), num(ctx, 'deskHeightMaxM'), ['高度', 'height']);
        if (f) out.push(f);
      }
    return out;
  },
});

export const counterDeskSize = defineRule({
  id: 'counter.desk-size',
  group: 'counters',
  title: { zh: '窗口台面尺寸', en: 'Counter top size' },
  scope: 'floor',
  reads: ['counter'],
  params: ['deskSizeMinM', 'deskSizeMaxM', 'deskSizeDimension', 'toleranceM'],
  check(ctx) {
    const dim = ctx.params.deskSizeDimension === 'depth' ? 'depth' : 'width';
    const out: Finding[] = [];
    for (const c of ctx.floor!.elements)
      if (c.kind === 'counter' && c.type !== 'consultation-desk') {
        const f = range(
          ctx,
          c,
          ctx.floor!.id,
          'counter.desk-size',
          c.top[dim],
          num(ctx, 'deskSizeMinM'),
          num(ctx, 'deskSizeMaxM'),
          dim === 'width' ? ['宽度', 'width'] : ['进深', 'depth'],
        );
        if (f) out.push(f);
      }
    return out;
  },
});

export const counterUniform = defineRule({
  id: 'counter.uniform',
  group: 'counters',
  title: { zh: '窗口统一', en: 'Uniform counters' },
  scope: 'hall',
  reads: ['counter'],
  params: [],
  check(ctx) {
    // Low counters differ by design, and the consultation desk is another piece of furniture (咨询台, not a 窗口
    // work top): neither is held to the counters' common size.
    const cs = all(ctx.doc, 'counter').filter(({ el }) => !el.low && el.type !== 'consultation-desk');
    if (cs.length < 2) return [];
    const sig = (c: Counter) => `${c.top.height.toFixed(2)}|${c.top.width.toFixed(2)}|${c.top.depth.toFixed(2)}|${c.style}`;
    // Once per counter: toFixed is slow enough to matter over every counter of a hall.
    const sigs = cs.map(({ el }) => sig(el));
    const tally = new Map<string, number>();
    for (const s of sigs) tally.set(s, (tally.get(s) ?? 0) + 1);
    const common = [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const [h, w, d, style] = common.split('|');
    return cs
      .filter((_, k) => sigs[k] !== common)
      .map(({ floor, el }) => {
        const [oh, ow, od] = sig(el).split('|');
        return finding('counter.uniform', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: el.position,
          // Both sizes printed as the signature compares them (to the centimetre), height × width × depth.
          zh: `${label(el)}号窗口台面（高 × 宽 × 深 ${oh} × ${ow} × ${od} m，${el.style}）与大多数窗口（${h} × ${w} × ${d} m，${style}）不一致`,
          en: `Counter ${label(el)} (height × width × depth ${oh} × ${ow} × ${od} m, ${el.style}) differs from the others (${h} × ${w} × ${d} m, ${style})`,
          hintZh: '统一台面尺寸与样式',
          hintEn: 'Make desks the same size and style',
        });
      });
  },
});

/** Rounding slack for "touches" versus "overlaps" in plan geometry (a micrometre). */
const GEOM_EPS = 1e-6;

/** Whether `e` stands in the Ø(2r) circle centred at `centre` (walls and everything that blocks walking). */
function blocksCircle(e: HallElement, centre: Vec2, r: number): boolean {
  if (e.kind === 'wall') {
    const reach = r + e.thickness / 2;
    // A wall whose end points' box lies farther than the circle's reach cannot come closer.
    if (
      centre[0] < Math.min(e.a[0], e.b[0]) - reach ||
      centre[0] > Math.max(e.a[0], e.b[0]) + reach ||
      centre[1] < Math.min(e.a[1], e.b[1]) - reach ||
      centre[1] > Math.max(e.a[1], e.b[1]) + reach
    )
      return false;
    return distToSegment(centre, e.a, e.b) < reach - GEOM_EPS;
  }
  if (kindOf(e).walking !== 'blocks' || !kindOf(e).blocksWalking(e)) return false;
  const fp = kindOf(e).footprint(e);
  if (!fp) return false;
  const b = cachedBBox(fp);
  if (centre[0] < b.minX - r || centre[0] > b.maxX + r || centre[1] < b.minY - r || centre[1] > b.maxY + r) return false;
  return distToPolygon(centre, fp) < r - GEOM_EPS;
}

/** Whether any element of `elements` but the counter itself stands in the circle. */
function anyBlocks(elements: readonly HallElement[], c: Counter, centre: Vec2, r: number): boolean {
  for (const e of elements) if (e.id !== c.id && blocksCircle(e, centre, r)) return true;
  return false;
}

/**
 * The answer per counter object, with the floor's element list it was measured over: the circle is blocked when
 * any element blocks it, so after an edit (a seat dragged) only the elements added and removed since are tested.
 */
const circleMemo = new WeakMap<Counter, { r: number; offset: number; elements: readonly HallElement[]; clear: boolean }>();
/** Counts since start, for tests that want to see which path an answer took. */
export const circleStats = { kept: 0, measured: 0 };

/** Is a Ø(2r) circle in front of the counter clear of walls and things in the way? */
function turningCircleClear(floor: { elements: HallElement[] }, c: Counter, r: number, offset: number): boolean {
  const centre = counterServicePoint(c, r + offset);
  const hit = circleMemo.get(c);
  let clear: boolean | undefined;
  if (hit && hit.r === r && hit.offset === offset) {
    if (hit.elements === floor.elements) return hit.clear;
    const diff = elementDiff(hit.elements, floor.elements);
    if (diff.added.length + diff.removed.length <= MAX_PATCH_CHANGES) {
      // Clear stays clear unless an added element blocks; blocked stays blocked unless a removed one blocked.
      if (hit.clear) clear = !anyBlocks(diff.added, c, centre, r);
      else if (!anyBlocks(diff.removed, c, centre, r)) clear = false;
    }
  }
  if (clear === undefined) {
    circleStats.measured++;
    clear = !anyBlocks(floor.elements, c, centre, r);
  } else circleStats.kept++;
  circleMemo.set(c, { r, offset, elements: floor.elements, clear });
  return clear;
}

export const counterLowCounter = defineRule({
  id: 'counter.low-counter',
  group: 'counters',
  title: { zh: '低位服务窗口', en: 'Low accessible counter' },
  scope: 'hall',
  // The turning circle is measured against walls and everything that blocks walking (a seat put down in it).
  reads: ['counter', 'nav'],
  params: ['lowCounterMinM', 'lowCounterMaxM', 'turningDiameterM', 'lowCounterTurnOffsetM', 'toleranceM'],
  check(ctx) {
    const lo = num(ctx, 'lowCounterMinM');
    const hi = num(ctx, 'lowCounterMaxM');
    const turn = num(ctx, 'turningDiameterM');
    // The circle is tested at the same diameter the message names, less the measuring tolerance.
    const r = turn / 2 - num(ctx, 'toleranceM');
    const offset = num(ctx, 'lowCounterTurnOffsetM');
    // Either branch of an either-or clause (hainan §6.3.3.1 e: 低位服务台或者适老化和无障碍服务窗口).
    const alt = (ctx.setting.options?.alternativeTypes as string[] | undefined) ?? [];
    if (alt.length && all(ctx.doc, 'counter').some(({ el }) => alt.includes(el.type))) return [];
    const lows = all(ctx.doc, 'counter').filter(({ el }) => el.low);
    const range = `${fmtLimit(lo)}–${fmtLimit(hi)}`;
    // What a low counter lacks, in the clause's order (height, knee space, turning space). Past the first counter
    // only whether one lacks anything matters (the message names the first's shortfalls): its turning circle is
    // measured only while nothing else is missing, and the first counter lacking nothing settles the rule.
    const shortfall = ({ floor, el }: (typeof lows)[number], whole: boolean) => {
      const miss: [string, string][] = [];
      if (!atLeast(ctx, el.top.height, lo) || !atMost(ctx, el.top.height, hi)) {
        const shown = fmtMeasured(el.top.height, el.top.height < lo ? lo : hi);
        miss.push([`台面高 ${shown} m（应为 ${range} m）`, `top ${shown} m high (${range} m)`]);
      }
      if (!el.kneeSpace) miss.push(['台下无容膝空间', 'no knee space under the top']);
      if ((whole || !miss.length) && !turningCircleClear(floor, el, r, offset))
        miss.push([`前方没有直径 ${fmtLimit(turn)} m 的轮椅回转空间`, `no clear Ø${fmtLimit(turn)} m turning circle in front`]);
      return miss;
    };
    const firstMiss = lows.length ? shortfall(lows[0], true) : [];
    if (lows.length && !firstMiss.length) return [];
    for (let i = 1; i < lows.length; i++) if (!shortfall(lows[i], false).length) return [];
    const first = lows[0];
    const label = first ? first.el.number || first.el.id : '';
    return [
      finding('counter.low-counter', ctx, {
        elementIds: lows.map((l) => l.el.id),
        floorId: first?.floor.id ?? hallFloorId(ctx.doc),
        at: first?.el.position,
        zh: lows.length
          ? `低位窗口 ${label} 不符合要求：${firstMiss.map((m) => m[0]).join('；')}`
          : alt.length
            ? '没有低位服务台，也没有适老化和无障碍服务窗口'
            : '没有低位服务窗口',
        en: lows.length
          ? `Low counter ${label} falls short: ${firstMiss.map((m) => m[1]).join('; ')}`
          : alt.length
            ? 'No low counter and no age-friendly / accessible priority window'
            : 'No low accessible counter',
        hintZh: `把一个窗口设为低位窗口（台面 ${range} m，容膝空间）并清空其前方`,
        hintEn: `Make one counter a low counter (${range} m top, knee space) and clear the space in front`,
      }),
    ];
  },
});
