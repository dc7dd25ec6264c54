/** The raster's clear half-widths: a chamfer distance from blocked cells, capped. */
import { wholeGrid, type CellWindow } from './raster-cells';

/**
 * Clear half-widths are capped: no rule asks about passages wider than 2 × 3 m, and the cap bounds how far a change
 * reaches, so a patch recomputes only a window around the cells it changed.
 */
export const CLEARANCE_CAP_M = 3;

/**
 * Two-pass chamfer distance (1/√2 weights) from blocked cells, in metres, capped at CLEARANCE_CAP_M; the grid's
 * edge counts as blocked half a cell out. With `win`, only that window is recomputed (into a copy of `prev`): the
 * passes run over the window plus a margin wider than the cap, which is all that can reach the window's cells.
 */
export function clearanceMap(free: Uint8Array, cols: number, rows: number, cell: number, win?: CellWindow, prev?: Float32Array): Float32Array {
  const margin = Math.ceil(CLEARANCE_CAP_M / cell) + 2;
  const R = win
    ? { c0: Math.max(0, win.c0 - margin), c1: Math.min(cols - 1, win.c1 + margin), r0: Math.max(0, win.r0 - margin), r1: Math.min(rows - 1, win.r1 + margin) }
    : wholeGrid({ cols, rows });
  const w = R.c1 - R.c0 + 1;
  const h = R.r1 - R.r0 + 1;
  const INF = 1e9;
  const d = new Float32Array(w * h);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) d[r * w + c] = free[(r + R.r0) * cols + c + R.c0] ? INF : 0;
  const a = 1;
  const b = Math.SQRT2;
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) {
      const i = r * w + c;
      if (!d[i]) continue;
      const gr = r + R.r0;
      const gc = c + R.c0;
      let v = d[i];
      if (c > 0) v = Math.min(v, d[i - 1] + a);
      if (r > 0) {
        v = Math.min(v, d[i - w] + a);
        if (c > 0) v = Math.min(v, d[i - w - 1] + b);
        if (c < w - 1) v = Math.min(v, d[i - w + 1] + b);
      }
      if (gr === 0 || gc === 0 || gc === cols - 1 || gr === rows - 1) v = Math.min(v, 0.5);
      d[i] = v;
    }
  for (let r = h - 1; r >= 0; r--)
    for (let c = w - 1; c >= 0; c--) {
      const i = r * w + c;
      if (!d[i]) continue;
      let v = d[i];
      if (c < w - 1) v = Math.min(v, d[i + 1] + a);
      if (r < h - 1) {
        v = Math.min(v, d[i + w] + a);
        if (c < w - 1) v = Math.min(v, d[i + w + 1] + b);
        if (c > 0) v = Math.min(v, d[i + w - 1] + b);
      }
      d[i] = v;
    }
  // Cells count from their centre: a cell next to a wall has half a cell free.
  const metres = (x: number) => (x ? Math.min((x - 0.5) * cell + cell / 2, CLEARANCE_CAP_M) : 0);
  if (!win || !prev) {
    for (let i = 0; i < d.length; i++) d[i] = metres(d[i]);
    return d;
  }
  const out = prev.slice();
  for (let r = win.r0; r <= win.r1; r++) for (let c = win.c0; c <= win.c1; c++) out[r * cols + c] = metres(d[(r - R.r0) * w + c - R.c0]);
  return out;
}
