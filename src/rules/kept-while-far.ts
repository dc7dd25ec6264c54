/**
 * Results about one place on a floor (a stretch of an accessible route, say) kept across edits made far from it. On
 * a later version of the floor, a result computed on an earlier one is reused while every element that shapes the
 * floor's obstacles (walls, doors, counters, seats, obstacles) and was added, removed or moved since lies outside
 * the box the result reads. Edits of signs, zones, routes and links change no obstacle and never count.
 */
import type { Floor } from '../core/document';
import { elementDiff } from '../core/element-diff';
import { kindOf, type HallElement } from '../core/kinds/registry';
import { bbox, type BBox } from '../core/geometry/polygon';
// Past as many changed elements as a raster is patched for, the boxes are not compared: the result is measured again.
import { MAX_PATCH_CHANGES } from '../nav/raster-patch';

/**
 * The plan box an element's obstacle shape can change, or null when it shapes none. A door cuts the wall it stands
 * in over its width along the wall (whatever its own rotation) and across the wall's whole thickness, which may
 * be more than the door's footprint: its box grows by both.
 */
function obstacleBox(e: HallElement, thickest: () => number): BBox | null {
  const k = kindOf(e);
  if (k.walking !== 'blocks' && k.walking !== 'opens') return null;
  const fp = k.footprint(e);
  const b = fp ? bbox(fp) : bbox((k.segments?.(e) ?? []).flat());
  if (e.kind !== 'opening') return b;
  const grow = thickest() + e.width;
  return { minX: b.minX - grow, minY: b.minY - grow, maxX: b.maxX + grow, maxY: b.maxY + grow };
}

/** Boxes of what changed between two versions of a floor, or null when they cannot stand for the change. */
const changes = new WeakMap<Floor, { from: Floor; boxes: BBox[] | null }>();
function changedBoxes(from: Floor, to: Floor): BBox[] | null {
  const hit = changes.get(to);
  if (hit && hit.from === from) return hit.boxes;
  let boxes: BBox[] | null = null;
  if (from.id === to.id && from.outline === to.outline) {
    const diff = elementDiff(from.elements, to.elements);
    const changed = diff.added.concat(diff.removed);
    if (!diff.reordered && changed.length <= MAX_PATCH_CHANGES) {
      let thick: number | undefined;
      const thickest = () => (thick ??= Math.max(0, ...to.elements.concat(from.elements).map((w) => (w.kind === 'wall' ? w.thickness : 0))));
      boxes = [];
      for (const e of changed) {
        const b = obstacleBox(e, thickest);
        if (b) boxes.push(b);
      }
    }
  }
  changes.set(to, { from, boxes });
  return boxes;
}

const overlaps = (a: BBox, b: BBox) => a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

const memo = new WeakMap<object, Map<string, { floor: Floor; value: unknown }>>();

/** Counts since start, for tests that want to see which path a result took. */
export const keptStats = { kept: 0, computed: 0 };

/**
 * `compute()`'s result for `owner` (the element the result is about) under `key` (what else it depends on: the
 * parameters, which part of the owner), computed on `floor` or reused from an earlier version of it when no
 * obstacle changed within `reads` since. The result must depend on nothing but the obstacles within `reads`.
 */
export function keptWhileFar<T>(owner: object, key: string, floor: Floor, reads: BBox, compute: () => T): T {
  let m = memo.get(owner);
  if (!m) memo.set(owner, (m = new Map()));
  const hit = m.get(key);
  if (hit) {
    if (hit.floor === floor) return hit.value as T;
    const boxes = changedBoxes(hit.floor, floor);
    if (boxes && !boxes.some((b) => overlaps(b, reads))) {
      hit.floor = floor;
      keptStats.kept++;
      return hit.value as T;
    }
  }
  keptStats.computed++;
  const value = compute();
  m.set(key, { floor, value });
  return value;
}
