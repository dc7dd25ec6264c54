/**
 * Steps of the walking raster that pass through an obstacle. The raster decides free space by cell centres, so an
 * obstacle thinner than a cell (a partition, a rail, a thin cabinet) can lie between two rows of centres and close
 * none: both cells beside it stay free, and the step between them would walk through it. Closing those cells
 * instead shuts a walkable gap beside the obstacle too. So the raster keeps, per cell, which of its eight steps
 * cross an obstacle's inside, and searches leave those steps out (the step bits, floor-mask.ts) while the cells
 * stay open to every other step.
 */
import { cachedBBox, pointOnBoundary, type Polygon } from '../core/geometry/polygon';
import { insideRing } from '../core/geometry/ring';
import type { CellWindow } from './raster-cells';
import type { FloorGrid } from './raster-types';
import { isWallSolid } from './raster-shapes';

/** Step k of a cell (the search's NEIGHBOURS order, mask.ts): column and row offsets; bit k of a cut byte. */
const DC = [1, -1, 0, 0, 1, 1, -1, -1];
const DR = [0, 0, 1, -1, 1, -1, 1, -1];
/** The step back: E↔W, N↔S, NE↔SW, SE↔NW. */
const BACK = [1, 0, 3, 2, 7, 6, 5, 4];

/** A crossing this short (a micrometre of a step) is a touch: a step grazing a corner or a face passes. */
const TOUCH = 1e-6;

/**
 * Writes the cut bytes of every cell of `win` into `cut` (and the back bits of the ring's steps into the window),
 * from the solids given: bit k set when step k from the cell, between two free cells that are no door's, passes
 * through a solid's inside. A door's cells pass by the door's own width, as the widths leave them.
 */
export function cutSteps(
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>,
  solids: readonly Polygon[],
  win: CellWindow,
  free: Uint8Array,
  door: Float32Array,
  cut: Uint8Array,
): void {
  const { cols, rows, cell } = g;
  const ox = g.origin[0];
  const oy = g.origin[1];
  for (let r = win.r0; r <= win.r1; r++)
    for (let c = win.c0, i = r * cols + c; c <= win.c1; c++, i++) {
      if (!cut[i]) continue;
      for (let k = 0; k < 8; k++) {
        if (!((cut[i] >> k) & 1)) continue;
        const cc = c + DC[k];
        const rr = r + DR[k];
        if (cc < win.c0 || cc > win.c1 || rr < win.r0 || rr > win.r1) cut[rr * cols + cc] &= ~(1 << BACK[k]);
      }
      cut[i] = 0;
    }
  const set: CellWindow = { c0: cols, c1: -1, r0: rows, r1: -1 };
  const span = { g, win, free, door, cut, set };
  for (const p of solids) {
    const b = cachedBBox(p);
    // A wall's raster shape is at least a cell thick along its whole length: only near its two ends, where that
    // shape stops two centimetres past the true one, can a step between free cells run through it.
    if (isWallSolid(p)) {
      for (const [u, v] of [
        [p[0], p[3]],
        [p[1], p[2]],
      ])
        cutThrough(span, p, Math.min(u[0], v[0]) - cell, Math.max(u[0], v[0]) + cell, Math.min(u[1], v[1]) - cell, Math.max(u[1], v[1]) + cell);
      continue;
    }
    // A rectangle along the axes holding a cell centre in its columns and in its rows closes a cell in every row and
    // column it spans: no straight step runs through it between free cells, and a diagonal only clips it.
    if (
      isAxisBox(p) &&
      Math.ceil((b.minX - ox) / cell - 0.5) <= Math.floor((b.maxX - ox) / cell - 0.5) &&
      Math.ceil((b.minY - oy) / cell - 0.5) <= Math.floor((b.maxY - oy) / cell - 0.5)
    )
      continue;
    cutThrough(span, p, b.minX, b.maxX, b.minY, b.maxY);
  }
  // Only where a diagonal was cut.
  if (set.c0 <= set.c1) keepWaysRound(g, set, cut);
}
const FORWARD = [0, 2, 4, 6];

