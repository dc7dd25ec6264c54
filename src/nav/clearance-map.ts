/** The raster's clear half-widths: a chamfer distance from blocked cells, capped. */

/**
 * Clear half-widths are capped: no rule asks about passages wider than 2 × 3 m, and the cap bounds how far a change
 * reaches, so a patch recomputes exact widths only in a window around the cells it changed.
 */
export const CLEARANCE_CAP_M = 3;

/**
 * Two-pass chamfer distance (1/√2 weights) from blocked cells, in metres, capped at CLEARANCE_CAP_M; the grid's
 * edge counts as blocked half a cell out.
 */
export function clearanceMap(free: Uint8Array, cols: number, rows: number, cell: number): Float32Array {
  const w = cols;
  const h = rows;
  const INF = 1e9;
  const d = new Float32Array(w * h);
  for (let i = 0; i < d.length; i++) d[i] = free[i] ? INF : 0;
  const a = 1;
  const b = Math.SQRT2;
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) {
      const i = r * w + c;
      if (!d[i]) continue;
      let v = d[i];
      if (c > 0) v = Math.min(v, d[i - 1] + a);
      if (r > 0) {
        v = Math.min(v, d[i - w] + a);
        if (c > 0) v = Math.min(v, d[i - w - 1] + b);
        if (c < w - 1) v = Math.min(v, d[i - w + 1] + b);
      }
      if (r === 0 || c === 0 || c === cols - 1 || r === rows - 1) v = Math.min(v, 0.5);
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
  for (let i = 0; i < d.length; i++) d[i] = metres(d[i]);
  return d;
}
