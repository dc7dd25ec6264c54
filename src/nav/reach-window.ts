/**
 * The local joins a reach repair asks for (reach.ts): one step of the search's grid, and whether cells still reach
 * each other inside a window round an edit.
 */
import { gapBits } from './raster-gaps';
import type { SearchSpace } from './mask';
import { pinchBits } from './step-chords';

/** Stamps before the visit buffer is cleared (as reach.ts's marks). */
const MAX_STAMPS = 0xfffff000;

/**
 * The cell the d-th step from `n` reaches, or -1 when it is closed: four straight steps (open as the caller's E, W,
 * N, S say, which also keep them inside the floor or window), then the diagonals, which need both straight steps
 * beside them open (no corner cutting, as in every search) or the raster's step through a gap (`gap`, gapBits).
 */
export function stepTo(mask: ArrayLike<number>, n: number, cols: number, d: number, E: boolean, W: boolean, N: boolean, S: boolean, gap: number): number {
  if (d === 0) return E ? n + 1 : -1;
  if (d === 1) return W ? n - 1 : -1;
  if (d === 2) return N ? n + cols : -1;
  if (d === 3) return S ? n - cols : -1;
  if (d === 4) return ((E && N) || gap & 16) && mask[n + cols + 1] === 1 ? n + cols + 1 : -1;
  if (d === 5) return ((E && S) || gap & 32) && mask[n - cols + 1] === 1 ? n - cols + 1 : -1;
  if (d === 6) return ((W && N) || gap & 64) && mask[n + cols - 1] === 1 ? n + cols - 1 : -1;
  return ((W && S) || gap & 128) && mask[n - cols - 1] === 1 ? n - cols - 1 : -1;
}

/** Whether all of `nodes` reach each other on grid edges inside the window (inclusive cell bounds). */
export function connectedWithin(s: SearchSpace, nodes: number[], off: number, cols: number, c0: number, c1: number, r0: number, r1: number): boolean {
  const want = new Set(nodes);
  // Visited nodes carry this call's stamp (no Set of the window's cells, no closure per cell).
  if (visitStamps.length < s.g.size) visitStamps = new Uint32Array(s.g.size);
  if (++visitStamp > MAX_STAMPS) visitStamps.fill(0), (visitStamp = 1);
  const visited = visitStamps;
  const stampNow = visitStamp;
  visited[nodes[0]] = stampNow;
  const queue = [nodes[0]];
  let found = 1;
  const mask = s.mask;
  const { cut, gaps, pinch } = s.g.grids[s.floorOf[nodes[0]]];
  for (let k = 0; k < queue.length && found < want.size; k++) {
    const n = queue[k];
    const i = n - off;
    const r = (i / cols) | 0;
    const c = i - r * cols;
    // Open neighbours inside the window.
    const E = c + 1 <= c1 && mask[n + 1] === 1;
    const W = c - 1 >= c0 && mask[n - 1] === 1;
    const N = r + 1 <= r1 && mask[n + cols] === 1;
    const S = r - 1 >= r0 && mask[n - cols] === 1;
    // A gap step leaves the window only where its far cell lies outside it.
    const gap = gapBits(gaps, i, 2 * s.minHalf) & inside(c, r, c0, c1, r0, r1);
    const shut = cut[i] | pinchBits(pinch, i, 2 * s.minHalf);
    for (let d = 0; d < 8; d++) {
      const m = stepTo(mask, n, cols, d, E, W, N, S, gap);
      if (m < 0 || visited[m] === stampNow || (shut >> d) & 1) continue;
      visited[m] = stampNow;
      queue.push(m);
      if (want.has(m)) found++;
    }
  }
  return found >= want.size;
}
let visitStamps = new Uint32Array(0);

/** The diagonals (bits 4-7, NEIGHBOURS order) from cell (c, r) whose far cell lies inside the window. */
function inside(c: number, r: number, c0: number, c1: number, r0: number, r1: number): number {
  const e = c + 1 <= c1;
  const w = c - 1 >= c0;
  const n = r + 1 <= r1;
  const s = r - 1 >= r0;
  return (e && n ? 16 : 0) | (e && s ? 32 : 0) | (w && n ? 64 : 0) | (w && s ? 128 : 0);
}
let visitStamp = 0;
