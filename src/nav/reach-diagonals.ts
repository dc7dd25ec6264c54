/**
 * The steps a reach flood's scanline (reach.ts) does not follow by itself: diagonals no two straight steps make,
 * where a gap step (raster-gaps.ts) or a cut step (raster-cuts.ts) breaks the rule that a diagonal's cell is
 * reached round its corner.
 */
import type { FloorGrid } from './raster-types';

/**
 * Per raster, its cells a diagonal step may leave from where no two straight steps lead: those with a gap step
 * (raster-gaps.ts), and those with a cut or pinched step at them or at a straight neighbour (raster-cuts.ts,
 * step-chords.ts). Elsewhere a
 * diagonal step needs both cells beside it open, so both ways round by straight steps are open too. A raster is
 * never changed (a patch makes another), so the list is made once.
 */
const oddCells = new WeakMap<FloorGrid, { cells: Int32Array; cuts: boolean }>();
export function oddCellsOf(grid: FloorGrid): { cells: Int32Array; cuts: boolean } {
  let hit = oddCells.get(grid);
  if (hit) return hit;
  const { cut, cols, gaps } = grid;
  const n = cut.length;
  const odd = new Set<number>();
  for (const key of gaps.keys()) odd.add(key >> 3);
  let cuts = false;
  for (let i = 0; i < n; i++) {
    if (cut[i] === 0) continue;
    cuts = true;
    for (const j of [i, i - 1, i + 1, i - cols, i + cols]) if (j >= 0 && j < n) odd.add(j);
  }
  // A step pinched at a corner-to-corner chord (step-chords.ts) is cut for every search narrower than the chord's
  // limit: its cells are taken as a cut step's, whatever the search.
  for (const i of grid.pinch.keys()) {
    cuts = true;
    for (const j of [i, i - 1, i + 1, i - cols, i + cols]) if (j >= 0 && j < n) odd.add(j);
  }
  hit = { cells: Int32Array.from(odd).sort(), cuts };
  oddCells.set(grid, hit);
  return hit;
}

/**
 * The diagonal steps out of node c that no two straight steps make, into cells not yet marked: marked and pushed
 * on `st` from `top`; returns the new top.
 */
export function diagonalWays(steps: Uint8Array, seen: Uint8Array, c: number, cols: number, st: Int32Array, top: number, log?: number[]): number {
  const bits = steps[c];
  if (!(bits & 0xf0)) return top;
  // Each straight neighbour's step bits (0 where the straight step itself is closed).
  const E = bits & 1 ? steps[c + 1] : 0;
  const W = bits & 2 ? steps[c - 1] : 0;
  const N = bits & 4 ? steps[c + cols] : 0;
  const S = bits & 8 ? steps[c - cols] : 0;
  const ways = [bits & 16 && !(E & 4) && !(N & 1), bits & 32 && !(E & 8) && !(S & 1), bits & 64 && !(W & 4) && !(N & 2), bits & 128 && !(W & 8) && !(S & 2)];
  const to = [c + cols + 1, c - cols + 1, c + cols - 1, c - cols - 1];
  for (let k = 0; k < 4; k++) {
    const m = to[k];
    if (ways[k] && !seen[m]) (seen[m] = 1), (st[top++] = m), log?.push(m, 0);
  }
  return top;
}
