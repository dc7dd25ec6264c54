import { labelOfElement } from '../../core/element-label';
import { kindOf, type ElementOf, type HallElement } from '../../core/kinds/registry';
import { isExteriorDoor } from '../doors';
import { area, centroid, pointInPolygon } from '../../core/geometry/polygon';
import type { HallDocument } from '../../core/document';
import { dist, segmentIntersection, type Vec2 } from '../../core/geometry/vec';
import { lineOfSight } from '../../nav';
import { expandReads, type Finding, type RuleContext, type RuleDef } from '../types';
import { defineRule } from '../define';
import { all, atLeast, atMost, fieldFrom, finding, fmtLimit, fmtMeasured, mainEntrance, missingEquipment, num, pointsOf, samplePolygon, zonesOfType, hallFloorId } from '../util';
import { aedSources, exitPlaces, exitSources } from './coverage';
import { safetyExitSigns } from './exit-signs';
import { farFinding, farSamples, farZones } from './far-zones';
import { farthestWalked } from '../walk';
import { keptFindings } from '../kept-findings';
import { elementsOn, pointElementsOn } from '../element-index';

const aedPresent = defineRule({
  id: 'safety.aed-present',
  group: 'safety',
  title: { zh: '配置AED', en: 'AED present' },
  scope: 'hall',
  reads: ['point:aed'],
  params: [],
  check: (ctx) => missingEquipment(ctx, 'safety.aed-present', 'aed', '大厅没有配置自动体外除颤器（AED）', 'The hall has no AED'),
});

const aedCoverage = defineRule({
  id: 'safety.aed-coverage',
  group: 'safety',
  title: { zh: 'AED 步行覆盖', en: 'AED walking coverage' },
  scope: 'hall',
  reads: ['nav', 'zone', 'point'],
  params: ['aedMaxWalkM', 'serviceSampleStepM', 'toleranceM', 'walkMinWidthM'],
  check: (ctx) => farZones(ctx, 'safety.aed-coverage', 'aed', aedSources(ctx.doc), num(ctx, 'aedMaxWalkM'), ['最近的AED', 'the nearest AED']),
});

const aedSigned = defineRule({
  id: 'safety.aed-signed',
  group: 'safety',
  title: { zh: 'AED 指引', en: 'AED signposted' },
  scope: 'hall',
  // The sign is looked for in a straight line from the entrance: no walking is read.
  reads: ['sign', 'opening', 'point:aed'],
  params: ['entranceSignMaxM'],
  // A seat dragged (a point, like the AEDs) leaves the answer standing.
  check: (ctx) => keptFindings('safety.aed-signed', ctx, aedSignedReads, () => aedSignedFindings(ctx)),
});

/** What the AED sign check reads: whether there is an AED, the main entrance among the doors, and the signs. */
const aedSignedReads = (e: HallElement): boolean => (e.kind === 'point' ? e.pointKind === 'aed' : e.kind === 'sign' || e.kind === 'opening');

function aedSignedFindings(ctx: RuleContext): Finding[] {
  if (!pointsOf(ctx.doc, 'aed').length) return [];
  const main = mainEntrance(ctx.doc);
  if (!main) return [];
  const max = num(ctx, 'entranceSignMaxM');
  const mentions = (t: string) => /AED|除颤/i.test(t);
  const ok = all(ctx.doc, 'sign').some(
    ({ floor, el }) =>
      floor.id === main.floor.id && el.signKind === 'directional' && (mentions(el.text.zh) || mentions(el.text.en)) && atMost(ctx, dist(el.position, main.el.position), max),
  );
  const onMap = all(ctx.doc, 'sign').some(({ el }) => el.signKind === 'layout-map');
  // Two requirements, one finding each: the sign at the entrance, and the map the AED is marked on.
  const base = { elementIds: [main.el.id], floorId: main.floor.id, at: main.el.position };
  const out: Finding[] = [];
  if (!ok)
    out.push(
      finding('safety.aed-signed', ctx, {
        ...base,
        disc: 'directional',
        zh: `主入口 ${max} m 内没有指向 AED 的导向标识`,
        en: `No directional sign toward the AED within ${max} m of the main entrance`,
        hintZh: '在主入口处设置文字含“AED”或“除颤”的导向标识',
        hintEn: 'Put a directional sign reading "AED" at the main entrance',
      }),
    );
  if (!onMap) out.push(finding('safety.aed-signed', ctx, { ...base, disc: 'map', zh: '没有平面布局图，AED 无法在图上标明', en: 'No layout map to mark the AED on' }));
  return out;
}

