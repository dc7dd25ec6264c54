/**
 * How much open floor lies around each cell: the chessboard distance, in cells, to the nearest cell a search may
 * not enter (the grid's edge counts), capped at ROOM_CAP. 0 for a closed cell, 1 next to a wall. A value k means
 * every cell within k − 1 steps in any direction is open, so a straight-line test can skip through open floor.
 *
 * A value depends only on the cells within ROOM_CAP steps, so a floor whose raster was patched (a seat moved)
 * recomputes a window around the changed cells from its parent's map instead of the whole floor. The cap is
 * 4 m of half-metre cells: longer skips gain little, and the window a patch recomputes grows with it.
 */
import { floorMask } from './floor-mask';
import type { FloorGrid } from './grid';
import { patchOf } from './raster-patch';

export const ROOM_CAP = 8;

const maps = new WeakMap<Uint8Array, Uint8Array>();

/**
 * The same options' mask of another raster of the floor (a patch's parent), from which a patched floor's maps are
 * derived; undefined when `walk` is no floor mask of those options (then the maps are made whole).
 */
export type ParentWalk = ((parent: FloorGrid) => Uint8Array) | undefined;

/** The room map of a floor's walkable mask for an audience (`walk` is that mask; `parentWalk`: see ParentWalk). */
export function roomFor(grid: FloorGrid, audience: 'public' | 'staff', walk: Uint8Array, parentWalk: ParentWalk = (p) => floorMask(p, audience, false, 0)): Uint8Array {
  let room = maps.get(walk);
  if (room) return room;
  const patch = patchOf(grid);
  const parentRoom = patch && parentWalk && maps.get(parentWalk(patch.parent));
  if (patch && parentRoom && patch.changed.length) {
    room = parentRoom.slice();
    let c0 = Infinity,
      c1 = -Infinity,
      r0 = Infinity,
      r1 = -Infinity;
    for (const i of patch.changed) {
      const r = (i / grid.cols) | 0;
      const c = i - r * grid.cols;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
    }
    // Values within ROOM_CAP of a changed cell may change; they depend on cells up to ROOM_CAP further out.
    const W = { c0: c0 - ROOM_CAP, c1: c1 + ROOM_CAP, r0: r0 - ROOM_CAP, r1: r1 + ROOM_CAP };
    const out = distances(walk, grid.cols, grid.rows, { c0: W.c0 - ROOM_CAP, c1: W.c1 + ROOM_CAP, r0: W.r0 - ROOM_CAP, r1: W.r1 + ROOM_CAP });
    for (let r = Math.max(0, W.r0); r <= Math.min(grid.rows - 1, W.r1); r++)
      for (let c = Math.max(0, W.c0); c <= Math.min(grid.cols - 1, W.c1); c++) room[r * grid.cols + c] = out.at(r, c);
  } else room = roomOf(walk, grid.cols, grid.rows);
  maps.set(walk, room);
  return room;
}

/** The room map of a whole mask. */
export function roomOf(walk: Uint8Array, cols: number, rows: number): Uint8Array {
  return distances(walk, cols, rows, { c0: 0, c1: cols - 1, r0: 0, r1: rows - 1 }).values();
}

/**
 * Chessboard distances over a window of the grid (clipped to it): two passes, each cell taking the smallest of
 * its already-visited neighbours plus one. Outside the grid counts as closed; in-grid cells outside the window
 * count as open (ROOM_CAP), which is exact for cells ROOM_CAP or more inside the window's edge. The window is
 * copied into a buffer with a one-cell border holding those outside values, so the passes need no bounds tests.
 */
