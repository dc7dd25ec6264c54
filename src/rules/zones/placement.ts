/** Where zones sit: consultation by the entrance, 24h area on its own door, back office by the counters, storeys, area. */
import type { ElementOf } from '../../core/kinds/registry';
import { zoneHasType, isStaffZone } from '../../core/kinds/zone';
import { area, centroid, distToPolygonBoundary, pointInPolygon, polygonDistance } from '../../core/geometry/polygon';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { counterServicePoint } from '../../core/kinds/counter';
import { isExteriorDoor } from '../doors';
import { lineOfSight } from '../../nav';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { all, atMost, fieldFrom, finding, fmtLimit, fmtMeasured, mainEntrance, num, onFloor, perPolygon, samplePolygon, settledOrLeast, zonesOfType, hallFloorId } from '../util';
import { floorSources } from '../sources';
import { elementsOn } from '../element-index';
import { nearestWalked, walked } from '../walk';
import type { HallDocument } from '../../core/document';

/** A point just inside an entrance door, on the side within the floor outline. */
export function insideOf(doc: HallDocument, floorId: string, d: ElementOf<'opening'>, off: number): Vec2 {
  const floor = doc.floors.find((f) => f.id === floorId);
  const r = (d.rotation * Math.PI) / 180;
  const n: Vec2 = [-Math.sin(r), Math.cos(r)];
  const a: Vec2 = [d.position[0] + n[0] * off, d.position[1] + n[1] * off];
  const b: Vec2 = [d.position[0] - n[0] * off, d.position[1] - n[1] * off];
  if (floor?.outline) return pointInPolygon(a, floor.outline) ? a : b;
  return a;
}

export const zoneConsultationNearEntrance = defineRule({
  id: 'zone.consultation-near-entrance',
  group: 'zones',
  title: { zh: '咨询导办靠近主入口', en: 'Consultation near the main entrance' },
  scope: 'hall',
  reads: ['nav', 'opening', 'counter', 'zone', 'wall', 'obstacle'],
  params: ['consultMaxWalkM', 'conspicuousSightMaxM', 'entranceInsideM', 'consultSampleStepM', 'toleranceM', 'walkMinWidthM'],
  check(ctx) {
    // Without a main entrance there is nowhere to measure from: access.entrance reports the missing entrance, and a
    // second finding here would count one absence twice.
    const main = mainEntrance(ctx.doc);
    if (!main) return [];
    const max = num(ctx, 'consultMaxWalkM');
    const sightMax = num(ctx, 'conspicuousSightMaxM');
    const inside = insideOf(ctx.doc, main.floor.id, main.el, num(ctx, 'entranceInsideM'));
    const field = fieldFrom(ctx.doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: inside }]);
    // Two branches, either suffices (入口附近或醒目位置 / 入口处或醒目位置): near = the walk to any part of a
    // consultation zone or to a desk's service point; conspicuous = a zone centre or desk in plain sight of the
    // entrance within the sight distance, however long the walk.
    const targets: { floorId: string; p: Vec2; id: string }[] = [];
    let best = Infinity;
    let bestId: string | undefined;
    const consider = (d: number, id: string) => {
      if (d < best) {
        best = d;
        bestId = id;
      }
    };
    const step = num(ctx, 'consultSampleStepM');
    for (const { floor, el } of zonesOfType(ctx.doc, 'consultation')) {
      // A sample within the limit settles the verdict (a pass prints nothing): the samples after it are not read.
      consider(
        perPolygon(field, `consultation-reach|${max}|${num(ctx, 'toleranceM')}`, floor.id, el.polygon, () =>
          settledOrLeast(
            samplePolygon(el.polygon, step),
            (p) => field.at(floor.id, p),
            (v) => atMost(ctx, v, max),
          ),
        ),
        el.id,
      );
      targets.push({ floorId: floor.id, p: centroid(el.polygon), id: el.id });
    }
    const zoneIds = new Set(targets.map((t) => t.id));
    for (const { floor, el } of all(ctx.doc, 'counter')) if (el.type === 'consultation-desk') targets.push({ floorId: floor.id, p: counterServicePoint(el), id: el.id });
    for (const t of targets) consider(field.at(t.floorId, t.p), t.id);
    if (atMost(ctx, best, max)) return [];
    // The grid's figure failed: measure the walks it may overstate along their paths before a verdict rests on it.
    for (const { floor, el } of zonesOfType(ctx.doc, 'consultation')) consider(nearestWalked(ctx, field, floor.id, samplePolygon(el.polygon, step), max).d, el.id);
    for (const t of targets) if (!zoneIds.has(t.id)) consider(walked(ctx, field, t.floorId, t.p, max), t.id);
    if (atMost(ctx, best, max)) return [];
    if (targets.some((t) => t.floorId === main.floor.id && atMost(ctx, dist(t.p, inside), sightMax) && lineOfSight(ctx.doc, t.floorId, inside, t.p))) return [];
    return [
      finding('zone.consultation-near-entrance', ctx, {
        elementIds: [main.el.id, ...(bestId ? [bestId] : [])],
        floorId: main.floor.id,
        at: main.el.position,
        zh: targets.length
          ? `主入口到最近的咨询服务点步行 ${fmtMeasured(best, max)} m（入口附近应不超过 ${fmtLimit(max)} m），且入口 ${fmtLimit(sightMax)} m 视线内没有咨询服务点（醒目位置）`
          : '没有咨询服务区或综合咨询窗口',
        en: targets.length
          ? `The nearest consultation point is ${fmtMeasured(best, max)} m walk from the main entrance (near: max ${fmtLimit(max)} m) and none is in sight of it within ${fmtLimit(sightMax)} m (conspicuous)`
          : 'No consultation zone or desk',
        hintZh: '把咨询导办台设在进门可见处或入口附近',
        hintEn: 'Put the consultation desk near the entrance or where people see it as they come in',
        data: { walkM: best, maxM: max, sightMaxM: sightMax },
      }),
    ];
  },
});