const firstAid = defineRule({
  id: 'safety.first-aid',
  group: 'safety',
  title: { zh: '急救药箱', en: 'First-aid kit' },
  scope: 'hall',
  reads: ['point:first-aid-kit'],
  params: [],
  check: (ctx) => missingEquipment(ctx, 'safety.first-aid', 'first-aid-kit', '没有配置急救医药箱', 'No first-aid kit'),
});

// hainan §6.2.1.1 安防与应急类 …消防器材…, jiangxi §5.2.4 室内消防设备应包含…移动式手提灭火器: at least one in the place
// (how many is GB 55036/GB 50140's business, not supplied).
const fireExtinguisher = defineRule({
  id: 'safety.fire-extinguisher',
  group: 'safety',
  title: { zh: '灭火器', en: 'Fire extinguisher' },
  scope: 'hall',
  reads: ['point:fire-extinguisher'],
  params: [],
  check: (ctx) => missingEquipment(ctx, 'safety.fire-extinguisher', 'fire-extinguisher', '没有配置灭火器', 'No fire extinguisher'),
});

/** The people a floor holds, read from the plan: its seats and one clerk per counter. */
function peopleOn(f: HallDocument['floors'][number]): number {
  // From the floor's element index: its counters and seats among its elements.
  let people = elementsOn(f, 'counter').length;
  for (const e of pointElementsOn(f, 'seat')) people += e.count;
  return people;
}

/**
 * A floor small enough for one exit. The ground floor (GB 55037 §7.4.2 / GB 50016 §5.5.8-1: 建筑面积不大于200m²且人数
 * 不大于50人的单层公共建筑或多层公共建筑的首层): its outline's area and its people within the limits. An upper floor
 * (GB 50016 §5.5.8-2, table 5.5.8, fire resistance grade 一、二级: at most three storeys, each at most 200 m², the
 * second and third storeys together at most 50 people) may have one stair when the whole building is that small.
 */
function singleExitAllowed(ctx: RuleContext, f: HallDocument['floors'][number]): boolean {
  if (!f.outline) return false;
  const maxArea = num(ctx, 'singleExitMaxAreaM2');
  if (f.storey === 1) return area(f.outline) <= maxArea && peopleOn(f) <= num(ctx, 'singleExitMaxPersons');
  if (f.storey < 1) return false;
  const floors = ctx.doc.floors;
  if (floors.some((x) => x.storey < 1 || x.storey > num(ctx, 'singleStairMaxStoreys') || !x.outline || area(x.outline) > maxArea)) return false;
  let upper = 0;
  for (const x of floors) if (x.storey > 1) upper += peopleOn(x);
  return upper <= num(ctx, 'singleStairMaxPersons');
}

/**
 * GB 50016's escape figures depend on the building's fire-resistance grade (表 5.5.8's one stair, §5.5.17-4's 30 m
 * are grade 一、二级 figures), which a plan does not record: the checker reads them for grade I or II, the grade of a
 * public building of this kind, and says so in the finding, so a reviewer holding another grade knows to re-judge.
 */
const GRADE_ASSUMED = { zh: '（按一、二级耐火等级判断，平面图未记录耐火等级）', en: ' (fire-resistance grade I or II assumed: the plan does not record it)' };
const withGradeAssumed = (f: Finding): Finding => ({ ...f, message: { zh: f.message.zh + GRADE_ASSUMED.zh, en: f.message.en + GRADE_ASSUMED.en } });

