/**
 * counter.one-metre-line: every counter (but exempt types) has its 1-metre line at the preset distance, and
 * the strip between the counter front and the line is clear of seats, obstacles, walls and other counters,
 * inside the floor and outside staff space.
 */
import type { ElementOf, HallElement } from '../../core/kinds/registry';
import { kindOf } from '../../core/kinds/registry';
import { oneMetreStrip, counterServicePoint } from '../../core/kinds/counter';
import { pointSize } from '../../core/kinds/point';
import { hypot2 } from '../../core/geometry/vec';
import { isStaffZone } from '../../core/kinds/zone';
import { bbox, bboxOverlap, cachedBBox, pointInPolygon, polygonsIntersect, type BBox, type Polygon } from '../../core/geometry/polygon';
import { overlapArea } from '../../core/geometry/clip';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { atMost, finding, fmt, fmtLimit, fmtMeasured, num } from '../util';
import { elementDiff, type ElementDiff } from '../../core/element-diff';
import type { Floor } from '../../core/document';
import { elementsOn } from '../element-index';
import { stripGrid } from './strip-grid';

/** The strip per counter and the overlap per (counter, blocker) pair, kept while both are the same objects. */
const strips = new WeakMap<object, ReturnType<typeof oneMetreStrip>>();
const stripOf = (c: ElementOf<'counter'>) => {
  let s = strips.get(c);
  if (!s) strips.set(c, (s = oneMetreStrip(c)));
  return s;
};
interface Blocker {
  e: HallElement;
  fp: Polygon;
  bb: BBox;
}
/** What can stand in a strip: of the kinds that block walking, what blocks it, and seats and other points. */
function canBlock(e: HallElement): boolean {
  const k = kindOf(e);
  return k.walking === 'blocks' && (e.kind === 'point' || k.blocksWalking(e));
}
function makeBlocker(e: HallElement): Blocker | null {
  const fp = canBlock(e) ? kindOf(e).footprint(e) : null;
  return fp ? { e, fp, bb: cachedBBox(fp) } : null;
}
/** makeBlocker per element object, for the elements an edit adds (a whole floor is scanned by nearByCounter). */
const blockerMemo = new WeakMap<HallElement, Blocker | null>();
function blockerOf(e: HallElement): Blocker | null {
  let b = blockerMemo.get(e);
  if (b === undefined) blockerMemo.set(e, (b = makeBlocker(e)));
  return b;
}

/**
 * Per floor, the blockers whose box meets each counter's strip box, in document order. Carried from one version of
 * the floor to the next in place: when a few elements changed (a seat dragged), only they are tested against the
 * strips and only the lists they enter or leave are made again; otherwise every blocker is, once per counter.
 */
interface NearState {
  elements: readonly HallElement[];
  /** Every counter's list, made on the first counter asked about on a floor nothing was kept for. */
  byCounter: Map<HallElement, Near[]> | null;
  near: Map<HallElement, Near[]>;
}
/**
 * A blocker near a counter's strip, with the area it covers of the strip once worked out (NaN before). Entries
 * pass from one version of the floor to the next with the counter and blocker they pair, so an edit recomputes
 * only the pairs it made.
 */
interface Near {
  b: Blocker;
  ov: number;
}
/**
 * Per counter of a floor, the blockers whose box meets its strip's box (bboxOverlap with no margin), in document
 * order. The strips' boxes are bucketed in a grid of cells at least as wide as the widest of them (flat arrays: a
 * cell's strips are `items[start[cell] .. start[cell + 1]]`), so an element is compared with the strips of the
 * cells its box touches only; a point item (seats are most of a floor) whose footprint cannot reach any of them is
 * left out before its footprint is made: its footprint is a rectangle centred on its position, within half its
 * diagonal (and a margin far above rounding) of it.
 */
