/**
 * Snapping, in AutoCAD's object-snap order: endpoints (wall ends, polygon corners), midpoints of walls,
 * the perpendicular foot from the point being drawn from, extensions of walls beyond their ends, then the
 * nearest point on wall lines and polygon edges, then alignment with other elements' anchors (x or y), then the grid. Tolerance is in metres (the view converts its
 * pixel tolerance by the zoom), so the same code serves the tests and every zoom level. What each kind offers is
 * its `snap` role in the kind registry (walls snap as an axis, rooms and furniture by their outline, the rest by
 * their anchor).
 */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { closestOnSegment, dist, type Vec2 } from '../core/geometry/vec';
import type { HallElement } from '../core/kinds/registry';
import { spatialIndex } from './spatial-index';
import type { Guide } from './types';

/** What snapping reads of a floor: the elements standing on it (a stair from below too) and its outline. */
type SnapFloor = Pick<Floor, 'outline'> & { readonly elements: readonly HallElement[] };

export interface SnapOptions {
  grid?: number;
  gridSnap?: boolean;
  tolerance: number;
  /** Elements being moved do not snap to themselves. */
  exclude?: ReadonlySet<string>;
  /** Alt held: no snapping at all. */
  disabled?: boolean;
  /** The point a segment is being drawn from, for perpendicular snaps. */
  from?: Vec2;
  /**
   * The vertex being dragged, of the floor outline or of an element: what moves with it (the edges meeting it, a
   * wall's axis, the element's anchor) never snaps it, as it would hold it a step behind the pointer, on a slant, off
   * the grid; the rest of the shape still does (a room's corner lines up with its other corners).
   */
  vertex?: DraggedVertex;
}

export type DraggedVertex = { outline: number } | { element: string; index: number };

/** The edge from vertex `i` to the next of a ring of `n` meets the vertex `v` being dragged. */
const meets = (i: number, n: number, v: number | undefined) => v !== undefined && (i === v || (i + 1) % n === v);

export interface SnapResult {
  point: Vec2;
  guides: Guide[];
  kind?: Guide['kind'];
}

export interface Candidates {
  vertices: Vec2[];
  segments: [Vec2, Vec2, 'wall' | 'edge'][];
  anchors: Vec2[];
  walls: [Vec2, Vec2][];
}

/**
 * What can snap near `p`, through the floor's spatial index: walls (all of them: their extensions reach across the
 * floor), outlines whose box comes within `reach`, and anchors within `align` of `p` in x or in y.
 */
export function snapCandidates(floor: SnapFloor, p: Vec2, reach: number, align: number, exclude?: ReadonlySet<string>, vertex?: DraggedVertex): Candidates {
  const dragged = vertex && 'element' in vertex ? vertex : undefined;
  const vertices: Vec2[] = [];
  const segments: [Vec2, Vec2, 'wall' | 'edge'][] = [];
  const anchors: Vec2[] = [];
  const walls: [Vec2, Vec2][] = [];
  const near = (q: Vec2) => Math.abs(q[0] - p[0]) <= reach && Math.abs(q[1] - p[1]) <= reach;
  const nearEdge = (a: Vec2, b: Vec2) =>
    Math.min(a[0], b[0]) - reach <= p[0] && p[0] <= Math.max(a[0], b[0]) + reach && Math.min(a[1], b[1]) - reach <= p[1] && p[1] <= Math.max(a[1], b[1]) + reach;
  const index = spatialIndex(floor.elements);
  // Outlines before walls: where a room's edge lies on a wall's axis, the wall (nearest ties go to the last) wins.
  for (const el of index.query({ minX: p[0] - reach, minY: p[1] - reach, maxX: p[0] + reach, maxY: p[1] + reach }).keys()) {
    if (exclude?.has(el.id) || kindOf(el).snap !== 'outline') continue;
    const poly = kindOf(el).footprint(el) ?? [];
    const v = dragged?.element === el.id ? dragged.index : undefined;
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i];
      const b = poly[(i + 1) % poly.length];
      if (near(a) && i !== v) vertices.push(a);
      if (nearEdge(a, b) && !meets(i, poly.length, v)) segments.push([a, b, 'edge']);
    }
  }
  for (const el of index.axes) {
    if (exclude?.has(el.id) || dragged?.element === el.id) continue;
    for (const [a, b] of kindOf(el).segments?.(el) ?? []) {
      if (near(a)) vertices.push(a);
      if (near(b)) vertices.push(b);
      segments.push([a, b, 'wall']);
      walls.push([a, b]);
    }
  }
  const take = (el: HallElement, a: Vec2) => {
    if (!exclude?.has(el.id) && dragged?.element !== el.id) anchors.push(a);
  };
  index.aligned(0, p[0], align, take);
  // An anchor aligned both ways was taken with the first axis.
  index.aligned(1, p[1], align, (el, a) => Math.abs(a[0] - p[0]) > align && take(el, a));
  const o = floor.outline ?? [];
  const ov = vertex && 'outline' in vertex ? vertex.outline : undefined;
  for (let i = 0; i < o.length; i++) if (!meets(i, o.length, ov)) segments.push([o[i], o[(i + 1) % o.length], 'edge']);
  return { vertices, segments, anchors, walls };
}