const exits = defineRule({
  id: 'safety.exits',
  group: 'safety',
  title: { zh: '每层安全出口数量', en: 'Exits per floor' },
  scope: 'hall',
  reads: ['opening', 'zone', 'vlink', 'counter', 'point'],
  params: ['exitsPerFloorMin', 'singleExitMaxAreaM2', 'singleExitMaxPersons', 'singleStairMaxStoreys', 'singleStairMaxPersons'],
  check(ctx) {
    const min = num(ctx, 'exitsPerFloorMin');
    const src = exitSources(ctx.doc, ctx.params);
    return ctx.doc.floors
      .filter((f) => elementsOn(f, 'zone').length > 0)
      .filter((f) => !(singleExitAllowed(ctx, f) && src.some((s) => s.floorId === f.id)))
      .flatMap((f) => {
        const n = src.filter((s) => s.floorId === f.id).length;
        return n >= min
          ? []
          : [
              finding('safety.exits', ctx, {
                floorId: f.id,
                disc: f.id,
                zh: `${f.name} 只有 ${n} 个安全出口（应不少于 ${min} 个）${f.storey > 1 ? GRADE_ASSUMED.zh : ''}`,
                en: `${f.name} has ${n} exit(s); at least ${min} required${f.storey > 1 ? GRADE_ASSUMED.en : ''}`,
                data: { exits: n, min },
              }),
            ];
      });
  },
});

/** A floor's walls and the openings in them, gathered once per check for the straight lines of escape travel. */
interface WallsOf {
  walls: readonly ElementOf<'wall'>[];
  doors: readonly ElementOf<'opening'>[];
}
function wallsOf(floor: HallDocument['floors'][number]): WallsOf {
  return { walls: elementsOn(floor, 'wall'), doors: elementsOn(floor, 'opening') };
}

/** Whether the straight line a–b crosses none of the walls, save through a door in it. */
function noWallBetween({ walls, doors }: WallsOf, a: Vec2, b: Vec2): boolean {
  for (const w of walls) {
    const x = segmentIntersection(a, b, w.a, w.b);
    if (x && !doors.some((o) => (o.wallId === w.id || !o.wallId) && dist(o.position, x) <= o.width / 2)) return false;
  }
  return true;
}

/** Per walked finding: the floor it was judged on and the answer by straight line. */
const straightKept = new WeakMap<Finding, { floor: HallDocument['floors'][number]; finding: Finding | null }>();

/**
 * GB 50016 §5.5.17-4 measures 室内任一点至最近疏散门或安全出口的直线距离: a point with an exit of its floor within the
 * limit in a straight line that crosses no wall (save through a door) meets it whatever furniture stands between;
 * a point behind walls is measured along its walk. Asked only of the zones whose walk fails the limit.
 */
function straightOrWalked(ctx: RuleContext, found: Finding[], limit: number, what: [string, string]): Finding[] {
  if (!found.length) return found;
  const places = exitPlaces(ctx.doc, ctx.params);
  const field = fieldFrom(ctx.doc, 'exits', exitSources(ctx.doc, ctx.params));
  const step = num(ctx, 'serviceSampleStepM');
  const walls = new Map<HallDocument['floors'][number], WallsOf>();
  const out: Finding[] = [];
  for (const f of found) {
    const floor = ctx.doc.floors.find((x) => x.id === f.floorId);
    const el = floor?.elements.find((e): e is ElementOf<'zone'> => e.kind === 'zone' && e.id === f.elementIds[0]);
    if (!floor || !el) {
      out.push(f);
      continue;
    }
    // The walk's finding is the same object while its zone's walk stands; the answer stands with it and the floor.
    const hit = straightKept.get(f);
    if (hit && hit.floor === floor) {
      if (hit.finding) out.push(hit.finding);
      continue;
    }
    const keep = (finding: Finding | null) => {
      straightKept.set(f, { floor, finding });
      if (finding) out.push(finding);
    };
    const mine = places.filter((x) => x.floorId === floor.id);
    let ws = walls.get(floor);
    if (!ws) walls.set(floor, (ws = wallsOf(floor)));
    const w = ws;
    const rest = farSamples(el.polygon, step).filter((p) => !mine.some((x) => atMost(ctx, dist(p, x.p), limit) && noWallBetween(w, p, x.p)));
    if (!rest.length) {
      keep(null);
      continue;
    }
    const { d, k } = farthestWalked(ctx, field, floor.id, rest, limit);
    keep(k >= 0 && !atMost(ctx, d, limit) ? farFinding(ctx, 'safety.travel-distance', el, floor.id, d, rest[k], limit, what) : null);
  }
  return out;
}