function nearByCounter(f: Floor): Map<HallElement, Near[]> {
  const counters: HallElement[] = [];
  const boxes: BBox[] = [];
  let size = 0;
  for (let i = 0; i < f.elements.length; i++) {
    const e = f.elements[i];
    if (e.kind !== 'counter') continue;
    const b = cachedBBox(stripOf(e));
    counters.push(e);
    boxes.push(b);
    size = Math.max(size, b.maxX - b.minX, b.maxY - b.minY);
  }
  const out = new Map<HallElement, Near[]>(counters.map((c) => [c, []]));
  if (!counters.length) return out;
  const lists = counters.map((c) => out.get(c)!);
  const grid = stripGrid(boxes, size);
  const { x0, y0, nx, ny, start, items } = grid;
  const cell = grid.size;
  // Per strip, the last element listed against it (a strip in several cells is met once per element).
  const seen = new Int32Array(counters.length).fill(-1);
  // Indexed loops: this runs over every element of a floor nothing has seen, mostly before it is optimised.
  for (let i = 0; i < f.elements.length; i++) {
    const e = f.elements[i];
    if (e.kind === 'point') {
      const [w, d] = pointSize(e);
      const r = 0.5 * hypot2(w, d) * (1 + 1e-9) + 1e-9;
      const x = e.position[0];
      const y = e.position[1];
      const c0 = Math.max(0, Math.floor((x - r) / cell) - x0);
      const c1 = Math.min(nx - 1, Math.floor((x + r) / cell) - x0);
      const r0 = Math.max(0, Math.floor((y - r) / cell) - y0);
      const r1 = Math.min(ny - 1, Math.floor((y + r) / cell) - y0);
      let reaches = false;
      for (let cx = c0; cx <= c1 && !reaches; cx++)
        for (let cy = r0; cy <= r1 && !reaches; cy++)
          for (let j = start[cx * ny + cy], end = start[cx * ny + cy + 1]; j < end; j++) {
            const b = boxes[items[j]];
            if (!(x + r < b.minX || x - r > b.maxX || y + r < b.minY || y - r > b.maxY)) {
              reaches = true;
              break;
            }
          }
      if (!reaches) continue;
    }
    const fp = canBlock(e) ? kindOf(e).footprint(e) : null;
    if (!fp) continue;
    const bb = bbox(fp);
    const c0 = Math.max(0, Math.floor(bb.minX / cell) - x0);
    const c1 = Math.min(nx - 1, Math.floor(bb.maxX / cell) - x0);
    const r0 = Math.max(0, Math.floor(bb.minY / cell) - y0);
    const r1 = Math.min(ny - 1, Math.floor(bb.maxY / cell) - y0);
    let blocker: Blocker | undefined;
    for (let cx = c0; cx <= c1; cx++)
      for (let cy = r0; cy <= r1; cy++)
        for (let j = start[cx * ny + cy], end = start[cx * ny + cy + 1]; j < end; j++) {
          const k = items[j];
          const sb = boxes[k];
          if (seen[k] === i || !(sb.minX <= bb.maxX && bb.minX <= sb.maxX && sb.minY <= bb.maxY && bb.minY <= sb.maxY)) continue;
          seen[k] = i;
          blocker ??= { e, fp, bb };
          lists[k].push({ b: blocker, ov: NaN });
        }
  }
  return out;
}

/** Past this many elements added and removed, the floor's lists are made afresh. */
const MAX_CARRIED = 32;
const nearStates = new Map<string, NearState>();
/**
 * Counts since start, for tests that want to see the lists carried from one version of a floor to the next, and
 * how many (counter, blocker) overlaps were worked out.
 */
export const nearStats = { carried: 0, overlaps: 0 };

/**
 * The area two shapes share is at most what their boxes share: a blocker whose box meets the strip's box by less
 * than the minimum cannot cover that much of it (an evaluator on the desk edge touches the strip along a line), so
 * its overlap is not worked out and reads as none, which is below the minimum as the true figure is.
 */
function boxOverlap(a: BBox, b: BBox): number {
  return Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)) * Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY));
}
/** Rounding slack (m²) on that bound: far below any minimum a preset sets, far above the boxes' rounding. */
const AREA_EPS = 1e-9;
function overlapOf(strip: Polygon, fp: Polygon): number {
  nearStats.overlaps++;
  return polygonsIntersect(strip, fp) ? overlapArea(strip, fp) : 0;
}

/** One counter's list over the whole floor, as nearByCounter makes it, for a counter an edit added (or moved). */
function nearOne(f: Floor, c: ElementOf<'counter'>): Near[] {
  const sb = cachedBBox(stripOf(c));
  const out: Near[] = [];
  for (let i = 0; i < f.elements.length; i++) {
    const e = f.elements[i];
    if (e.kind === 'point') {
      const [w, d] = pointSize(e);
      const r = 0.5 * hypot2(w, d) * (1 + 1e-9) + 1e-9;
      const [x, y] = e.position;
      if (x + r < sb.minX || x - r > sb.maxX || y + r < sb.minY || y - r > sb.maxY) continue;
    }
    const b = blockerOf(e);
    if (b && bboxOverlap(sb, b.bb, 0)) out.push({ b, ov: NaN });
  }
  return out;
}

