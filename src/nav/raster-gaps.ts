/**
 * Diagonal steps past a blocked corner cell with no way round. A search takes no diagonal past a closed corner (it
 * would cut through the obstacle there), but where two obstacles stand diagonally apart, or a slanted wall's ends
 * leave a slit, the diagonal between the free cells on either side can run through the gap between them, clear of
 * both: a slit at 45° as wide as the walking minimum holds no straight chain of cell centres, only that diagonal.
 * So the raster keeps those steps where neither corner cell offers a way round (blocked, or its steps cut through
 * a thin obstacle), each with the clear width of the gap it runs through, and a search takes one when its width
 * limit allows (floor-mask.ts).
 */
import { cachedBBox, pointInPolygon, type Polygon } from '../core/geometry/polygon';
import { around, cappedWidth, type EdgeBuckets } from './clearance';
import { CLEARANCE_CAP_M } from './clearance-map';
import { widthBuckets } from './raster-widths';
import type { CellWindow } from './raster-cells';
import type { FloorGrid, GapSteps, RasterInputs } from './raster-types';

export const NO_GAPS: GapSteps = new Map();

/** Diagonal steps, as the search numbers them: [k, dc, dr, the step back]. */
const DIAGONALS = [
  [4, 1, 1, 7],
  [5, 1, -1, 6],
  [6, -1, 1, 5],
  [7, -1, -1, 4],
] as const;
/**
 * How finely a gap step is sampled for its narrowest point besides the corners' and faces' own points (five
 * centimetres: those give the narrowest point; the samples only bound what lies between them).
 */
const SAMPLE_M = 0.05;
/** Scratch: the point of a step being measured. */
const at: [number, number] = [0, 0];
/** Distances this close are equal (a micrometre). */
const TIE_M = 1e-6;

/** The width at the step's point p + t·(dx, dy), Infinity for a t outside the step. */
function widthOn(b: EdgeBuckets, px: number, py: number, dx: number, dy: number, t: number): number {
  if (!(t > 0 && t < 1)) return Infinity;
  at[0] = px + t * dx;
  at[1] = py + t * dy;
  return widthBeside(b, at, dx, dy);
}
/** How far off a step its width is read where the step touches an obstacle's corner (a tenth of a millimetre). */
const HAIR_M = 1e-4;
/** How far inside a face's strip a step is measured past the line through the face's end (a millimetre). */
const INSIDE_M = 1e-3;

/**
 * The gap steps of a raster: those of `prev` with no cell in the window, and those with a cell in it measured from
 * the inputs. Returns `prev` itself when nothing differs.
 */
