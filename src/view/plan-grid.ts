/** The 2D plan's background grid and scale bar, as pure functions of the visible extent and zoom. */
import type { BBox } from '../core/geometry/polygon';

export interface GridLines {
  /** Plan segments [x1, y1, x2, y2] every `minor` metres, not on a major line. */
  minor: [number, number, number, number][];
  /** Plan segments every `major` metres. */
  major: [number, number, number, number][];
}

/**
 * Lines covering the extent, snapped outward to whole major cells so the grid does not shift as things move.
 * `major` must be a whole multiple of `minor`.
 */
export function gridLines(extent: BBox, minor = 1, major = 5): GridLines {
  const x0 = Math.floor(extent.minX / major) * major;
  const x1 = Math.ceil(extent.maxX / major) * major;
  const y0 = Math.floor(extent.minY / major) * major;
  const y1 = Math.ceil(extent.maxY / major) * major;
  const out: GridLines = { minor: [], major: [] };
  const per = Math.round(major / minor);
  const nx = Math.round((x1 - x0) / minor);
  const ny = Math.round((y1 - y0) / minor);
  for (let i = 0; i <= nx; i++) {
    const x = x0 + i * minor;
    (i % per === 0 ? out.major : out.minor).push([x, y0, x, y1]);
  }
  for (let j = 0; j <= ny; j++) {
    const y = y0 + j * minor;
    (j % per === 0 ? out.major : out.minor).push([x0, y, x1, y]);
  }
  return out;
}

/** The largest 1-2-5 × 10ⁿ metres that fits in `maxPx` pixels at `pxPerMetre`. */
export function niceScaleLength(pxPerMetre: number, maxPx = 120): number {
  if (!(pxPerMetre > 0)) return 1;
  const raw = maxPx / pxPerMetre;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [5, 2, 1]) if (m * p <= raw) return m * p;
  return p;
}

/** "500 mm", "2 m", "1 km": the scale bar's caption. */
export function formatLength(m: number): string {
  if (m < 1) return `${Math.round(m * 1000)} mm`;
  if (m >= 1000) return `${m / 1000} km`;
  return `${m} m`;
}
