/**
 * The raster's regions: the outside (what a flood from the border reaches), the building (the largest group
 * of cells the outside does not reach) and the rooms (regions the barriers enclose). Drafting gaps are
 * closed by growing the barriers a little before a flood and the regions back by as much after. The
 * distance field that growing needs is computed only when a flood needs it: most plans close at once.
 */
import { distanceTo, floodLabel, type RasterPlan } from './raster';

export interface Regions {
  /** Region label per cell: 0 barrier, 1 outside, ≥ 2 a room. */
  lab: Int32Array;
  /** Cells per label. */
  size: number[];
  /** How far barriers were grown to close gaps (metres). */
  closedGaps: number;
}

const distCache = new WeakMap<RasterPlan, Float32Array>();
/** Distance from each cell to the nearest barrier, in cells (computed once per raster). */
function distOf(r: RasterPlan): Float32Array {
  let d = distCache.get(r);
  if (!d) distCache.set(r, (d = distanceTo(r.wall, r.w, r.h)));
  return d;
}

/** Grow labelled regions by g cells over unlabelled cells that are not barriers (undoing a gap closing). */
function regrow(lab: Int32Array, size: number[], w: number, n: number, g: number, dist: Float32Array, wall: Uint8Array, scratch: Int32Array): void {
  let count = 0;
  for (let i = 0; i < n; i++) if (lab[i] > 0 && dist[i] <= g + 1.5) scratch[count++] = i;
  let front: Int32Array = scratch;
  let back: Int32Array = new Int32Array(n);
  for (let step = 0; step < Math.ceil(g) && count > 0; step++) {
    let m = 0;
    for (let k = 0; k < count; k++) {
      const i = front[k];
      const x = i % w;
      const L = lab[i];
      for (let t = 0; t < 4; t++) {
        const j = t === 0 ? (x > 0 ? i - 1 : -1) : t === 1 ? (x < w - 1 ? i + 1 : -1) : t === 2 ? i - w : i + w;
        if (j < 0 || j >= n || lab[j] !== 0 || wall[j]) continue;
        lab[j] = L;
        size[L]++;
        back[m++] = j;
      }
    }
    const tmp = front;
    front = back;
    back = tmp;
    count = m;
  }
}

/** Open cells: farther than g cells from a barrier (g = 0: every cell that is not a barrier). */
function openCells(r: RasterPlan, g: number, open: Uint8Array, outside?: Int32Array): void {
  const n = r.w * r.h;
  if (g <= 0) {
    const wall = r.wall;
    for (let i = 0; i < n; i++) open[i] = wall[i] ? 0 : 1;
  } else {
    const dist = distOf(r);
    for (let i = 0; i < n; i++) open[i] = dist[i] > g ? 1 : 0;
  }
  if (outside) for (let i = 0; i < n; i++) if (outside[i] === 1) open[i] = 0;
}

/** Label every open cell not yet labelled, from label 2 on; sizes appended to `size`. */
function labelRooms(lab: Int32Array, w: number, h: number, open: Uint8Array, size: number[], stack: Int32Array): void {
  let next = size.length;
  const n = w * h;
  for (let i = 0; i < n; i++) if (lab[i] === 0 && open[i]) size[next] = floodLabel(lab, w, h, i, next++, open, stack);
}

/**
 * Rooms inside the building: the barriers grown by `grow` metres first, so door openings up to twice that
 * wide split rooms even where no door was drawn or found (a bare opening, a pocket or bifold door), then
 * each room grown back to the walls. Cells outside keep label 1.
 */
export function roomRegions(r: RasterPlan, outer: Regions, grow: number): Regions {
  const { w, h, wall } = r;
  const n = w * h;
  const g = Math.max(grow, outer.closedGaps) / r.res;
  const open = new Uint8Array(n);
  const lab = new Int32Array(n);
  openCells(r, g, open, outer.lab);
  for (let i = 0; i < n; i++) if (outer.lab[i] === 1) lab[i] = 1;
  const stack = new Int32Array(n);
  const size = [0, outer.size[1]];
  labelRooms(lab, w, h, open, size, stack);
  if (g > 0) regrow(lab, size, w, n, g, distOf(r), wall, stack);
  return { lab, size, closedGaps: g * r.res };
}

