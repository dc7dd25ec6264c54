/**
 * A search space hands out each floor's own mask from the raster's per-options masks, looked up once per floor:
 * line tests and reach repairs ask for it hundreds of times per check.
 */
import { describe, expect, it, vi } from 'vitest';
import * as floorMasks from '../../../src/nav/floor-mask';
import { buildNavGraph } from '../../../src/nav';
import { searchSpace } from '../../../src/nav/mask';
import { generateHall } from '../../fixtures/generated-hall';
import { freshCopies } from '../../bench/fresh';

vi.mock('../../../src/nav/floor-mask', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/floor-mask')>();
  return { ...m, floorMask: vi.fn(m.floorMask) };
});

describe('a search space’s floor masks', () => {
  for (const o of [{ minWalkWidth: 0.55 }, { accessible: true, minClearWidth: 1.19, minDoorWidth: 0.79 }])
    it(`are the raster's masks for ${JSON.stringify(o)}, each looked up once`, () => {
      const [doc] = freshCopies(generateHall(), 1, `space-masks-${o.minWalkWidth ?? 'wheel'}-`);
      const g = buildNavGraph(doc);
      const s = searchSpace(g, o);
      g.grids.forEach((grid, fi) => {
        const m = s.floorMaskOf(fi);
        // The same array the floor's raster keeps for these options, and the space's own mask over that floor.
        expect(m).toBe(floorMasks.floorMask(grid, g.audience, !!o.accessible, s.minHalf, o.minDoorWidth ?? 0));
        expect(s.mask.subarray(g.offsets[fi], g.offsets[fi] + m.length)).toEqual(m);
      });
      vi.mocked(floorMasks.floorMask).mockClear();
      for (let k = 0; k < 50; k++) g.grids.forEach((_, fi) => s.floorMaskOf(fi));
      expect(vi.mocked(floorMasks.floorMask).mock.calls.length).toBe(0);
    });
});
