/**
 * Widths along the raster's steps between free cells, beyond their end cells' centres: a slit in a thin wall can
 * lie between two cell centres, each of which measures the room it stands in, not the slit.
 *
 * A step can be narrower than both its ends only where an obstacle corner comes closer to a point inside it than
 * anything comes to either end (a wall face beside the step is as near to an end as to its middle). So the corners
 * are walked, not the steps: each corner looks at the steps it projects inside, within the nearest-obstacle
 * distance of their ends, and only those points are measured. A step is measured once, for both of its cells.
 */
import type { Vec2 } from '../core/geometry/vec';
import { around, cappedWidth, nearestEdgeDistance, type EdgeBuckets } from './clearance';
import type { CellWindow } from './raster-cells';

/** The raster's geometry and what passWidths knows of its cells. */
export interface StepCells {
  origin: Vec2;
  cell: number;
  cols: number;
  rows: number;
  free: Uint8Array;
  door: Float32Array;
  /** Centre widths of the window's cells and of their neighbours. */
  centre: Float32Array;
  /** Distance from each centre to its nearest edge, NaN where not measured yet. */
  near: Float64Array;
  /**
   * The solids that are rectangles along the raster's axes (most seats, counters and walls): minX, minY, maxX, maxY
   * per box, by minX.
   */
  boxes: Float64Array;
}

/** Steps a cell measures, to its east, north, north-east and north-west neighbours (the other four are theirs). */
const STEP_DC = [1, 0, 1, -1];
const STEP_DR = [0, 1, 1, 1];

/** Distances this close are equal (a micrometre: far above rounding, far below anything drawn). */
const TIE_M = 1e-6;

/** One reused point for the width queries (no allocation per step). */
const at: Vec2 = [0, 0];

/**
 * Lowers `narrow[i]` (Infinity where nothing narrows) for every cell i of `win` with `redo[i]` set to the narrowest point of its
 * steps that is narrower than both of their ends. Steps into a door's cells are left out: a door passes by its own
 * clear width. A step crossing an edge (through an obstacle thinner than a cell, which the raster leaves open) is
 * no passage and closes neither cell.
 */
export function narrowSteps(s: StepCells, b: EdgeBuckets, win: CellWindow, redo: Uint8Array, narrow: Float32Array): void {
  const { cell, cols, rows, free, door } = s;
  const ox = s.origin[0];
  const oy = s.origin[1];
  const segs = b.segs;
  // A corner counts nearer to a step's inside than half the width of its ends (at most the cap's half), so no
  // farther from an end than that and a whole (diagonal) step.
  const diag2 = 2 * cell * cell;
  const reach = Math.sqrt((b.size / 2) ** 2 + diag2);
  const span = Math.ceil(reach / cell);
  const from = stepsFrom(win, redo, cols, rows);
  if (!from) return;
  const { c0, c1, r0, r1 } = from;
  for (let k = 0; k < segs.length; k += 4) {
    const vx = segs[k];
    const vy = segs[k + 1];
    const vc = Math.floor((vx - ox) / cell);
    const vr = Math.floor((vy - oy) / cell);
    const rs = Math.max(r0, vr - span);
    const re = Math.min(r1, vr + span);
    const cs = Math.max(c0, vc - span);
    const ce = Math.min(c1, vc + span);
    for (let r = rs; r <= re; r++)
      for (let c = cs; c <= ce; c++) {
        const i = r * cols + c;
        if (!free[i] || door[i] > 0) continue;
        const px = ox + (c + 0.5) * cell;
        const py = oy + (r + 0.5) * cell;
        const ux = vx - px;
        const uy = vy - py;
        const v2 = ux * ux + uy * uy;
        const half = s.centre[i] / 2;
        if (v2 >= half * half + diag2 || !redoneFrom(win, redo, cols, rows, c, r)) continue;
        const dp = nearAt(s, b, i, px, py);
        if (v2 >= dp * dp + diag2) continue;
        for (let d = 0; d < 4; d++) {
          const cc = c + STEP_DC[d];
          const rr = r + STEP_DR[d];
          if (cc < 0 || cc >= cols || rr >= rows) continue;
          const j = rr * cols + cc;
          if (!free[j] || door[j] > 0) continue;
          // A diagonal step past a blocked corner cell is no step a search takes: nothing to measure.
          if (d >= 2 && (!free[r * cols + cc] || !free[rr * cols + c])) continue;
          const inI = inWin(win, c, r) && redo[i] === 1;
          const inJ = inWin(win, cc, rr) && redo[j] === 1;
          if (!inI && !inJ) continue;
          const dx = STEP_DC[d] * cell;
          const dy = STEP_DR[d] * cell;
          const t = (ux * dx + uy * dy) / (dx * dx + dy * dy);
          if (!(t > 0 && t < 1)) continue;
          const mx = px + t * dx;
          const my = py + t * dy;
          const u = Math.min(s.centre[i], s.centre[j]);
          const dm = Math.sqrt((vx - mx) ** 2 + (vy - my) ** 2);
          // Strictly nearer than anything is to either end: a face beside the step, as near to its ends, is no pinch.
          if (2 * dm >= u - TIE_M || dm >= dp - TIE_M || dm >= nearAt(s, b, j, px + dx, py + dy) - TIE_M) continue;
          pinchAt(b, px, py, dx, dy, mx, my, u, inI ? i : -1, inJ ? j : -1, narrow);
        }
      }
  }
  acrossFaces(s, b, win, from, redo, narrow);
  betweenBoxes(s, b, win, from, redo, narrow);
}