/** The outside: a flood of the open cells from the raster's border. Returns the cells it reached. */
function floodOutside(lab: Int32Array, w: number, h: number, open: Uint8Array, stack: Int32Array): number {
  let outside = 0;
  for (let x = 0; x < w; x++) outside += floodLabel(lab, w, h, x, 1, open, stack) + floodLabel(lab, w, h, (h - 1) * w + x, 1, open, stack);
  for (let y = 0; y < h; y++) outside += floodLabel(lab, w, h, y * w, 1, open, stack) + floodLabel(lab, w, h, y * w + w - 1, 1, open, stack);
  return outside;
}

/** How far the barriers are grown, in turn, until the outside flood leaves a building (metres). */
const GROWS = [0, 0.3, 0.6, 1.2];

/** The rooms of a raster whose outside is already labelled in `lab` (with `outside` cells), barriers grown by `grow`. */
function labelled(r: RasterPlan, lab: Int32Array, open: Uint8Array, stack: Int32Array, outside: number, grow: number): Regions {
  const { w, h } = r;
  const size = [0, outside];
  labelRooms(lab, w, h, open, size, stack);
  const g = grow / r.res;
  if (g > 0) regrow(lab, size, w, w * h, g, distOf(r), r.wall, stack);
  return { lab, size, closedGaps: grow };
}

/**
 * Label the outside and the enclosed regions. Tries growing the barriers by 0, 0.3, 0.6 and 1.2 m until the
 * building (what the outside flood does not reach) covers a fair share of the drawing's box; when none does,
 * the regions of the barriers as drawn. A try that fails needs only its outside flood: the rooms are
 * labelled for the try that is kept.
 */
export function regions(r: RasterPlan): Regions {
  const { w, h, wall } = r;
  const n = w * h;
  const stack = new Int32Array(n);
  const open = new Uint8Array(n);
  const lab = new Int32Array(n);
  let wallCells = 0;
  for (let i = 0; i < n; i++) wallCells += wall[i];
  const outsideAt = (grow: number): number => {
    openCells(r, grow / r.res, open);
    lab.fill(0);
    return floodOutside(lab, w, h, open, stack);
  };
  for (const grow of GROWS) {
    const outside = outsideAt(grow);
    // Enough building to be a plan: the enclosed cells outnumber the barrier cells several times over.
    if (n - outside - wallCells > 3 * wallCells) return labelled(r, lab, open, stack, outside, grow);
  }
  return labelled(r, lab, open, stack, outsideAt(GROWS[0]), GROWS[0]);
}

export interface Building {
  /** Component label per cell (0 = outside). */
  comp: Int32Array;
  /** The building's label in `comp`, and its first (lowest, then leftmost) cell; -1 when there is none. */
  label: number;
  start: number;
}

/** The building: the largest group of cells the outside does not reach. */
export function buildingOf(r: RasterPlan, reg: Regions): Building {
  const { w, h } = r;
  const n = w * h;
  const comp = new Int32Array(n);
  const notOutside = new Uint8Array(n);
  const lab = reg.lab;
  for (let i = 0; i < n; i++) notOutside[i] = lab[i] === 1 ? 0 : 1;
  const stack = new Int32Array(n);
  let label = 0;
  let bestSize = 0;
  let start = -1;
  let nComp = 0;
  for (let i = 0; i < n; i++) {
    if (!notOutside[i] || comp[i]) continue;
    nComp++;
    // Scanning in index order, the first cell of a component is its lowest, then leftmost.
    const size = floodLabel(comp, w, h, i, nComp, notOutside, stack);
    if (size > bestSize) {
      bestSize = size;
      label = nComp;
      start = i;
    }
  }
  return { comp, label, start };
}

/** The first (lowest, then leftmost) cell of each room label ≥ 2, in label order of first appearance. */
export function roomStarts(rooms: Regions): Map<number, number> {
  const starts = new Map<number, number>();
  const lab = rooms.lab;
  const n = lab.length;
  const seen = new Uint8Array(rooms.size.length);
  for (let i = 0; i < n; i++) {
    const id = lab[i];
    if (id >= 2 && !seen[id]) {
      seen[id] = 1;
      starts.set(id, i);
    }
  }
  return starts;
}
