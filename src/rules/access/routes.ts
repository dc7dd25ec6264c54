/** Accessible routes (GB 55019 §2.1–§2.2, §2.5): the wheelchair network from the main entrance, route widths, doors. */
import type { ElementOf } from '../../core/kinds/registry';
import { isStaffZone } from '../../core/kinds/zone';
import { counterServicePoint } from '../../core/kinds/counter';
import { navFor, pointOf, reachFor, STEP_FREE, type NavGraph } from '../../nav';
import type { Reach } from '../../nav/reach';
import { cachedBBox, pointInPolygon, type Polygon } from '../../core/geometry/polygon';
import { clearWidthOf, edgesNear, obstaclesOf } from '../../nav/clearance';
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../define';
import { all, atLeast, centroidOf, finding, fmt, fmtLimit, fmtMeasured, mainEntrance, navOptionsOf, num, wheelchairOptionsOf } from '../util';
import { wallCrossings } from './route-walls';
import { insideOf } from '../zones/placement';
import { keptWhileFar } from '../kept-while-far';
import { elementsOn } from '../element-index';

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

/**
 * A place a wheelchair must reach from the main entrance: where it is tested, and the room or counter it stands for
 * (named only in a finding: hundreds of places are tested on every check and nearly all are reached).
 */
interface Place {
  floorId: string;
  at: Vec2;
  el: ElementOf<'zone'> | ElementOf<'counter'>;
}

/** How a finding names a place out of reach, and what to check. */
function placeText(place: Place): { zh: string; en: string; hint?: { hintZh: string; hintEn: string } } {
  const el = place.el;
  if (el.kind === 'counter') return { zh: `轮椅无法到达 ${el.number || el.id} 号窗口`, en: `A wheelchair cannot reach counter ${el.number || el.id}` };
  return {
    zh: `轮椅无法从主入口到达“${el.name ?? el.id}”`,
    en: `A wheelchair cannot reach "${el.nameEn || el.name || el.id}" from the main entrance`,
    hint: { hintZh: '检查通道与门的净宽、台阶、楼梯与无障碍电梯', hintEn: 'Check clear widths of passages and doors, steps, stairs and the accessible elevator' },
  };
}

/** Where a counter serves, per counter object and reach: thousands of counters are tested on every check. */
const servicePoints = new WeakMap<ElementOf<'counter'>, { reach: number; at: Vec2 }>();
function servicePoint(c: ElementOf<'counter'>, reach: number): Vec2 {
  const hit = servicePoints.get(c);
  if (hit && hit.reach === reach) return hit.at;
  const at = counterServicePoint(c, reach);
  servicePoints.set(c, { reach, at });
  return at;
}

/** Every public room (at its centre) and every counter (where a person in a wheelchair is served), in that order. */
function mustReach(ctx: RuleContext): Place[] {
  const out: Place[] = [];
  for (const { floor, el } of all(ctx.doc, 'zone')) {
    if (isStaffZone(el) || el.type === 'unclassified') continue;
    out.push({ floorId: floor.id, at: centroidOf(el.polygon), el });
  }
  const reach = num(ctx, 'counterReachM');
  for (const { floor, el } of all(ctx.doc, 'counter')) out.push({ floorId: floor.id, at: servicePoint(el, reach), el });
  return out;
}

/**
 * Whether the wheelchair network enters a room anywhere: a waiting area whose middle is an island of seat rows
 * closed to wheelchairs is still reached through its open side. Read only when the room's centre is out of reach.
 */
function enteredAnywhere(g: NavGraph, reach: Reach, floorId: string, poly: Polygon): boolean {
  const f = g.floorIndex.get(floorId);
  if (f === undefined) return false;
  const grid = g.grids[f];
  const base = g.offsets[f];
  const box = cachedBBox(poly);
  const c0 = Math.max(0, Math.floor((box.minX - grid.origin[0]) / grid.cell));
  const c1 = Math.min(grid.cols - 1, Math.floor((box.maxX - grid.origin[0]) / grid.cell));
  const r0 = Math.max(0, Math.floor((box.minY - grid.origin[1]) / grid.cell));
  const r1 = Math.min(grid.rows - 1, Math.floor((box.maxY - grid.origin[1]) / grid.cell));
  const nodes = reach.nodes;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const n = base + r * grid.cols + c;
      if (nodes[n] && pointInPolygon(pointOf(g, n).p, poly)) return true;
    }
  }
  return false;
}