function distances(walk: Uint8Array, cols: number, rows: number, win: { c0: number; c1: number; r0: number; r1: number }) {
  const c0 = Math.max(0, win.c0);
  const c1 = Math.min(cols - 1, win.c1);
  const r0 = Math.max(0, win.r0);
  const r1 = Math.min(rows - 1, win.r1);
  const w = c1 - c0 + 1;
  const h = r1 - r0 + 1;
  const W = w + 2;
  const v = new Uint8Array(W * (h + 2));
  // Border: 0 where it is outside the grid, ROOM_CAP where it is grid outside the window.
  for (let r = -1; r <= h; r++) for (const c of [-1, w]) v[(r + 1) * W + (c + 1)] = outside(r0 + r, c0 + c, cols, rows) ? 0 : ROOM_CAP;
  for (let c = 0; c < w; c++) for (const r of [-1, h]) v[(r + 1) * W + (c + 1)] = outside(r0 + r, c0 + c, cols, rows) ? 0 : ROOM_CAP;
  // Closed cells stay 0; open cells start at the cap and only come down.
  for (let r = 0; r < h; r++) {
    const src = (r0 + r) * cols + c0;
    const dst = (r + 1) * W + 1;
    for (let c = 0; c < w; c++) v[dst + c] = walk[src + c] === 1 ? ROOM_CAP : 0;
  }
  for (let r = 1; r <= h; r++)
    for (let k = r * W + 1, end = k + w; k < end; k++) {
      if (v[k] === 0) continue;
      let m = v[k - 1];
      const a = v[k - W - 1];
      const b = v[k - W];
      const c = v[k - W + 1];
      if (a < m) m = a;
      if (b < m) m = b;
      if (c < m) m = c;
      if (m + 1 < v[k]) v[k] = m + 1;
    }
  for (let r = h; r >= 1; r--)
    for (let k = r * W + w, end = r * W; k > end; k--) {
      if (v[k] === 0) continue;
      let m = v[k + 1];
      const a = v[k + W + 1];
      const b = v[k + W];
      const c = v[k + W - 1];
      if (a < m) m = a;
      if (b < m) m = b;
      if (c < m) m = c;
      if (m + 1 < v[k]) v[k] = m + 1;
    }
  return {
    values: () => {
      const out = new Uint8Array(w * h);
      for (let r = 0; r < h; r++) out.set(v.subarray((r + 1) * W + 1, (r + 1) * W + 1 + w), r * w);
      return out;
    },
    at: (r: number, c: number) => v[(r - r0 + 1) * W + (c - c0 + 1)],
  };
}

const outside = (r: number, c: number, cols: number, rows: number) => r < 0 || c < 0 || r >= rows || c >= cols;

/**
 * Open runs along rows and columns: for each cell, how many open cells in a row start at it going east (+c),
 * west (−c), north (+r) and south (−r), itself included (0 for a closed cell), capped at RUN_CAP. A straight-line
 * test in a row can skip every sample whose column stays inside the run (see lineClear in search.ts).
 */
export const RUN_CAP = 255;
export interface Runs {
  e: Uint8Array;
  w: Uint8Array;
  n: Uint8Array;
  s: Uint8Array;
}

const runMaps = new WeakMap<Uint8Array, Runs>();

/** The runs of a floor's walkable mask for an audience; a patched floor redoes only the rows and columns it changed. */
export function runsFor(grid: FloorGrid, audience: 'public' | 'staff', walk: Uint8Array, parentWalk: ParentWalk = (p) => floorMask(p, audience, false, 0)): Runs {
  let runs = runMaps.get(walk);
  if (runs) return runs;
  const { cols, rows } = grid;
  const patch = patchOf(grid);
  const parent = patch && parentWalk && runMaps.get(parentWalk(patch.parent));
  if (patch && parent) {
    runs = { e: parent.e.slice(), w: parent.w.slice(), n: parent.n.slice(), s: parent.s.slice() };
    const rowSet = new Set<number>();
    const colSet = new Set<number>();
    for (const i of patch.changed) {
      const r = (i / cols) | 0;
      rowSet.add(r);
      colSet.add(i - r * cols);
    }
    for (const r of rowSet) rowRuns(walk, cols, r, runs);
    for (const c of colSet) colRuns(walk, cols, rows, c, runs);
  } else {
    runs = { e: new Uint8Array(cols * rows), w: new Uint8Array(cols * rows), n: new Uint8Array(cols * rows), s: new Uint8Array(cols * rows) };
    for (let r = 0; r < rows; r++) rowRuns(walk, cols, r, runs);
    for (let c = 0; c < cols; c++) colRuns(walk, cols, rows, c, runs);
  }
  runMaps.set(walk, runs);
  return runs;
}

function rowRuns(walk: Uint8Array, cols: number, r: number, runs: Runs): void {
  const row = r * cols;
  for (let c = cols - 1, k = 0; c >= 0; c--) runs.e[row + c] = k = walk[row + c] === 1 ? Math.min(k + 1, RUN_CAP) : 0;
  for (let c = 0, k = 0; c < cols; c++) runs.w[row + c] = k = walk[row + c] === 1 ? Math.min(k + 1, RUN_CAP) : 0;
}

function colRuns(walk: Uint8Array, cols: number, rows: number, c: number, runs: Runs): void {
  for (let r = rows - 1, k = 0; r >= 0; r--) runs.n[r * cols + c] = k = walk[r * cols + c] === 1 ? Math.min(k + 1, RUN_CAP) : 0;
  for (let r = 0, k = 0; r < rows; r++) runs.s[r * cols + c] = k = walk[r * cols + c] === 1 ? Math.min(k + 1, RUN_CAP) : 0;
}
