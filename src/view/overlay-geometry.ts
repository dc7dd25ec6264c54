/**
 * The line and polygon geometry of the active tool's overlay (./OverlayLayer), in scene coordinates at height `y`:
 * plan x → x, plan y → −z. Pure functions, memoised by the layer on the overlay's parts.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { Guide, Overlay } from '../editor/types';
import { oneMetreStrip } from '../core/kinds/counter';
import { kindOf } from '../core/kinds/registry';

export type P3 = [number, number, number];

/** Line segments (pairs of points) joining consecutive plan points a→b of each pair. */
const pairs = (ab: [Vec2, Vec2][], y: number): P3[] => ab.flatMap(([a, b]) => [[a[0], y, -a[1]] as P3, [b[0], y, -b[1]] as P3]);

/** The snap guides drawn in one style: alignment guides (`snap`), the ortho lock (`ortho`) or counter fronts (`front`). */
export function guideSegments(guides: readonly Guide[], which: 'snap' | 'ortho' | 'front', y: number): P3[] {
  const of = (g: Guide) => (g.kind === 'ortho' ? 'ortho' : g.kind === 'front' ? 'front' : 'snap');
  return pairs(
    guides.filter((g) => of(g) === which).map((g) => [g.a, g.b]),
    y,
  );
}

/** The selection rectangle's four edges. */
export function marqueeSegments(marquee: Overlay['marquee'], y: number): P3[] {
  if (!marquee) return [];
  const { a, b } = marquee;
  const r: Vec2[] = [a, [b[0], a[1]], b, [a[0], b[1]]];
  return pairs(
    r.map((p, i) => [p, r[(i + 1) % 4]]),
    y,
  );
}

/** The path being drawn, as segments between its points. */
export function pathSegments(path: Overlay['path'], y: number): P3[] {
  const p = path ?? [];
  return pairs(
    p.slice(1).map((q, i) => [p[i], q]),
    y,
  );
}

/** The measuring tool's line. */
export function measureSegment(measure: Overlay['measure'], y: number): P3[] {
  return measure ? pairs([[measure.a, measure.b]], y) : [];
}

/** The one-metre strips of ghost counters the placement would block, in red. */
export function blockedStrips(ghosts: Overlay['ghosts'], blockedIds: Overlay['blockedIds']) {
  const ids = new Set(blockedIds ?? []);
  return ghosts.flatMap((g) => (g.kind === 'counter' && ids.has(g.id) ? [{ polygon: oneMetreStrip(g, Math.max(1, g.oneMetreLine.distance)), color: '#dc2626' }] : []));
}

/**
 * Where a ghost set into a wall (a door or window being placed) would sit: its footprint across the wall, blue where
 * a click places it, red where the placement is refused (an overlap, a wall too short). The ghost's own symbol is
 * thin and lies on the wall; this is what makes the preview readable at any zoom.
 */
export function wallSlotMarks(ghosts: Overlay['ghosts'], blockedIds: Overlay['blockedIds']) {
  const ids = new Set(blockedIds ?? []);
  return ghosts.flatMap((g) => {
    const fp = kindOf(g).inWall ? kindOf(g).footprint(g) : null;
    return fp ? [{ polygon: acrossWall(fp, SLOT_MARGIN_M), color: ids.has(g.id) ? '#dc2626' : '#0ea5e9' }] : [];
  });
}

/** How far the slot mark reaches past the wall's faces, metres: a wall-thin footprint is a hairline when zoomed out. */
const SLOT_MARGIN_M = 0.3;

/** `poly` grown by `m` on both sides across its longest edge (across the wall it sits in), not along it. */
function acrossWall(poly: Vec2[], m: number): Vec2[] {
  let u: Vec2 = [1, 0];
  let best = -1;
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length];
    const l = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (l > best) {
      best = l;
      u = [(q[0] - p[0]) / l, (q[1] - p[1]) / l];
    }
  });
  const n: Vec2 = [-u[1], u[0]];
  const c: Vec2 = [poly.reduce((a, p) => a + p[0], 0) / poly.length, poly.reduce((a, p) => a + p[1], 0) / poly.length];
  return poly.map((p) => {
    const side = Math.sign((p[0] - c[0]) * n[0] + (p[1] - c[1]) * n[1]);
    return [p[0] + n[0] * side * m, p[1] + n[1] * side * m];
  });
}
