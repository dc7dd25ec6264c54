/** Cells of a floor raster: windows of them, and the way between a cell index and a plan point. */
import type { Vec2 } from '../core/geometry/vec';
import type { FloorGrid } from './raster-types';

/** A window of cells, inclusive bounds. */
export interface CellWindow {
  c0: number;
  c1: number;
  r0: number;
  r1: number;
}

export const wholeGrid = (g: Pick<FloorGrid, 'cols' | 'rows'>): CellWindow => ({ c0: 0, c1: g.cols - 1, r0: 0, r1: g.rows - 1 });

export function cellCentre(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols'>, i: number): Vec2 {
  const r = Math.floor(i / g.cols);
  const c = i - r * g.cols;
  return [g.origin[0] + (c + 0.5) * g.cell, g.origin[1] + (r + 0.5) * g.cell];
}

export function cellAt(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, p: Vec2): number {
  const c = Math.floor((p[0] - g.origin[0]) / g.cell);
  const r = Math.floor((p[1] - g.origin[1]) / g.cell);
  if (c < 0 || r < 0 || c >= g.cols || r >= g.rows) return -1;
  return r * g.cols + c;
}
