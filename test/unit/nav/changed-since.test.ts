/**
 * changedSince: the plan boxes it gives for a chain of patched rasters hold every cell that differs between the
 * first and the last raster, so a result that read only cells outside them may be kept; a raster that was not
 * patched from the earlier one gives null (nothing can be kept).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rasterizeFloor } from '../../../src/nav';
import { changedSince, patchRaster } from '../../../src/nav/raster-patch';
import type { FloorGrid } from '../../../src/nav/grid';
import { moveElements } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const blockers = county.floors[0].elements.filter((e) => (e.kind === 'point' && e.pointKind === 'seat') || e.kind === 'counter' || e.kind === 'obstacle').map((e) => e.id);

/** Indices of the cells where any of the raster's layers differ. */
function differing(a: FloorGrid, b: FloorGrid): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.free.length; i++)
    if (a.free[i] !== b.free[i] || a.staff[i] !== b.staff[i] || a.stepped[i] !== b.stepped[i] || a.doorWidth[i] !== b.doorWidth[i] || a.passWidth[i] !== b.passWidth[i])
      out.push(i);
  return out;
}

describe('changedSince', () => {
  it('holds every cell that differs between a raster and one patched from it over several edits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ i: fc.nat(blockers.length - 1), dx: fc.double({ min: -3, max: 3, noNaN: true }), dy: fc.double({ min: -3, max: 3, noNaN: true }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        (edits) => {
          let doc: HallDocument = county;
          const first = rasterizeFloor(doc.floors[0]);
          let prev = { floor: doc.floors[0], grid: first };
          for (const e of edits) {
            doc = moveElements([blockers[e.i]], [e.dx, e.dy]).apply(doc).doc;
            const grid = patchRaster(prev, doc.floors[0]);
            expect(grid).not.toBeNull();
            prev = { floor: doc.floors[0], grid: grid! };
          }
          const boxes = changedSince(first, prev.grid);
          expect(boxes).not.toBeNull();
          for (const i of differing(first, prev.grid)) {
            const x = first.origin[0] + ((i % first.cols) + 0.5) * first.cell;
            const y = first.origin[1] + (Math.floor(i / first.cols) + 0.5) * first.cell;
            expect(boxes!.some((b) => x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY)).toBe(true);
          }
          if (prev.grid === first) expect(boxes).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is empty from a raster to itself and null from a raster the later one was not patched from', () => {
    const grid = rasterizeFloor(county.floors[0]);
    expect(changedSince(grid, grid)).toEqual([]);
    expect(changedSince(rasterizeFloor(county.floors[0]), grid)).toBeNull();
  });
});