const CHECKS_24H = ['ground-floor', 'near-main', 'own-door'] as const;
type Check24h = (typeof CHECKS_24H)[number];

export const zone24hIndependent = defineRule({
  id: 'zone.24h-independent',
  group: 'zones',
  title: { zh: '24小时自助区独立设置', en: '24h self-service area on its own' },
  scope: 'hall',
  reads: ['opening', 'zone', 'wall'],
  params: ['selfService24hEntranceMaxM', 'exteriorDoorTolM', 'zoneDoorTolM', 'toleranceM'],
  check(ctx) {
    const out: Finding[] = [];
    // What the preset's text asks for (hainan: its own entrance; jiangxi: ground floor beside the main entrance,
    // open 24 h), each a finding of its own.
    const asked = (ctx.setting.options?.checks as Check24h[] | undefined) ?? CHECKS_24H;
    const independent = ctx.setting.options?.independentOfMain === true;
    // 一楼 is storey 1 (a basement below it does not make it the first floor); without one, the lowest floor.
    const ground = ctx.doc.floors.find((f) => f.storey === 1) ?? [...ctx.doc.floors].sort((a, b) => a.elevation - b.elevation)[0];
    const main = mainEntrance(ctx.doc);
    const max = num(ctx, 'selfService24hEntranceMaxM');
    const extTol = num(ctx, 'exteriorDoorTolM');
    const doorTol = num(ctx, 'zoneDoorTolM');
    for (const { floor, el } of zonesOfType(ctx.doc, 'self-service-24h')) {
      const name = el.name ?? el.id;
      const base = { elementIds: [el.id], floorId: floor.id, at: centroid(el.polygon) };
      if (asked.includes('ground-floor') && floor.id !== ground?.id)
        out.push(
          finding('zone.24h-independent', ctx, {
            ...base,
            disc: 'ground-floor',
            zh: `24小时自助服务区“${name}”不在首层`,
            en: `24h self-service area "${name}" is not on the ground floor`,
          }),
        );
      if (
        asked.includes('own-door') &&
        !elementsOn(floor, 'opening').some(
          (d) =>
            d.entrance !== 'staff' &&
            // Where the text asks the entrance to be independent of the place (hainan 独立于政务服务场所), the hall's
            // own main entrance is not one; where it asks only that the area be open day and night (jiangxi), a main
            // entrance opening straight into it serves.
            (d.entrance !== 'main' || !independent) &&
            isExteriorDoor(floor, d, extTol) &&
            distToPolygonBoundary(d.position, el.polygon) <= doorTol,
        )
      )
        out.push(
          finding('zone.24h-independent', ctx, {
            ...base,
            disc: 'own-door',
            zh: `24小时自助服务区“${name}”没有独立的对外出入口`,
            en: `24h self-service area "${name}" has no exterior door of its own`,
          }),
        );
      if (asked.includes('near-main') && main && main.floor.id === floor.id) {
        const d = distToPolygonBoundary(main.el.position, el.polygon);
        if (!atMost(ctx, d, max))
          out.push(
            finding('zone.24h-independent', ctx, {
              ...base,
              disc: 'near-main',
              zh: `24小时自助服务区“${name}”距主入口 ${fmtMeasured(d, max)} m（应在主入口一侧 ${fmtLimit(max)} m 内）`,
              en: `24h self-service area "${name}" is ${fmtMeasured(d, max)} m from the main entrance (max ${fmtLimit(max)} m)`,
              data: { distanceM: d, maxM: max },
            }),
          );
      }
    }
    return out;
  },
});