export const routeConnects = defineRule({
  id: 'access.route-connects',
  group: 'access',
  title: { zh: '无障碍路线连通', en: 'Accessible route connects' },
  scope: 'hall',
  reads: ['nav', 'opening', 'zone', 'counter'],
  params: [
    'accessibleWidthM',
    'accessibleWidthCrowdedM',
    'accessibleDoorMinM',
    'accessibleDoorExistingMinM',
    'buildingWork',
    'entranceInsideM',
    'counterReachM',
    'toleranceM',
    'walkMinWidthM',
  ],
  check(ctx) {
    const main = mainEntrance(ctx.doc);
    if (!main) return [];
    const width = ctx.doc.meta.crowded ? num(ctx, 'accessibleWidthCrowdedM') : num(ctx, 'accessibleWidthM');
    const door = doorMin(ctx).min;
    // Read after the widths above, as before: a parameter out of range names the same parameter.
    const wheelchair = wheelchairOptionsOf(ctx.params, ctx.doc.meta.crowded);
    const source = [{ floorId: main.floor.id, p: insideOf(ctx.doc, main.floor.id, main.el, num(ctx, 'entranceInsideM')) }];
    // Only whether a wheelchair gets there counts here, not how far: a flood fill, not a distance field.
    const field = reachFor(navFor(ctx.doc, navOptionsOf(ctx.doc)), `entrance:${main.el.id}`, source, wheelchair);
    // Asked only when something is out of reach: would it be reached if no passage or door were too narrow?
    let level: ReturnType<typeof reachFor> | undefined;
    let walk: ReturnType<typeof reachFor> | undefined;
    const why = (floorId: string, p: Vec2): Blocked => {
      level ??= reachFor(navFor(ctx.doc), `entrance:${main.el.id}`, source, STEP_FREE);
      if (level.at(floorId, p)) return 'narrow';
      walk ??= reachFor(navFor(ctx.doc), `entrance:${main.el.id}`, source, { minWalkWidth: num(ctx, 'walkMinWidthM') });
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
    const graph = navFor(ctx.doc, navOptionsOf(ctx.doc));
    for (const place of mustReach(ctx)) {
      if (field.at(place.floorId, place.at)) continue;
      if (place.el.kind === 'zone' && enteredAnywhere(graph, field, place.floorId, place.el.polygon)) continue;
      const [zh, en] = because(why(place.floorId, place.at));
      const text = placeText(place);
      out.push(
        finding('access.route-connects', ctx, {
          elementIds: [place.el.id],
          floorId: place.floorId,
          at: place.at,
          zh: `${text.zh}${zh}`,
          en: `${text.en}${en}`,
          ...text.hint,
        }),
      );
    }
    return out;
  },
});

export const routeWidth = defineRule({
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
    for (const el of elementsOn(floor, 'route')) {
      if (!el.accessible) continue;
      // The route's own drawn width, then the clear width measured between walls and obstacles along it (exact
      // geometry, not the walking raster): the first narrowest point, stretch by stretch.
      let worst = el.width;
      let at = el.points[0];
      // Only widths under the larger of the limit and the drawn width matter: edges farther away are left out, so a
      // stretch reads no obstacle farther than that (or than the door skip radius) and keeps its answer while every
      // edit happens farther away (a seat dragged across the hall).
      const cap = Math.max(need, el.width);
      const reach = Math.max(cap, skip);
      for (let i = 1; i < el.points.length; i++) {
        const [a, b] = [el.points[i - 1], el.points[i]];
        const reads = { minX: Math.min(a[0], b[0]) - reach, minY: Math.min(a[1], b[1]) - reach, maxX: Math.max(a[0], b[0]) + reach, maxY: Math.max(a[1], b[1]) + reach };
        const narrowest = keptWhileFar(el, `${i}|${cap}|${step}|${skip}`, floor, reads, () => {
          doors ??= elementsOn(floor, 'opening').map((d) => d.position);
          const obstacles = obstaclesOf(floor);
          const near = edgesNear(obstacles, a, b, cap);
          const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
          let w0 = Infinity;
          let p0 = a;
          for (let k = 0; k <= n; k++) {
            const p: Vec2 = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
            // Doors are checked by access.door-width; measure the corridor, not the door leaf.
            if (doors.some((d) => (d[0] - p[0]) ** 2 + (d[1] - p[1]) ** 2 < skip * skip)) continue;
            const w = clearWidthOf(obstacles, p, near);
            if (w < w0) {
              w0 = w;
              p0 = p;
            }
          }
          return { w: w0, at: p0 };
        });
        if (narrowest.w < worst) {
          worst = narrowest.w;
          at = narrowest.at;
        }
      }
      // Through a wall where it has no door the route has no clear width at all: each crossing located.
      const crossings = wallCrossings(el, floor, num(ctx, 'toleranceM'));
      crossings.forEach(({ at: x, wall }, k) => {
        const where = `(${fmt(x[0])}, ${fmt(x[1])})`;
        out.push(
          finding('access.route-width', ctx, {
            elementIds: [el.id, wall.id],
            floorId: floor.id,
            at: x,
            disc: `wall:${wall.id}:${k}`,
            zh: `无障碍路线在 ${where} 处穿过墙体，该处没有门`,
            en: `The accessible route runs through a wall at ${where} where there is no door`,
            hintZh: '在穿墙处设门，或改画路线经过已有的门',
            hintEn: 'Put a door where it crosses, or redraw the route through an existing door',
          }),
        );
      });
      // The narrowest point measured at a crossing is that wall, already reported: not a second finding.
      if (!atLeast(ctx, worst, need) && !crossings.some((c) => dist(c.at, at) <= cap))
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

export const doorWidth = defineRule({
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
