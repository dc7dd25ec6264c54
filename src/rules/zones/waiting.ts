/** Waiting areas: two per floor with counters, close to the service areas, and enough seats for the queue. */
import type { ElementOf, HallElement } from '../../core/kinds/registry';
import { elementDiff } from '../../core/element-diff';
import type { Floor } from '../../core/document';
import { zoneHasType } from '../../core/kinds/zone';
import { cachedBBox, centroid, pointInPolygon, polygonDistance, type Polygon } from '../../core/geometry/polygon';
import { segmentsIntersect } from '../../core/geometry/vec';
import { setCount, singletons, unite } from '../../core/union-find';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../define';
import { all, atMost, fieldFrom, finding, fmtLimit, fmtMeasured, num, onFloor, percent, perPolygon, zonesOfType, hallFloorId } from '../util';
import { elementsOn, pointElementsOn } from '../element-index';
import { floorSources } from '../sources';
import { edgeSamples, settledOrLeastOnEdge } from './edge-samples';
import type { DistanceField, NavPoint } from '../../nav';
import { queueReport } from '../queue/report';
import { nearestWalked } from '../walk';

export const zoneWaitingPerFloor = defineRule({
  id: 'zone.waiting-per-floor',
  group: 'zones',
  title: { zh: '每层等候区数量', en: 'Waiting areas per floor' },
  scope: 'floor',
  reads: ['zone', 'counter', 'wall'],
  params: ['waitingPerFloorMin', 'zoneAdjacentM'],
  check(ctx) {
    const f = ctx.floor!;
    // From the floor's element index: the counters and zones among thousands of seats, in the floor's order.
    const counters = elementsOn(f, 'counter').filter((e) => e.type !== 'consultation-desk');
    if (!counters.length) return [];
    const waiting = elementsOn(f, 'zone').filter((e) => zoneHasType(e, 'waiting'));
    const min = num(ctx, 'waitingPerFloorMin');
    if (waiting.length < min) return [tooFew(ctx, f, counters, waiting, waiting.length, min)];
    const places = waitingPlaces(f, waiting, num(ctx, 'zoneAdjacentM'));
    return places >= min ? [] : [tooFew(ctx, f, counters, waiting, places, min)];
  },
});

/**
 * 两处 are two places: waiting polygons drawn side by side in one open area (within `adjacent` of each other, no
 * wall between their centres) are one place, while two rooms back to back across a partition are two.
 */
function waitingPlaces(f: Floor, waiting: readonly ElementOf<'zone'>[], adjacent: number): number {
  const walls = elementsOn(f, 'wall');
  const places = singletons(waiting.length);
  for (let i = 0; i < waiting.length; i++)
    for (let j = i + 1; j < waiting.length; j++) {
      const a = waiting[i].polygon;
      const b = waiting[j].polygon;
      if (polygonDistance(a, b) > adjacent) continue;
      const ca = centroid(a);
      const cb = centroid(b);
      if (walls.some((w) => segmentsIntersect(ca, cb, w.a, w.b))) continue;
      unite(places, i, j);
    }
  return setCount(places);
}

function tooFew(ctx: RuleContext, f: Floor, counters: readonly HallElement[], waiting: readonly ElementOf<'zone'>[], places: number, min: number): Finding {
  return finding('zone.waiting-per-floor', ctx, {
    elementIds: waiting.map((w) => w.id),
    floorId: f.id,
    at: waiting[0] ? centroid(waiting[0].polygon) : counters[0].kind === 'counter' ? counters[0].position : undefined,
    zh: `${f.name} 有 ${counters.length} 个窗口，但只有 ${places} 处休息等候区（应不少于 ${min} 处）`,
    en: `${f.name} has ${counters.length} counters but ${places} waiting area(s); at least ${min} required`,
    hintZh: waiting.length > places ? '相邻的等候区连成一处：在本层另一位置再设置一处休息等候区' : '在本层再设置一处休息等候区',
    hintEn: waiting.length > places ? 'Adjoining waiting zones make one place: add another waiting area elsewhere on this floor' : 'Add another waiting area on this floor',
    data: { waitingZones: places, required: min },
  });
}

const isServiceArea = (el: ElementOf<'zone'>) => zoneHasType(el, 'counter-service') || zoneHasType(el, 'consultation') || zoneHasType(el, 'self-service');