export function gapSteps(
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>,
  inp: RasterInputs,
  win: CellWindow,
  free: Uint8Array,
  door: Float32Array,
  cut: Uint8Array,
  prev: GapSteps = NO_GAPS,
): GapSteps {
  const { cols, rows } = g;
  const ring: CellWindow = { c0: Math.max(0, win.c0 - 1), c1: Math.min(cols - 1, win.c1 + 1), r0: Math.max(0, win.r0 - 1), r1: Math.min(rows - 1, win.r1 + 1) };
  const found: number[] = [];
  for (let r = ring.r0; r <= Math.min(ring.r1, rows - 2); r++)
    for (let c = ring.c0, i = r * cols + c; c <= ring.c1; c++, i++) {
      if (!free[i] || door[i] > 0) continue;
      // Up steps only (north-east, north-west): each step is looked at from its lower cell. A corner blocked (with
      // both open, the search's own corner rule decides), and no way round by the other.
      const b = i + cols;
      if (c + 1 < cols && !(free[i + 1] && free[b]) && free[b + 1] && !door[b + 1] && noWayRound(free, cut, i, i + 1, b, 0)) found.push(i, NE);
      if (c > 0 && !(free[i - 1] && free[b]) && free[b - 1] && !door[b - 1] && noWayRound(free, cut, i, i - 1, b, 1)) found.push(i, NW);
    }
  // Those with a cell in the window (the ring's come into it).
  let kept = 0;
  for (let n = 0; n < found.length; n += 2) {
    const i = found[n];
    const r = (i / cols) | 0;
    const c = i - r * cols;
    const dc = found[n + 1] === NE ? 1 : -1;
    if (inWindow(win, c, r) || inWindow(win, c + dc, r + 1)) (found[kept++] = i), (found[kept++] = found[n + 1]);
  }
  found.length = kept;
  const out = new Map<number, number>();
  // The steps kept: those with neither cell in the window.
  for (const [key, w] of prev) {
    const i = key >> 3;
    const r = (i / cols) | 0;
    const c = i - r * cols;
    const [, dc, dr] = DIAGONALS[(key & 7) - 4];
    if (!inWindow(win, c, r) && !inWindow(win, c + dc, r + dr)) out.set(key, w);
  }
  if (found.length) {
    const b = widthBuckets(g, inp, win);
    for (let n = 0; n < found.length; n += 2) {
      const i = found[n];
      const k = found[n + 1];
      const [, dc, dr, back] = DIAGONALS[k - 4];
      const w = gapWidth(g, b, inp.solids, i, dc, dr);
      if (w > 0) out.set(8 * i + k, w).set(8 * (i + dr * cols + dc) + back, w);
    }
  }
  return sameSteps(prev, out) ? prev : out;
}

/** North-east and north-west, the search's neighbours 4 and 6. */
const NE = 4;
const NW = 6;

/**
 * Whether the diagonal from cell i past its corner cells a (beside, on the side `side`: 0 east, 1 west) and b
 * (above) has no way round: each corner blocked or one of its two straight steps cut through a thin obstacle.
 */
function noWayRound(free: Uint8Array, cut: Uint8Array, i: number, a: number, b: number, side: number): boolean {
  if (free[a] && !((cut[i] >> side) & 1) && !((cut[a] >> 2) & 1)) return false;
  return !(free[b] && !((cut[i] >> 2) & 1) && !((cut[b] >> side) & 1));
}

const inWindow = (w: CellWindow, c: number, r: number) => c >= w.c0 && c <= w.c1 && r >= w.r0 && r <= w.r1;

function sameSteps(a: GapSteps, b: GapSteps): boolean {
  if (a.size !== b.size) return false;
  for (const [k, w] of a) if (b.get(k) !== w) return false;
  return true;
}

/**
 * The clear width of the gap the diagonal step from cell i by (dc, dr) runs through, or 0 when it crosses an
 * obstacle: the narrowest of the widths at the step's points nearest each corner near it, just inside each face's
 * strip where the step crosses the line through the face's end, and every five centimetres along it.
 */