/** How far off a step its width is measured where the step runs through an obstacle's corner (a tenth of a millimetre). */
const HAIR_M = 1e-4;

/** A face this close to a raster axis (a nanoradian: the rounding of a rotation by a right angle) runs along it. */
const AXIS_EPS = 1e-9;
/** How far inside a face's own strip a step is measured past the line that bounds it (a millimetre). */
const INSIDE_M = 1e-3;

/**
 * Where a step crosses an obstacle face's strip (the points whose nearest edge point lies on the face, between
 * the two lines through its ends perpendicular to it) at an angle, the corners' own points on the step may all
 * lie outside it: a slit through a slanted wall, crossed obliquely, is as narrow as the gap between its two end
 * faces there and nowhere near a corner. So each face end's perpendicular line is followed to the steps it
 * crosses, and the step is measured just inside the strip, where the face is the nearest thing.
 * Long because the steps around a face end, their tests and the measure are one pass with no allocation.
 */
function acrossFaces(s: StepCells, b: EdgeBuckets, win: CellWindow, from: CellWindow, redo: Uint8Array, narrow: Float32Array): void {
  const { cell, cols, free, door } = s;
  const ox = s.origin[0];
  const oy = s.origin[1];
  const segs = b.segs;
  const diag2 = 2 * cell * cell;
  const diagLen = Math.sqrt(diag2);
  const span = Math.ceil(Math.sqrt((b.size / 2) ** 2 + diag2) / cell);
  const { c0, c1, r0, r1 } = from;
  for (let k = 0; k < segs.length; k += 4) {
    const fx = segs[k + 2] - segs[k];
    const fy = segs[k + 3] - segs[k + 1];
    const len = Math.sqrt(fx * fx + fy * fy);
    if (!(len > 0)) continue;
    const ex = fx / len;
    const ey = fy / len;
    // A face along a raster axis is left to the corners' own points: the steps along the other axis cross its strip
    // square, where those points lie (measured here as well, a plan drawn along the axes took three times as long).
    if (Math.abs(ex) < AXIS_EPS || Math.abs(ey) < AXIS_EPS) continue;
    // Both ends of the face: the strip lies on the side of each end's line that holds the face.
    for (let end = 0; end < 2; end++) {
      const vx = segs[k + 2 * end];
      const vy = segs[k + 1 + 2 * end];
      const inward = end === 0 ? 1 : -1;
      const vc = Math.floor((vx - ox) / cell);
      const vr = Math.floor((vy - oy) / cell);
      for (let r = Math.max(r0, vr - span); r <= Math.min(r1, vr + span); r++)
        for (let c = Math.max(c0, vc - span); c <= Math.min(c1, vc + span); c++) {
          const i = r * cols + c;
          if (!free[i] || door[i] > 0) continue;
          const px = ox + (c + 0.5) * cell;
          const py = oy + (r + 0.5) * cell;
          // A step crosses the end's line only from a cell no farther from it than a diagonal step.
          if (Math.abs((px - vx) * ex + (py - vy) * ey) > diagLen) continue;
          for (let d = 0; d < 4; d++) {
            const j = stepTo(s, c, r, d);
            if (j < 0) continue;
            const inI = inWin(win, c, r) && redo[i] === 1;
            const inJ = redo[j] === 1 && inWin(win, c + STEP_DC[d], r + STEP_DR[d]);
            if (!inI && !inJ) continue;
            const dx = STEP_DC[d] * cell;
            const dy = STEP_DR[d] * cell;
            const de = dx * ex + dy * ey;
            if (de === 0) continue;
            // The step's point a millimetre inside the face's strip, past the end's line.
            const t = ((vx - px) * ex + (vy - py) * ey + inward * INSIDE_M) / de;
            if (!(t > 0 && t < 1)) continue;
            const mx = px + t * dx;
            const my = py + t * dy;
            // The face's distance from that point, along the end's line: a pinch no wider than the step's ends.
            const dm = Math.abs((mx - vx) * ey - (my - vy) * ex);
            const u = Math.min(s.centre[i], s.centre[j]);
            if (2 * dm >= u - TIE_M) continue;
            pinchAt(b, px, py, dx, dy, mx, my, u, inI ? i : -1, inJ ? j : -1, narrow);
          }
        }
    }
  }
}

