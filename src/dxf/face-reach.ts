/**
 * Whether the barrier graph's outline could hold every wall, told from the segments alone, before the graph is
 * built. The graph's edges lie on the segments (nodes snapped within SNAP of them), and loose ends are joined
 * to lines at most 2 × JOIN away; so one connected piece of the graph lies within one group of segments that
 * are chained by gaps of at most 2 × JOIN, and its outline within that group's box. A wall the outline holds
 * has its middle within the box grown by half its thickness and SNAP. When no group's box, so grown, holds
 * every wall's middle, the outline cannot hold them all and the faces cannot serve: building the graph would
 * only find that out (a plan with its sections or elevations drawn beside it, well apart). The margins are
 * generous, so the answer errs towards "could", never towards "could not". Metres.
 */
import { root, singletons } from '../core/union-find';
import { GridIndex } from './grid-index';
import type { Segment } from './planar-graph';
import type { WallEl } from './wall-elements';

/** False only when no connected piece of the graph built from `segs` (snapping within `snap`, joining loose ends within `join`) can have an outline around every wall. */
export function outlineMayHoldWalls(segs: readonly Segment[], walls: readonly WallEl[], snap: number, join: number): boolean {
  if (walls.length === 0 || segs.length === 0) return true;
  // Boxes grown by half the widest gap a join or a snap can bridge (and more): overlapping boxes chain a group.
  const half = join + 2 * snap;
  const n = segs.length;
  const box = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const s = segs[i];
    box[4 * i] = Math.min(s.ax, s.bx);
    box[4 * i + 1] = Math.min(s.ay, s.by);
    box[4 * i + 2] = Math.max(s.ax, s.bx);
    box[4 * i + 3] = Math.max(s.ay, s.by);
    if (!Number.isFinite(box[4 * i] + box[4 * i + 1] + box[4 * i + 2] + box[4 * i + 3])) return true;
  }
  let ox = Infinity;
  let oy = Infinity;
  let span = 0;
  for (let i = 0; i < n; i++) {
    ox = Math.min(ox, box[4 * i]);
    oy = Math.min(oy, box[4 * i + 1]);
  }
  for (let i = 0; i < n; i++) span = Math.max(span, box[4 * i + 2] - ox, box[4 * i + 3] - oy);
  // Coarser cells on a huge drawing, so that no box spans more cells than the index files exactly.
  const index = new GridIndex(Math.max(4 * half, (span + 2 * half) / 50), ox, oy);
  const parent = singletons(n);
  for (let i = 0; i < n; i++) {
    const [x0, y0, x1, y1] = [box[4 * i] - half, box[4 * i + 1] - half, box[4 * i + 2] + half, box[4 * i + 3] + half];
    for (const j of index.query(x0, y0, x1, y1)) {
      if (box[4 * j] - half > x1 || box[4 * j + 2] + half < x0 || box[4 * j + 1] - half > y1 || box[4 * j + 3] + half < y0) continue;
      parent[root(parent, j)] = root(parent, i);
    }
    index.insert(i, box[4 * i], box[4 * i + 1], box[4 * i + 2], box[4 * i + 3]);
  }
  // Each group's box, kept at its root.
  const group = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    group[4 * i] = Infinity;
    group[4 * i + 1] = Infinity;
    group[4 * i + 2] = -Infinity;
    group[4 * i + 3] = -Infinity;
  }
  for (let i = 0; i < n; i++) {
    const r = 4 * root(parent, i);
    group[r] = Math.min(group[r], box[4 * i]);
    group[r + 1] = Math.min(group[r + 1], box[4 * i + 1]);
    group[r + 2] = Math.max(group[r + 2], box[4 * i + 2]);
    group[r + 3] = Math.max(group[r + 3], box[4 * i + 3]);
  }
  // The walls' middles' box, grown by the thickest wall: a group's box must reach it on every side.
  let mx0 = Infinity;
  let my0 = Infinity;
  let mx1 = -Infinity;
  let my1 = -Infinity;
  let thick = 0;
  for (const w of walls) {
    const x = (w.a[0] + w.b[0]) / 2;
    const y = (w.a[1] + w.b[1]) / 2;
    mx0 = Math.min(mx0, x);
    my0 = Math.min(my0, y);
    mx1 = Math.max(mx1, x);
    my1 = Math.max(my1, y);
    thick = Math.max(thick, w.thickness);
  }
  const reach = thick / 2 + half;
  if (!Number.isFinite(mx0 + my0 + mx1 + my1 + reach)) return true;
  for (let i = 0; i < n; i++) {
    if (root(parent, i) !== i) continue;
    if (group[4 * i] - reach <= mx0 && group[4 * i + 1] - reach <= my0 && group[4 * i + 2] + reach >= mx1 && group[4 * i + 3] + reach >= my1) return true;
  }
  return false;
}