function gapWidth(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols'>, b: EdgeBuckets, solids: readonly Polygon[], i: number, dc: number, dr: number): number {
  const r = (i / g.cols) | 0;
  const px = g.origin[0] + (i - r * g.cols + 0.5) * g.cell;
  const py = g.origin[1] + (r + 0.5) * g.cell;
  const dx = dc * g.cell;
  const dy = dr * g.cell;
  const mid: [number, number] = [px + dx / 2, py + dy / 2];
  const edges = around(b, mid);
  const sg = b.segs;
  for (let n = 0; n < edges.length; n++) {
    const e = 4 * edges[n];
    const ax = sg[e];
    const ay = sg[e + 1];
    const ex = sg[e + 2] - ax;
    const ey = sg[e + 3] - ay;
    const den = dx * ey - dy * ex;
    if (den === 0) continue;
    const t = ((ax - px) * ey - (ay - py) * ex) / den;
    const v = ((ax - px) * dy - (ay - py) * dx) / den;
    // Through an edge (its ends excepted: a step touching a corner squeezes past it, width 0 there).
    if (t >= 0 && t <= 1 && v > 0 && v < 1) return 0;
  }
  // A step from vertex to vertex of a solid runs through it crossing no edge: its middle lies inside.
  for (const p of solids) {
    const pb = cachedBBox(p);
    if (mid[0] >= pb.minX && mid[0] <= pb.maxX && mid[1] >= pb.minY && mid[1] <= pb.maxY && pointInPolygon(mid, p)) return 0;
  }
  // The samples first: a point narrower than their narrowest has its nearest obstacle within half that of it, so
  // only the corners that near the step can give a narrower point.
  let w = Infinity;
  const steps = Math.ceil((Math.SQRT2 * g.cell) / SAMPLE_M);
  for (let n = 1; n < steps; n++) w = Math.min(w, widthOn(b, px, py, dx, dy, n / steps));
  const reach2 = (Math.min(w, CLEARANCE_CAP_M) / 2 + Math.sqrt(dx * dx + dy * dy) / 2 + TIE_M) ** 2;
  for (let n = 0; n < edges.length; n++) {
    const e = 4 * edges[n];
    const ex = sg[e + 2] - sg[e];
    const ey = sg[e + 3] - sg[e + 1];
    const len = Math.sqrt(ex * ex + ey * ey);
    if (!(len > 0)) continue;
    for (let end = 0; end < 2; end++) {
      const vx = sg[e + 2 * end];
      const vy = sg[e + 1 + 2 * end];
      if ((vx - mid[0]) ** 2 + (vy - mid[1]) ** 2 > reach2) continue;
      // The step's point nearest the corner (each corner starts one edge of its ring).
      if (end === 0) w = Math.min(w, widthOn(b, px, py, dx, dy, ((vx - px) * dx + (vy - py) * dy) / (dx * dx + dy * dy)));
      // Where the step crosses the line through the face's end across it, a millimetre inside the face's strip.
      const de = (dx * ex + dy * ey) / len;
      if (de !== 0) w = Math.min(w, widthOn(b, px, py, dx, dy, (((vx - px) * ex + (vy - py) * ey) / len + (end === 0 ? 1 : -1) * INSIDE_M) / de));
    }
  }
  return Number.isFinite(w) ? w : CLEARANCE_CAP_M;
}

/** The width at a point of a step; where it touches an obstacle's corner, a hair off the step on its open side. */
function widthBeside(b: EdgeBuckets, at: [number, number], dx: number, dy: number): number {
  const w = cappedWidth(b, at);
  if (w > 0) return w;
  const len = Math.sqrt(dx * dx + dy * dy);
  const nx = (-dy / len) * HAIR_M;
  const ny = (dx / len) * HAIR_M;
  const x = at[0];
  const y = at[1];
  at[0] = x + nx;
  at[1] = y + ny;
  const a = cappedWidth(b, at);
  at[0] = x - nx;
  at[1] = y - ny;
  const c = cappedWidth(b, at);
  at[0] = x;
  at[1] = y;
  return Math.max(a, c);
}

/** Whether cell i has the same gap steps, of the same widths, in both. */
export function sameGapsAt(a: GapSteps, b: GapSteps, i: number): boolean {
  if (a === b || (!a.size && !b.size)) return true;
  for (let k = 4; k < 8; k++) if (a.get(8 * i + k) !== b.get(8 * i + k)) return false;
  return true;
}

/** The gap steps out of cell i (bit k: the search's k-th neighbour) at least `minW` wide (0: any). */
export function gapBits(gaps: GapSteps, i: number, minW: number): number {
  if (!gaps.size) return 0;
  let bits = 0;
  for (let k = 4; k < 8; k++) {
    const w = gaps.get(8 * i + k);
    if (w !== undefined && w + WIDTH_EPS >= minW) bits |= 1 << k;
  }
  return bits;
}
/** Float32 rounding of a stored width (a micrometre), as floor-mask.ts reads the cells' widths. */
const WIDTH_EPS = 1e-6;
