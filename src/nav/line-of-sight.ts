/** Line of sight on the walkable cells of a floor: what smoothing and the phone app's straight walks test. */
import { hypot2 } from '../core/geometry/vec';
import type { NavGraph, NavPoint } from './graph';
import { floorMask } from './floor-mask';
import type { FloorGrid } from './raster-types';
import type { SearchSpace } from './mask';
import { roomFor, runsFor, type ParentWalk, type Runs } from './room';

/** How a space's mask of a patch's parent raster is found, when `walk` is the floor mask of its options. */
function parentWalkOf(s: SearchSpace, grid: FloorGrid, walk: Uint8Array): ParentWalk {
  const acc = !!s.o.accessible;
  const door = s.o.minDoorWidth ?? 0;
  return walk === floorMask(grid, s.g.audience, acc, s.minHalf, door) ? (p) => floorMask(p, s.g.audience, acc, s.minHalf, door) : undefined;
}

/** Far more than the rounding error of a sample position (in cells), far less than the distance between samples. */
const EDGE = 1e-7;

/** What a line test reads of one floor: the cells it may cross, their room map and open runs. */
interface LineMaps {
  walk: Uint8Array;
  room: Uint8Array;
  runs: Runs;
  /** Whether the cell size is a power of two (see lineClear). */
  exact: boolean;
}

/**
 * Each floor's maps per search space, found once: smoothing asks hundreds of lines in a row, alternating floors on
 * routes over stairs, and looking the mask up per line cost more than the lines on open floor. Lines on the
 * walkable cells (no space) are kept by that mask.
 */
const bySpace = new WeakMap<SearchSpace, (LineMaps | undefined)[]>();
const byMask = new WeakMap<Uint8Array, LineMaps>();
let lastSpace: SearchSpace | undefined;
let lastFi = -1;
let lastMaps: LineMaps | undefined;

function mapsOf(g: NavGraph, fi: number, space: SearchSpace | undefined): LineMaps {
  if (space && space === lastSpace && fi === lastFi && lastMaps) return lastMaps;
  const grid = g.grids[fi];
  // Dividing by a power of two is exact, so multiplying by its inverse gives the same cells, without a division
  // per axis per sample (the default half-metre cell is one).
  const exact = Number.isInteger(Math.log2(grid.cell));
  if (!space) {
    const walk = floorMask(grid, g.audience, false, 0);
    let maps = byMask.get(walk);
    if (!maps) byMask.set(walk, (maps = { walk, room: roomFor(grid, g.audience, walk), runs: runsFor(grid, g.audience, walk), exact }));
    return maps;
  }
  let list = bySpace.get(space);
  if (!list) bySpace.set(space, (list = []));
  let maps = list[fi];
  if (!maps) {
    const walk = space.floorMaskOf(fi);
    const parentWalk = parentWalkOf(space, grid, walk);
    list[fi] = maps = { walk, room: roomFor(grid, g.audience, walk, parentWalk), runs: runsFor(grid, g.audience, walk, parentWalk), exact };
  }
  lastSpace = space;
  lastFi = fi;
  lastMaps = maps;
  return maps;
}

/**
 * Two boxes of open cells around cell (c, r) of floor index fi, as the search space sees it, into `out` as
 * [u0, v0, u1, v1] twice in cell units (columns u0 … u1 − 1, rows v0 … v1 − 1; empty when the cell is closed): the
 * cell's open run along its row, grown over the rows beside it while they are open all along it; and its run along
 * its column, grown likewise. A box is convex, so a straight line with both ends inside one stays on open cells
 * and lineClear passes it: smoothing tests most lines along a corridor or across a room this way. A run capped
 * (RUN_CAP) is read as its cap, a smaller box.
 */
export function openBoxes(g: NavGraph, fi: number, space: SearchSpace | undefined, c: number, r: number, out: Float64Array): void {
  out.fill(0);
  const { cols, rows } = g.grids[fi];
  const { walk, runs } = mapsOf(g, fi, space);
  const i = r * cols + c;
  if (c < 0 || r < 0 || c >= cols || r >= rows || walk[i] !== 1) return;
  // Along the row, then over the rows below and above while each is open from u0 for the run's length.
  const u0 = c - runs.w[i] + 1;
  const w = runs.w[i] + runs.e[i] - 1;
  let v0 = r;
  while (v0 > 0 && walk[(v0 - 1) * cols + u0] === 1 && runs.e[(v0 - 1) * cols + u0] >= w) v0--;
  let v1 = r + 1;
  while (v1 < rows && walk[v1 * cols + u0] === 1 && runs.e[v1 * cols + u0] >= w) v1++;
  out[0] = u0;
  out[1] = v0;
  out[2] = u0 + w;
  out[3] = v1;
  // Along the column, then over the columns beside it.
  const r0 = r - runs.s[i] + 1;
  const h = runs.s[i] + runs.n[i] - 1;
  let c0 = c;
  while (c0 > 0 && walk[r0 * cols + c0 - 1] === 1 && runs.n[r0 * cols + c0 - 1] >= h) c0--;
  let c1 = c + 1;
  while (c1 < cols && walk[r0 * cols + c1] === 1 && runs.n[r0 * cols + c1] >= h) c1++;
  out[4] = c0;
  out[5] = r0;
  out[6] = c1;
  out[7] = r0 + h;
}

