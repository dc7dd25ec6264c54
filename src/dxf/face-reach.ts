/**
 * Whether the barrier graph's outline could hold every wall, told from the segments alone, before the graph is
 * built. The graph's nodes lie within `snap` of the segments, and each join of a loose end is at most `join`
 * long, starting at a node: two segments are linked in the graph only when they come within 2 × join + 3 × snap
 * of each other (two joins crossing), so one connected piece of the graph lies within one group of segments
 * chained by such gaps, and its outline within that group's box. A wall the outline holds has its middle within
 * the box grown by half its thickness and `snap`. When no group's box, so grown, holds every wall's middle, the
 * outline cannot hold them all and the faces cannot serve: building the graph would only find that out (a plan
 * with its sections or elevations drawn beside it, well apart). Groups are found coarsely, segments whose boxes
 * grown by join + 4 × snap share a cell of a grid joined (more than the gaps chain, never fewer), so the answer
 * errs towards "could", never towards "could not". Metres.
 */
import { root } from '../core/union-find';
import type { Segment } from './planar-graph';
import { segmentsBox } from './segment-box';
import type { WallEl } from './wall-elements';

/** Cells along the longer side of the drawing at most: coarser cells on a large drawing. */
const MAX_CELLS = 256;

/** False only when no connected piece of the graph built from `segs` (snapping within `snap`, joining loose ends within `join`) can have an outline around every wall. */
export function outlineMayHoldWalls(segs: readonly Segment[], walls: readonly WallEl[], snap: number, join: number): boolean {
  const n = segs.length;
  if (walls.length === 0 || n === 0) return true;
  // Boxes grown by more than half the widest gap the graph can bridge: boxes that overlap share a cell.
  const half = join + 4 * snap;
  const extent = segmentsBox(segs);
  let ox = extent.minX;
  let oy = extent.minY;
  const ex = extent.maxX;
  const ey = extent.maxY;
  if (!Number.isFinite(ox + oy + ex + ey)) return true;
  ox -= half;
  oy -= half;
  const cell = Math.max(2 * half, (Math.max(ex - ox, ey - oy) + half) / MAX_CELLS);
  const cw = Math.floor((ex + half - ox) / cell) + 1;
  const ch = Math.floor((ey + half - oy) / cell) + 1;
  const parent = new Int32Array(cw * ch);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const first = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = segs[i];
    const cx0 = Math.floor((Math.min(s.ax, s.bx) - half - ox) / cell);
    const cx1 = Math.floor((Math.max(s.ax, s.bx) + half - ox) / cell);
    const cy0 = Math.floor((Math.min(s.ay, s.by) - half - oy) / cell);
    const cy1 = Math.floor((Math.max(s.ay, s.by) + half - oy) / cell);
    const r = root(parent, cy0 * cw + cx0);
    first[i] = r;
    for (let cy = cy0; cy <= cy1; cy++)
      for (let cx = cx0; cx <= cx1; cx++) {
        const q = root(parent, cy * cw + cx);
        if (q !== r) parent[q] = r;
      }
  }
  // Each group's box, kept at its root cell.
  const box = new Float64Array(4 * cw * ch);
  const used = new Uint8Array(cw * ch);
  for (let i = 0; i < n; i++) {
    const s = segs[i];
    const g = root(parent, first[i]);
    const k = 4 * g;
    if (!used[g]) {
      used[g] = 1;
      box[k] = Infinity;
      box[k + 1] = Infinity;
      box[k + 2] = -Infinity;
      box[k + 3] = -Infinity;
    }
    box[k] = Math.min(box[k], s.ax, s.bx);
    box[k + 1] = Math.min(box[k + 1], s.ay, s.by);
    box[k + 2] = Math.max(box[k + 2], s.ax, s.bx);
    box[k + 3] = Math.max(box[k + 3], s.ay, s.by);
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
  const reach = thick / 2 + snap;
  if (!Number.isFinite(mx0 + my0 + mx1 + my1 + reach)) return true;
  for (let g = 0; g < used.length; g++) {
    const k = 4 * g;
    if (used[g] && box[k] - reach <= mx0 && box[k + 1] - reach <= my0 && box[k + 2] + reach >= mx1 && box[k + 3] + reach >= my1) return true;
  }
  return false;
}