export const zoneWaitingAdjacent = defineRule({
  id: 'zone.waiting-adjacent',
  group: 'zones',
  title: { zh: '等候区邻近服务区', en: 'Waiting near service areas' },
  scope: 'hall',
  reads: ['nav', 'zone'],
  params: ['waitingNearMaxM', 'routeSampleStepM', 'toleranceM', 'walkMinWidthM'],
  check(ctx) {
    const max = num(ctx, 'waitingNearMaxM');
    const targets = all(ctx.doc, 'zone').filter(({ el }) => isServiceArea(el));
    const out: Finding[] = [];
    // The walking field from every service area. Lying beside one is not enough: back to back across a solid wall,
    // the two are 关联 only by the walk round, so the walk decides (a zone that is also a service area passes).
    // Between the nearest points of the two areas, as zone.counter-backoffice-link measures: a long waiting hall
    // adjoining the counters is 关联 however far its far end lies. Half the route step: the nearest samples sit at
    // most a quarter step inside each area's edge.
    let sources: readonly NavPoint[] | undefined;
    let near: DistanceField | undefined;
    const step = num(ctx, 'routeSampleStepM') / 2;
    for (const { floor, el } of zonesOfType(ctx.doc, 'waiting')) {
      if (targets.some((t) => t.el === el)) continue;
      sources ??= floorSources(
        ctx.doc,
        `service-zones|${step}`,
        (f) => onFloor(f, 'zone').flatMap(({ el }) => (isServiceArea(el) ? [el.polygon] : [])),
        (f, polygons) => polygons.flatMap((poly) => edgeSamples(poly, step).map((p) => ({ floorId: f.id, p }))),
      );
      // The field's figure of a sample that meets the limit settles the verdict (nothing is printed for a pass):
      // the samples after it are not read, and no figure beyond the limit is, so the field is solved only that far.
      // Only where none meets it is the nearest of all needed, from the whole field, and walked taut. Asked for
      // once per check, not per waiting area: finding it again hashes every source point.
      near ??= fieldFrom(ctx.doc, `service-zones|${step}`, sources, { within: max + num(ctx, 'toleranceM') });
      const field = near;
      const onGrid = perPolygon(near, `waiting-adjacent:${step}|${max}|${num(ctx, 'toleranceM')}`, floor.id, el.polygon, () =>
        settledOrLeastOnEdge(
          el.polygon,
          step,
          (p) => field.at(floor.id, p),
          (v) => atMost(ctx, v, max),
        ),
      );
      const d = atMost(ctx, onGrid, max) ? onGrid : nearestWalked(ctx, fieldFrom(ctx.doc, `service-zones|${step}`, sources), floor.id, edgeSamples(el.polygon, step), max).d;
      if (atMost(ctx, d, max)) continue;
      const name = el.name ?? el.id;
      // No distance to give: say why instead of "∞ m" (none drawn yet, or none reachable on foot from here).
      const text = Number.isFinite(d)
        ? {
            zh: `等候区“${name}”距最近的窗口/咨询/自助服务区步行 ${fmtMeasured(d, max)} m（应不超过 ${fmtLimit(max)} m）`,
            en: `Waiting area "${name}" is ${fmtMeasured(d, max)} m walk from the nearest counter, consultation or self-service area (max ${fmtLimit(max)} m)`,
          }
        : targets.length === 0
          ? {
              zh: `等候区“${name}”附近没有窗口/咨询/自助服务区：大厅还没有这类功能区（应在 ${max} m 步行距离内）`,
              en: `Waiting area "${name}" has no counter, consultation or self-service area nearby: the hall has none yet (max ${max} m walk)`,
            }
          : {
              zh: `从等候区“${name}”步行无法到达任何窗口/咨询/自助服务区（应在 ${max} m 步行距离内）`,
              en: `No counter, consultation or self-service area can be reached on foot from waiting area "${name}" (max ${max} m walk)`,
            };
      out.push(
        finding('zone.waiting-adjacent', ctx, {
          elementIds: [el.id],
          floorId: floor.id,
          at: centroid(el.polygon),
          ...text,
          data: Number.isFinite(d) ? { walkM: d, maxM: max } : { maxM: max, reachable: false },
        }),
      );
    }
    return out;
  },
});