/** `state` moved on to `elements` by a diff of at most a patch's changes (nothing reordered). */
function carry(state: NearState, elements: readonly HallElement[], diff: ElementDiff<HallElement>): void {
  const added: Blocker[] = [];
  for (const e of diff.added) {
    const b = blockerOf(e);
    if (b) added.push(b);
  }
  const removed = new Set(diff.removed);
  // Document positions, found only for the elements of a list that takes in an added blocker.
  const order = new Map<HallElement, number>();
  const at = (e: HallElement) => {
    let i = order.get(e);
    if (i === undefined) order.set(e, (i = elements.indexOf(e)));
    return i;
  };
  for (const [c, list] of state.near) {
    if (removed.has(c)) {
      state.near.delete(c);
      continue;
    }
    let next = list;
    if (removed.size && list.some((x) => removed.has(x.b.e))) next = list.filter((x) => !removed.has(x.b.e));
    if (added.length) {
      const sb = cachedBBox(stripOf(c as ElementOf<'counter'>));
      const extra = added.filter((b) => bboxOverlap(sb, b.bb, 0)).map((b) => ({ b, ov: NaN }));
      if (extra.length) next = [...next, ...extra].sort((x, y) => at(x.b.e) - at(y.b.e));
    }
    if (next !== list) state.near.set(c, next);
  }
  state.elements = elements;
  state.byCounter = null;
}

function nearLists(f: Floor): (c: ElementOf<'counter'>) => Near[] {
  let state = nearStates.get(f.id);
  const diff = state && state.elements !== f.elements ? elementDiff(state.elements, f.elements) : null;
  const kept = !!state && (!diff || (!diff.reordered && diff.added.length + diff.removed.length <= MAX_CARRIED));
  if (state && diff && kept) {
    carry(state, f.elements, diff);
    nearStats.carried++;
  } else if (!state || !kept) state = { elements: f.elements, byCounter: null, near: new Map() };
  nearStates.delete(f.id);
  nearStates.set(f.id, state);
  if (nearStates.size > 64) nearStates.delete(nearStates.keys().next().value!);
  // A floor nothing was kept for lists every counter in one pass; on a carried one, a counter without a list
  // (added or moved by the edit) is listed alone.
  const fresh = !state.near.size;
  const s = state;
  return (c) => {
    let list = s.near.get(c);
    if (!list) {
      if (fresh) {
        s.byCounter ??= nearByCounter(f);
        list = s.byCounter.get(c) ?? [];
      } else list = nearOne(f, c);
      s.near.set(c, list);
    }
    return list;
  };
}

/**
 * Whether the line (the strip's far edge) is public floor: inside the outline, outside staff zones. Kept per
 * counter while it, the outline and the staff zones are the same objects (a seat moving changes none of them).
 */
const publicMemo = new WeakMap<object, { outline: Polygon | undefined; staff: readonly object[]; ok: boolean }>();
function inPublicSpace(c: ElementOf<'counter'>, strip: Polygon, outline: Polygon | undefined, staff: StaffZones): boolean {
  const staffZones = staff.zones;
  const hit = publicMemo.get(c);
  if (hit && hit.outline === outline && hit.staff.length === staffZones.length && hit.staff.every((z, i) => z === staffZones[i])) return hit.ok;
  const lineEnds = [strip[2], strip[3]];
  const offFloor = outline ? !lineEnds.every((p) => pointInPolygon(p, outline)) : false;
  // A point outside a zone's box is outside the zone (pointInPolygon's boundary tolerance is far under the margin).
  const inStaff = lineEnds.some((p) =>
    staffZones.some((z, k) => {
      const b = staff.boxes[k];
      return p[0] >= b.minX - BOX_MARGIN && p[0] <= b.maxX + BOX_MARGIN && p[1] >= b.minY - BOX_MARGIN && p[1] <= b.maxY + BOX_MARGIN && pointInPolygon(p, z.polygon);
    }),
  );
  const ok = !offFloor && !inStaff;
  publicMemo.set(c, { outline, staff: staffZones, ok });
  return ok;
}

/** A floor's staff zones in the floor's order, with their boxes. */
interface StaffZones {
  zones: readonly ElementOf<'zone'>[];
  boxes: readonly BBox[];
}
/** Slack on the box test before pointInPolygon: rounding only, far above its 1e-9 boundary tolerance. */
const BOX_MARGIN = 1e-6;

