/** RGBA bytes of a heat grid for a DataTexture: ramp by value/limit, dark red past the limit, clear where no data. */
import { rampColor } from '../colors';

export interface HeatGridData {
  cols: number;
  rows: number;
  values: ArrayLike<number>;
}

/**
 * `threshold` (default = limit) marks where a cell fails: values above it are painted in the failing colour.
 * NaN, negative and infinite values mean "not reachable / outside" and are transparent… except +Infinity, which
 * is an unreachable cell inside the floor and fails.
 */
export function heatTextureData(grid: HeatGridData, limit: number, threshold = limit): Uint8Array {
  const n = grid.cols * grid.rows;
  const data = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    const v = grid.values[i];
    if (Number.isNaN(v) || v < 0) continue;
    const [r, g, b] = rampColor(v > threshold ? Infinity : v / limit);
    data[i * 4] = Math.round(r * 255);
    data[i * 4 + 1] = Math.round(g * 255);
    data[i * 4 + 2] = Math.round(b * 255);
    data[i * 4 + 3] = 255;
  }
  return data;
}