/** What cutThrough writes into: the raster, the window, and the box of the diagonals it cut. */
interface CutSpan {
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>;
  win: CellWindow;
  free: Uint8Array;
  door: Float32Array;
  cut: Uint8Array;
  set: CellWindow;
}

/** Cuts the steps between free cells, no door's, that run through `p` and meet the box [x0, x1] × [y0, y1]. */
function cutThrough(s: CutSpan, p: Polygon, x0: number, x1: number, y0: number, y1: number): void {
  const { g, win, free, door, cut, set } = s;
  const { cols, rows, cell } = g;
  const ox = g.origin[0];
  const oy = g.origin[1];
  // Steps whose segment meets the box leave from cells at most a cell outside it.
  const c0 = Math.max(win.c0 - 1, 0, Math.floor((x0 - ox) / cell - 0.5));
  const c1 = Math.min(win.c1 + 1, cols - 1, Math.ceil((x1 - ox) / cell - 0.5));
  const r0 = Math.max(win.r0 - 1, 0, Math.floor((y0 - oy) / cell - 0.5));
  const r1 = Math.min(win.r1 + 1, rows - 1, Math.ceil((y1 - oy) / cell - 0.5));
  for (let r = r0; r <= r1; r++)
    for (let c = c0, i = r * cols + c; c <= c1; c++, i++) {
      if (!free[i] || door[i] > 0) continue;
      const px = ox + (c + 0.5) * cell;
      const py = oy + (r + 0.5) * cell;
      // Steps east, north, north-east and north-west: each step is looked at from one of its two cells.
      for (const k of FORWARD) {
        const cc = c + DC[k];
        const rr = r + DR[k];
        if (cc < 0 || cc >= cols || rr >= rows) continue;
        const inI = c >= win.c0 && c <= win.c1 && r >= win.r0 && r <= win.r1;
        if (!inI && (cc < win.c0 || cc > win.c1 || rr < win.r0 || rr > win.r1)) continue;
        const j = rr * cols + cc;
        if (!free[j] || door[j] > 0 || (cut[i] >> k) & 1) continue;
        if (!through(p, px, py, px + DC[k] * cell, py + DR[k] * cell)) continue;
        cut[i] |= 1 << k;
        cut[j] |= 1 << BACK[k];
        if (k >= 4) (set.c0 = Math.min(set.c0, c, cc)), (set.c1 = Math.max(set.c1, c, cc)), (set.r0 = Math.min(set.r0, r)), (set.r1 = Math.max(set.r1, r));
      }
    }
}

/**
 * A diagonal step that only clips an obstacle's corner (a seat's, a counter's) has a way round it through one of
 * the two cells beside it, whose straight steps cross nothing: the walker steps round the corner, and the search
 * keeps the diagonal (its length differs by centimetres). Only a diagonal with no such way, where the obstacle
 * runs across the whole step, stays cut.
 */
function keepWaysRound(g: Pick<FloorGrid, 'cols' | 'rows'>, win: CellWindow, cut: Uint8Array): void {
  const { cols, rows } = g;
  for (let r = win.r0; r <= Math.min(rows - 2, win.r1); r++)
    for (let c = win.c0; c <= win.c1; c++) {
      const i = r * cols + c;
      for (const k of DIAGONAL_UP) {
        if (!((cut[i] >> k) & 1)) continue;
        const cc = c + DC[k];
        const j = (r + 1) * cols + cc;
        const side = DC[k] > 0 ? 0 : 1;
        const a = i + DC[k];
        const b = i + cols;
        // Round by the cell beside (a) or above (b): both of its straight steps clear.
        const viaA = !((cut[i] >> side) & 1) && !((cut[a] >> 2) & 1);
        const viaB = !((cut[i] >> 2) & 1) && !((cut[b] >> side) & 1);
        if (!viaA && !viaB) continue;
        cut[i] &= ~(1 << k);
        cut[j] &= ~(1 << BACK[k]);
      }
    }
}
/** North-east and north-west: each diagonal step looked at from its lower cell. */
const DIAGONAL_UP = [4, 6];