/** A failing counter's finding fields, made only when it fails (most pass, and a check runs on every edit). */
const baseOf = (c: ElementOf<'counter'>, f: Floor, reach: number) => ({ elementIds: [c.id], floorId: f.id, at: counterServicePoint(c, reach) });
const labelOf = (c: ElementOf<'counter'>) => `${c.number || c.id}号窗口`;

export const counterOneMetreLine = defineRule({
  id: 'counter.one-metre-line',
  group: 'counters',
  title: { zh: '一米线', en: '1-metre line' },
  scope: 'floor',
  reads: ['counter', 'obstacle', 'point', 'wall', 'zone'],
  params: ['oneMetreLineM', 'oneMetreToleranceM', 'oneMetreLineExempt', 'counterReachM', 'stripOverlapMinM2', 'toleranceM'],
  check(ctx) {
    const f = ctx.floor!;
    const want = num(ctx, 'oneMetreLineM');
    const tol = num(ctx, 'oneMetreToleranceM');
    const reach = num(ctx, 'counterReachM');
    const minOverlap = num(ctx, 'stripOverlapMinM2');
    const exempt = String(ctx.params.oneMetreLineExempt ?? '')
      .split(',')
      .map((s) => s.trim());
    const out: Finding[] = [];
    const nearOf = nearLists(f);
    // From the floor's element index: the zones and counters among thousands of seats, in the floor's order.
    const staffZones = elementsOn(f, 'zone').filter(isStaffZone);
    const staff = { zones: staffZones, boxes: staffZones.map((z) => cachedBBox(z.polygon)) };
    for (const c of elementsOn(f, 'counter')) {
      if (exempt.includes(c.type)) continue;
      if (!c.oneMetreLine.enabled) {
        out.push(
          finding('counter.one-metre-line', ctx, {
            ...baseOf(c, f, reach),
            disc: 'missing',
            zh: `${labelOf(c)}未设置一米线`,
            en: `Counter ${c.number || c.id} has no 1-metre line`,
            hintZh: '在检查器中打开“一米线”',
            hintEn: 'Turn on its 1-metre line in the inspector',
          }),
        );
        continue;
      }
      const d = c.oneMetreLine.distance;
      if (!atMost(ctx, Math.abs(d - want), tol)) {
        out.push(
          finding('counter.one-metre-line', ctx, {
            ...baseOf(c, f, reach),
            disc: 'distance',
            zh: `${labelOf(c)}的一米线距台面 ${fmtMeasured(d, d < want ? want - tol : want + tol)} m（应为 ${fmtLimit(want)}±${fmtLimit(tol)} m）`,
            en: `Counter ${c.number || c.id}'s line is ${fmtMeasured(d, d < want ? want - tol : want + tol)} m from the desk (should be ${fmtLimit(want)}±${fmtLimit(tol)} m)`,
            data: { distanceM: d, requiredM: want },
          }),
        );
      }
      const strip = stripOf(c);
      // The far edge (the line itself) must be public floor: outside staff zones, inside the outline.
      if (!inPublicSpace(c, strip, f.outline, staff)) {
        out.push(
          finding('counter.one-metre-line', ctx, {
            ...baseOf(c, f, reach),
            disc: 'walkable',
            zh: `${labelOf(c)}的一米线区域不在公众可通行的空间内`,
            en: `Counter ${c.number || c.id}'s 1-metre strip is not in public walking space`,
          }),
        );
      }
      for (const near of nearOf(c)) {
        const { e, fp } = near.b;
        if (e.id === c.id) continue;
        if (Number.isNaN(near.ov)) near.ov = boxOverlap(cachedBBox(strip), near.b.bb) < minOverlap - AREA_EPS ? 0 : overlapOf(strip, fp);
        const ov = near.ov;
        if (ov < minOverlap) continue;
        out.push(
          finding('counter.one-metre-line', ctx, {
            elementIds: [c.id, e.id],
            floorId: f.id,
            at: counterServicePoint(c, reach),
            disc: `blocked:${e.id}`,
            zh: `${labelOf(c)}的一米线区域内有${kindOf(e).label.zh}“${e.name ?? e.id}”（占 ${fmt(ov, 2)} m²）`,
            en: `${kindOf(e).label.en} "${e.name ?? e.id}" stands in counter ${c.number || c.id}'s 1-metre strip (${fmt(ov, 2)} m²)`,
            hintZh: '移开它，保持窗口前一米线内空旷',
            hintEn: 'Move it out: the strip in front of the counter must stay clear',
            data: { overlapM2: ov },
          }),
        );
      }
    }
    return out;
  },
});
