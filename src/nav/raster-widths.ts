/** Exact passage widths per raster cell (src/nav/clearance.ts measures them), whole or for a patch's window. */
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { cachedBBox, type BBox } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { bucketEdges, bucketGrid, bucketOf, cappedWidth, type BucketWindow, type EdgeBuckets } from './clearance';
import { widthEdges } from './clearance-edges';
import { stepWidth } from './step-width';
import { CLEARANCE_CAP_M } from './clearance-map';
import type { FloorGrid, RasterInputs } from './raster-types';
import { cellCentre, type CellWindow } from './raster-cells';
import { passageStrip, trueWall } from './raster-shapes';

/**
 * Exact passage widths of the window's free cells (others 0), capped at CLEARANCE_CAP_M. A part of the raster
 * (a patch) measures against the edges near it only: those in the buckets its cells look at.
 */
export function passWidths(
  g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>,
  inp: RasterInputs,
  win: CellWindow,
  free: Uint8Array,
  door: Float32Array,
  out: Float32Array,
  keep?: WidthsKept,
): void {
  const box = {
    minX: g.origin[0] - CLEARANCE_CAP_M,
    minY: g.origin[1] - CLEARANCE_CAP_M,
    maxX: g.origin[0] + g.cols * g.cell + CLEARANCE_CAP_M,
    maxY: g.origin[1] + g.rows * g.cell + CLEARANCE_CAP_M,
  };
  const whole = win.c0 === 0 && win.r0 === 0 && win.c1 === g.cols - 1 && win.r1 === g.rows - 1;
  let only: BucketWindow | undefined;
  let region: BBox | undefined;
  if (!whole) {
    const grid = bucketGrid(CLEARANCE_CAP_M, box);
    const [c0, r0] = bucketOf(grid, cellCentre(g, win.r0 * g.cols + win.c0));
    const [c1, r1] = bucketOf(grid, cellCentre(g, win.r1 * g.cols + win.c1));
    only = { c0: Math.max(0, c0 - 1), c1: Math.min(grid.cols - 1, c1 + 1), r0: Math.max(0, r0 - 1), r1: Math.min(grid.rows - 1, r1 + 1) };
    // The buckets' extent, a little wider than rounding could ever place an edge of theirs outside it.
    region = {
      minX: box.minX + only.c0 * CLEARANCE_CAP_M - REGION_SLACK_M,
      maxX: box.minX + (only.c1 + 1) * CLEARANCE_CAP_M + REGION_SLACK_M,
      minY: box.minY + only.r0 * CLEARANCE_CAP_M - REGION_SLACK_M,
      maxY: box.minY + (only.r1 + 1) * CLEARANCE_CAP_M + REGION_SLACK_M,
    };
  }
  let buckets: EdgeBuckets | undefined;
  for (let r = win.r0; r <= win.r1; r++)
    for (let i = r * g.cols + win.c0, end = r * g.cols + win.c1; i <= end; i++) {
      if (!free[i]) {
        out[i] = 0;
        continue;
      }
      const p = cellCentre(g, i);
      if (keep?.free[i] && !widthMayChange(p, keep.widths[i] + 2 * g.cell, keep.box)) {
        out[i] = keep.widths[i];
        continue;
      }
      buckets ??= bucketEdges(widthEdges({ solids: inp.solids, strips: inp.doors.map((d) => d.strip), outline: inp.outline }, region), CLEARANCE_CAP_M, box, only);
      out[i] = door[i] > 0 ? cappedWidth(buckets, p) : narrowestStep(g, buckets, free, door, i, p, cappedWidth(buckets, p));
    }
}

/**
 * A cell's width: the least of its centre's and of the narrowest point of each axis step to a free neighbour, so a
 * gap between two centres (a slit through a thin wall) closes the cells on either side of it. Steps into a door's
 * cells are left out: a door passes by its own clear width.
 */
function narrowestStep(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, b: EdgeBuckets, free: Uint8Array, door: Float32Array, i: number, p: Vec2, w: number): number {
  const r = (i / g.cols) | 0;
  const c = i - r * g.cols;
  for (let k = 0; k < 4; k++) {
    const dc = k === 0 ? 1 : k === 1 ? -1 : 0;
    const dr = k === 2 ? 1 : k === 3 ? -1 : 0;
    const cc = c + dc;
    const rr = r + dr;
    if (cc < 0 || rr < 0 || cc >= g.cols || rr >= g.rows) continue;
    const j = rr * g.cols + cc;
    if (!free[j] || door[j] > 0) continue;
    w = stepWidth(b, p, [p[0] + dc * g.cell, p[1] + dr * g.cell], w);
  }
  return w;
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
