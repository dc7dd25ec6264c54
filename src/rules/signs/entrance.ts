/** Signs at the main entrance: the layout map and the service hours, within walking reach of the door. */
import type { SignKind } from '../../core/vocab';
import { SIGN_KINDS } from '../../core/vocab';
import { defineRule } from '../define';
import { all, fieldFrom, finding, fmt, mainEntrance, num } from '../util';
import { insideOf } from '../zones/placement';
import type { RuleContext, Finding } from '../types';

function signNearEntrance(ruleId: string, kind: SignKind, ctx: RuleContext): Finding[] {
  const main = mainEntrance(ctx.doc);
  if (!main) return [];
  const max = num(ctx, 'entranceSignMaxM');
  const field = fieldFrom(ctx.doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: insideOf(ctx.doc, main.floor.id, main.el) }]);
  const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === kind);
  const best = Math.min(...signs.map(({ floor, el }) => field.at(floor.id, el.position)), Infinity);
  if (best <= max) return [];
  return [
    finding(ruleId, ctx, {
      elementIds: [main.el.id],
      floorId: main.floor.id,
      at: main.el.position,
      zh: signs.length ? `最近的${SIGN_KINDS[kind].zh}距主入口 ${fmt(best)} m（应在 ${max} m 内）` : `主入口处没有${SIGN_KINDS[kind].zh}`,
      en: signs.length ? `The nearest ${SIGN_KINDS[kind].en} is ${fmt(best)} m from the main entrance (max ${max} m)` : `No ${SIGN_KINDS[kind].en} at the main entrance`,
      hintZh: `在主入口 ${max} m 内放置${SIGN_KINDS[kind].zh}`,
      hintEn: `Place a ${SIGN_KINDS[kind].en} within ${max} m of the main entrance`,
      data: { distanceM: best, maxM: max },
    }),
  ];
}

export const signLayoutMap = defineRule({ id: 'sign.layout-map', group: 'signs', title: { zh: '平面布局图', en: 'Layout map' }, scope: 'hall', reads: ['nav', 'sign', 'opening'], params: ['entranceSignMaxM'], check: (ctx) => signNearEntrance('sign.layout-map', 'layout-map', ctx) });
export const signServiceHours = defineRule({ id: 'sign.service-hours', group: 'signs', title: { zh: '服务时间公示', en: 'Service hours' }, scope: 'hall', reads: ['nav', 'sign', 'opening'], params: ['entranceSignMaxM'], check: (ctx) => signNearEntrance('sign.service-hours', 'service-hours', ctx) });
