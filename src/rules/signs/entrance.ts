/**
 * Signs at the main entrance: the layout map and the service hours. Where the sign must be follows the preset's
 * text (`placement`): 'entrance' = within walking reach of the main entrance; 'conspicuous' (显著位置) = that, or
 * in plain sight of the entrance within `conspicuousSightMaxM`, its face turned to the entrance (core/kinds/sign/face); 'any' = the text names no place, one anywhere counts.
 */
import type { SignKind } from '../../core/vocab';
import { SIGN_KINDS } from '../../core/vocab';
import { dist } from '../../core/geometry/vec';
import { lineOfSight } from '../../nav';
import { readableFrom } from '../../core/kinds/sign/face';
import { defineRule } from '../define';
import { walked } from '../walk';
import { all, atMost, fieldFrom, finding, fmtLimit, fmtMeasured, hallFloorId, mainEntrance, num } from '../util';
import { insideOf } from '../zones/placement';
import type { RuleContext, Finding } from '../types';
import { outerBoundary } from '../doors';
import { distToPolygonBoundary, pointInPolygon } from '../../core/geometry/polygon';

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
        floorId: hallFloorId(ctx.doc),
        zh: `大厅没有${SIGN_KINDS[kind].zh}`,
        en: `The hall has no ${SIGN_KINDS[kind].en}`,
        hintZh: `放置一块${SIGN_KINDS[kind].zh}`,
        hintEn: `Place a ${SIGN_KINDS[kind].en}`,
      }),
    ];
  }
  const max = num(ctx, 'entranceSignMaxM');
  if (ctx.setting.options?.outside === true) return outsideTheDoor(ruleId, kind, ctx, main, signs, max);
  const inside = insideOf(ctx.doc, main.floor.id, main.el, num(ctx, 'entranceInsideM'));
  const field = fieldFrom(ctx.doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: inside }]);
  // Nearest by the field first: a sign it finds within the limit settles the rule before any walk is measured taut.
  const byField = signs.map(({ floor, el }) => ({ floorId: floor.id, p: el.position, d: field.at(floor.id, el.position) })).sort((a, b) => a.d - b.d);
  let best = Infinity;
  for (const s of byField) {
    best = Math.min(best, walked(ctx, field, s.floorId, s.p, max));
    if (atMost(ctx, best, max)) return [];
  }
  const sightMax = num(ctx, 'conspicuousSightMaxM');
  if (
    placement === 'conspicuous' &&
    signs.some(
      ({ floor, el }) =>
        floor.id === main.floor.id && atMost(ctx, dist(el.position, inside), sightMax) && readableFrom(el, inside) && lineOfSight(ctx.doc, floor.id, inside, el.position),
    )
  )
    return [];
  const where =
    placement === 'conspicuous'
      ? [
          `（应在 ${fmtLimit(max)} m 内或入口 ${fmtLimit(sightMax)} m 视线内、牌面朝向入口的显著位置）`,
          ` (max ${fmtLimit(max)} m, or in sight of it within ${fmtLimit(sightMax)} m with its face towards it)`,
        ]
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

/**
 * 门外醒目位置 (hunan §5.5): a sign outside the main door — beyond the building's outer boundary, or on the wall
 * it stands in (`exteriorDoorTolM`) — within `entranceSignMaxM` of the door. A board inside the hall is not 门外.
 */
function outsideTheDoor(
  ruleId: string,
  kind: SignKind,
  ctx: RuleContext,
  main: NonNullable<ReturnType<typeof mainEntrance>>,
  signs: ReturnType<typeof all<'sign'>>,
  max: number,
): Finding[] {
  const boundary = outerBoundary(main.floor);
  const tol = num(ctx, 'exteriorDoorTolM');
  const outside = (p: [number, number]) => !boundary || !pointInPolygon(p, boundary) || distToPolygonBoundary(p, boundary) <= tol;
  const here = signs.filter(({ floor }) => floor.id === main.floor.id);
  const near = here.filter(({ el }) => atMost(ctx, dist(el.position, main.el.position), max));
  if (near.some(({ el }) => outside(el.position))) return [];
  const inHall = near.length > 0;
  return [
    finding(ruleId, ctx, {
      elementIds: [main.el.id, ...near.map((s) => s.el.id)],
      floorId: main.floor.id,
      at: main.el.position,
      zh: inHall ? `${SIGN_KINDS[kind].zh}设在大厅内，不在主入口门外` : `主入口门外 ${fmtLimit(max)} m 内没有${SIGN_KINDS[kind].zh}`,
      en: inHall ? `The ${SIGN_KINDS[kind].en} is inside the hall, not outside the main door` : `No ${SIGN_KINDS[kind].en} outside the main door within ${fmtLimit(max)} m`,
      hintZh: `在主入口门外醒目位置设置${SIGN_KINDS[kind].zh}`,
      hintEn: `Put the ${SIGN_KINDS[kind].en} outside the main door, where it is seen`,
    }),
  ];
}

const PARAMS = ['entranceSignMaxM', 'exteriorDoorTolM', 'conspicuousSightMaxM', 'entranceInsideM', 'toleranceM'];
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
