/**
 * Walking distances as an auditor measures them on the plan: the taut line of the walk, round the corners it
 * turns. A distance field counts eight-way steps between 0.5 m cells that keep clear of every wall: a walk at an
 * angle to the grid reads up to 8 % long and each corner turned costs about a cell more, so a 13 m walk round a
 * partition reads over 15 m. Where a verdict turns on a walk, its path is pulled taut against the actual wall and
 * obstacle polygons (src/nav/clearance.ts) and measured.
 */
import type { HallDocument } from '../core/document';
import { findFloor } from '../core/query';
import { dist, segmentsIntersect, type Vec2 } from '../core/geometry/vec';
import type { DistanceField } from '../nav';
import { obstaclesOf, type Obstacles } from '../nav/clearance';

/** How far a pulled corner stands off the obstacle corner it turns round (1 mm: only so as not to touch it). */
const CORNER_OFFSET = 1e-3;

/** No obstacle edge crosses the segment a–b. */
function clear(o: Obstacles, a: Vec2, b: Vec2): boolean {
  const s = o.segs;
  const minX = Math.min(a[0], b[0]);
  const maxX = Math.max(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const maxY = Math.max(a[1], b[1]);
  for (let i = 0; i < s.length; i += 4) {
    if (Math.max(s[i], s[i + 2]) < minX || Math.min(s[i], s[i + 2]) > maxX || Math.max(s[i + 1], s[i + 3]) < minY || Math.min(s[i + 1], s[i + 3]) > maxY) continue;
    if (segmentsIntersect(a, b, [s[i], s[i + 1]], [s[i + 2], s[i + 3]])) return false;
  }
  return true;
}

/** Drop every point the walk can go straight past. */
function shortcut(o: Obstacles, path: Vec2[]): Vec2[] {
  const out = [path[0]];
  for (let i = 0; i < path.length - 1; ) {
    let j = path.length - 1;
    while (j > i + 1 && !clear(o, path[i], path[j])) j--;
    out.push(path[j]);
    i = j;
  }
  return out;
}

/**
 * Move each corner of the walk onto the obstacle corner it turns round, when that shortens it and both legs stay
 * clear: the raster's corners stand at cell centres, up to `reach` off the real one.
 */
function pullCorners(o: Obstacles, path: Vec2[], reach: number): Vec2[] {
  const out = path.slice();
  const s = o.segs;
  for (let k = 1; k < out.length - 1; k++) {
    const a = out[k - 1];
    const b = out[k + 1];
    let best = out[k];
    let bestLen = dist(a, best) + dist(best, b);
    for (let i = 0; i < s.length; i += 4) {
      const w: Vec2 = [s[i], s[i + 1]];
      const away = dist(w, out[k]);
      if (away > reach || away === 0) continue;
      const q: Vec2 = [w[0] + ((out[k][0] - w[0]) / away) * CORNER_OFFSET, w[1] + ((out[k][1] - w[1]) / away) * CORNER_OFFSET];
      const len = dist(a, q) + dist(q, b);
      if (len < bestLen && clear(o, a, q) && clear(o, q, b)) {
        best = q;
        bestLen = len;
      }
    }
    out[k] = best;
  }
  return out;
}

/**
 * The walk to p, taut (never more than the field's own figure `d`). A path that changes floors keeps the field's
 * figure: its stair or lift is counted by the link's length there.
 */
export function walkedTo(doc: HallDocument, field: DistanceField, floorId: string, p: Vec2, d: number): number {
  if (!Number.isFinite(d)) return d;
  const path = field.pathTo({ floorId, p });
  const floor = findFloor(doc, floorId);
  const grid = field.grid(floorId);
  if (!path || !floor || !grid || path.some((q) => q.floorId !== floorId)) return d;
  const o = obstaclesOf(floor);
  // A raster corner stands within a cell's diagonal of the cell it turns round, and that cell within another.
  const taut = shortcut(
    o,
    pullCorners(
      o,
      shortcut(
        o,
        path.map((q) => q.p),
      ),
      2 * grid.cell * Math.SQRT2,
    ),
  );
  let len = 0;
  for (let i = 1; i < taut.length; i++) len += dist(taut[i - 1], taut[i]);
  return Math.min(d, len);
}

/** The taut walk to the nearest of `pts` by their field figures `ds` (Infinity for none). */
export function nearestWalked(doc: HallDocument, field: DistanceField, floorId: string, pts: readonly Vec2[], ds: ArrayLike<number>): number {
  let k = -1;
  for (let i = 0; i < pts.length; i++) if (k < 0 || ds[i] < ds[k]) k = i;
  return k < 0 ? Infinity : walkedTo(doc, field, floorId, pts[k], ds[k]);
}