/**
 * Measures the step from (px, py) by (dx, dy) at its point m and lowers `narrow` of its cells i and j (-1: not
 * asked) where m is narrower than the step's ends (`u`). Through an edge only where it would narrow: most points
 * measure wider than the step's ends.
 */
function pinchAt(b: EdgeBuckets, px: number, py: number, dx: number, dy: number, mx: number, my: number, u: number, i: number, j: number, narrow: Float32Array): void {
  at[0] = mx;
  at[1] = my;
  let w = cappedWidth(b, at);
  // A step through an obstacle's corner point passes beside the obstacle: its width there is the passage's on the
  // open side of the corner (a hair off the step, on either side: the other lies in the obstacle), not the zero
  // of the corner itself. Plans drawn on round coordinates put corners on the raster's diagonals.
  if (w === 0) {
    const len = Math.sqrt(dx * dx + dy * dy);
    const nx = (-dy / len) * HAIR_M;
    const ny = (dx / len) * HAIR_M;
    at[0] = mx + nx;
    at[1] = my + ny;
    w = cappedWidth(b, at);
    at[0] = mx - nx;
    at[1] = my - ny;
    w = Math.max(w, cappedWidth(b, at));
  }
  if (w >= u - TIE_M || crossesEdge(b, px, py, px + dx, py + dy, mx, my)) return;
  if (i >= 0 && w < narrow[i]) narrow[i] = w;
  if (j >= 0 && w < narrow[j]) narrow[j] = w;
}

/**
 * Between two boxes whose spans overlap along an axis the corners' own points miss a pinch: a step running along
 * one box's face, as near to it at its end as at its middle, passes under the other box's face beside that end
 * (two seats 0.4 m apart, offset along their row). So each such pair of boxes nearer than the cap gives the band
 * between their facing faces, and every step through the band is as narrow as the gap between them.
 * Long because the pair search, the band and the steps through it are one pass with no allocation.
 */
