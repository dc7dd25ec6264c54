/** Exact passage widths per raster cell (src/nav/clearance.ts measures them), whole or for a patch's window. */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { cachedBBox, type BBox, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { bucketEdges, bucketGrid, bucketOf, cappedWidth, lastNearest, type BucketWindow, type EdgeBuckets } from './clearance';
import { widthEdges } from './clearance-edges';
import { narrowSteps } from './step-width';
import { CLEARANCE_CAP_M } from './clearance-map';
import type { FloorGrid, RasterInputs } from './raster-types';
import { cellCentre, type CellWindow } from './raster-cells';
import { passageStrip, trueWall } from './raster-shapes';

/**
 * Exact passage widths of the window's free cells (others 0), capped at CLEARANCE_CAP_M: the width at the cell's
 * centre, or the narrowest point of a step to a neighbour where that is narrower than both of the step's ends
 * (step-width.ts). A part of the raster (a patch) measures against the edges near it only: those in the buckets
 * its cells look at. Returns the cells a step narrowed, with their centre widths (kept with the widths).
 * Long because a patch's window, what it keeps and what it measures again are one pass over the window's cells.
 */
export function passWidths(
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>,
  inp: RasterInputs,
  win: CellWindow,
  free: Uint8Array,
  door: Float32Array,
  out: Float32Array,
  keep?: WidthsKept,
): Map<number, number> {
  const whole = win.c0 === 0 && win.r0 === 0 && win.c1 === g.cols - 1 && win.r1 === g.rows - 1;
  const region = whole ? undefined : bucketRegion(g, win).region;
  const kept = keep ? narrowedOf.get(keep.widths) : undefined;
  const s = scratchFor(g.cols * g.rows);
  let buckets: EdgeBuckets | undefined;
  const edgesFor = () => widthBuckets(g, inp, win);
  // Cells whose steps may read differently now: measured again, turned free or blocked, or near enough to the
  // change for a step's narrowest point (up to a diagonal step from the centre) to see it.
  let unstable = 0;
  for (let r = win.r0; r <= win.r1; r++)
    for (let i = r * g.cols + win.c0, end = r * g.cols + win.c1; i <= end; i++) {
      s.near[i] = Number.NaN;
      s.moved[i] = keep && free[i] === keep.free[i] ? 0 : 1;
      if (!free[i]) {
        out[i] = 0;
        continue;
      }
      const p = cellCentre(g, i);
      const was = keep?.free[i] ? (kept?.get(i) ?? keep.widths[i]) : 0;
      if (keep?.free[i] && !widthMayChange(p, was, keep.box)) {
        out[i] = was;
        if (widthMayChange(p, was + STEP_REACH * g.cell, keep.box)) s.moved[i] = 1;
        unstable += s.moved[i];
        continue;
      }
      buckets ??= edgesFor();
      out[i] = cappedWidth(buckets, p);
      s.near[i] = lastNearest();
      s.moved[i] = 1;
      unstable++;
    }
  const narrowed = new Map<number, number>();
  if (kept) for (const [i, w] of kept) if (!inWindow(win, i, g.cols)) narrowed.set(i, w);
  // The cells whose steps are measured again: those around an unstable one. The others keep their widths.
  const redo = s.redo;
  for (let r = win.r0; r <= win.r1; r++)
    for (let c = win.c0, i = r * g.cols + c; c <= win.c1; c++, i++) {
      let v = 0;
      for (let rr = Math.max(win.r0, r - 1); rr <= Math.min(win.r1, r + 1) && !v; rr++)
        for (let cc = Math.max(win.c0, c - 1); cc <= Math.min(win.c1, c + 1); cc++) if (s.moved[rr * g.cols + cc]) v = 1;
      redo[i] = v;
      s.narrow[i] = Infinity;
    }
  if (unstable || !keep) narrowAgain(g, win, free, door, out, whole ? undefined : { keep, kept }, (buckets ??= edgesFor()), axisBoxes(inp.solids, region), narrowed);
  // The others as they were, steps included (after the steps read their centre widths).
  if (keep)
    for (let r = win.r0; r <= win.r1; r++)
      for (let i = r * g.cols + win.c0, end = r * g.cols + win.c1; i <= end; i++) {
        if (redo[i]) continue;
        const k = kept?.get(i);
        if (k !== undefined) narrowed.set(i, k);
        out[i] = keep.widths[i];
      }
  return note(whole, out, narrowed);
}

/** The plan box the width buckets span (the raster's, a cap wider each way), and a window's buckets and region. */
export function bucketRegion(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, win: CellWindow): { box: BBox; only?: BucketWindow; region?: BBox } {
  const box = {
    minX: g.origin[0] - CLEARANCE_CAP_M,
    minY: g.origin[1] - CLEARANCE_CAP_M,
    maxX: g.origin[0] + g.cols * g.cell + CLEARANCE_CAP_M,
    maxY: g.origin[1] + g.rows * g.cell + CLEARANCE_CAP_M,
  };
  if (win.c0 === 0 && win.r0 === 0 && win.c1 === g.cols - 1 && win.r1 === g.rows - 1) return { box };
  const grid = bucketGrid(CLEARANCE_CAP_M, box);
  const [c0, r0] = bucketOf(grid, cellCentre(g, win.r0 * g.cols + win.c0));
  const [c1, r1] = bucketOf(grid, cellCentre(g, win.r1 * g.cols + win.c1));
  // Two buckets round the window: the ring of cells just outside it, whose steps come in, sees every edge too.
  const only = { c0: Math.max(0, c0 - 2), c1: Math.min(grid.cols - 1, c1 + 2), r0: Math.max(0, r0 - 2), r1: Math.min(grid.rows - 1, r1 + 2) };
  // The buckets' extent, a little wider than rounding could ever place an edge of theirs outside it.
  const region = {
    minX: box.minX + only.c0 * CLEARANCE_CAP_M - REGION_SLACK_M,
    maxX: box.minX + (only.c1 + 1) * CLEARANCE_CAP_M + REGION_SLACK_M,
    minY: box.minY + only.r0 * CLEARANCE_CAP_M - REGION_SLACK_M,
    maxY: box.minY + (only.r1 + 1) * CLEARANCE_CAP_M + REGION_SLACK_M,
  };
  return { box, only, region };
}

/**
 * The width edges a window's cells (and the ring just outside it) are measured against, bucketed. The last made is
 * kept for the same inputs and window: the raster's widths and its steps through gaps (raster-gaps.ts) read them.
 */
let lastBuckets: { inp: RasterInputs; win: string; b: EdgeBuckets } | null = null;
export function widthBuckets(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, inp: RasterInputs, win: CellWindow): EdgeBuckets {
  const key = `${win.c0},${win.c1},${win.r0},${win.r1}`;
  if (lastBuckets && lastBuckets.inp === inp && lastBuckets.win === key) return lastBuckets.b;
  const { box, only, region } = bucketRegion(g, win);
  const b = bucketEdges(widthEdges({ solids: inp.solids, strips: inp.doors.map((d) => d.strip), outline: inp.outline }, region), CLEARANCE_CAP_M, box, only);
  lastBuckets = { inp, win: key, b };
  return b;
}

/** Steps of the cells marked in the scratch `redo` measured again; cells they narrow listed in `narrowed`. */
function narrowAgain(
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>,
  win: CellWindow,
  free: Uint8Array,
  door: Float32Array,
  out: Float32Array,
  patch: { keep: WidthsKept | undefined; kept: Map<number, number> | undefined } | undefined,
  buckets: EdgeBuckets,
  boxes: Float64Array,
  narrowed: Map<number, number>,
): void {
  const s = scratchFor(g.cols * g.rows);
  // Centre widths of the ring around the window, which steps into it read: as they were.
  const centre = patch ? withRing(s.centre, s.near, out, win, g, patch.keep, patch.kept) : out;
  narrowSteps({ origin: g.origin, cell: g.cell, cols: g.cols, rows: g.rows, free, door, centre, near: s.near, boxes }, buckets, win, s.redo, s.narrow);
  for (let r = win.r0; r <= win.r1; r++)
    for (let i = r * g.cols + win.c0, end = r * g.cols + win.c1; i <= end; i++)
      if (s.redo[i] && s.narrow[i] < out[i]) {
        narrowed.set(i, out[i]);
        out[i] = s.narrow[i];
      }
}

/**
 * The solids (those meeting `region`, all without one) that are rectangles along the axes, as minX, minY, maxX,
 * maxY per box, by their left side.
 */
function axisBoxes(solids: readonly Polygon[], region: BBox | undefined): Float64Array {
  const mine: BBox[] = [];
  for (const p of solids) {
    const box = axisBox(p);
    if (box && (!region || (box.minX <= region.maxX && box.maxX >= region.minX && box.minY <= region.maxY && box.maxY >= region.minY))) mine.push(box);
  }
  mine.sort((a, b) => a.minX - b.minX);
  const out = new Float64Array(4 * mine.length);
  for (let k = 0; k < mine.length; k++) {
    out[4 * k] = mine[k].minX;
    out[4 * k + 1] = mine[k].minY;
    out[4 * k + 2] = mine[k].maxX;
    out[4 * k + 3] = mine[k].maxY;
  }
  return out;
}
/** A nanometre: a rectangle turned by a right angle is this far off its axis through rounding, at most. */
const AXIS_M = 1e-9;
const axisBoxOf = new WeakMap<Polygon, BBox | null>();
function axisBox(p: Polygon): BBox | null {
  let v = axisBoxOf.get(p);
  if (v === undefined) {
    v =
      p.length === 4 &&
      p.every((a, k) => {
        const b = p[(k + 1) % 4];
        return Math.abs(a[0] - b[0]) <= AXIS_M || Math.abs(a[1] - b[1]) <= AXIS_M;
      })
        ? cachedBBox(p)
        : null;
    axisBoxOf.set(p, v);
  }
  return v;
}

/** The centre widths of every cell a patch's steps read: the window's new ones, the ring's from the kept raster. */
function withRing(
  centre: Float32Array,
  near: Float64Array,
  out: Float32Array,
  win: CellWindow,
  g: Pick<FloorGrid, 'cols' | 'rows'>,
  keep: WidthsKept | undefined,
  kept: Map<number, number> | undefined,
): Float32Array {
  for (let r = Math.max(0, win.r0 - 1); r <= Math.min(g.rows - 1, win.r1 + 1); r++)
    for (let c = Math.max(0, win.c0 - 1); c <= Math.min(g.cols - 1, win.c1 + 1); c++) {
      const i = r * g.cols + c;
      if (inWindow(win, i, g.cols)) centre[i] = out[i];
      else (centre[i] = keep ? (kept?.get(i) ?? keep.widths[i]) : 0), (near[i] = Number.NaN);
    }
  return centre;
}

/** A diagonal step, in cells. */
const STEP_REACH = Math.SQRT2;
const inWindow = (w: CellWindow, i: number, cols: number) => {
  const r = (i / cols) | 0;
  const c = i - r * cols;
  return c >= w.c0 && c <= w.c1 && r >= w.r0 && r <= w.r1;
};

/** The cells a step narrowed below their centre's width, with that width, per widths array. */
const narrowedOf = new WeakMap<Float32Array, Map<number, number>>();
/** Keeps a patch's narrowed cells with the widths array the patch made (a whole raster's are kept by passWidths). */
export function noteNarrowed(widths: Float32Array, narrowed: Map<number, number>): void {
  narrowedOf.set(widths, narrowed);
}
function note(whole: boolean, out: Float32Array, narrowed: Map<number, number>): Map<number, number> {
  if (whole) narrowedOf.set(out, narrowed);
  return narrowed;
}

/** Floor-sized scratch arrays for one passWidths call at a time. */
let scratch: { narrow: Float32Array; near: Float64Array; centre: Float32Array; moved: Uint8Array; redo: Uint8Array } | null = null;
function scratchFor(n: number) {
  if (!scratch || scratch.narrow.length < n)
    scratch = { narrow: new Float32Array(n), near: new Float64Array(n), centre: new Float32Array(n), moved: new Uint8Array(n), redo: new Uint8Array(n) };
  return scratch;
}

/** A patch's previous widths, and the box holding every solid and door strip the edit added or removed (null: none). */
interface WidthsKept {
  free: Uint8Array;
  widths: Float32Array;
  box: BBox | null;
}
/**
 * Whether a width measured as `w` at p can differ once the edges in `box` changed. A width is found from the
 * nearest edge (at most w/2 away) and the first edge hit on the far side (at most w away): edges that all lie
 * farther than w from p are neither, before or after, and ties between equally near edges cannot involve them.
 * A capped width stays capped for the same reason. The slack covers the Float32 rounding of the stored width.
 */
function widthMayChange(p: Vec2, w: number, box: BBox | null): boolean {
  if (!box) return false;
  const dx = Math.max(box.minX - p[0], 0, p[0] - box.maxX);
  const dy = Math.max(box.minY - p[1], 0, p[1] - box.maxY);
  return dx * dx + dy * dy <= (w * (1 + WIDTH_SLACK) + WIDTH_SLACK) ** 2;
}
const WIDTH_SLACK = 1e-5;

/** The box of what an element adds to the width edges (its true solid, or a door's strip), or null. */
export function widthBox(e: Floor['elements'][number]): BBox | null {
  const k = kindOf(e);
  if (k.walking === 'opens') return cachedBBox(passageStrip(e, k.passage(e)));
  if (e.kind === 'wall') return cachedBBox(trueWall(e));
  if (k.walking !== 'blocks' || !k.blocksWalking(e)) return null;
  const fp = k.footprint(e);
  return fp ? cachedBBox(fp) : null;
}
export const union = (a: BBox | null, b: BBox | null): BBox | null =>
  !a ? b : !b ? a : { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
/** A micrometre: far above the rounding of a bucket boundary, far below anything drawn. */
const REGION_SLACK_M = 1e-6;
