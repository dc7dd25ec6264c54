/** Rules of the 'access' group (GB 55019 / GB 50763 and the presets' accessibility clauses). */
import type { ElementOf } from '../../core/kinds/registry';
import { zoneHasType } from '../../core/kinds/zone';
import { area, centroid, distToPolygonBoundary, inscribedAtLeast, pointInPolygon } from '../../core/geometry/polygon';
import type { Finding, RuleContext, RuleDef } from '../types';
import { defineRule } from '../define';
import { all, atLeast, atMost, finding, fmtLimit, fmtMeasured, mainEntrance, num, pointsOf, liftFloors, zonesOfType, type FindingInput, hallFloorId } from '../util';
import { doorWidth, routeConnects, routeWidth } from './routes';

/** One unmet requirement of a clause: the key that tells it apart, and what falls short (zh, en) with its numbers. */
type Shortfall = [disc: string, zh: string, en: string];

/**
 * One finding per unmet requirement (a ramp's slope, rise, width, landing; a toilet's area, turning circle, door),
 * each on the same element and place, each telling its own numbers after the subject's name.
 */
function perRequirement(ruleId: string, ctx: RuleContext, base: Omit<FindingInput, 'zh' | 'en' | 'disc'>, subject: [string, string], bad: Shortfall[]): Finding[] {
  return bad.map(([disc, zh, en]) => finding(ruleId, ctx, { ...base, disc, zh: `${subject[0]}${zh}`, en: `${subject[1]}${en}` }));
}

const ramp = defineRule({
  id: 'access.ramp',
  group: 'access',
  title: { zh: '轮椅坡道', en: 'Ramps' },
  scope: 'hall',
  reads: ['vlink'],
  params: ['rampSlopeRise', 'rampSlopeRun', 'rampMaxRiseM', 'rampMinWidthM', 'rampMinLandingM', 'toleranceM'],
  check(ctx) {
    const out: Finding[] = [];
    const rise = num(ctx, 'rampSlopeRise');
    const run = num(ctx, 'rampSlopeRun');
    for (const { floor, el } of all(ctx.doc, 'vlink')) {
      if (el.linkKind !== 'ramp') continue;
      const bad: Shortfall[] = [];
      const slope = el.slope ?? 0;
      // 不应大于 1:12, compared as a ratio: slope × run ≤ rise, so 1:12 itself passes (1/12 × 12 is 1 in floating
      // point); the epsilon only absorbs the last bit of a slope typed as a decimal.
      if (slope * run > rise * (1 + SLOPE_EPS))
        bad.push(['slope', `坡度 1:${ratioRun(slope, run / rise)}（应不大于 ${rise}:${run}）`, `slope 1:${ratioRun(slope, run / rise)} (max ${rise}:${run})`]);
      const runRise = el.runRise ?? 0;
      const maxRise = num(ctx, 'rampMaxRiseM');
      if (!atMost(ctx, runRise, maxRise))
        bad.push([
          'rise',
          `每段提升高度 ${fmtMeasured(runRise, maxRise)} m（应不大于 ${fmtLimit(maxRise)} m）`,
          `rise per run ${fmtMeasured(runRise, maxRise)} m (max ${fmtLimit(maxRise)} m)`,
        ]);
      const minW = num(ctx, 'rampMinWidthM');
      if (!atLeast(ctx, el.clearWidth, minW))
        bad.push([
          'clear',
          `净宽 ${fmtMeasured(el.clearWidth, minW)} m（应不小于 ${fmtLimit(minW)} m）`,
          `clear width ${fmtMeasured(el.clearWidth, minW)} m (min ${fmtLimit(minW)} m)`,
        ]);
      const minL = num(ctx, 'rampMinLandingM');
      if (el.landing !== undefined && !atLeast(ctx, el.landing, minL))
        bad.push(['landing', `平台 ${fmtMeasured(el.landing, minL)} m（应不小于 ${fmtLimit(minL)} m）`, `landing ${fmtMeasured(el.landing, minL)} m (min ${fmtLimit(minL)} m)`]);
      const name = el.name ?? el.id;
      out.push(
        ...perRequirement(
          'access.ramp',
          ctx,
          { elementIds: [el.id], floorId: floor.id, at: el.position, data: { slope, runRiseM: runRise, clearWidthM: el.clearWidth } },
          [`坡道“${name}”`, `Ramp "${name}": `],
          bad,
        ),
      );
    }
    return out;
  },
});

/** Relative slack for a slope typed as a decimal (0.083333 for 1:12): far below any slope a builder can lay. */
const SLOPE_EPS = 1e-6;
/**
 * The run of a 1:n slope, with enough digits to tell it from the limit's run (1:11.97 is steeper than 1:12 and is
 * never printed "1:12.0").
 */
const ratioRun = (slope: number, limitRun: number): string => {
  if (!(slope > 0)) return '∞';
  const n = 1 / slope;
  return Math.abs(n - Math.round(n)) < SLOPE_EPS ? n.toFixed(0) : fmtMeasured(n, limitRun, 1);
};

