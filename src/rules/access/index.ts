/** Rules of the 'access' group (GB 55019 / GB 50763 and the presets' accessibility clauses). */
import type { ElementOf } from '../../core/kinds/registry';
import { isStaffZone, zoneHasType } from '../../core/kinds/zone';
import { counterServicePoint } from '../../core/kinds/counter';
import { area, centroid, distToPolygonBoundary, inscribedAtLeast, pointInPolygon } from '../../core/geometry/polygon';
import { navFor, reachFor } from '../../nav';
import { clearWidthOf, edgesNear, obstaclesOf } from '../../nav/clearance';
import type { Vec2 } from '../../core/geometry/vec';
import type { Finding, RuleContext, RuleDef } from '../types';
import { defineRule } from '../define';
import { all, atLeast, atMost, finding, fmtLimit, fmtMeasured, mainEntrance, num, zonesOfType, type FindingInput } from '../util';
import { insideOf } from '../zones/placement';

/** One unmet requirement of a clause: the key that tells it apart, and what falls short (zh, en) with its numbers. */
type Shortfall = [disc: string, zh: string, en: string];

/**
 * One finding per unmet requirement (a ramp's slope, rise, width, landing; a toilet's area, turning circle, door),
 * each on the same element and place, each telling its own numbers after the subject's name.
 */
function perRequirement(ruleId: string, ctx: RuleContext, base: Omit<FindingInput, 'zh' | 'en' | 'disc'>, subject: [string, string], bad: Shortfall[]): Finding[] {
  return bad.map(([disc, zh, en]) => finding(ruleId, ctx, { ...base, disc, zh: `${subject[0]}${zh}`, en: `${subject[1]}${en}` }));
}

/**
 * The door clear width GB 55019 asks: 900 mm in new and extended buildings, 800 mm where an existing building is
 * altered (the hall's `buildingWork` is "existing").
 */
function doorMin(ctx: RuleContext): { min: number; existing: boolean } {
  const existing = ctx.params.buildingWork === 'existing';
  return { min: num(ctx, existing ? 'accessibleDoorExistingMinM' : 'accessibleDoorMinM'), existing };
}

/**
 * Why a wheelchair does not get somewhere: too narrow (a passage or door under the limits), not level (stairs,
 * steps), or closed to everyone (no way in on foot either).
 */
type Blocked = 'narrow' | 'level' | 'closed';

const routeConnects = defineRule({
  id: 'access.route-connects',
  group: 'access',
  title: { zh: '无障碍路线连通', en: 'Accessible route connects' },
  scope: 'hall',
  reads: ['nav', 'opening', 'zone', 'counter'],
  params: ['accessibleWidthM', 'accessibleWidthCrowdedM', 'accessibleDoorMinM', 'accessibleDoorExistingMinM', 'buildingWork', 'entranceInsideM', 'counterReachM', 'toleranceM'],
  check(ctx) {
    const main = mainEntrance(ctx.doc);
    if (!main) return [];
    const width = ctx.doc.meta.crowded ? num(ctx, 'accessibleWidthCrowdedM') : num(ctx, 'accessibleWidthM');
    const door = doorMin(ctx).min;
    const tol = num(ctx, 'toleranceM');
    const source = [{ floorId: main.floor.id, p: insideOf(ctx.doc, main.floor.id, main.el, num(ctx, 'entranceInsideM')) }];
    // Only whether a wheelchair gets there counts here, not how far: a flood fill, not a distance field.
    const field = reachFor(navFor(ctx.doc), `entrance:${main.el.id}`, source, { accessible: true, minClearWidth: width - tol, minDoorWidth: door - tol });
    // Asked only when something is out of reach: would it be reached if no passage or door were too narrow?
    let level: ReturnType<typeof reachFor> | undefined;
    let walk: ReturnType<typeof reachFor> | undefined;
    const why = (floorId: string, p: Vec2): Blocked => {
      level ??= reachFor(navFor(ctx.doc), `entrance:${main.el.id}`, source, { accessible: true, minClearWidth: 0, minDoorWidth: 0 });
      if (level.at(floorId, p)) return 'narrow';
      walk ??= reachFor(navFor(ctx.doc), `entrance:${main.el.id}`, source, {});
      return walk.at(floorId, p) ? 'level' : 'closed';
    };
    const BECAUSE: Record<Blocked, [string, string]> = {
      narrow: [
        `：途经的通道净宽小于 ${fmtLimit(width)} m 或门净宽小于 ${fmtLimit(door)} m`,
        `: the way passes a passage under ${fmtLimit(width)} m or a door under ${fmtLimit(door)} m clear`,
      ],
      level: ['：途经台阶、楼梯或扶梯，且无无障碍电梯或坡道', ': the way needs stairs, steps or an escalator, with no accessible lift or ramp'],
      closed: ['：步行也无法进入（没有门或通道）', ': it cannot be reached on foot either (no door or way in)'],
    };
    const because = (b: Blocked) => BECAUSE[b];
    const out: Finding[] = [];
    for (const { floor, el } of all(ctx.doc, 'zone')) {
      if (isStaffZone(el) || el.type === 'unclassified') continue;
      const p = centroid(el.polygon);
      if (field.at(floor.id, p)) continue;
      const [zh, en] = because(why(floor.id, p));
      out.push(
        finding('access.route-connects', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: p,
          zh: `轮椅无法从主入口到达“${el.name ?? el.id}”${zh}`,
          en: `A wheelchair cannot reach "${el.nameEn || el.name || el.id}" from the main entrance${en}`,
          hintZh: '检查通道与门的净宽、台阶、楼梯与无障碍电梯',
          hintEn: 'Check clear widths of passages and doors, steps, stairs and the accessible elevator',
        }),
      );
    }
    for (const { floor, el } of all(ctx.doc, 'counter')) {
      const p = counterServicePoint(el, num(ctx, 'counterReachM'));
      if (field.at(floor.id, p)) continue;
      const [zh, en] = because(why(floor.id, p));
      out.push(
        finding('access.route-connects', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: p,
          zh: `轮椅无法到达 ${el.number || el.id} 号窗口${zh}`,
          en: `A wheelchair cannot reach counter ${el.number || el.id}${en}`,
        }),
      );
    }
    return out;
  },
});

