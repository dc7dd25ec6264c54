/**
 * Steps through the gap between two obstacle corners. Two obstacles touching only diagonally (a desk's corner
 * near a cabinet's, two seats offset in both directions) leave a gap whose narrowest chord runs corner to corner:
 * every point of a step through it measures the room on one side (the nearest corner and the open space behind
 * the walker), not the gap, so the corners' own points (step-width.ts) miss it. A walker crossing a clear chord
 * between two obstacle points passes with at most the chord's length: so the chords from corner to corner that are
 * the shortest way between the two obstacles there are listed, and every step across one takes its length as its
 * width where that is narrower than both of the step's ends.
 */
import { cachedBBox, pointInPolygon, type BBox, type Polygon } from '../core/geometry/polygon';
import { around, type EdgeBuckets } from './clearance';
import type { CellWindow } from './raster-cells';
import { bucketRegion, widthBuckets } from './raster-widths';
import type { PinchSteps, RasterInputs } from './raster-types';
import { crossesEdge, inWin, stepTo, type StepCells } from './step-width';

/** The corners chords are drawn between (cornersOf), and the solids a chord's middle must lie outside of. */
export interface ChordInputs {
  corners: Float64Array;
  solids: readonly Polygon[];
}

/** Per corner: x, y, then the directions of its two edges away from it. */
const CORNER_FIELDS = 6;

/**
 * The corners of the solids and the floor outline (those in `region`, all without one), CORNER_FIELDS numbers each,
 * by x. A corner buried in a door's strip was cut away with the wall there: left out.
 */
export function cornersOf(solids: readonly Polygon[], outline: Polygon | undefined, strips: readonly Polygon[], region: BBox | undefined): Float64Array {
  const mine: number[][] = [];
  const take = (p: Polygon) => {
    const b = cachedBBox(p);
    if (region && (b.minX > region.maxX || b.maxX < region.minX || b.minY > region.maxY || b.maxY < region.minY)) return;
    for (const c of ringCorners(p)) if (!region || (c[0] >= region.minX && c[0] <= region.maxX && c[1] >= region.minY && c[1] <= region.maxY)) mine.push(c);
  };
  for (const p of solids) take(p);
  if (outline) take(outline);
  const kept = mine.filter((c) => !inStrip(strips, c));
  kept.sort((a, b) => a[0] - b[0]);
  const out = new Float64Array(CORNER_FIELDS * kept.length);
  kept.forEach((c, k) => out.set(c, CORNER_FIELDS * k));
  return out;
}

const ringCornersOf = new WeakMap<Polygon, number[][]>();
function ringCorners(p: Polygon): number[][] {
  let v = ringCornersOf.get(p);
  if (!v) {
    v = p.map((c, k) => {
      const a = p[(k + p.length - 1) % p.length];
      const b = p[(k + 1) % p.length];
      return [c[0], c[1], a[0] - c[0], a[1] - c[1], b[0] - c[0], b[1] - c[1]];
    });
    ringCornersOf.set(p, v);
  }
  return v;
}

function inStrip(strips: readonly Polygon[], c: number[]): boolean {
  const p: [number, number] = [c[0], c[1]];
  for (const s of strips) {
    const b = cachedBBox(s);
    if (p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInPolygon(p, s)) return true;
  }
  return false;
}

/**
 * Whether direction (dx, dy) leaves the corner at k away from both of its edges: from a corner, the nearest way
 * to a point in that direction is the corner itself (its normal cone). The slack admits a direction along an edge
 * that rounding tilts by a hair.
 */
function awayFrom(cs: Float64Array, k: number, dx: number, dy: number): boolean {
  const len = Math.sqrt(dx * dx + dy * dy);
  for (let e = 2; e <= 4; e += 2) {
    const ex = cs[k + e];
    const ey = cs[k + e + 1];
    if (ex * dx + ey * dy > CONE_SLACK * len * Math.sqrt(ex * ex + ey * ey)) return false;
  }
  return true;
}
/** A nanoradian: the rounding of a rotation. */
const CONE_SLACK = 1e-9;