export const zoneCounterBackofficeLink = defineRule({
  id: 'zone.counter-backoffice-link',
  group: 'zones',
  title: { zh: '窗口与后台对应连接', en: 'Counters linked to the back office' },
  scope: 'hall',
  reads: ['nav', 'zone', 'counter'],
  params: ['backOfficeLinkMaxM', 'zoneAdjacentM', 'routeSampleStepM', 'toleranceM', 'walkMinWidthM'],
  check(ctx) {
    const max = num(ctx, 'backOfficeLinkMaxM');
    const adjacent = num(ctx, 'zoneAdjacentM');
    // Half the route step: the nearest samples then sit at most a quarter step inside each area's edge.
    const step = num(ctx, 'routeSampleStepM') / 2;
    const offices = zonesOfType(ctx.doc, 'back-office');
    const out: Finding[] = [];
    let field: ReturnType<typeof fieldFrom> | undefined;
    for (const { floor, el } of zonesOfType(ctx.doc, 'counter-service')) {
      if (offices.some((o) => o.floor.id === floor.id && polygonDistance(o.el.polygon, el.polygon) <= adjacent)) continue;
      // The staff walk between the nearest points of the two areas (a long counter area is linked by its near
      // end, not its centre): one field from every back office, read over the counter area.
      field ??= fieldFrom(
        ctx.doc,
        'back-offices',
        floorSources(
          ctx.doc,
          `back-offices|${step}`,
          (f) => onFloor(f, 'zone').flatMap(({ el }) => (zoneHasType(el, 'back-office') ? [el.polygon] : [])),
          (f, polygons) => polygons.flatMap((poly) => samplePolygon(poly, step).map((p) => ({ floorId: f.id, p }))),
        ),
        { audience: 'staff' },
      );
      const f = field;
      const onGrid = offices.length
        ? perPolygon(f, `backoffice-link:${step}`, floor.id, el.polygon, () => Math.min(...f.atAll(floor.id, samplePolygon(el.polygon, step))))
        : Infinity;
      const d = atMost(ctx, onGrid, max) ? onGrid : nearestWalked(ctx, f, floor.id, samplePolygon(el.polygon, step), max, 'staff').d;
      if (atMost(ctx, d, max)) continue;
      const reached = Number.isFinite(d);
      out.push(
        finding('zone.counter-backoffice-link', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: centroid(el.polygon),
          zh: `窗口服务区“${el.name ?? el.id}”与后台审批区${reached ? `相距 ${fmtMeasured(d, max)} m` : '不连通'}（宜相邻或在 ${fmtLimit(max)} m 内）`,
          en: `Counter area "${el.name ?? el.id}" is ${reached ? `${fmtMeasured(d, max)} m` : 'not connected'} from a back office (should adjoin or be within ${fmtLimit(max)} m)`,
          ...(reached ? { data: { distanceM: d, maxM: max } } : {}),
        }),
      );
    }
    return out;
  },
});

export const zonePublicOverStaff = defineRule({
  id: 'zone.public-over-staff',
  group: 'zones',
  title: { zh: '对外服务面积大于办公面积', en: 'Public area larger than staff area' },
  scope: 'hall',
  reads: ['zone'],
  params: [],
  check(ctx) {
    let pub = 0;
    let staff = 0;
    for (const { el } of all(ctx.doc, 'zone')) {
      if (el.type === 'unclassified') continue;
      if (isStaffZone(el)) staff += area(el.polygon);
      else pub += area(el.polygon);
    }
    if (pub > staff || pub + staff === 0) return [];
    return [
      finding('zone.public-over-staff', ctx, {
        floorId: hallFloorId(ctx.doc),
        zh: `对外服务区面积 ${fmtMeasured(pub, staff)} m² 不大于办公区面积 ${fmtMeasured(staff, pub)} m²`,
        en: `Public area ${fmtMeasured(pub, staff)} m² is not larger than staff area ${fmtMeasured(staff, pub)} m²`,
        data: { publicM2: pub, staffM2: staff },
      }),
    ];
  },
});