function betweenBoxes(s: StepCells, b: EdgeBuckets, win: CellWindow, from: CellWindow, redo: Uint8Array, narrow: Float32Array): void {
  const { cell, cols, free, door, boxes } = s;
  const ox = s.origin[0];
  const oy = s.origin[1];
  const cap = b.size;
  // A band lies within the cap of each of its two boxes, and its steps leave from cells a cell around it: a box
  // farther than that from the cells steps are redone from makes no band anything is measured in.
  const fx0 = ox + from.c0 * cell - cap - 2 * cell;
  const fx1 = ox + (from.c1 + 1) * cell + cap + 2 * cell;
  const fy0 = oy + from.r0 * cell - cap - 2 * cell;
  const fy1 = oy + (from.r1 + 1) * cell + cap + 2 * cell;
  for (let a = 0; a < boxes.length; a += 4) {
    const aMinX = boxes[a];
    const aMinY = boxes[a + 1];
    const aMaxX = boxes[a + 2];
    const aMaxY = boxes[a + 3];
    if (aMaxX < fx0 || aMinX > fx1 || aMaxY < fy0 || aMinY > fy1) continue;
    for (let k = a + 4; k < boxes.length; k += 4) {
      const bMinX = boxes[k];
      // Boxes come by their left side: past the cap to the right of A, so are the rest.
      if (bMinX - aMaxX >= cap) break;
      const bMinY = boxes[k + 1];
      const bMaxX = boxes[k + 2];
      const bMaxY = boxes[k + 3];
      const gy = Math.max(0, bMinY - aMaxY, aMinY - bMaxY);
      if (gy >= cap) continue;
      const gx = Math.max(0, bMinX - aMaxX, aMinX - bMaxX);
      // Overlapping boxes leave no gap; boxes diagonally apart face each other across no band (their corners' own
      // points measure them).
      if (gx > 0 === gy > 0) continue;
      const gap = gx + gy;
      const x0 = gx === 0 ? Math.max(aMinX, bMinX) : Math.min(aMaxX, bMaxX);
      const x1 = gx === 0 ? Math.min(aMaxX, bMaxX) : Math.max(aMinX, bMinX);
      const y0 = gy === 0 ? Math.max(aMinY, bMinY) : Math.min(aMaxY, bMaxY);
      const y1 = gy === 0 ? Math.min(aMaxY, bMaxY) : Math.max(aMinY, bMinY);
      // A band at least a cell each way holds a cell centre in every row and column through it, whose own width is
      // the gap: a step through it has an end no wider than the band.
      if (gap >= cap || (gap >= cell && (gx === 0 ? x1 - x0 : y1 - y0) >= cell)) continue;
      // Steps reaching the band leave from cells up to one cell around it (of those a redone step can leave from).
      const cs = Math.max(from.c0, Math.floor((x0 - ox) / cell) - 1);
      const ce = Math.min(from.c1, Math.floor((x1 - ox) / cell) + 1);
      const rs = Math.max(from.r0, Math.floor((y0 - oy) / cell) - 1);
      const re = Math.min(from.r1, Math.floor((y1 - oy) / cell) + 1);
      for (let r = rs; r <= re; r++)
        for (let c = cs; c <= ce; c++) {
          const i = r * cols + c;
          if (!free[i] || door[i] > 0 || !(gap < s.centre[i] - TIE_M)) continue;
          const px = ox + (c + 0.5) * cell;
          const py = oy + (r + 0.5) * cell;
          for (let d = 0; d < 4; d++) {
            const j = stepTo(s, c, r, d);
            if (j < 0 || !(gap < s.centre[j] - TIE_M)) continue;
            const inI = inWin(win, c, r) && redo[i] === 1;
            const inJ = redo[j] === 1 && inWin(win, c + STEP_DC[d], r + STEP_DR[d]);
            if (!inI && !inJ) continue;
            const dx = STEP_DC[d] * cell;
            const dy = STEP_DR[d] * cell;
            const t = acrossBand(px, py, dx, dy, x0, x1, y0, y1);
            if (!(t > 0 && t < 1)) continue;
            // The band's width is the gap between its faces; a step through an obstacle standing in it is no passage.
            const lowers = (inI && gap < narrow[i]) || (inJ && gap < narrow[j]);
            if (!lowers || crossesEdge(b, px, py, px + dx, py + dy, px + t * dx, py + t * dy)) continue;
            if (inI && gap < narrow[i]) narrow[i] = gap;
            if (inJ && gap < narrow[j]) narrow[j] = gap;
          }
        }
    }
  }
}

/** Where along the step p + t·(dx, dy) it lies in the box [x0, x1] × [y0, y1]: the middle of that stretch, or NaN. */
function acrossBand(px: number, py: number, dx: number, dy: number, x0: number, x1: number, y0: number, y1: number): number {
  let t0 = 0;
  let t1 = 1;
  if (dx === 0) {
    if (px < x0 || px > x1) return Number.NaN;
  } else {
    const a = (x0 - px) / dx;
    const c = (x1 - px) / dx;
    t0 = Math.max(t0, Math.min(a, c));
    t1 = Math.min(t1, Math.max(a, c));
  }
  if (dy === 0) {
    if (py < y0 || py > y1) return Number.NaN;
  } else {
    const a = (y0 - py) / dy;
    const c = (y1 - py) / dy;
    t0 = Math.max(t0, Math.min(a, c));
    t1 = Math.min(t1, Math.max(a, c));
  }
  return t0 <= t1 ? (t0 + t1) / 2 : Number.NaN;
}