/**
 * Whether the straight line a–b stays on walkable cells, sampled every third of a cell (as the phone app does).
 * Samples that lie well inside open floor (roomOf) are skipped, not tested: the answer is the same as testing
 * every sample, at a fraction of the cost on long lines across a hall.
 */
export function gridLine(g: NavGraph, a: NavPoint, b: NavPoint): boolean {
  const fi = g.floorIndex.get(a.floorId);
  return fi !== undefined && lineClear(g, fi, a.p[0], a.p[1], b.p[0], b.p[1]);
}

/**
 * gridLine on floor index fi, from (ax, ay) to (bx, by). With `space`, on the cells that search space may enter
 * (a smoothed route must not cut through a passage narrower than the search kept to), else on walkable cells.
 */
export function lineClear(g: NavGraph, fi: number, ax: number, ay: number, bx: number, by: number, space?: SearchSpace): boolean {
  if (fi < 0) return false;
  const grid = g.grids[fi];
  const { cols, rows, cell } = grid;
  const { walk, room, runs, exact } = mapsOf(g, fi, space);
  const ox = grid.origin[0];
  const oy = grid.origin[1];
  const dx = bx - ax;
  const dy = by - ay;
  const len = hypot2(ax - bx, ay - by);
  const steps = Math.ceil(len / (cell / 3));
  const stepLen = steps ? len / steps : Infinity;
  const inv = 1 / cell;
  // Change per sample, in cells, per axis.
  const du = steps ? (dx * inv) / steps : 0;
  const dv = steps ? (dy * inv) / steps : 0;
  let last = -1;
  for (let k = 0; k <= steps; ) {
    const t = steps ? k / steps : 0;
    const u = exact ? (ax + dx * t - ox) * inv : (ax + dx * t - ox) / cell;
    const v = exact ? (ay + dy * t - oy) * inv : (ay + dy * t - oy) / cell;
    const c = Math.floor(u);
    const r = Math.floor(v);
    if (c < 0 || r < 0 || c >= cols || r >= rows) return false;
    const i = r * cols + c;
    if (i !== last) {
      if (walk[i] !== 1) return false;
      last = i;
    }
    // Samples that must fall in open cells, so testing them would change nothing. The computed positions grow
    // monotonically with k and stray from u + j·du by far less than EDGE, so a sample whose position is EDGE short
    // of a boundary is on this side of it. Along this row: the samples before the line leaves the row, and before
    // its column leaves the open run the cell starts (east or west, by the line's direction). Likewise along
    // this column. A run of one is this cell alone.
    let alongRow = steps;
    if (dv > 0) alongRow = (r + 1 - EDGE - v) / dv;
    else if (dv < 0) alongRow = (v - r - EDGE) / -dv;
    if (du > 0) alongRow = Math.min(alongRow, (c + runs.e[i] - EDGE - u) / du);
    else if (du < 0) alongRow = Math.min(alongRow, (u - (c + 1 - runs.w[i]) - EDGE) / -du);
    let alongCol = steps;
    if (du > 0) alongCol = (c + 1 - EDGE - u) / du;
    else if (du < 0) alongCol = (u - c - EDGE) / -du;
    if (dv > 0) alongCol = Math.min(alongCol, (r + runs.n[i] - EDGE - v) / dv);
    else if (dv < 0) alongCol = Math.min(alongCol, (v - (r + 1 - runs.s[i]) - EDGE) / -dv);
    const same = Math.min(Math.max(alongRow, alongCol), steps);
    const onOpen = same >= 1 ? Math.floor(same) : 0;
    // Every point closer than (room − 2) cells to this sample is in a walkable cell; one sample of margin for
    // rounding in the sample positions.
    const jump = room[i] > 2 ? Math.floor(((room[i] - 2) * cell) / stepLen) - 1 : 0;
    k += Math.max(onOpen, jump, 0) + 1;
  }
  return true;
}