/** How far beyond a wall's end its extension still snaps (metres). */
const EXTENSION_REACH = 40;

/** Midpoint, perpendicular foot and extension snaps on walls, nearest first within the tolerance. */
function wallSnap(c: Candidates, p: Vec2, o: SnapOptions): SnapResult | undefined {
  let best: SnapResult | undefined;
  let bd = o.tolerance;
  const offer = (q: Vec2, kind: Guide['kind'], guides: Guide[]) => {
    const d = dist(p, q);
    if (d <= bd) {
      bd = d;
      best = { point: q, guides, kind };
    }
  };
  for (const [a, b] of c.walls) {
    offer([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], 'midpoint', [{ a, b, kind: 'wall' }]);
  }
  if (best) return best;
  bd = o.tolerance;
  const from = o.from;
  if (from) {
    for (const [a, b] of c.walls) {
      const foot = closestOnSegment(from, a, b);
      if (foot.t <= 1e-6 || foot.t >= 1 - 1e-6 || dist(from, foot.point) < 1e-6) continue;
      offer(foot.point, 'perpendicular', [
        { a: from, b: foot.point, kind: 'perpendicular' },
        { a, b, kind: 'wall' },
      ]);
    }
    if (best) return best;
  }
  bd = o.tolerance;
  for (const [a, b] of c.walls) {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const l2 = dx * dx + dy * dy;
    if (l2 < 1e-9) continue;
    const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2;
    const l = Math.sqrt(l2);
    const beyond = t > 1 ? (t - 1) * l : t < 0 ? -t * l : 0;
    if (beyond <= 1e-6 || beyond > EXTENSION_REACH) continue;
    // along the extension the distance from the end still keeps to the grid, so lengths stay round
    const grid = o.gridSnap !== false && o.grid ? o.grid : 0;
    const along = grid ? Math.max(grid, Math.round(beyond / grid) * grid) : beyond;
    const end = t > 1 ? b : a;
    const sign = t > 1 ? 1 : -1;
    const q: Vec2 = [end[0] + (sign * dx * along) / l, end[1] + (sign * dy * along) / l];
    offer(q, 'extension', [{ a: end, b: q, kind: 'extension' }]);
  }
  return best;
}

/**
 * `a` aligns with `p` along axis `i` better than `cur`: closer on that axis, or as close and nearer along the other,
 * so in a row of aligned seats the guide starts at the nearest one.
 */
function closerAligned(p: Vec2, a: Vec2, cur: Vec2, i: 0 | 1): boolean {
  const d = Math.abs(a[i] - p[i]) - Math.abs(cur[i] - p[i]);
  return d < 0 || (d === 0 && Math.abs(a[1 - i] - p[1 - i]) < Math.abs(cur[1 - i] - p[1 - i]));
}