const routeWidth = defineRule({
  id: 'access.route-width',
  group: 'access',
  title: { zh: '无障碍通道宽度', en: 'Accessible route width' },
  // A route's width depends on its own floor only: checked per floor, so an edit re-measures that floor's routes.
  scope: 'floor',
  reads: ['nav', 'route', 'opening'],
  params: ['accessibleWidthM', 'accessibleWidthCrowdedM', 'routeSampleStepM', 'doorSkipRadiusM', 'toleranceM'],
  check(ctx) {
    const floor = ctx.floor!;
    const need = ctx.doc.meta.crowded ? num(ctx, 'accessibleWidthCrowdedM') : num(ctx, 'accessibleWidthM');
    const step = num(ctx, 'routeSampleStepM');
    const skip = num(ctx, 'doorSkipRadiusM');
    const out: Finding[] = [];
    let doors: Vec2[] | undefined;
    for (const el of floor.elements) {
      if (el.kind !== 'route' || !el.accessible) continue;
      doors ??= floor.elements.filter((d): d is ElementOf<'opening'> => d.kind === 'opening').map((d) => d.position);
      // The route's own drawn width, then the clear width measured between walls and obstacles along it (exact
      // geometry, not the walking raster).
      let worst = el.width;
      let at = el.points[0];
      const obstacles = obstaclesOf(floor);
      for (let i = 1; i < el.points.length; i++) {
        const [a, b] = [el.points[i - 1], el.points[i]];
        // Only widths under the larger of the limit and the drawn width matter: edges farther away are left out.
        const near = edgesNear(obstacles, a, b, Math.max(need, el.width));
        const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
        for (let k = 0; k <= n; k++) {
          const p: Vec2 = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
          // Doors are checked by access.door-width; measure the corridor, not the door leaf.
          if (doors.some((d) => (d[0] - p[0]) ** 2 + (d[1] - p[1]) ** 2 < skip * skip)) continue;
          const w = clearWidthOf(obstacles, p, near);
          if (w < worst) {
            worst = w;
            at = p;
          }
        }
      }
      if (!atLeast(ctx, worst, need))
        out.push(
          finding('access.route-width', ctx, {
            elementIds: [el.id],
            floorId: floor.id,
            at,
            zh: `无障碍路线净宽 ${fmtMeasured(worst, need)} m，应不小于 ${fmtLimit(need)} m`,
            en: `Accessible route clear width is ${fmtMeasured(worst, need)} m; needs ${fmtLimit(need)} m`,
            data: { widthM: worst, requiredM: need },
          }),
        );
    }
    return out;
  },
});

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
      if (slope * run > rise * (1 + SLOPE_EPS)) bad.push(['slope', `坡度 1:${ratioRun(slope)}（应不大于 ${rise}:${run}）`, `slope 1:${ratioRun(slope)} (max ${rise}:${run})`]);
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
/** The run of a 1:n slope, with enough digits to tell 1:11.9 from 1:12. */
const ratioRun = (slope: number): string => (slope > 0 ? (1 / slope).toFixed(Math.abs(1 / slope - Math.round(1 / slope)) < SLOPE_EPS ? 0 : 1) : '∞');

