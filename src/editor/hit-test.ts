/**
 * Point and box hit-testing over the elements standing on the current floor (its own, and a stair stored on the floor
 * below that joins it), through the kind registry and the list's spatial index.
 */
import { kindOf, type HallElement } from '../core/kinds/registry';
import { pickedBefore } from '../core/kinds/refs';
import { bbox, pointInPolygon, type BBox } from '../core/geometry/polygon';
import { distToSegment, type Vec2 } from '../core/geometry/vec';
import { spatialIndex } from './spatial-index';

/** What is picked from: a floor, or the elements standing on it (`standingOn`), kept as one array while unchanged. */
type Pickable = { readonly elements: readonly HallElement[] };

/** What a click at p picks: the first of hitCandidates (pick rank, under the pointer before near it, drawing order). */
export function hitTest(floor: Pickable, p: Vec2, tolerance = 0.25): HallElement | undefined {
  return hitCandidates(floor, p, tolerance)[0];
}

/**
 * Every element under the point, in the order a click picks them: pick rank (small things before the zones they
 * stand in), then under the pointer before only within the tolerance (in a row of seats 0.6 m apart the seat
 * clicked, not its neighbour), then the floor's drawing order. Tab walks this list, as in Revit.
 */
export function hitCandidates(floor: Pickable, p: Vec2, tolerance = 0.25): HallElement[] {
  const near = spatialIndex(floor.elements).query({ minX: p[0] - tolerance, minY: p[1] - tolerance, maxX: p[0] + tolerance, maxY: p[1] + tolerance });
  const found: { el: HallElement; key: number; at: number }[] = [];
  for (const el of near.keys()) {
    const how = hits(el, p, tolerance);
    if (how) found.push({ el, key: kindOf(el).pickRank * 2 + (how === 'inside' ? 0 : 1), at: floor.elements.indexOf(el) });
  }
  // Of two under the pointer the one drawn on top (later; bring to front / send to back change it) first; of two only near it, the earlier.
  const order = found.sort((a, b) => a.key - b.key || (a.key % 2 === 0 ? b.at - a.at : a.at - b.at)).map((f) => f.el);
  // What is picked before an element (a plate's or an evaluator's counter) takes its place, the element right after it.
  for (let i = 0; i < order.length; i++) {
    const j = order.findIndex((h, k) => k > i && pickedBefore(order[i], h));
    if (j > i) order.splice(i, 0, ...order.splice(j, 1));
  }
  return order;
}

function hits(el: HallElement, p: Vec2, tolerance: number): 'inside' | 'near' | undefined {
  const k = kindOf(el);
  if (k.halfWidth) {
    const w = k.halfWidth(el);
    const d = Math.min(...(k.segments?.(el) ?? []).map(([a, b]) => distToSegment(p, a, b)));
    return d <= w ? 'inside' : d <= tolerance ? 'near' : undefined;
  }
  const fp = k.footprint(el);
  if (!fp) return undefined;
  if (pointInPolygon(p, fp)) return 'inside';
  // Areas are picked from inside only: their edges are where smaller things stand.
  return k.walking !== 'areas' && fp.some((q, i) => distToSegment(p, q, fp[(i + 1) % fp.length]) <= tolerance) ? 'near' : undefined;
}

export function elementBBox(el: HallElement): BBox {
  const k = kindOf(el);
  const fp = k.footprint(el);
  if (fp) return bbox(fp);
  return bbox((k.segments?.(el) ?? []).flat());
}

/** Ids of elements inside the box; `crossing` also takes those the box only touches (Revit's right-to-left box). */
export function boxSelect(floor: Pickable, a: Vec2, b: Vec2, crossing = false): string[] {
  const box = { minX: Math.min(a[0], b[0]), minY: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxY: Math.max(a[1], b[1]) };
  const picked = new Set<HallElement>();
  for (const el of spatialIndex(floor.elements).query(box).keys()) {
    const e = elementBBox(el);
    const inside = e.minX >= box.minX && e.maxX <= box.maxX && e.minY >= box.minY && e.maxY <= box.maxY;
    const touches = e.minX <= box.maxX && e.maxX >= box.minX && e.minY <= box.maxY && e.maxY >= box.minY;
    if (inside || (crossing && touches)) picked.add(el);
  }
  // In the floor's order, as the selection has always been.
  return floor.elements.filter((el) => picked.has(el)).map((el) => el.id);
}
