/**
 * How much open floor lies around each cell: the chessboard distance, in cells, to the nearest cell a search may
 * not enter (the grid's edge counts), capped at ROOM_CAP. 0 for a closed cell, 1 next to a wall. A value k means
 * every cell within k − 1 steps in any direction is open, so a straight-line test can skip through open floor.
 *
 * A value depends only on the cells within ROOM_CAP steps, so a floor whose raster was patched (a seat moved)
 * recomputes a window around the changed cells from its parent's map instead of the whole floor.
 */
import { floorMask } from './mask';
import { patchOf, type FloorGrid } from './grid';

export const ROOM_CAP = 16;

const maps = new WeakMap<Uint8Array, Uint8Array>();

/** The room map of a floor's walkable mask for an audience (`walk` is that mask). */
export function roomFor(grid: FloorGrid, audience: 'public' | 'staff', walk: Uint8Array): Uint8Array {
  let room = maps.get(walk);
  if (room) return room;
  const patch = patchOf(grid);
  const parentRoom = patch && maps.get(floorMask(patch.parent, audience, false, 0));
  if (patch && parentRoom && patch.changed.length) {
    room = parentRoom.slice();
    let c0 = Infinity, c1 = -Infinity, r0 = Infinity, r1 = -Infinity;
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
  const out = distances(walk, cols, rows, { c0: 0, c1: cols - 1, r0: 0, r1: rows - 1 });
  return out.values;
}

/**
 * Chessboard distances over a window of the grid (clipped to it): two passes, each cell taking the smallest of
 * its already-visited neighbours plus one. Outside the grid counts as closed; in-grid cells outside the window
 * count as open (ROOM_CAP), which is exact for cells ROOM_CAP or more inside the window's edge.
 */
function distances(walk: Uint8Array, cols: number, rows: number, win: { c0: number; c1: number; r0: number; r1: number }) {
  const c0 = Math.max(0, win.c0);
  const c1 = Math.min(cols - 1, win.c1);
  const r0 = Math.max(0, win.r0);
  const r1 = Math.min(rows - 1, win.r1);
  const w = c1 - c0 + 1;
  const h = r1 - r0 + 1;
  const v = new Uint8Array(w * h);
  // A neighbour's value: outside the grid 0, outside the window ROOM_CAP, else what the pass has so far.
  const at = (r: number, c: number) => (r < 0 || c < 0 || r >= rows || c >= cols ? 0 : r < r0 || r > r1 || c < c0 || c > c1 ? ROOM_CAP : v[(r - r0) * w + (c - c0)]);
  for (let r = r0; r <= r1; r++)
    for (let c = c0; c <= c1; c++) {
      if (walk[r * cols + c] !== 1) continue;
      const m = Math.min(at(r, c - 1), at(r - 1, c - 1), at(r - 1, c), at(r - 1, c + 1));
      v[(r - r0) * w + (c - c0)] = Math.min(ROOM_CAP, m + 1);
    }
  for (let r = r1; r >= r0; r--)
    for (let c = c1; c >= c0; c--) {
      const k = (r - r0) * w + (c - c0);
      if (v[k] === 0) continue;
      const m = Math.min(v[k] - 1, at(r, c + 1), at(r + 1, c + 1), at(r + 1, c), at(r + 1, c - 1));
      v[k] = m + 1;
    }
  return { values: v, at: (r: number, c: number) => v[(r - r0) * w + (c - c0)] };
}
