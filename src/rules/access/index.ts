/** Rules of the 'access' group (GB 55019 / GB 50763 and the presets' accessibility clauses). */
import type { ElementOf } from '../../core/kinds/registry';
import { isStaffZone, zoneHasType } from '../../core/kinds/zone';
import { counterServicePoint } from '../../core/kinds/counter';
import { area, centroid, distToPolygonBoundary, inscribedAtLeast, pointInPolygon } from '../../core/geometry/polygon';
import { clearWidthAt, navFor, reachFor } from '../../nav';
import type { Vec2 } from '../../core/geometry/vec';
import type { Finding, RuleDef } from '../types';
import { defineRule } from '../define';
import { all, finding, fmt, mainEntrance, num, zonesOfType } from '../util';
import { insideOf } from '../zones/placement';

const routeConnects = defineRule({
  id: 'access.route-connects',
  group: 'access',
  title: { zh: '无障碍路线连通', en: 'Accessible route connects' },
  scope: 'hall',
  reads: ['nav', 'opening', 'zone', 'counter'],
  params: ['accessibleDoorMinM'],
  check(ctx) {
    const main = mainEntrance(ctx.doc);
    if (!main) return [];
    // Only whether a wheelchair gets there counts here, not how far: a flood fill, not a distance field.
    const field = reachFor(navFor(ctx.doc), `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: insideOf(ctx.doc, main.floor.id, main.el) }], { accessible: true, minClearWidth: num(ctx, 'accessibleDoorMinM') });
    const out: Finding[] = [];
    for (const { floor, el } of all(ctx.doc, 'zone')) {
      if (isStaffZone(el) || el.type === 'unclassified') continue;
      const p = centroid(el.polygon);
      if (field.at(floor.id, p)) continue;
      out.push(finding('access.route-connects', ctx, { elementIds: [el.id], floorId: floor.id, at: p, zh: `轮椅无法从主入口到达“${el.name ?? el.id}”`, en: `A wheelchair cannot reach "${el.nameEn || el.name || el.id}" from the main entrance`, hintZh: '检查台阶、楼梯与无障碍电梯', hintEn: 'Check steps, stairs and the accessible elevator' }));
    }
    for (const { floor, el } of all(ctx.doc, 'counter')) {
      const p = counterServicePoint(el, 0.6);
      if (field.at(floor.id, p)) continue;
      out.push(finding('access.route-connects', ctx, { elementIds: [el.id], floorId: floor.id, at: p, zh: `轮椅无法到达 ${el.number || el.id} 号窗口`, en: `A wheelchair cannot reach counter ${el.number || el.id}` }));
    }
    return out;
  },
});

const routeWidth = defineRule({
  id: 'access.route-width',
  group: 'access',
  title: { zh: '无障碍通道宽度', en: 'Accessible route width' },
  scope: 'hall',
  reads: ['nav', 'route', 'opening'],
  params: ['accessibleWidthM', 'accessibleWidthCrowdedM'],
  check(ctx) {
    const need = ctx.doc.meta.crowded ? num(ctx, 'accessibleWidthCrowdedM') : num(ctx, 'accessibleWidthM');
    const g = navFor(ctx.doc);
    const out: Finding[] = [];
    const doors = new Map<string, Vec2[]>();
    for (const { floor, el } of all(ctx.doc, 'opening')) (doors.get(floor.id) ?? doors.set(floor.id, []).get(floor.id)!).push(el.position);
    for (const { floor, el } of all(ctx.doc, 'route')) {
      if (!el.accessible) continue;
      const near = doors.get(floor.id) ?? [];
      let worst = el.width;
      let at = el.points[0];
      for (let i = 1; i < el.points.length; i++) {
        const [a, b] = [el.points[i - 1], el.points[i]];
        const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 1));
        for (let k = 0; k <= n; k++) {
          const p: [number, number] = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
          // Doors are checked by access.door-width; measure the corridor, not the door leaf.
          if (near.some((d) => (d[0] - p[0]) ** 2 + (d[1] - p[1]) ** 2 < 1.44)) continue;
          const w = clearWidthAt(g, { floorId: floor.id, p });
          if (w > 0 && w < worst) {
            worst = w;
            at = p;
          }
        }
      }
      if (worst + g.grids[0].cell / 2 < need) out.push(finding('access.route-width', ctx, { elementIds: [el.id], floorId: floor.id, at, zh: `无障碍路线净宽 ${fmt(worst, 2)} m，应不小于 ${need} m`, en: `Accessible route clear width is ${fmt(worst, 2)} m; needs ${need} m`, data: { widthM: worst, requiredM: need } }));
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
  params: ['rampMaxSlope', 'rampMaxRiseM', 'rampMinWidthM', 'rampMinLandingM'],
  check(ctx) {
    const out: Finding[] = [];
    for (const { floor, el } of all(ctx.doc, 'vlink')) {
      if (el.linkKind !== 'ramp') continue;
      const bad: string[] = [];
      const slope = el.slope ?? 0;
      if (slope > num(ctx, 'rampMaxSlope') + 1e-9) bad.push(`坡度 1:${fmt(1 / slope, 1)} / slope 1:${fmt(1 / slope, 1)}`);
      if ((el.runRise ?? 0) > num(ctx, 'rampMaxRiseM') + 1e-9) bad.push(`每段高差 ${el.runRise} m / rise per run ${el.runRise} m`);
      if (el.clearWidth < num(ctx, 'rampMinWidthM') - 1e-9) bad.push(`净宽 ${el.clearWidth} m / width ${el.clearWidth} m`);
      if (el.landing !== undefined && el.landing < num(ctx, 'rampMinLandingM') - 1e-9) bad.push(`平台 ${el.landing} m / landing ${el.landing} m`);
      if (bad.length) out.push(finding('access.ramp', ctx, { elementIds: [el.id], floorId: floor.id, at: el.position, zh: `坡道“${el.name ?? el.id}”不符合：${bad.map((b) => b.split(' / ')[0]).join('，')}`, en: `Ramp "${el.name ?? el.id}" falls short: ${bad.map((b) => b.split(' / ')[1]).join(', ')}` }));
    }
    return out;
  },
});

const elevator = defineRule({
  id: 'access.elevator',
  group: 'access',
  title: { zh: '无障碍电梯', en: 'Accessible elevator' },
  scope: 'hall',
  reads: ['vlink', 'zone'],
  params: ['elevatorCarMinWM', 'elevatorCarMinDM'],
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
      return a >= Math.min(w, d) - 1e-9 && b >= Math.max(w, d) - 1e-9 && publicFloors.every((f) => served.has(f.id));
    });
    if (good.length) return [];
    return [finding('access.elevator', ctx, { elementIds: lifts.map((l) => l.el.id), floorId: lifts[0]?.floor.id ?? publicFloors[0].id, at: lifts[0]?.el.position, zh: `多层大厅没有连通各服务楼层的无障碍电梯（轿厢不小于 ${d}×${w} m）`, en: `A multi-floor hall needs an accessible elevator serving every public floor (car at least ${d} × ${w} m)` })];
  },
});

const toilet = defineRule({
  id: 'access.toilet',
  group: 'access',
  title: { zh: '无障碍卫生间', en: 'Accessible toilet' },
  scope: 'hall',
  reads: ['opening', 'zone'],
  params: ['accessibleToiletMinM2', 'turningDiameterM', 'accessibleToiletDoorMinM'],
  check(ctx) {
    const zs = zonesOfType(ctx.doc, 'accessible-toilet');
    if (!zs.length) return [finding('access.toilet', ctx, { floorId: ctx.doc.floors[0]?.id, zh: '没有无障碍卫生间', en: 'No accessible toilet' })];
    const out: Finding[] = [];
    for (const { floor, el } of zs) {
      const bad: [string, string][] = [];
      const a = area(el.polygon);
      if (a < num(ctx, 'accessibleToiletMinM2')) bad.push([`面积 ${fmt(a)} m²`, `area ${fmt(a)} m²`]);
      if (!inscribedAtLeast(el.polygon, (num(ctx, 'turningDiameterM') - 0.1) / 2)) bad.push([`容不下 Ø${num(ctx, 'turningDiameterM')} m 回转圆`, `no room for a Ø${num(ctx, 'turningDiameterM')} m turning circle`]);
      const doors = floor.elements.filter((d): d is ElementOf<'opening'> => d.kind === 'opening' && distToPolygonBoundary(d.position, el.polygon) < 0.3);
      if (!doors.length) bad.push(['没有门', 'no door']);
      else if (Math.max(...doors.map((d) => d.width)) < num(ctx, 'accessibleToiletDoorMinM')) bad.push([`门宽 ${Math.max(...doors.map((d) => d.width))} m`, `door ${Math.max(...doors.map((d) => d.width))} m wide`]);
      if (bad.length) out.push(finding('access.toilet', ctx, { elementIds: [el.id], floorId: floor.id, at: centroid(el.polygon), zh: `无障碍卫生间“${el.name ?? el.id}”：${bad.map((b) => b[0]).join('，')}`, en: `Accessible toilet "${el.name ?? el.id}": ${bad.map((b) => b[1]).join(', ')}` }));
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
  params: ['accessibleDoorMinM'],
  check(ctx) {
    const f = ctx.floor!;
    const min = num(ctx, 'accessibleDoorMinM');
    return f.elements
      .filter((d): d is ElementOf<'opening'> => d.kind === 'opening' && d.entrance !== 'staff' && d.width < min - 1e-9)
      .map((d) => finding('access.door-width', ctx, { elementIds: [d.id], floorId: f.id, at: d.position, zh: `门“${d.name ?? d.id}”净宽 ${d.width} m，无障碍通行应不小于 ${min} m`, en: `Door "${d.name ?? d.id}" is ${d.width} m clear; accessible routes need ${min} m`, data: { widthM: d.width, minM: min } }));
  },
});

const entrance = defineRule({
  id: 'access.entrance',
  group: 'access',
  title: { zh: '无障碍出入口', en: 'Accessible entrance' },
  scope: 'hall',
  reads: ['opening'],
  params: [],
  check(ctx) {
    const main = mainEntrance(ctx.doc);
    if (!main) return [finding('access.entrance', ctx, { floorId: ctx.doc.floors[0]?.id, zh: '未设置主入口', en: 'No main entrance' })];
    const bad: [string, string][] = [];
    if (main.el.step > 0.02 && !main.el.ramp) bad.push([`有 ${main.el.step} m 台阶且无坡道`, `has a ${main.el.step} m step and no ramp`]);
    if (!main.el.tactilePaving) bad.push(['门厅未设盲道', 'no tactile paving at the entrance hall']);
    if (!bad.length) return [];
    return [finding('access.entrance', ctx, { elementIds: [main.el.id], floorId: main.floor.id, at: main.el.position, zh: `主入口${bad.map((b) => b[0]).join('，')}`, en: `Main entrance ${bad.map((b) => b[1]).join(', ')}` })];
  },
});

const prioritySeats = defineRule({
  id: 'access.priority-seats',
  group: 'access',
  title: { zh: '爱心专座与轮椅位', en: 'Priority seats and wheelchair spaces' },
  scope: 'floor',
  reads: ['zone', 'point'],
  params: [],
  check(ctx) {
    const f = ctx.floor!;
    const seats = f.elements.filter((e): e is ElementOf<'point'> => e.kind === 'point' && e.pointKind === 'seat');
    return f.elements
      .filter((z): z is ElementOf<'zone'> => z.kind === 'zone' && zoneHasType(z, 'waiting'))
      .flatMap((z) => {
        const inside = seats.filter((s) => pointInPolygon(s.position, z.polygon));
        const miss: [string, string][] = [];
        if (!inside.some((s) => s.priority)) miss.push(['爱心专座', 'priority seats']);
        if (!inside.some((s) => s.wheelchair)) miss.push(['轮椅位', 'wheelchair spaces']);
        return miss.length ? [finding('access.priority-seats', ctx, { elementIds: [z.id], floorId: f.id, at: centroid(z.polygon), zh: `等候区“${z.name ?? z.id}”没有${miss.map((m) => m[0]).join('和')}`, en: `Waiting area "${z.name ?? z.id}" has no ${miss.map((m) => m[1]).join(' or ')}` })] : [];
      });
  },
});

export const RULES: RuleDef[] = [routeConnects, routeWidth, ramp, elevator, toilet, doorWidth, entrance, prioritySeats];