const travel = defineRule({
  id: 'safety.travel-distance',
  group: 'safety',
  title: { zh: '疏散距离', en: 'Escape travel distance' },
  scope: 'hall',
  reads: ['nav', 'zone', 'opening', 'vlink', 'wall'],
  params: ['exitMaxTravelM', 'exitMaxTravelSprinklerM', 'serviceSampleStepM', 'toleranceM', 'walkMinWidthM'],
  check(ctx) {
    const limit = ctx.doc.meta.sprinklers ? num(ctx, 'exitMaxTravelSprinklerM') : num(ctx, 'exitMaxTravelM');
    const what: [string, string] = ['最近的安全出口', 'the nearest exit'];
    return straightOrWalked(ctx, farZones(ctx, 'safety.travel-distance', 'exits', exitSources(ctx.doc, ctx.params), limit, what, true), limit, what).map(withGradeAssumed);
  },
});

const exitWidth = defineRule({
  id: 'safety.exit-width',
  group: 'safety',
  title: { zh: '疏散门与走道宽度', en: 'Exit and corridor widths' },
  scope: 'floor',
  reads: ['opening'],
  params: ['exitDoorMinM', 'escapeCorridorMinM', 'exteriorDoorTolM', 'toleranceM'],
  check(ctx) {
    const f = ctx.floor!;
    const dmin = num(ctx, 'exitDoorMinM');
    const cmin = num(ctx, 'escapeCorridorMinM');
    const out: Finding[] = [];
    const tol = num(ctx, 'exteriorDoorTolM');
    for (const d of elementsOn(f, 'opening'))
      if (d.entrance !== 'staff' && isExteriorDoor(f, d, tol) && !atLeast(ctx, d.width, dmin))
        out.push(
          finding('safety.exit-width', ctx, {
            elementIds: [d.id],
            floorId: f.id,
            at: d.position,
            zh: `疏散门“${d.name ?? d.id}”净宽 ${fmtMeasured(d.width, dmin)} m（应不小于 ${fmtLimit(dmin)} m）`,
            en: `Exit door "${d.name ?? d.id}" is ${fmtMeasured(d.width, dmin)} m clear (min ${fmtLimit(dmin)} m)`,
            data: { widthM: d.width, minM: dmin },
          }),
        );
    for (const z of elementsOn(f, 'zone')) {
      if (z.type !== 'circulation') continue;
      const xs = z.polygon.map((p) => p[0]);
      const ys = z.polygon.map((p) => p[1]);
      const w = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      if (!atLeast(ctx, w, cmin))
        out.push(
          finding('safety.exit-width', ctx, {
            elementIds: [z.id],
            floorId: f.id,
            at: centroid(z.polygon),
            zh: `通道“${z.name ?? z.id}”宽 ${fmtMeasured(w, cmin)} m（疏散走道应不小于 ${fmtLimit(cmin)} m）`,
            en: `Corridor "${z.name ?? z.id}" is ${fmtMeasured(w, cmin)} m wide (escape corridors need ${fmtLimit(cmin)} m)`,
            data: { widthM: w, minM: cmin },
          }),
        );
    }
    return out;
  },
});

const cctv = defineRule({
  id: 'safety.cctv',
  group: 'safety',
  title: { zh: '视频监控覆盖', en: 'CCTV coverage' },
  scope: 'hall',
  reads: ['opening', 'point:cctv', 'wall', 'obstacle', 'zone', 'vlink'],
  params: ['cctvRangeM', 'exteriorDoorTolM', 'serviceSampleStepM', 'toleranceM'],
  // A seat dragged (a point, like the cameras) leaves every answer standing.
  check: (ctx) => keptFindings('safety.cctv', ctx, cctvReads, () => cctvFindings(ctx)),
});

/**
 * What the camera check reads: cameras among the points, its other kinds (doors and the walls that make them
 * exterior, zones to cover and to name doors by, lifts), and whatever blocks sight or opens a gap in what does
 * (src/nav/sight.ts).
 */
const cctvKinds = expandReads(cctv.reads);
const cctvReads = (e: HallElement): boolean => (e.kind === 'point' ? e.pointKind === 'cctv' : cctvKinds.has(e.kind) || kindOf(e).sight(e) !== 'none');

