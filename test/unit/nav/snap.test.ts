/**
 * Where a point lands on the walking grid (nodeOf, and the nearest walkable cell within reach when its own cell is
 * closed) against a plain reading of the rule: the nearest walkable cell by centre distance in the first square
 * ring around the point's cell that has one, the first such cell in row order on ties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, nodeOf } from '../../../src/nav';
import { nearestFreeCell } from '../../../src/nav/graph';
import type { FloorGrid } from '../../../src/nav/raster-types';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const graphs = { public: buildNavGraph(county), staff: buildNavGraph(county, { audience: 'staff' }) };

function reference(g: FloorGrid, p: [number, number], reach: number, audience: 'public' | 'staff'): number {
  const c0 = Math.floor((p[0] - g.origin[0]) / g.cell);
  const r0 = Math.floor((p[1] - g.origin[1]) / g.cell);
  const open = (r: number, c: number) => r >= 0 && c >= 0 && r < g.rows && c < g.cols && g.free[r * g.cols + c] === 1 && (audience === 'staff' || g.staff[r * g.cols + c] === 0);
  for (let rad = 0; rad <= Math.ceil(reach / g.cell) + 1; rad++) {
    let best = -1;
    let bd = Infinity;
    for (let r = r0 - rad; r <= r0 + rad; r++)
      for (let c = c0 - rad; c <= c0 + rad; c++) {
        if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) !== rad || !open(r, c)) continue;
        const dx = g.origin[0] + (c + 0.5) * g.cell - p[0];
        const dy = g.origin[1] + (r + 0.5) * g.cell - p[1];
        const d = Math.sqrt(dx * dx + dy * dy);
        if (d < bd) (bd = d), (best = r * g.cols + c);
      }
    if (best >= 0) return best;
  }
  return -1;
}

describe('snapping a point to the walking grid', () => {
  it('nodeOf and nearestFreeCell give the nearest walkable cell of the first ring that has one (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'public' | 'staff'>('public', 'staff'),
        fc.nat(county.floors.length - 1),
        fc.double({ min: -3, max: 80, noNaN: true }),
        fc.double({ min: -3, max: 45, noNaN: true }),
        fc.constantFrom(1.0, 1.5),
        (audience, f, x, y, reach) => {
          const g = graphs[audience];
          const fi = g.floorIndex.get(county.floors[f].id)!;
          const grid = g.grids[fi];
          const p: [number, number] = [x, y];
          const want = reference(grid, p, reach, audience);
          expect(nearestFreeCell(grid, p, reach, audience)).toBe(want);
          const c = Math.floor((x - grid.origin[0]) / grid.cell);
          const r = Math.floor((y - grid.origin[1]) / grid.cell);
          const own = c >= 0 && r >= 0 && c < grid.cols && r < grid.rows && reference(grid, p, 0, audience) === r * grid.cols + c;
          const node = nodeOf(g, { floorId: county.floors[f].id, p }, reach);
          expect(node).toBe(own ? g.offsets[fi] + r * grid.cols + c : want < 0 ? -1 : g.offsets[fi] + want);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
