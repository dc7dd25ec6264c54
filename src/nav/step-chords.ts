/**
 * Steps through the gap between two obstacle corners. Two obstacles touching only diagonally (a desk's corner
 * near a cabinet's, two seats offset in both directions) leave a gap whose narrowest chord runs corner to corner:
 * every point of a step through it measures the room on one side (the nearest corner and the open space behind
 * the walker), not the gap, so the corners' own points (step-width.ts) miss it. A walker crossing a clear chord
 * between two obstacle points passes with at most the chord's length: so the chords from corner to corner that are
 * the shortest way between the two obstacles there are listed, and every step across one takes its length as its
 * width where that is narrower than both of the step's ends.
 */
import type { BBox, Polygon } from '../core/geometry/polygon';
import { cachedBBox, pointInPolygon } from '../core/geometry/polygon';
import { around, type EdgeBuckets } from './clearance';
import type { CellWindow } from './raster-cells';
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

/** Steps a cell measures, to its east, north, north-east and north-west neighbours (as step-width.ts numbers them). */
const STEP_DC = [1, 0, 1, -1];
const STEP_DR = [0, 1, 1, 1];

/**
 * Lowers `narrow` of the cells of `win` marked in `redo` whose steps cross a corner-to-corner chord shorter than
 * both of the step's ends. `from`: the cells a redone step can leave from (step-width.ts stepsFrom).
 * Long because the pair search, the chord's steps and the tests on them are one pass with no allocation.
 */
export function acrossChords(s: StepCells, ch: ChordInputs, b: EdgeBuckets, win: CellWindow, from: CellWindow, redo: Uint8Array, narrow: Float32Array): void {
  const { cell } = s;
  const cs = ch.corners;
  const ox = s.origin[0];
  const oy = s.origin[1];
  const cap = b.size;
  // The plan box of the cells steps leave from, a cell wider: a chord meeting no step from there is left alone.
  const fx0 = ox + from.c0 * cell - cell;
  const fx1 = ox + (from.c1 + 1) * cell + cell;
  const fy0 = oy + from.r0 * cell - cell;
  const fy1 = oy + (from.r1 + 1) * cell + cell;
  for (let a = 0; a < cs.length; a += CORNER_FIELDS) {
    const ax = cs[a];
    const ay = cs[a + 1];
    if (ax > fx1 + cap) break;
    if (ay < fy0 - cap || ay > fy1 + cap) continue;
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
      if (!awayFrom(cs, a, dx, dy) || !awayFrom(cs, k, -dx, -dy)) continue;
      chordSteps(s, ch, b, win, from, redo, narrow, ax, ay, bx, by);
    }
  }
}

/** The steps across the chord a–b (cells of `from`), lowered to its length where it narrows both of their ends. */
function chordSteps(
  s: StepCells,
  ch: ChordInputs,
  b: EdgeBuckets,
  win: CellWindow,
  from: CellWindow,
  redo: Uint8Array,
  narrow: Float32Array,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): void {
  const { cell, cols } = s;
  const ox = s.origin[0];
  const oy = s.origin[1];
  const len = Math.hypot(bx - ax, by - ay);
  // Steps crossing the chord leave from cells whose centres lie within a cell of its box.
  const cs = Math.max(from.c0, Math.ceil((Math.min(ax, bx) - cell - ox) / cell - 0.5));
  const ce = Math.min(from.c1, Math.floor((Math.max(ax, bx) + cell - ox) / cell - 0.5));
  const rs = Math.max(from.r0, Math.ceil((Math.min(ay, by) - cell - oy) / cell - 0.5));
  const re = Math.min(from.r1, Math.floor((Math.max(ay, by) + cell - oy) / cell - 0.5));
  let clear = -1;
  for (let r = rs; r <= re; r++)
    for (let c = cs; c <= ce; c++) {
      const i = r * cols + c;
      if (!s.free[i] || s.door[i] > 0 || !(len < s.centre[i] - TIE_M)) continue;
      const px = ox + (c + 0.5) * cell;
      const py = oy + (r + 0.5) * cell;
      for (let d = 0; d < 4; d++) {
        const cc = c + STEP_DC[d];
        const rr = r + STEP_DR[d];
        const j = stepTo(s, c, r, d);
        if (j < 0 || !(len < s.centre[j] - TIE_M)) continue;
        const inI = inWin(win, c, r) && redo[i] === 1;
        const inJ = redo[j] === 1 && inWin(win, cc, rr);
        if (!((inI && len < narrow[i]) || (inJ && len < narrow[j]))) continue;
        const t = crossing(px, py, STEP_DC[d] * cell, STEP_DR[d] * cell, ax, ay, bx, by, ENDS);
        if (!(t > 0 && t < 1)) continue;
        if (clear < 0) clear = clearChord(ch, b, ax, ay, bx, by) ? 1 : 0;
        if (!clear || crossesEdge(b, px, py, px + STEP_DC[d] * cell, py + STEP_DR[d] * cell, px + t * STEP_DC[d] * cell, py + t * STEP_DR[d] * cell)) continue;
        if (inI && len < narrow[i]) narrow[i] = len;
        if (inJ && len < narrow[j]) narrow[j] = len;
      }
    }
}

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
    const t = crossing(ax, ay, bx - ax, by - ay, sg[e], sg[e + 1], sg[e + 2], sg[e + 3], 0);
    if (t > 0 && t < 1) return false;
  }
  for (const p of ch.solids) {
    const bb = cachedBBox(p);
    if (mid[0] >= bb.minX && mid[0] <= bb.maxX && mid[1] >= bb.minY && mid[1] <= bb.maxY && pointInPolygon(mid, p)) return false;
  }
  return true;
}
const mid: [number, number] = [0, 0];
