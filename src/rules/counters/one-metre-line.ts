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
import { elementDiff } from '../../core/element-diff';
import type { Floor } from '../../core/document';

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
 * Per floor, the blockers whose box meets each counter's strip box, in document order. Kept from one version of
 * the floor to the next: when a few elements changed (a seat dragged), only they are tested against the strips;
 * otherwise every blocker is, once per counter.
 */
interface NearState {
  elements: readonly HallElement[];
  /** Every counter's list, made on the first counter asked about that kept none. */
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
/** A cell's key (cells 32,768 apart share a key; the boxes in it are compared exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

/**
 * Per counter of a floor, the blockers whose box meets its strip's box (bboxOverlap with no margin), in document
 * order. The strips' boxes are bucketed in cells as wide as the widest of them, so an element is compared with the
 * strips of the cells its box touches only; a point item (seats are most of a floor) whose footprint cannot reach
 * any of them is left out before its footprint is made: its footprint is a rectangle centred on its position,
 * within half its diagonal (and a margin far above rounding) of it.
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
  // A zero-sized strip (a counter drawn with no width) still buckets: any positive cell size does.
  if (!(size > 0)) size = 1;
  const cells = new Map<number, number[]>();
  const cellsOver = (minX: number, minY: number, maxX: number, maxY: number, visit: (list: number[]) => void) => {
    for (let cx = Math.floor(minX / size); cx <= Math.floor(maxX / size); cx++)
      for (let cy = Math.floor(minY / size); cy <= Math.floor(maxY / size); cy++) {
        const c = cells.get(cellKey(cx, cy));
        if (c) visit(c);
      }
  };
  boxes.forEach((b, k) => {
    for (let cx = Math.floor(b.minX / size); cx <= Math.floor(b.maxX / size); cx++)
      for (let cy = Math.floor(b.minY / size); cy <= Math.floor(b.maxY / size); cy++) {
        const key = cellKey(cx, cy);
        const c = cells.get(key);
        if (c) c.push(k);
        else cells.set(key, [k]);
      }
  });
  // Per strip, the last element listed against it (a strip in several cells is met once per element).
  const seen = new Int32Array(counters.length).fill(-1);
  // Indexed loops: this runs over every element of a floor nothing has seen, mostly before it is optimised.
  for (let i = 0; i < f.elements.length; i++) {
    const e = f.elements[i];
    if (e.kind === 'point') {
      const [w, d] = pointSize(e);
      const r = 0.5 * hypot2(w, d) * (1 + 1e-9) + 1e-9;
      const [x, y] = e.position;
      let reaches = false;
      cellsOver(x - r, y - r, x + r, y + r, (list) => {
        for (const k of list) {
          const b = boxes[k];
          if (!(x + r < b.minX || x - r > b.maxX || y + r < b.minY || y - r > b.maxY)) reaches = true;
        }
      });
      if (!reaches) continue;
    }
    const fp = canBlock(e) ? kindOf(e).footprint(e) : null;
    if (!fp) continue;
    const bb = bbox(fp);
    let blocker: Blocker | undefined;
    cellsOver(bb.minX, bb.minY, bb.maxX, bb.maxY, (list) => {
      for (const k of list) {
        const sb = boxes[k];
        if (seen[k] === i || !(sb.minX <= bb.maxX && bb.minX <= sb.maxX && sb.minY <= bb.maxY && bb.minY <= sb.maxY)) continue;
        seen[k] = i;
        blocker ??= { e, fp, bb };
        out.get(counters[k])!.push({ b: blocker, ov: NaN });
      }
    });
  }
  return out;
}
const nearStates = new Map<string, NearState>();
function nearLists(f: Floor): (c: ElementOf<'counter'>) => Near[] {
  const prev = nearStates.get(f.id);
  let state: NearState;
  const diff = prev && prev.elements !== f.elements ? elementDiff(prev.elements, f.elements) : null;
  if (prev && (prev.elements === f.elements || (diff && !diff.reordered && diff.added.length + diff.removed.length <= 32))) {
    const added: Blocker[] = [];
    for (const e of diff?.added ?? []) {
      const b = blockerOf(e);
      if (b) added.push(b);
    }
    const removed = new Set(diff?.removed ?? []);
    state = { elements: f.elements, byCounter: null, near: new Map() };
    // Counters that stayed keep their lists, less what was removed, plus what was added near them.
    const order = added.length ? new Map(f.elements.map((e, i) => [e, i])) : null;
    for (const [c, list] of prev.near) {
      if (removed.has(c)) continue;
      const sb = cachedBBox(stripOf(c as ElementOf<'counter'>));
      let next = removed.size ? list.filter((x) => !removed.has(x.b.e)) : list;
      const extra = added.filter((b) => bboxOverlap(sb, b.bb, 0)).map((b) => ({ b, ov: NaN }));
      if (extra.length) next = [...next, ...extra].sort((x, y) => order!.get(x.b.e)! - order!.get(y.b.e)!);
      state.near.set(c, next);
    }
  } else state = { elements: f.elements, byCounter: null, near: new Map() };
  nearStates.delete(f.id);
  nearStates.set(f.id, state);
  if (nearStates.size > 64) nearStates.delete(nearStates.keys().next().value!);
  return (c) => {
    let list = state.near.get(c);
    if (!list) {
      state.byCounter ??= nearByCounter(f);
      list = state.byCounter.get(c) ?? [];
      state.near.set(c, list);
    }
    return list;
  };
}

/**
 * Whether the line (the strip's far edge) is public floor: inside the outline, outside staff zones. Kept per
 * counter while it, the outline and the staff zones are the same objects (a seat moving changes none of them).
 */
const publicMemo = new WeakMap<object, { outline: Polygon | undefined; staff: readonly object[]; ok: boolean }>();
function inPublicSpace(c: ElementOf<'counter'>, strip: Polygon, outline: Polygon | undefined, staffZones: readonly ElementOf<'zone'>[]): boolean {
  const hit = publicMemo.get(c);
  if (hit && hit.outline === outline && hit.staff.length === staffZones.length && hit.staff.every((z, i) => z === staffZones[i])) return hit.ok;
  const lineEnds = [strip[2], strip[3]];
  const offFloor = outline ? !lineEnds.every((p) => pointInPolygon(p, outline)) : false;
  const inStaff = lineEnds.some((p) => staffZones.some((z) => pointInPolygon(p, z.polygon)));
  const ok = !offFloor && !inStaff;
  publicMemo.set(c, { outline, staff: staffZones, ok });
  return ok;
}

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
    const staffZones = f.elements.filter((e): e is ElementOf<'zone'> => e.kind === 'zone' && isStaffZone(e));
    for (let ci = 0; ci < f.elements.length; ci++) {
      const c = f.elements[ci];
      if (c.kind !== 'counter' || exempt.includes(c.type)) continue;
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
      if (!inPublicSpace(c, strip, f.outline, staffZones)) {
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
        if (Number.isNaN(near.ov)) near.ov = polygonsIntersect(strip, fp) ? overlapArea(strip, fp) : 0;
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