export const zoneSpecialistMax = defineRule({
  id: 'zone.specialist-max',
  group: 'zones',
  title: { zh: '专业服务区数量', en: 'Number of specialist areas' },
  scope: 'hall',
  reads: ['zone', 'counter'],
  params: ['specialistZonesMax'],
  check(ctx) {
    const max = num(ctx, 'specialistZonesMax');
    const sp = all(ctx.doc, 'zone').filter(({ el }) => zoneHasType(el, 'specialist'));
    // 专业区域 are the departments' areas (公安、税务、社保…): where they are not drawn as zones, the departments of the
    // specialist counters tell how many there are.
    const counters = all(ctx.doc, 'counter').filter(({ el }) => el.type === 'specialist');
    const depts = [...new Set(counters.map(({ el }) => el.department?.trim()).filter((d): d is string => !!d))];
    if (sp.length <= max && depts.length <= max) return [];
    const byZone = sp.length >= depts.length;
    const n = byZone ? sp.length : depts.length;
    const first = byZone ? { floorId: sp[0].floor.id, at: centroid(sp[0].el.polygon) } : { floorId: counters[0].floor.id, at: counters[0].el.position };
    return [
      finding('zone.specialist-max', ctx, {
        elementIds: byZone ? sp.map((s) => s.el.id) : counters.map((c) => c.el.id),
        ...first,
        zh: byZone ? `专业服务区 ${n} 个，超过 ${max} 个` : `专业窗口分属 ${n} 个部门（${depts.join('、')}），专业区域超过 ${max} 个`,
        en: byZone ? `${n} specialist areas, more than ${max}` : `Specialist counters of ${n} departments (${depts.join(', ')}): more than ${max} specialist areas`,
        data: { count: n, max },
      }),
    ];
  },
});

export const zoneHallStoreys = defineRule({
  id: 'zone.hall-storeys',
  group: 'zones',
  title: { zh: '大厅所在楼层', en: 'Storeys of the public hall' },
  scope: 'floor',
  reads: ['zone'],
  params: ['maxPublicStorey'],
  check(ctx) {
    const f = ctx.floor!;
    const max = num(ctx, 'maxPublicStorey');
    // 三层以下 in the text's own words: storey 3 and every storey under it, basements included (the clause bars
    // upper storeys; whether a basement hall is reachable is the accessibility rules' business).
    if (f.storey <= max) return [];
    const pub = elementsOn(f, 'zone').filter(
      (e) => !isStaffZone(e) && e.type !== 'circulation' && e.type !== 'toilet' && e.type !== 'accessible-toilet' && e.type !== 'unclassified',
    );
    if (!pub.length) return [];
    return [
      finding('zone.hall-storeys', ctx, {
        elementIds: pub.map((z) => z.id),
        floorId: f.id,
        at: centroid(pub[0].polygon),
        zh: `${f.name}（第 ${f.storey} 层）设有对外服务区，大厅应设在 ${max} 层以下`,
        en: `${f.name} (storey ${f.storey}) has public service areas; the hall should be on storey ${max} or below`,
        data: { storey: f.storey, max },
      }),
    ];
  },
});

export const zoneHallArea = defineRule({
  id: 'zone.hall-area',
  group: 'zones',
  title: { zh: '大厅面积', en: 'Hall area' },
  scope: 'hall',
  reads: ['zone'],
  params: [],
  check(ctx) {
    const min = ctx.setting.options?.minAreaM2;
    if (typeof min !== 'number') throw new Error(`preset option "minAreaM2" of zone.hall-area is missing for level ${ctx.level}`);
    let total = 0;
    // 大厅建筑面积: every floor that holds the hall's functional areas, the back office's own floor included (办公区 is
    // one of them, §5.4.1); a floor with no zone drawn is not known to be the hall's.
    // Before any zone is drawn, every floor's outline is all there is to go by.
    const zoned = ctx.doc.floors.filter((f) => elementsOn(f, 'zone').some((e) => e.type !== 'unclassified'));
    for (const f of zoned.length ? zoned : ctx.doc.floors) if (f.outline) total += area(f.outline);
    if (total >= min) return [];
    return [
      finding('zone.hall-area', ctx, {
        floorId: hallFloorId(ctx.doc),
        zh: `大厅建筑面积 ${fmtMeasured(total, min)} m²，低于本级的 ${min} m²`,
        en: `Hall floor area ${fmtMeasured(total, min)} m² is below the ${min} m² for this level`,
        data: { areaM2: total, minM2: min },
      }),
    ];
  },
});
