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
      // Stored as the cells' widths are (Float32): a patch measures against its region's edges, which may be split
      // where the whole floor's are not, and the foot of a perpendicular then differs in the last bits.
      const w32 = Math.fround(gapWidth(g, b, inp.solids, i, dc, dr));
      if (w32 > 0) out.set(8 * i + k, w32).set(8 * (i + dr * cols + dc) + back, w32);
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
 * obstacle: the shortest free chord between obstacles that the step crosses (a walker passing the step passes
 * through every such chord). The widths measured every five centimetres along the step are such chords (from the
 * nearest obstacle through the point to the first on the other side); between two corners, or a corner and a
 * face, the narrowest is the chord from corner to corner or from the corner square to the face, which no point's
 * own measure need find (the ray past a corner misses it).
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
  if (insideSolid(solids, mid)) return 0;
  // The samples first: a shorter chord has both its ends no farther from the step than their narrowest.
  let w = Infinity;
  const steps = Math.ceil((Math.SQRT2 * g.cell) / SAMPLE_M);
  for (let n = 1; n < steps; n++) w = Math.min(w, widthOn(b, px, py, dx, dy, n / steps));
  w = Math.min(w, shortestChord(b, edges, solids, px, py, dx, dy, Math.min(w, CLEARANCE_CAP_M)));
  return Number.isFinite(w) ? w : CLEARANCE_CAP_M;
}

/**
 * The shortest chord under `w` that the step p → p + (dx, dy) crosses, from an obstacle corner near the step to
 * another corner or to the foot of its perpendicular on a face, running through no obstacle; `w` when none is.
 * A chord shorter than `w` crossing the step has both ends within `w` and half the step of the step's middle.
 */
function shortestChord(b: EdgeBuckets, edges: Int32Array, solids: readonly Polygon[], px: number, py: number, dx: number, dy: number, w: number): number {
  const mx = px + dx / 2;
  const my = py + dy / 2;
  const reach2 = (w + Math.sqrt(dx * dx + dy * dy) / 2 + TIE_M) ** 2;
  const sg = b.segs;
  const vs = corners;
  vs.length = 0;
  // Each corner starts one edge of its ring.
  for (let n = 0; n < edges.length; n++) {
    const e = 4 * edges[n];
    if ((sg[e] - mx) ** 2 + (sg[e + 1] - my) ** 2 <= reach2) vs.push(sg[e], sg[e + 1]);
  }
  let best = w;
  const chord = (ax: number, ay: number, bx: number, by: number) => {
    const len = Math.hypot(bx - ax, by - ay);
    if (len < best && len > TIE_M && crosses(ax, ay, bx, by, px, py, dx, dy, ENDS) && clearChord(b, edges, solids, ax, ay, bx, by)) best = len;
  };
  for (let a = 0; a < vs.length; a += 2) {
    const ax = vs[a];
    const ay = vs[a + 1];
    for (let c = a + 2; c < vs.length; c += 2) chord(ax, ay, vs[c], vs[c + 1]);
    for (let n = 0; n < edges.length; n++) {
      const e = 4 * edges[n];
      const ex = sg[e + 2] - sg[e];
      const ey = sg[e + 3] - sg[e + 1];
      const l2 = ex * ex + ey * ey;
      if (!(l2 > 0)) continue;
      const t = ((ax - sg[e]) * ex + (ay - sg[e + 1]) * ey) / l2;
      if (t > 0 && t < 1) chord(ax, ay, sg[e] + t * ex, sg[e + 1] + t * ey);
    }
  }
  return best;
}
/** Scratch: the corners near one step, as x, y pairs. */
const corners: number[] = [];

/**
 * Whether segment a–b and the step p → p + (dx, dy) cross (each strictly between its ends on the other's line; with
 * `ends`, a–b's ends count as well, to within that fraction of it).
 */
function crosses(ax: number, ay: number, bx: number, by: number, px: number, py: number, dx: number, dy: number, ends = 0): boolean {
  const ex = bx - ax;
  const ey = by - ay;
  const den = dx * ey - dy * ex;
  if (den === 0) return false;
  const t = ((ax - px) * ey - (ay - py) * ex) / den;
  const v = ((ax - px) * dy - (ay - py) * dx) / den;
  return t > 0 && t < 1 && (ends ? v >= -ends && v <= 1 + ends : v > 0 && v < 1);
}
/**
 * A step through a corner point squeezes past that corner, between it and whatever faces it across the step: a
 * chord from the corner is crossed at its end (to a billionth of it, the rounding of a corner drawn on the step).
 */
const ENDS = 1e-9;

/** Whether the chord a–b runs through no obstacle: it crosses no edge between their ends, and its middle is free. */
function clearChord(b: EdgeBuckets, edges: Int32Array, solids: readonly Polygon[], ax: number, ay: number, bx: number, by: number): boolean {
  const sg = b.segs;
  const dx = bx - ax;
  const dy = by - ay;
  for (let n = 0; n < edges.length; n++) {
    const e = 4 * edges[n];
    if (crosses(sg[e], sg[e + 1], sg[e + 2], sg[e + 3], ax, ay, dx, dy)) return false;
  }
  chordMid[0] = (ax + bx) / 2;
  chordMid[1] = (ay + by) / 2;
  return !insideSolid(solids, chordMid);
}
const chordMid: [number, number] = [0, 0];

/** Whether p lies inside one of the solids. */
function insideSolid(solids: readonly Polygon[], p: [number, number]): boolean {
  for (const s of solids) {
    const b = cachedBBox(s);
    if (p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInPolygon(p, s)) return true;
  }
  return false;
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