/**
 * Whether the segment p–q runs through the polygon's inside for more than a touch: the segment is split where it
 * meets the polygon's edges, and a piece longer than a touch whose middle lies inside is a way through.
 */
function through(poly: Polygon, px: number, py: number, qx: number, qy: number): boolean {
  const b = cachedBBox(poly);
  if (Math.max(px, qx) <= b.minX || Math.min(px, qx) >= b.maxX || Math.max(py, qy) <= b.minY || Math.min(py, qy) >= b.maxY) return false;
  const dx = qx - px;
  const dy = qy - py;
  // A rectangle along the axes is its box: the step runs through it where its stretch inside both slabs is longer
  // than a touch.
  if (isAxisBox(poly)) {
    let t0 = 0;
    let t1 = 1;
    if (dx !== 0) {
      const a = (b.minX - px) / dx;
      const c = (b.maxX - px) / dx;
      t0 = Math.max(t0, Math.min(a, c));
      t1 = Math.min(t1, Math.max(a, c));
    }
    if (dy !== 0) {
      const a = (b.minY - py) / dy;
      const c = (b.maxY - py) / dy;
      t0 = Math.max(t0, Math.min(a, c));
      t1 = Math.min(t1, Math.max(a, c));
    }
    return (t1 - t0) * Math.hypot(dx, dy) > TOUCH;
  }
  const ts = cuts;
  ts.length = 0;
  ts.push(0, 1);
  for (let a = 0, n = poly.length; a < n; a++) {
    const u = poly[a];
    const v = poly[(a + 1) % n];
    const ex = v[0] - u[0];
    const ey = v[1] - u[1];
    const den = dx * ey - dy * ex;
    if (den === 0) continue;
    const t = ((u[0] - px) * ey - (u[1] - py) * ex) / den;
    const s = ((u[0] - px) * dy - (u[1] - py) * dx) / den;
    if (t > 0 && t < 1 && s >= 0 && s <= 1) ts.push(t);
  }
  // Insertion sort: a step meets a footprint's edges a handful of times, and Array.prototype.sort allocates.
  for (let a = 1; a < ts.length; a++) {
    const v = ts[a];
    let k = a - 1;
    while (k >= 0 && ts[k] > v) (ts[k + 1] = ts[k]), k--;
    ts[k + 1] = v;
  }
  const len = Math.hypot(dx, dy);
  for (let k = 0; k + 1 < ts.length; k++) {
    if ((ts[k + 1] - ts[k]) * len <= TOUCH) continue;
    const t = (ts[k] + ts[k + 1]) / 2;
    mid[0] = px + t * dx;
    mid[1] = py + t * dy;
    // A piece along a face (its middle on the boundary) passes beside the solid, not through it.
    if (insideRing(mid, poly) && !pointOnBoundary(mid, poly, TOUCH)) return true;
  }
  return false;
}
const cuts: number[] = [];

/** A nanometre: a rectangle turned by a right angle is this far off its axis through rounding, at most. */
const AXIS_M = 1e-9;
const axisBoxes = new WeakMap<Polygon, boolean>();
function isAxisBox(p: Polygon): boolean {
  let v = axisBoxes.get(p);
  if (v === undefined) {
    v = p.length === 4 && p.every((a, k) => Math.abs(a[0] - p[(k + 1) % 4][0]) <= AXIS_M || Math.abs(a[1] - p[(k + 1) % 4][1]) <= AXIS_M);
    axisBoxes.set(p, v);
  }
  return v;
}
const mid: [number, number] = [0, 0];
