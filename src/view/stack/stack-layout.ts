/**
 * The stacked-floors view pulls the floors apart vertically (an exploded stack, as indoor maps show a building), so
 * each floor's zones, counters and signs are seen from above between the floors, not hidden by the floor over them.
 * The current floor stays at its own elevation (the tools, the selection and the overlays draw there); the others
 * move away from it by a gap that grows with the hall's plan size, so the stack reads at any hall size.
 */
import type { Floor } from '../../core/document';
import { floorExtent } from '../camera/floor-extent';

/** Extra height between two neighbouring floors in the stack, metres: a third of the largest floor's larger side. */
export function stackGap(floors: readonly Floor[]): number {
  let side = 0;
  for (const f of floors) {
    const e = floorExtent(f);
    side = Math.max(side, e.maxX - e.minX, e.maxY - e.minY);
  }
  return Math.max(6, side / 3);
}

/** Vertical offset of every floor in the stack: zero for `currentId`, ± one gap per floor between them by elevation. */
export function stackOffsets(floors: readonly Floor[], currentId: string): Map<string, number> {
  const order = [...floors].sort((a, b) => a.elevation - b.elevation);
  const at = Math.max(
    0,
    order.findIndex((f) => f.id === currentId),
  );
  const gap = stackGap(floors);
  return new Map(order.map((f, i) => [f.id, (i - at) * gap]));
}

/** The lowest and highest world heights of the stack (floor levels plus offsets, the top floor's height included). */
export function stackHeights(floors: readonly Floor[], currentId: string): { min: number; max: number } {
  const off = stackOffsets(floors, currentId);
  let min = Infinity;
  let max = -Infinity;
  for (const f of floors) {
    const y = f.elevation + (off.get(f.id) ?? 0);
    min = Math.min(min, y);
    max = Math.max(max, y + f.height);
  }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
}

/** Walls and lifts in the stack are cut this high, as in the plan, so a floor's content shows over them. */
export const STACK_CUT_HEIGHT = 1.2;

/**
 * The plan box and height a framing of the whole stack aims at: every floor's box, grown on each side by most of
 * the stack's height (the 3D framing sizes its distance from the box, and seen from above at a slant the top and
 * bottom floors reach that far past the plan), centred halfway up the stack.
 */
export function stackFraming(floors: readonly Floor[], currentId: string): { box: ReturnType<typeof floorExtent>; elevation: number } {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const f of floors) {
    const e = floorExtent(f);
    box.minX = Math.min(box.minX, e.minX);
    box.minY = Math.min(box.minY, e.minY);
    box.maxX = Math.max(box.maxX, e.maxX);
    box.maxY = Math.max(box.maxY, e.maxY);
  }
  if (!Number.isFinite(box.minX)) return { box: floorExtent(undefined), elevation: 0 };
  const { min, max } = stackHeights(floors, currentId);
  const grow = (max - min) * 0.6;
  return { box: { minX: box.minX - grow, minY: box.minY - grow, maxX: box.maxX + grow, maxY: box.maxY + grow }, elevation: (min + max) / 2 };
}