function cctvFindings(ctx: RuleContext): Finding[] {
  const range = num(ctx, 'cctvRangeM');
  const cams = pointsOf(ctx.doc, 'cctv');
  // A text that asks for cameras without naming where (hainan §11.1.4 应合理安装摄像头) is met by one camera.
  if (ctx.setting.options?.presenceOnly === true)
    return cams.length
      ? []
      : [finding('safety.cctv', ctx, { floorId: hallFloorId(ctx.doc), disc: 'none', zh: '场所内没有安装监控摄像机', en: 'No CCTV camera is installed in the place' })];
  const seen = (floorId: string, p: [number, number]) =>
    cams.some(({ floor, el }) => floor.id === floorId && atMost(ctx, dist(el.position, p), range) && lineOfSight(ctx.doc, floorId, el.position, p));
  const out: Finding[] = [];
  const tol = num(ctx, 'exteriorDoorTolM');
  for (const { floor, el } of all(ctx.doc, 'opening')) {
    if (!isExteriorDoor(floor, el, tol)) continue;
    if (seen(floor.id, el.position)) continue;
    // Named as the door kind names a door everywhere (主入口（1.8 m）, 门 M3（1 m）), never by its id.
    const door = labelOfElement(el, floor, ctx.doc.meta.preset);
    out.push(
      finding('safety.cctv', ctx, {
        elementIds: [el.id],
        floorId: floor.id,
        at: el.position,
        zh: `出入口“${door.zh}”不在监控范围内`,
        en: `Entrance "${door.en}" is not covered by CCTV`,
      }),
    );
  }
  // Areas the preset's text names beyond entrances (jiangxi §5.2.3.4 大厅（含服务窗口）、电梯、走廊、机房): an area is
  // covered by a camera inside it or one that sees some part of it; an elevator at every landing it serves.
  const also = (ctx.setting.options?.alsoCover as string[] | undefined) ?? [];
  const step = num(ctx, 'serviceSampleStepM');
  for (const { floor, el } of all(ctx.doc, 'zone')) {
    const t = also.find((x) => x === el.type || el.also.includes(x as never));
    if (!t || el.type === 'self-service-24h') continue;
    const c = centroid(el.polygon);
    if (cams.some((k) => k.floor.id === floor.id && pointInPolygon(k.el.position, el.polygon)) || samplePolygon(el.polygon, step).some((p) => seen(floor.id, p))) continue;
    out.push(
      finding('safety.cctv', ctx, {
        elementIds: [el.id],
        floorId: floor.id,
        at: c,
        zh: `“${el.name ?? el.id}”不在监控范围内`,
        en: `"${el.nameEn || el.name || el.id}" is not covered by CCTV`,
      }),
    );
  }
  if (also.includes('elevator'))
    for (const { floor, el } of all(ctx.doc, 'vlink')) {
      if (el.linkKind !== 'elevator') continue;
      for (const fid of new Set([floor.id, ...el.floors])) {
        if (!ctx.doc.floors.some((f) => f.id === fid) || seen(fid, el.position)) continue;
        const lift = labelOfElement(el, floor, ctx.doc.meta.preset);
        out.push(
          finding('safety.cctv', ctx, {
            elementIds: [el.id],
            floorId: fid,
            at: el.position,
            disc: `elevator:${fid}`,
            zh: `${lift.zh}在该层不在监控范围内`,
            en: `${lift.en} is not covered by CCTV at this landing`,
          }),
        );
      }
    }
  for (const { floor, el } of zonesOfType(ctx.doc, 'self-service-24h')) {
    if (!cams.some((c) => c.floor.id === floor.id && pointInPolygon(c.el.position, el.polygon)))
      out.push(
        finding('safety.cctv', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: centroid(el.polygon),
          zh: `24小时自助服务区“${el.name ?? el.id}”内没有监控`,
          en: `24h self-service area "${el.name ?? el.id}" has no camera inside`,
        }),
      );
  }
  return out;
}

export const RULES: RuleDef[] = [aedPresent, aedCoverage, aedSigned, firstAid, fireExtinguisher, exits, travel, exitWidth, cctv, safetyExitSigns];
