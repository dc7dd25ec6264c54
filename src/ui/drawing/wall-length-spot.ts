/**
 * Where a selected wall's length field goes on screen: beside the wall, off it, as Revit draws a temporary
 * dimension parallel to the element; clear of the view's panels (the CAD and underlay panels) and of the plan's
 * labels (a small room's name right by the wall). Screen pixels.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the wall line and the field, and between the field and what it must not cover. */
const GAP = 6;

const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Rect, v: Rect): boolean => a.left >= v.left && a.right <= v.right && a.top >= v.top && a.bottom <= v.bottom;

/** How much of `a` lies over `b`, in square pixels. */
const overlapArea = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * The field's centre for a wall from `a` to `b` (screen points) and a field `w` × `h`: of the spots off the wall
 * (either side, at the middle or a quarter from an end, next to the wall or a field's height further out), the first
 * inside `view` that covers none of `avoid`; where every spot covers something, the one covering least.
 */
export function wallLengthSpot(a: [number, number], b: [number, number], w: number, h: number, avoid: readonly Rect[], view: Rect): [number, number] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  // The wall's normal on screen, and how far the field's centre must stand off the line for its box to clear it.
  const nx = -dy / len;
  const ny = dx / len;
  const off = GAP + (Math.abs(nx) * w + Math.abs(ny) * h) / 2;
  const spots: [number, number][] = [];
  for (const far of [0, 1])
    for (const t of [0.5, 0.25, 0.75])
      for (const side of [-1, 1]) {
        const d = side * (off + far * (GAP + h));
        spots.push([a[0] + dx * t + nx * d, a[1] + dy * t + ny * d]);
      }
  const box = ([x, y]: [number, number]): Rect => ({ left: x - w / 2, top: y - h / 2, right: x + w / 2, bottom: y + h / 2 });
  const grown = avoid.map((r) => ({ left: r.left - GAP / 2, top: r.top - GAP / 2, right: r.right + GAP / 2, bottom: r.bottom + GAP / 2 }));
  let best = spots[0];
  let least = Number.POSITIVE_INFINITY;
  for (const s of spots) {
    const r = box(s);
    if (!inside(r, view)) continue;
    let covered = 0;
    for (const g of grown) if (overlaps(r, g)) covered += overlapArea(r, g);
    if (covered < least) {
      least = covered;
      best = s;
    }
    if (covered === 0) break;
  }
  return best;
}