const elevator = defineRule({
  id: 'access.elevator',
  group: 'access',
  title: { zh: '无障碍电梯', en: 'Accessible elevator' },
  scope: 'hall',
  reads: ['vlink', 'zone'],
  params: ['elevatorCarMinWM', 'elevatorCarMinDM', 'toleranceM'],
  check(ctx) {
    const whole = ctx.setting.options?.wholePlace === true;
    const floors = liftFloors(ctx.doc, whole);
    if (floors.length < 2) return [];
    const w = num(ctx, 'elevatorCarMinWM');
    const d = num(ctx, 'elevatorCarMinDM');
    const lifts = all(ctx.doc, 'vlink').filter(({ el }) => el.linkKind === 'elevator');
    // What keeps a lift from being the accessible one, first failing requirement first.
    const shortfall = ({ floor, el }: (typeof lifts)[number]): [string, string] | undefined => {
      const name = el.name ?? el.id;
      if (!el.accessible) return [`电梯“${name}”未标为无障碍电梯`, `elevator "${name}" is not marked accessible`];
      if (!el.car) return [`电梯“${name}”未给出轿厢尺寸`, `elevator "${name}" has no car size`];
      // Depth is from the door to the back wall, the way a wheelchair rolls in: a wide, shallow car does not hold
      // one, so the two sides are not interchangeable.
      const { w: carW, d: carD } = el.car;
      if (!atLeast(ctx, carD, d) || !atLeast(ctx, carW, w))
        return [
          `电梯“${name}”轿厢深 ${fmtMeasured(carD, d)} m、宽 ${fmtMeasured(carW, w)} m，偏小`,
          `elevator "${name}" has a ${fmtMeasured(carD, d)} m deep × ${fmtMeasured(carW, w)} m wide car`,
        ];
      const served = new Set([floor.id, ...el.floors]);
      const missed = floors.filter((f) => !served.has(f.id)).map((f) => f.name);
      if (missed.length) return [`电梯“${name}”不到达${missed.join('、')}`, `elevator "${name}" does not serve ${missed.join(', ')}`];
      return undefined;
    };
    const why = lifts.map(shortfall);
    if (why.some((x) => x === undefined)) return [];
    const first = why[0];
    return [
      finding('access.elevator', ctx, {
        elementIds: lifts.map((l) => l.el.id),
        floorId: lifts[0]?.floor.id ?? floors[0].id,
        at: lifts[0]?.el.position,
        zh: `多层大厅没有连通各${whole ? '' : '服务'}楼层的无障碍电梯（轿厢深不小于 ${d} m、宽不小于 ${w} m）${first ? `：${first[0]}` : '：没有电梯'}`,
        en: `A multi-floor hall needs an accessible elevator serving every ${whole ? '' : 'public '}floor (car at least ${d} m deep × ${w} m wide)${first ? `: ${first[1]}` : ': there is none'}`,
      }),
    ];
  },
});

const toilet = defineRule({
  id: 'access.toilet',
  group: 'access',
  title: { zh: '无障碍卫生间', en: 'Accessible toilet' },
  scope: 'hall',
  reads: ['opening', 'zone'],
  params: ['accessibleToiletMinM2', 'turningDiameterM', 'accessibleToiletDoorMinM', 'zoneDoorTolM', 'toleranceM'],
  check(ctx) {
    const zs = zonesOfType(ctx.doc, 'accessible-toilet');
    if (!zs.length) return [finding('access.toilet', ctx, { floorId: hallFloorId(ctx.doc), zh: '没有无障碍卫生间', en: 'No accessible toilet' })];
    const out: Finding[] = [];
    for (const { floor, el } of zs) {
      const bad: Shortfall[] = [];
      const a = area(el.polygon);
      const minA = num(ctx, 'accessibleToiletMinM2');
      const turn = num(ctx, 'turningDiameterM');
      const minDoor = num(ctx, 'accessibleToiletDoorMinM');
      // Area is compared with the tolerance scaled to an area (a square metre of toleranceM all round is noise).
      if (a < minA - num(ctx, 'toleranceM') ** 2)
        bad.push(['area', `面积 ${fmtMeasured(a, minA)} m²（应不小于 ${fmtLimit(minA)} m²）`, `area ${fmtMeasured(a, minA)} m² (min ${fmtLimit(minA)} m²)`]);
      if (!inscribedAtLeast(el.polygon, turn / 2 - num(ctx, 'toleranceM')))
        bad.push(['turning', `容不下直径 ${fmtLimit(turn)} m 的轮椅回转空间`, `no room for a Ø${fmtLimit(turn)} m turning circle`]);
      const doors = floor.elements.filter((d): d is ElementOf<'opening'> => d.kind === 'opening' && distToPolygonBoundary(d.position, el.polygon) <= num(ctx, 'zoneDoorTolM'));
      const widest = doors.length ? Math.max(...doors.map((d) => d.width)) : 0;
      if (!doors.length) bad.push(['door', '没有门', 'no door']);
      else if (!atLeast(ctx, widest, minDoor))
        bad.push([
          'door',
          `门净宽 ${fmtMeasured(widest, minDoor)} m（应不小于 ${fmtLimit(minDoor)} m）`,
          `door ${fmtMeasured(widest, minDoor)} m clear (min ${fmtLimit(minDoor)} m)`,
        ]);
      const name = el.name ?? el.id;
      out.push(
        ...perRequirement(
          'access.toilet',
          ctx,
          { elementIds: [el.id], floorId: floor.id, at: centroid(el.polygon), data: { areaM2: a } },
          [`无障碍卫生间“${name}”`, `Accessible toilet "${name}": `],
          bad,
        ),
      );
    }
    return out;
  },
});