const elevator = defineRule({
  id: 'access.elevator',
  group: 'access',
  title: { zh: '无障碍电梯', en: 'Accessible elevator' },
  scope: 'hall',
  reads: ['vlink', 'zone'],
  params: ['elevatorCarMinWM', 'elevatorCarMinDM', 'toleranceM'],
  check(ctx) {
    const publicFloors = ctx.doc.floors.filter((f) => f.elements.some((e) => e.kind === 'zone' && !isStaffZone(e) && e.type !== 'unclassified'));
    if (publicFloors.length < 2) return [];
    const w = num(ctx, 'elevatorCarMinWM');
    const d = num(ctx, 'elevatorCarMinDM');
    const lifts = all(ctx.doc, 'vlink').filter(({ el }) => el.linkKind === 'elevator');
    const good = lifts.filter(({ floor, el }) => {
      if (!el.accessible || !el.car) return false;
      const [a, b] = [Math.min(el.car.w, el.car.d), Math.max(el.car.w, el.car.d)];
      const served = new Set([floor.id, ...el.floors]);
      return atLeast(ctx, a, Math.min(w, d)) && atLeast(ctx, b, Math.max(w, d)) && publicFloors.every((f) => served.has(f.id));
    });
    if (good.length) return [];
    return [
      finding('access.elevator', ctx, {
        elementIds: lifts.map((l) => l.el.id),
        floorId: lifts[0]?.floor.id ?? publicFloors[0].id,
        at: lifts[0]?.el.position,
        zh: `多层大厅没有连通各服务楼层的无障碍电梯（轿厢不小于 ${d}×${w} m）`,
        en: `A multi-floor hall needs an accessible elevator serving every public floor (car at least ${d} × ${w} m)`,
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
    if (!zs.length) return [finding('access.toilet', ctx, { floorId: ctx.doc.floors[0]?.id, zh: '没有无障碍卫生间', en: 'No accessible toilet' })];
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

const doorWidth = defineRule({
  id: 'access.door-width',
  group: 'access',
  title: { zh: '门净宽', en: 'Door clear width' },
  scope: 'floor',
  reads: ['opening'],
  params: ['accessibleDoorMinM', 'accessibleDoorExistingMinM', 'buildingWork', 'toleranceM'],
  check(ctx) {
    const f = ctx.floor!;
    const { min, existing } = doorMin(ctx);
    const work = existing ? ['既有建筑改造', 'an altered existing building'] : ['新建、扩建建筑', 'a new or extended building'];
    return f.elements
      .filter((d): d is ElementOf<'opening'> => d.kind === 'opening' && d.entrance !== 'staff' && !atLeast(ctx, d.width, min))
      .map((d) =>
        finding('access.door-width', ctx, {
          elementIds: [d.id],
          floorId: f.id,
          at: d.position,
          zh: `门“${d.name ?? d.id}”净宽 ${fmtMeasured(d.width, min)} m，${work[0]}的门应不小于 ${fmtLimit(min)} m`,
          en: `Door "${d.name ?? d.id}" is ${fmtMeasured(d.width, min)} m clear; doors in ${work[1]} need ${fmtLimit(min)} m`,
          data: { widthM: d.width, minM: min },
        }),
      );
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
    if (!main) return [finding('access.entrance', ctx, { floorId: ctx.doc.floors[0]?.id, zh: '未设置主入口', en: 'No main entrance' })];
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

/** Waiting zones without a seat of the given flag: one finding per zone. */
function waitingWithout(ctx: RuleContext, ruleId: string, flag: 'priority' | 'wheelchair', what: [string, string]): Finding[] {
  const f = ctx.floor!;
  const seats = f.elements.filter((e): e is ElementOf<'point'> => e.kind === 'point' && e.pointKind === 'seat' && !!e[flag]);
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
const prioritySeats = defineRule({
  id: 'access.priority-seats',
  group: 'access',
  title: { zh: '爱心专座', en: 'Priority seats' },
  scope: 'floor',
  reads: ['zone', 'point'],
  params: [],
  check: (ctx) => waitingWithout(ctx, 'access.priority-seats', 'priority', ['爱心专座', 'priority seats']),
});

const wheelchairSpaces = defineRule({
  id: 'access.wheelchair-spaces',
  group: 'access',
  title: { zh: '轮椅席位', en: 'Wheelchair spaces' },
  scope: 'floor',
  reads: ['zone', 'point'],
  params: [],
  check: (ctx) => waitingWithout(ctx, 'access.wheelchair-spaces', 'wheelchair', ['轮椅席位', 'wheelchair space']),
});

export const RULES: RuleDef[] = [routeConnects, routeWidth, ramp, elevator, toilet, doorWidth, entrance, prioritySeats, wheelchairSpaces];
