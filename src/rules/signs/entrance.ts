/**
 * Signs at the main entrance: the layout map and the service hours. Where the sign must be follows the preset's
 * text (`placement`): 'entrance' = within walking reach of the main entrance; 'conspicuous' (显著位置) = that, or
 * in plain sight of the entrance within `conspicuousSightMaxM`; 'any' = the text names no place, one anywhere counts.
 */
import type { SignKind } from '../../core/vocab';
import { SIGN_KINDS } from '../../core/vocab';
import { dist } from '../../core/geometry/vec';
import { lineOfSight } from '../../nav';
import { defineRule } from '../define';
import { all, atMost, fieldFrom, finding, fmtLimit, fmtMeasured, mainEntrance, num } from '../util';
import { insideOf } from '../zones/placement';
import type { RuleContext, Finding } from '../types';

type Placement = 'entrance' | 'conspicuous' | 'any';

function signNearEntrance(ruleId: string, kind: SignKind, ctx: RuleContext): Finding[] {
  const main = mainEntrance(ctx.doc);
  // Without a main entrance there is no place to measure from (access.entrance reports that): the sign's
  // presence is still checked, never passed unseen.
  const placement = main ? ((ctx.setting.options?.placement as Placement | undefined) ?? 'entrance') : 'any';
  const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === kind);
  if (placement === 'any' || !main) {
    if (signs.length) return [];
    return [
      finding(ruleId, ctx, {
        floorId: ctx.doc.floors[0]?.id,
        zh: `大厅没有${SIGN_KINDS[kind].zh}`,
        en: `The hall has no ${SIGN_KINDS[kind].en}`,
        hintZh: `放置一块${SIGN_KINDS[kind].zh}`,
        hintEn: `Place a ${SIGN_KINDS[kind].en}`,
      }),
    ];
  }
  const max = num(ctx, 'entranceSignMaxM');
  const inside = insideOf(ctx.doc, main.floor.id, main.el, num(ctx, 'entranceInsideM'));
  const field = fieldFrom(ctx.doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: inside }]);
  const best = Math.min(...signs.map(({ floor, el }) => field.at(floor.id, el.position)), Infinity);
  if (atMost(ctx, best, max)) return [];
  const sightMax = num(ctx, 'conspicuousSightMaxM');
  if (
    placement === 'conspicuous' &&
    signs.some(({ floor, el }) => floor.id === main.floor.id && atMost(ctx, dist(el.position, inside), sightMax) && lineOfSight(ctx.doc, floor.id, inside, el.position))
  )
    return [];
  const where =
    placement === 'conspicuous'
      ? [`（应在 ${fmtLimit(max)} m 内或入口 ${fmtLimit(sightMax)} m 视线内的显著位置）`, ` (max ${fmtLimit(max)} m, or in sight of it within ${fmtLimit(sightMax)} m)`]
      : [`（应在 ${fmtLimit(max)} m 内）`, ` (max ${fmtLimit(max)} m)`];
  return [
    finding(ruleId, ctx, {
      elementIds: [main.el.id, ...signs.map((s) => s.el.id)],
      floorId: main.floor.id,
      at: main.el.position,
      zh: signs.length ? `最近的${SIGN_KINDS[kind].zh}距主入口 ${fmtMeasured(best, max)} m${where[0]}` : `主入口处没有${SIGN_KINDS[kind].zh}`,
      en: signs.length ? `The nearest ${SIGN_KINDS[kind].en} is ${fmtMeasured(best, max)} m from the main entrance${where[1]}` : `No ${SIGN_KINDS[kind].en} at the main entrance`,
      hintZh: `在主入口 ${fmtLimit(max)} m 内放置${SIGN_KINDS[kind].zh}`,
      hintEn: `Place a ${SIGN_KINDS[kind].en} within ${fmtLimit(max)} m of the main entrance`,
      data: { distanceM: best, maxM: max },
    }),
  ];
}

const PARAMS = ['entranceSignMaxM', 'conspicuousSightMaxM', 'entranceInsideM', 'toleranceM'];
export const signLayoutMap = defineRule({
  id: 'sign.layout-map',
  group: 'signs',
  title: { zh: '平面布局图', en: 'Layout map' },
  scope: 'hall',
  reads: ['nav', 'sign', 'opening'],
  params: PARAMS,
  check: (ctx) => signNearEntrance('sign.layout-map', 'layout-map', ctx),
});
export const signServiceHours = defineRule({
  id: 'sign.service-hours',
  group: 'signs',
  title: { zh: '服务时间公示', en: 'Service hours' },
  scope: 'hall',
  reads: ['nav', 'sign', 'opening'],
  params: PARAMS,
  check: (ctx) => signNearEntrance('sign.service-hours', 'service-hours', ctx),
});