/** A step through a corner point squeezes past it through the chord from it (to a billionth of the chord: rounding). */
const ENDS = 1e-9;
/** Distances this close are equal (a micrometre). */
const TIE_M = 1e-6;

export const NO_PINCH: PinchSteps = new Map();

/** The raster and what its steps' ends measure (passWidth), as pinchSteps reads them. */
type PinchCells = Pick<StepCells, 'origin' | 'cell' | 'cols' | 'rows' | 'free' | 'door'> & { widths: Float32Array };

/**
 * The pinched steps of a raster: those of `prev` with no cell in the window, and those with a cell in it measured
 * from the inputs (the edges a window's widths read, widthBuckets). Returns `prev` itself when nothing differs.
 */
export function pinchSteps(g: PinchCells, inp: RasterInputs, win: CellWindow, prev: PinchSteps = NO_PINCH): PinchSteps {
  const { cols, rows } = g;
  const ring: CellWindow = { c0: Math.max(0, win.c0 - 1), c1: Math.min(cols - 1, win.c1 + 1), r0: Math.max(0, win.r0 - 1), r1: Math.min(rows - 1, win.r1 + 1) };
  const out = new Map<number, Float32Array>();
  // The steps kept: a ring cell's steps out of the window are measured again with the window's.
  for (const [i, ws] of prev) {
    const r = (i / cols) | 0;
    const c = i - r * cols;
    if (inWin(win, c, r)) continue;
    if (!inWin(ring, c, r)) {
      out.set(i, ws);
      continue;
    }
    let kept: Float32Array | null = null;
    for (let k = 0; k < NEIGHBOUR_COUNT; k++)
      if (ws[k] !== Infinity && inWin(win, c + DC[k], r + DR[k])) {
        kept ??= ws.slice();
        kept[k] = Infinity;
      }
    if (!kept) out.set(i, ws);
    else if (kept.some((w) => w !== Infinity)) out.set(i, kept);
  }
  const whole = win.c0 === 0 && win.r0 === 0 && win.c1 === cols - 1 && win.r1 === rows - 1;
  const region = whole ? undefined : bucketRegion(g, win).region;
  const solids = region ? inp.solids.filter((p) => meets(cachedBBox(p), region)) : inp.solids;
  const ch: ChordInputs = {
    corners: cornersOf(
      solids,
      inp.outline,
      inp.doors.map((d) => d.strip),
      region,
    ),
    solids,
  };
  const b = widthBuckets(g, inp, win);
  const mine = new Set<number>();
  eachChord(g, ch.corners, b.size, ring, (ax, ay, bx, by) => chordSteps(g, ch, b, win, ring, out, mine, ax, ay, bx, by));
  return samePinch(prev, out) ? prev : out;
}
const meets = (a: BBox, b: BBox) => a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

