/**
 * The government-disclosure place is labelled 政务公开 (hunan part 1 §5.4.6 “整合设立政务公开窗口，统一标识为‘政务公开’”,
 * jiangxi §6.7.1 “整合设立政务公开区域，统一标识为‘政务公开’”): every government-disclosure zone (its own type or
 * merged into another) and every government-disclosure window carries a sign whose Chinese text reads 政务公开. A sign
 * serves a zone when aimed at it or standing in it or on its edge (within `zoneSignTolM`), a window when aimed at
 * it or within `counterSignMaxM` of it. A hall with neither has nothing to label: zone.required and counter.required
 * report the missing place.
 */
import type { ElementOf } from '../../core/kinds/registry';
import { zoneHasType } from '../../core/kinds/zone';
import { centroid, insideOrNear } from '../../core/geometry/polygon';
import { dist } from '../../core/geometry/vec';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { atMost, finding, num } from '../util';

/** The words the texts prescribe for the label. */
const LABEL = '政务公开';

const inOrOnEdge = insideOrNear;

export const signDisclosure = defineRule({
  id: 'sign.disclosure',
  group: 'signs',
  title: { zh: '政务公开标识', en: 'Government disclosure label' },
  scope: 'floor',
  reads: ['zone', 'counter', 'sign'],
  params: ['zoneSignTolM', 'counterSignMaxM', 'toleranceM'],
  check(ctx) {
    const floor = ctx.floor!;
    const zoneTol = num(ctx, 'zoneSignTolM');
    const counterMax = num(ctx, 'counterSignMaxM');
    const labels: ElementOf<'sign'>[] = [];
    const zones: ElementOf<'zone'>[] = [];
    const counters: ElementOf<'counter'>[] = [];
    for (const e of floor.elements) {
      if (e.kind === 'sign' && e.text.zh.includes(LABEL)) labels.push(e);
      else if (e.kind === 'zone' && zoneHasType(e, 'gov-disclosure')) zones.push(e);
      else if (e.kind === 'counter' && e.type === 'gov-disclosure') counters.push(e);
    }
    const out: Finding[] = [];
    for (const z of zones) {
      if (labels.some((s) => s.target === z.id || (!s.target && inOrOnEdge(s.position, z.polygon, zoneTol)))) continue;
      const name = { zh: z.name ?? z.id, en: z.nameEn || z.name || z.id };
      out.push(
        finding('sign.disclosure', ctx, {
          elementIds: [z.id],
          floorId: floor.id,
          at: centroid(z.polygon),
          zh: `政务公开区域“${name.zh}”没有标识为“政务公开”的标牌`,
          en: `Government disclosure area "${name.en}" has no sign reading 政务公开 (government disclosure)`,
          hintZh: '在区域内放置一块中文写有“政务公开”的区域标牌',
          hintEn: 'Place a zone sign whose Chinese text reads 政务公开 inside the area',
        }),
      );
    }
    for (const c of counters) {
      if (labels.some((s) => s.target === c.id || (!s.target && atMost(ctx, dist(s.position, c.position), counterMax)))) continue;
      const name = c.number || c.name || c.id;
      out.push(
        finding('sign.disclosure', ctx, {
          elementIds: [c.id],
          floorId: floor.id,
          at: c.position,
          zh: `政务公开窗口“${name}”没有标识为“政务公开”的标牌`,
          en: `Government disclosure window "${name}" has no sign reading 政务公开 (government disclosure)`,
          hintZh: '为该窗口放置一块中文写有“政务公开”的窗口标牌',
          hintEn: 'Place a counter sign reading 政务公开 aimed at the window',
        }),
      );
    }
    return out;
  },
});