/** The cell a step from (c, r) in direction d lands on, or -1 where a search takes no such step or a door is. */
export function stepTo(s: StepCells, c: number, r: number, d: number): number {
  const cc = c + STEP_DC[d];
  const rr = r + STEP_DR[d];
  if (cc < 0 || cc >= s.cols || rr >= s.rows) return -1;
  const j = rr * s.cols + cc;
  if (!s.free[j] || s.door[j] > 0) return -1;
  if (d >= 2 && (!s.free[r * s.cols + cc] || !s.free[rr * s.cols + c])) return -1;
  return j;
}

export const inWin = (w: CellWindow, c: number, r: number) => c >= w.c0 && c <= w.c1 && r >= w.r0 && r <= w.r1;

/**
 * Whether a step from cell (c, r) can be measured again: the cell itself or one of the four its steps go to is a
 * window cell marked in `redo`. A patch's window holds more cells than it redoes: after a seat move, a third of the
 * nearest edges measured were for cells whose steps were all left out then.
 */
function redoneFrom(win: CellWindow, redo: Uint8Array, cols: number, rows: number, c: number, r: number): boolean {
  if (inWin(win, c, r) && redo[r * cols + c] === 1) return true;
  for (let d = 0; d < 4; d++) {
    const cc = c + STEP_DC[d];
    const rr = r + STEP_DR[d];
    if (cc >= 0 && cc < cols && rr < rows && inWin(win, cc, rr) && redo[rr * cols + cc] === 1) return true;
  }
  return false;
}

/**
 * The cells a redone step can leave from: those marked in `redo` in the window, and the cells one step before them
 * (a cell measures its east, north and both northern diagonal steps); null when none is marked. Within the window
 * and the ring of cells just outside it, whose steps come in.
 */
export function stepsFrom(win: CellWindow, redo: Uint8Array, cols: number, rows: number): CellWindow | null {
  let c0 = cols;
  let c1 = -1;
  let r0 = rows;
  let r1 = -1;
  for (let r = win.r0; r <= win.r1; r++)
    for (let c = win.c0, i = r * cols + c; c <= win.c1; c++, i++)
      if (redo[i] === 1) {
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
        if (r < r0) r0 = r;
        r1 = r;
      }
  if (c1 < 0) return null;
  return { c0: Math.max(0, c0 - 1), c1: Math.min(cols - 1, c1 + 1), r0: Math.max(0, r0 - 1), r1 };
}

/** The centre's nearest-edge distance, measured on first need (without the ray across that a width casts). */
function nearAt(s: StepCells, b: EdgeBuckets, i: number, px: number, py: number): number {
  let d = s.near[i];
  if (Number.isNaN(d)) {
    at[0] = px;
    at[1] = py;
    s.near[i] = d = nearestEdgeDistance(b, at);
  }
  return d;
}

/** Whether the step p–q crosses an obstacle edge near its point m. */
export function crossesEdge(b: EdgeBuckets, px: number, py: number, qx: number, qy: number, mx: number, my: number): boolean {
  at[0] = mx;
  at[1] = my;
  const only = around(b, at);
  const s = b.segs;
  const dx = qx - px;
  const dy = qy - py;
  for (let j = 0; j < only.length; j++) {
    const k = 4 * only[j];
    const ax = s[k];
    const ay = s[k + 1];
    const ex = s[k + 2] - ax;
    const ey = s[k + 3] - ay;
    const den = dx * ey - dy * ex;
    if (den === 0) continue;
    const t = ((ax - px) * ey - (ay - py) * ex) / den;
    const v = ((ax - px) * dy - (ay - py) * dx) / den;
    // Through an edge, not past its end: a step touching an obstacle's corner squeezes past it (width 0 there).
    if (t >= 0 && t <= 1 && v > 0 && v < 1) return true;
  }
  return false;
}