/** Calls `visit` for every pair of corners facing each other (each in the other's normal cone) whose chord is shorter than `cap` and meets the cells of `ring`. */
function eachChord(g: PinchCells, cs: Float64Array, cap: number, ring: CellWindow, visit: (ax: number, ay: number, bx: number, by: number) => void): void {
  const { cell } = g;
  const ox = g.origin[0];
  const oy = g.origin[1];
  // The plan box of the ring's cell centres: a chord a step crosses meets it.
  const fx0 = ox + (ring.c0 + 0.5) * cell;
  const fx1 = ox + (ring.c1 + 0.5) * cell;
  const fy0 = oy + (ring.r0 + 0.5) * cell;
  const fy1 = oy + (ring.r1 + 0.5) * cell;
  for (let a = 0; a < cs.length; a += CORNER_FIELDS) {
    const ax = cs[a];
    const ay = cs[a + 1];
    if (ax > fx1 + cap) break;
    if (ay < fy0 - cap || ay > fy1 + cap || ax < fx0 - cap) continue;
    for (let k = a + CORNER_FIELDS; k < cs.length; k += CORNER_FIELDS) {
      const bx = cs[k];
      // Corners come by x: past the cap to the right of a, so are the rest.
      if (bx - ax >= cap) break;
      const by = cs[k + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      if (!(len2 < cap * cap) || len2 <= TIE_M * TIE_M) continue;
      if (Math.max(ax, bx) < fx0 || Math.min(ax, bx) > fx1 || Math.max(ay, by) < fy0 || Math.min(ay, by) > fy1) continue;
      if (awayFrom(cs, a, dx, dy) && awayFrom(cs, k, -dx, -dy)) visit(ax, ay, bx, by);
    }
  }
}

/**
 * Records the steps with a cell in `win` that cross the chord a–b, where it is narrower than both of their ends.
 * `mine`: the cells whose arrays this measure made (the others are the kept raster's, copied before a write).
 * Long because the chord's steps and the tests on them are one pass with no allocation.
 */
function chordSteps(
  g: PinchCells,
  ch: ChordInputs,
  b: EdgeBuckets,
  win: CellWindow,
  ring: CellWindow,
  out: Map<number, Float32Array>,
  mine: Set<number>,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): void {
  const { cell, cols, widths } = g;
  const steps = stepCellsOf(g);
  const ox = g.origin[0];
  const oy = g.origin[1];
  const len = Math.hypot(bx - ax, by - ay);
  // Steps crossing the chord (or its ends' way into the corners, below) leave from cells whose centres lie within
  // two cells of its box.
  const cs = Math.max(ring.c0, Math.ceil((Math.min(ax, bx) - 2 * cell - ox) / cell - 0.5));
  const ce = Math.min(ring.c1, Math.floor((Math.max(ax, bx) + 2 * cell - ox) / cell - 0.5));
  const rs = Math.max(ring.r0, Math.ceil((Math.min(ay, by) - 2 * cell - oy) / cell - 0.5));
  const re = Math.min(ring.r1, Math.floor((Math.max(ay, by) + 2 * cell - oy) / cell - 0.5));
  // A diagonal that only clips a corner is kept where a walker steps round it (raster-cuts.ts keepWaysRound): it
  // passes the corner inside the obstacle, across the chord's line carried on into the corner, by at most half
  // a diagonal step.
  const into = (HALF_DIAGONAL * cell) / len;
  let clear = -1;
  for (let r = rs; r <= re; r++)
    for (let c = cs; c <= ce; c++) {
      const i = r * cols + c;
      if (!g.free[i] || g.door[i] > 0 || !(len < widths[i] - TIE_M)) continue;
      const px = ox + (c + 0.5) * cell;
      const py = oy + (r + 0.5) * cell;
      for (let d = 0; d < FORWARD.length; d++) {
        const k = FORWARD[d];
        const j = stepTo(steps, c, r, d);
        if (j < 0 || !(len < widths[j] - TIE_M) || !(inWin(win, c, r) || inWin(win, c + DC[k], r + DR[k]))) continue;
        const dx = DC[k] * cell;
        const dy = DR[k] * cell;
        const t = crossing(px, py, dx, dy, ax, ay, bx, by, d >= 2 ? into : ENDS);
        if (!(t > 0 && t < 1)) continue;
        if (clear < 0) clear = clearChord(ch, b, ax, ay, bx, by) ? 1 : 0;
        // Across the chord itself, a step through an obstacle is no passage; past its ends, only one is.
        const across = crossing(px, py, dx, dy, ax, ay, bx, by, ENDS);
        if (!clear || crossesEdge(b, px, py, px + dx, py + dy, px + t * dx, py + t * dy) !== !(across > 0 && across < 1)) continue;
        lower(out, mine, i, k, len);
        lower(out, mine, j, BACK[k], len);
      }
    }
}
/** The raster as stepTo reads it, made once per raster measured (not per chord). */
const stepCellsMemo = new WeakMap<PinchCells, StepCells>();
function stepCellsOf(g: PinchCells): StepCells {
  let s = stepCellsMemo.get(g);
  if (!s) stepCellsMemo.set(g, (s = { ...g, centre: g.widths, near: NO_NEAR, boxes: NO_BOXES }));
  return s;
}

/** Half a diagonal step, in cells. */
const HALF_DIAGONAL = Math.SQRT1_2;
const NO_NEAR = new Float64Array(0);
const NO_BOXES = new Float64Array(0);

/** Lowers step k of cell i to `w` in `out`, copying first an array this measure did not make (the kept raster's). */
function lower(out: Map<number, Float32Array>, mine: Set<number>, i: number, k: number, w: number): void {
  let ws = out.get(i);
  if (!ws) {
    ws = new Float32Array(NEIGHBOUR_COUNT).fill(Infinity);
    out.set(i, ws);
    mine.add(i);
  } else if (!mine.has(i)) {
    ws = ws.slice();
    out.set(i, ws);
    mine.add(i);
  }
  if (Math.fround(w) < ws[k]) ws[k] = w;
}

/** Step k of a cell (the search's NEIGHBOURS order, mask.ts): column and row offsets, and the step back. */
const DC = [1, -1, 0, 0, 1, 1, -1, -1];
const DR = [0, 0, 1, -1, 1, -1, 1, -1];
const BACK = [1, 0, 3, 2, 7, 6, 5, 4];
const NEIGHBOUR_COUNT = 8;
/** The steps each cell measures, in step-width.ts's order (east, north, north-east, north-west), as NEIGHBOURS indices. */
const FORWARD = [0, 2, 4, 6];

function samePinch(a: PinchSteps, b: PinchSteps): boolean {
  if (a.size !== b.size) return false;
  for (const [i, ws] of a) if (!sameWidths(ws, b.get(i))) return false;
  return true;
}
function sameWidths(a: Float32Array | undefined, b: Float32Array | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  for (let k = 0; k < NEIGHBOUR_COUNT; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether cell i has the same pinched steps, of the same widths, in both. */
export const samePinchAt = (a: PinchSteps, b: PinchSteps, i: number): boolean => a === b || sameWidths(a.get(i), b.get(i));

/** The steps out of cell i (bit k: the search's k-th neighbour) pinched narrower than `minW` (0: none). */
export function pinchBits(pinch: PinchSteps, i: number, minW: number): number {
  if (minW <= 0 || !pinch.size) return 0;
  const ws = pinch.get(i);
  if (!ws) return 0;
  let bits = 0;
  for (let k = 0; k < NEIGHBOUR_COUNT; k++) if (ws[k] + WIDTH_EPS < minW) bits |= 1 << k;
  return bits;
}
/** Float32 rounding of a stored width (a micrometre), as floor-mask.ts reads the cells' widths. */
const WIDTH_EPS = 1e-6;

/**
 * Where along the step p + t·(dx, dy) it crosses the segment a–b, or NaN: strictly inside a–b, or with `ends` at
 * its ends as well, to within that fraction of it.
 */
function crossing(px: number, py: number, dx: number, dy: number, ax: number, ay: number, bx: number, by: number, ends: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const den = dx * ey - dy * ex;
  if (den === 0) return Number.NaN;
  const t = ((ax - px) * ey - (ay - py) * ex) / den;
  const v = ((ax - px) * dy - (ay - py) * dx) / den;
  return (ends ? v >= -ends && v <= 1 + ends : v > 0 && v < 1) ? t : Number.NaN;
}

/** Whether the chord a–b runs through no obstacle: it crosses no edge between its ends, and its middle lies in no solid. */
function clearChord(ch: ChordInputs, b: EdgeBuckets, ax: number, ay: number, bx: number, by: number): boolean {
  mid[0] = (ax + bx) / 2;
  mid[1] = (ay + by) / 2;
  const only = around(b, mid);
  const sg = b.segs;
  for (let n = 0; n < only.length; n++) {
    const e = 4 * only[n];
    // Not at the chord's own ends, where its corners' edges leave from (met a rounding away from them).
    const t = crossing(ax, ay, bx - ax, by - ay, sg[e], sg[e + 1], sg[e + 2], sg[e + 3], 0);
    if (t > ENDS && t < 1 - ENDS) return false;
  }
  for (const p of ch.solids) {
    const bb = cachedBBox(p);
    if (mid[0] >= bb.minX && mid[0] <= bb.maxX && mid[1] >= bb.minY && mid[1] <= bb.maxY && pointInPolygon(mid, p)) return false;
  }
  return true;
}
const mid: [number, number] = [0, 0];
