/**
 * The obstacle edges exact passage widths are measured against: every solid's outline and the floor outline,
 * less what door strips cut out of them, plus the jambs (a strip's sides where they run inside a solid).
 *
 * A floor has thousands of solids and a drag changes one: each ring's cut edges are kept per ring object and the
 * strips that meet it, and a patch asks only for the edges that meet the region it re-measures. Either way the
 * edges come out in the same order, with the same arithmetic, as a whole-floor build, so a width measured from a
 * region's edges equals the whole floor's to the bit (ties between equally near edges go to the first).
 */
import { cachedBBox, type BBox, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';

export interface WidthInputs {
  solids: Polygon[];
  strips: Polygon[];
  outline?: Polygon;
}

/** The parts of segment a–b outside the convex polygon `cut` (Cyrus–Beck), as [t0, t1] intervals of 0..1. */
function outsideConvex(a: Vec2, b: Vec2, cut: Polygon): [number, number][] {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const ccw = signedArea2(cut) > 0;
  for (let i = 0; i < cut.length; i++) {
    const p = cut[i];
    const q = cut[(i + 1) % cut.length];
    // Inward normal of edge p→q.
    const nx = ccw ? -(q[1] - p[1]) : q[1] - p[1];
    const ny = ccw ? q[0] - p[0] : -(q[0] - p[0]);
    const num = nx * (a[0] - p[0]) + ny * (a[1] - p[1]);
    const den = nx * dx + ny * dy;
    if (den === 0) {
      if (num < 0) return [[0, 1]];
      continue;
    }
    const t = -num / den;
    if (den > 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return [[0, 1]];
  }
  const out: [number, number][] = [];
  if (t0 > 0) out.push([0, t0]);
  if (t1 < 1) out.push([t1, 1]);
  return out;
}
/** The part of segment a–b inside the convex polygon, or null. */
function insideConvex(a: Vec2, b: Vec2, poly: Polygon): [number, number] | null {
  const out = outsideConvex(a, b, poly);
  if (out.length === 1 && out[0][0] === 0 && out[0][1] === 1) return null;
  const t0 = out.length && out[0][0] === 0 ? out[0][1] : 0;
  const t1 = out.length && out[out.length - 1][1] === 1 ? out[out.length - 1][0] : 1;
  return t1 > t0 ? [t0, t1] : null;
}
function signedArea2(p: Polygon): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i];
    const b = p[(i + 1) % p.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}
const overlaps = (a: BBox, b: BBox) => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** A ring's edges less the pieces inside the strips (which are the strips meeting the ring's box, in input order). */
function cutRing(ring: Polygon, strips: readonly Polygon[]): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    let parts: [number, number][] = [[0, 1]];
    const eb: BBox = { minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]), minY: Math.min(a[1], b[1]), maxY: Math.max(a[1], b[1]) };
    for (const st of strips) {
      if (!overlaps(eb, cachedBBox(st))) continue;
      const cut = outsideConvex(a, b, st);
      const next: [number, number][] = [];
      for (const [p0, p1] of parts)
        for (const [c0, c1] of cut) {
          const lo = Math.max(p0, c0);
          const hi = Math.min(p1, c1);
          if (hi > lo) next.push([lo, hi]);
        }
      parts = next;
    }
    for (const [t0, t1] of parts) out.push(a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0, a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1);
  }
  return Float64Array.from(out);
}

/** Cut edges per ring object, kept while the strips meeting it are the same objects (a seat moving changes none). */
const ringMemo = new WeakMap<Polygon, { strips: Polygon[]; segs: Float64Array }>();
function ringEdges(ring: Polygon, strips: readonly Polygon[], stripBoxes: readonly BBox[]): Float64Array {
  const rb = cachedBBox(ring);
  const mine: Polygon[] = [];
  for (let s = 0; s < strips.length; s++) if (overlaps(rb, stripBoxes[s])) mine.push(strips[s]);
  const hit = ringMemo.get(ring);
  if (hit && hit.strips.length === mine.length && hit.strips.every((st, i) => st === mine[i])) return hit.segs;
  const segs = cutRing(ring, mine);
  ringMemo.set(ring, { strips: mine, segs });
  return segs;
}

/** Edges x0, y0, x1, y1 appended to `out`, those whose box meets `region` only (all without one). */
function append(out: number[], segs: Float64Array, region?: BBox): void {
  for (let k = 0; k < segs.length; k += 4) {
    if (
      region &&
      (Math.max(segs[k], segs[k + 2]) < region.minX ||
        Math.min(segs[k], segs[k + 2]) > region.maxX ||
        Math.max(segs[k + 1], segs[k + 3]) < region.minY ||
        Math.min(segs[k + 1], segs[k + 3]) > region.maxY)
    )
      continue;
    out.push(segs[k], segs[k + 1], segs[k + 2], segs[k + 3]);
  }
}

/**
 * Obstacle edges for widths: solids' and the outline's edges less what door strips cut, then the jambs. With
 * `region`, only the edges whose box meets it, in the same relative order as without.
 */
export function widthEdges(inp: WidthInputs, region?: BBox): Float64Array {
  const out: number[] = [];
  const stripBoxes = inp.strips.map(cachedBBox);
  const solidBoxes = inp.solids.map(cachedBBox);
  for (let k = 0; k < inp.solids.length; k++) {
    if (region && !overlaps(solidBoxes[k], region)) continue;
    append(out, ringEdges(inp.solids[k], inp.strips, stripBoxes), region);
  }
  if (inp.outline) append(out, ringEdges(inp.outline, inp.strips, stripBoxes), region);
  // Jambs: a strip's sides where they run inside a solid (the faces of the wall ends a door leaves). A jamb lies
  // in both boxes, so with a region both must meet it.
  for (let s = 0; s < inp.strips.length; s++) {
    if (region && !overlaps(stripBoxes[s], region)) continue;
    const st = inp.strips[s];
    for (let k = 0; k < inp.solids.length; k++) {
      if (!overlaps(stripBoxes[s], solidBoxes[k]) || inp.solids[k].length !== RECT_VERTICES) continue;
      for (let i = 0; i < st.length; i++) {
        const a = st[i];
        const b = st[(i + 1) % st.length];
        const iv = insideConvex(a, b, inp.solids[k]);
        if (iv) out.push(a[0] + (b[0] - a[0]) * iv[0], a[1] + (b[1] - a[1]) * iv[0], a[0] + (b[0] - a[0]) * iv[1], a[1] + (b[1] - a[1]) * iv[1]);
      }
    }
  }
  return Float64Array.from(out);
}
/** Walls and most blockers are rectangles; jambs are taken from those (convex) only. */
const RECT_VERTICES = 4;