export function snapPoint(floor: SnapFloor, p: Vec2, o: SnapOptions): SnapResult {
  if (o.disabled) return { point: p, guides: [] };
  const c = snapCandidates(floor, p, o.tolerance * 2, o.tolerance, o.exclude, o.vertex);
  let best: Vec2 | undefined;
  let bd = o.tolerance;
  for (const v of c.vertices) {
    const d = dist(p, v);
    if (d <= bd) {
      bd = d;
      best = v;
    }
  }
  if (best) return { point: [best[0], best[1]], guides: [], kind: 'vertex' };
  const onWall = wallSnap(c, p, o);
  if (onWall) return onWall;

  let seg: { q: Vec2; a: Vec2; b: Vec2; kind: 'wall' | 'edge' } | undefined;
  bd = o.tolerance;
  for (const [a, b, kind] of c.segments) {
    const q = closestOnSegment(p, a, b).point;
    const d = dist(p, q);
    if (d <= bd) {
      bd = d;
      seg = { q, a, b, kind };
    }
  }
  if (seg) {
    // On the line, the position along it still keeps to the grid: a partition or a door put on a wall by a click
    // lands at 5 m, not at 4.999999240929103 where the pointer happened to be.
    const grid = o.gridSnap !== false && o.grid ? o.grid : 0;
    return { point: gridAlong(seg.q, seg.a, seg.b, grid), guides: [{ a: seg.a, b: seg.b, kind: seg.kind }], kind: seg.kind };
  }

  // Alignment: x and y independently, with a guide from the aligned anchor to the point.
  let x = p[0];
  let y = p[1];
  const guides: Guide[] = [];
  let ax: Vec2 | undefined;
  let ay: Vec2 | undefined;
  for (const a of c.anchors) {
    if (Math.abs(a[0] - p[0]) <= o.tolerance && (!ax || closerAligned(p, a, ax, 0))) ax = a;
    if (Math.abs(a[1] - p[1]) <= o.tolerance && (!ay || closerAligned(p, a, ay, 1))) ay = a;
  }
  const grid = o.gridSnap !== false && o.grid ? o.grid : 0;
  if (ax) x = ax[0];
  else if (grid) x = Math.round(p[0] / grid) * grid + 0;
  if (ay) y = ay[1];
  else if (grid) y = Math.round(p[1] / grid) * grid + 0;
  if (ax) guides.push({ a: ax, b: [x, y], kind: 'align-x' });
  if (ay) guides.push({ a: ay, b: [x, y], kind: 'align-y' });
  const kind: Guide['kind'] | undefined = ax ? 'align-x' : ay ? 'align-y' : grid ? 'grid' : undefined;
  return { point: [x, y], guides, kind };
}

/** A length or coordinate to the micrometre: what grid steps that are not binary fractions (0.1 m) leave behind. */
// `+ 0` turns -0 into 0: a point snapped from just below an axis is stored and compared as 0.
const clean = (v: number) => Math.round(v * 1e6) / 1e6 + 0;

/**
 * `q` (on the segment a→b) moved along the segment to the nearest grid step, kept on the segment. An axis-parallel
 * segment takes the plan grid's own coordinate (the wall may start off the grid); a slanted one steps from `a`.
 * `grid` 0 leaves `q` as it is.
 */
export function gridAlong(q: Vec2, a: Vec2, b: Vec2, grid: number): Vec2 {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l = Math.hypot(dx, dy);
  if (!grid || l < 1e-9) return q;
  const step = (v: number, lo: number, hi: number) => Math.min(Math.max(clean(Math.round(v / grid) * grid), lo), hi);
  if (Math.abs(dy) < 1e-9) return [step(q[0], Math.min(a[0], b[0]), Math.max(a[0], b[0])), a[1]];
  if (Math.abs(dx) < 1e-9) return [a[0], step(q[1], Math.min(a[1], b[1]), Math.max(a[1], b[1]))];
  const t = step(((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / l, 0, l);
  return [clean(a[0] + (dx / l) * t), clean(a[1] + (dy / l) * t)];
}

/** Nearest wall to a point within `reach`, with the closest point on its axis. */
export function nearestWall(floor: Floor, p: Vec2, reach: number): { wallId: string; point: Vec2; angle: number; a: Vec2; b: Vec2 } | undefined {
  let best: { wallId: string; point: Vec2; angle: number; a: Vec2; b: Vec2 } | undefined;
  let bd = reach;
  for (const el of floor.elements) {
    if (el.kind !== 'wall') continue;
    const q = closestOnSegment(p, el.a, el.b).point;
    const d = dist(p, q);
    if (d <= bd) {
      bd = d;
      best = { wallId: el.id, point: q, a: el.a, b: el.b, angle: (Math.atan2(el.b[1] - el.a[1], el.b[0] - el.a[0]) * 180) / Math.PI };
    }
  }
  return best;
}