const entrance = defineRule({
  id: 'access.entrance',
  group: 'access',
  title: { zh: '无障碍出入口', en: 'Accessible entrance' },
  scope: 'hall',
  reads: ['opening'],
  params: ['levelStepMaxM'],
  check(ctx) {
    const main = mainEntrance(ctx.doc);
    if (!main) return [finding('access.entrance', ctx, { floorId: hallFloorId(ctx.doc), zh: '未设置主入口', en: 'No main entrance' })];
    const base = { elementIds: [main.el.id], floorId: main.floor.id, at: main.el.position };
    const out: Finding[] = [];
    const level = num(ctx, 'levelStepMaxM');
    // A step up to levelStepMaxM counts as level (平坡); a higher one needs a ramp beside it.
    if (main.el.step > level && !main.el.ramp)
      out.push(
        finding('access.entrance', ctx, {
          ...base,
          disc: 'step',
          zh: `主入口有 ${fmtMeasured(main.el.step, level)} m 高差且未设坡道`,
          en: `The main entrance has a ${fmtMeasured(main.el.step, level)} m step and no ramp`,
          data: { stepM: main.el.step, levelStepMaxM: level },
        }),
      );
    // Tactile paving at the entrance hall only where the preset's text asks for it (jiangxi §5.2.2.2).
    if (ctx.setting.options?.tactilePaving === true && !main.el.tactilePaving)
      out.push(finding('access.entrance', ctx, { ...base, disc: 'tactile', zh: '主入口门厅未设盲道', en: 'No tactile paving at the main entrance hall' }));
    return out;
  },
});

/** Waiting zones without a wheelchair space: one finding per zone. */
function waitingWithout(ctx: RuleContext, ruleId: string, what: [string, string]): Finding[] {
  const f = ctx.floor!;
  const seats = f.elements.filter((e): e is ElementOf<'point'> => e.kind === 'point' && e.pointKind === 'seat' && !!e.wheelchair);
  return f.elements
    .filter((z): z is ElementOf<'zone'> => z.kind === 'zone' && zoneHasType(z, 'waiting'))
    .filter((z) => !seats.some((s) => pointInPolygon(s.position, z.polygon)))
    .map((z) =>
      finding(ruleId, ctx, {
        elementIds: [z.id],
        floorId: f.id,
        at: centroid(z.polygon),
        zh: `等候区“${z.name ?? z.id}”没有${what[0]}`,
        en: `Waiting area "${z.name ?? z.id}" has no ${what[1]}`,
      }),
    );
}

// Two requirements of different force (jiangxi §5.2.2.1 应 priority seats, §5.2.2.2 宜 wheelchair spaces): two rules.
// The centre provides 爱心专座 (jiangxi §5.2.2.1 应为老年服务对象提供…爱心专座): priority seats in one of its
// waiting areas meet it; each waiting area's own wheelchair space is §5.2.2.2's (休息等候区宜…设置轮椅席位).
const prioritySeats = defineRule({
  id: 'access.priority-seats',
  group: 'access',
  title: { zh: '爱心专座', en: 'Priority seats' },
  scope: 'hall',
  reads: ['zone', 'point:seat'],
  params: [],
  check(ctx) {
    const waiting = zonesOfType(ctx.doc, 'waiting');
    const seats = pointsOf(ctx.doc, 'seat').filter(({ el }) => el.priority);
    if (!waiting.length || waiting.some((w) => seats.some((s) => s.floor.id === w.floor.id && pointInPolygon(s.el.position, w.el.polygon)))) return [];
    return [
      finding('access.priority-seats', ctx, {
        elementIds: waiting.map((w) => w.el.id),
        floorId: waiting[0].floor.id,
        at: centroid(waiting[0].el.polygon),
        zh: `大厅没有爱心专座（${waiting.map((w) => `“${w.el.name ?? w.el.id}”`).join('、')}均未设）`,
        en: `The hall has no priority seats (none in ${waiting.map((w) => `"${w.el.nameEn || w.el.name || w.el.id}"`).join(', ')})`,
      }),
    ];
  },
});

const wheelchairSpaces = defineRule({
  id: 'access.wheelchair-spaces',
  group: 'access',
  title: { zh: '轮椅席位', en: 'Wheelchair spaces' },
  scope: 'floor',
  reads: ['zone', 'point:seat'],
  params: [],
  check: (ctx) => waitingWithout(ctx, 'access.wheelchair-spaces', ['轮椅席位', 'wheelchair space']),
});

export const RULES: RuleDef[] = [routeConnects, routeWidth, ramp, elevator, toilet, doorWidth, entrance, prioritySeats, wheelchairSpaces];
