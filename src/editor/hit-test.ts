/** Point and box hit-testing over the current floor, through the kind registry. */
import type { Floor } from '../core/document';
import { kindOf, type HallElement } from '../core/kinds/registry';
import { bbox, pointInPolygon, type BBox } from '../core/geometry/polygon';
import { distToSegment, type Vec2 } from '../core/geometry/vec';

export function hitTest(floor: Floor, p: Vec2, tolerance = 0.25): HallElement | undefined {
  let best: HallElement | undefined;
  let bestRank = Infinity;
  for (const el of floor.elements) {
    const k = kindOf(el);
    const rank = k.pickRank;
    if (rank >= bestRank) continue;
    const segs = k.segments?.(el);
    const fp = k.footprint(el);
    let hit = false;
    if (el.kind === 'wall' || el.kind === 'route') {
      const w = el.kind === 'wall' ? el.thickness / 2 : el.width / 2;
      hit = (segs ?? []).some(([a, b]) => distToSegment(p, a, b) <= Math.max(w, tolerance));
    } else if (fp) {
      // Areas are picked from inside only: their edges are where smaller things stand.
      hit = pointInPolygon(p, fp) || (k.walking !== 'areas' && fp.some((q, i) => distToSegment(p, q, fp[(i + 1) % fp.length]) <= tolerance));
    }
    if (hit) {
      best = el;
      bestRank = rank;
    }
  }
  return best;
}

export function elementBBox(el: HallElement): BBox {
  const k = kindOf(el);
  const fp = k.footprint(el);
  if (fp) return bbox(fp);
  return bbox((k.segments?.(el) ?? []).flat());
}

/** Ids of elements inside the box; `crossing` also takes those the box only touches (Revit's right-to-left box). */
export function boxSelect(floor: Floor, a: Vec2, b: Vec2, crossing = false): string[] {
  const box = { minX: Math.min(a[0], b[0]), minY: Math.min(a[1], b[1]), maxX: Math.max(a[0], b[0]), maxY: Math.max(a[1], b[1]) };
  const out: string[] = [];
  for (const el of floor.elements) {
    const e = elementBBox(el);
    const inside = e.minX >= box.minX && e.maxX <= box.maxX && e.minY >= box.minY && e.maxY <= box.maxY;
    const touches = e.minX <= box.maxX && e.maxX >= box.minX && e.minY <= box.maxY && e.maxY >= box.minY;
    if (inside || (crossing && touches)) out.push(el.id);
  }
  return out;
}