/**
 * Seats standing in the floor's waiting zones, remembered per floor object (other floors keep theirs after an
 * edit) and, per floor id, counted from the previous version while the zones are the same polygons.
 */
const seatMemo = new WeakMap<Floor, { zones: Polygon[]; seats: number }>();
/** The newest count per floor id, with the elements it was counted over: an edit's count starts from it. */
const seatNewest = new Map<string, { zones: Polygon[]; elements: readonly HallElement[]; seats: number }>();
const sameList = (a: readonly object[], b: readonly object[]) => a.length === b.length && a.every((x, i) => x === b[i]);
export function seatsInWaiting(floor: Floor, zones: Polygon[]): number {
  const hit = seatMemo.get(floor);
  if (hit && sameList(hit.zones, zones)) return hit.seats;
  const boxes = zones.map(cachedBBox);
  const seatsIn = (el: HallElement) => {
    if (el.kind !== 'point' || el.pointKind !== 'seat') return 0;
    const p = el.position;
    for (let k = 0; k < zones.length; k++) {
      const b = boxes[k];
      if (p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInPolygon(p, zones[k])) return el.count;
    }
    return 0;
  };
  let seats = 0;
  // Whether a seat counts depends only on it and the zones: after an edit, count the change from the floor's
  // previous count (a dragged seat is tested again, the others are not).
  const prev = seatNewest.get(floor.id);
  const diff = prev && sameList(prev.zones, zones) ? elementDiff(prev.elements, floor.elements) : null;
  if (prev && diff && diff.added.length + diff.removed.length <= 32) {
    seats = prev.seats;
    for (const e of diff.removed) seats -= seatsIn(e);
    for (const e of diff.added) seats += seatsIn(e);
  } else {
    // Only seats count: the floor's seats from its element index.
    const onFloor = pointElementsOn(floor, 'seat');
    for (let i = 0; i < onFloor.length; i++) seats += seatsIn(onFloor[i]);
  }
  seatMemo.set(floor, { zones, seats });
  seatNewest.delete(floor.id);
  seatNewest.set(floor.id, { zones, elements: floor.elements, seats });
  if (seatNewest.size > 64) seatNewest.delete(seatNewest.keys().next().value!);
  return seats;
}

export const zoneWaitingCapacity = defineRule({
  id: 'zone.waiting-capacity',
  group: 'zones',
  title: { zh: '等候座位容量', en: 'Waiting capacity' },
  scope: 'hall',
  reads: ['zone', 'point:seat', 'counter'],
  params: ['seatPercentile', 'targetWaitMin'],
  check(ctx) {
    const { seatsNeeded, rows } = queueReport(ctx.doc, ctx.params);
    const waiting = zonesOfType(ctx.doc, 'waiting');
    let seats = 0;
    for (const floor of ctx.doc.floors)
      seats += seatsInWaiting(
        floor,
        waiting.filter((w) => w.floor.id === floor.id).map((w) => w.el.polygon),
      );
    if (seats >= seatsNeeded) return [];
    // The finding names both ends of the shortfall: the waiting zones where seats go and the counters whose queues
    // need them (the first waiting zone, else the first counter, locates it).
    const queued = all(ctx.doc, 'counter').filter(({ el }) => el.type !== 'consultation-desk');
    return [
      finding('zone.waiting-capacity', ctx, {
        elementIds: [...waiting.map((w) => w.el.id), ...queued.map((c) => c.el.id)],
        floorId: waiting[0]?.floor.id ?? queued[0]?.floor.id ?? hallFloorId(ctx.doc),
        at: waiting[0] ? centroid(waiting[0].el.polygon) : queued[0]?.el.position,
        zh: `等候区共 ${seats} 个座位，按排队模型高峰需 ${seatsNeeded} 个（${percent(num(ctx, 'seatPercentile'))}% 分位）`,
        en: `Waiting areas seat ${seats}; the queue model needs ${seatsNeeded} at peak (${percent(num(ctx, 'seatPercentile'))}th percentile)`,
        hintZh: '增加座椅或窗口',
        hintEn: 'Add seats or counters',
        data: { seats, seatsNeeded, types: rows.length },
      }),
    ];
  },
});
