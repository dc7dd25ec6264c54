/**
 * The raster's regions: the barriers are grown in steps until the flood from outside leaves a building, and a drawing
 * that encloses nothing at any growth gives the regions of the barriers as drawn (everything open is outside).
 */
import { describe, expect, it } from 'vitest';
import { type Barrier, rasterise } from '../../../src/dxf/raster';
import { regions } from '../../../src/dxf/regions';

const wall = (ax: number, ay: number, bx: number, by: number): Barrier => ({ ax, ay, bx, by, width: 0.2 });

/** A 10 × 8 m room whose south wall leaves a gap of `gap` metres, split by a wall into two rooms. */
function room(gap: number): Barrier[] {
  const half = gap / 2;
  return [wall(0, 0, 5 - half, 0), wall(5 + half, 0, 10, 0), wall(10, 0, 10, 8), wall(10, 8, 0, 8), wall(0, 8, 0, 0), wall(3, 0, 3, 8)];
}

describe('raster regions', () => {
  it('keeps the barriers as drawn when the room closes', () => {
    const r = rasterise(room(0));
    const reg = regions(r);
    expect(reg.closedGaps).toBe(0);
    // Outside, and the two rooms.
    expect(reg.size.length).toBe(4);
    expect(reg.size[2] + reg.size[3]).toBeGreaterThan(reg.size[1] / 4);
  });

  it('grows the barriers to close a drafting gap, and finds the rooms behind it', () => {
    const narrow = regions(rasterise(room(0.4)));
    expect(narrow.closedGaps).toBeGreaterThan(0);
    expect(narrow.size.length).toBe(4);
  });

  it('gives the regions of the barriers as drawn when nothing encloses a building', () => {
    // One thick slab: growing it adds fewer cells than it covers, so no try counts as a building.
    const r = rasterise([{ ax: 0, ay: 0, bx: 30, by: 0, width: 4 }]);
    const reg = regions(r);
    let barrier = 0;
    for (const v of r.wall) barrier += v;
    expect(reg.closedGaps).toBe(0);
    expect(reg.size).toEqual([0, r.w * r.h - barrier]);
    expect(reg.lab.every((v, i) => v === (r.wall[i] ? 0 : 1))).toBe(true);
  });
});
