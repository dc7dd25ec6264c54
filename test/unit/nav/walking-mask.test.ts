/**
 * One walking mask per floor raster and options: the graph's walking and wheelchair spaces, sign continuity's
 * probes and the nav map's bit fields all read the array `spaceFloorMask` hands out, the very one the prebuilt
 * search space holds for the floor (so nobody lays out a mask of their own next to it).
 */
import { describe, expect, it } from 'vitest';
import { navFor } from '../../../src/nav';
import { searchSpace, spaceFloorMask, STEP_FREE } from '../../../src/nav/mask';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { publicLine } from '../../../src/rules/signs/continuity';
import { navOptionsOf, walkMinWidth } from '../../../src/rules/util';
import { generateHall } from '../../fixtures/generated-hall';
import { freshCopies } from '../../bench/fresh';

const bits = (b64: string, n: number) => {
  const bin = atob(b64);
  return Uint8Array.from({ length: n }, (_, i) => (bin.charCodeAt(i >> 3) >> (i & 7)) & 1);
};

describe('the walking mask of a prebuilt space', () => {
  const [doc] = freshCopies(generateHall(), 1, 'walking-mask-');
  const opts = navOptionsOf(doc);
  const g = navFor(doc, opts);
  const walking = { minWalkWidth: walkMinWidth(doc) };

  it('is the floor mask of the search spaces built with the graph', () => {
    for (const o of [walking, opts.wheelchair!, STEP_FREE]) {
      const s = searchSpace(g, o);
      g.grids.forEach((grid, fi) => expect(spaceFloorMask(grid, g.audience, o)).toBe(s.floorMaskOf(fi)));
    }
  });

  it('is what the nav map marks walkable and sign continuity probes', () => {
    const data = buildNavMapData(doc, { walkMinWidth: walking.minWalkWidth });
    const s = searchSpace(g, walking);
    g.grids.forEach((grid, fi) => {
      const mask = s.floorMaskOf(fi);
      expect(bits(data.grids[fi].walk, mask.length)).toEqual(mask);
      // A probe from a cell's centre to itself is open exactly where the mask is.
      for (let i = 0; i < mask.length; i += 7) {
        const c = i % grid.cols;
        const r = (i - c) / grid.cols;
        const p = [grid.origin[0] + (c + 0.5) * grid.cell, grid.origin[1] + (r + 0.5) * grid.cell] as const;
        expect(publicLine(g, grid.floorId, [p[0], p[1]], [p[0], p[1]], walking.minWalkWidth)).toBe(mask[i] === 1);
      }
    });
  });
});
