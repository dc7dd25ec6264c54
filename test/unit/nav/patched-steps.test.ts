/**
 * A search space derived from the previous one after a seat moved writes the step bits around the changed cells
 * read off the floor's mask: no floor-sized array of steps is made per edit and option set, and the steps equal
 * those of the whole mask at every position of a drag.
 */
import { describe, expect, it, vi } from 'vitest';
import * as floorMasks from '../../../src/nav/floor-mask';
import { navFor, rasterizeFloor } from '../../../src/nav';
import { moveElements } from '../../../src/core/commands';
import { searchSpace, STEP_FREE } from '../../../src/nav/mask';
import { navOptionsOf } from '../../../src/rules/util';
import type { HallDocument } from '../../../src/core/document';
import { generateHall } from '../../fixtures/generated-hall';
import { freshCopies } from '../../bench/fresh';

vi.mock('../../../src/nav/floor-mask', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/floor-mask')>();
  return { ...m, floorSteps: vi.fn(m.floorSteps) };
});

/** The first generated seat whose move changes which cells are free (the rules bench drags the same one). */
function openSeat(doc: HallDocument): string {
  for (const f of doc.floors)
    for (const e of f.elements) {
      if (!e.id.startsWith('gen-seat')) continue;
      const moved = moveElements([e.id], [1, 0])
        .apply(doc)
        .doc.floors.find((x) => x.id === f.id)!;
      const a = rasterizeFloor(f).free;
      if (rasterizeFloor(moved).free.some((v, k) => v !== a[k])) return e.id;
    }
  throw new Error('no seat in open floor');
}

describe('step bits of a patched floor', () => {
  it('are written around the change with no floor of steps made, and equal the whole mask’s', () => {
    const [doc] = freshCopies(generateHall(), 1, 'patched-steps-');
    const seat = openSeat(doc);
    const opts = navOptionsOf(doc);
    const spaces = [{ minWalkWidth: opts.walkMinWidth }, opts.wheelchair!, STEP_FREE];
    for (const o of spaces) searchSpace(navFor(doc, opts), o);
    const made = vi.mocked(floorMasks.floorSteps);
    made.mockClear();
    let changed = 0;
    let last = navFor(doc, opts).grids;
    for (let i = 1; i <= 24; i++) {
      const moved = moveElements([seat], [0.5 * (1 + (i % 8)), 0.5 * (i % 3)]).apply(doc).doc;
      const g = navFor(moved, opts);
      for (const o of spaces) {
        const s = searchSpace(g, o);
        g.grids.forEach((grid, fi) => {
          const off = g.offsets[fi];
          const mask = s.floorMaskOf(fi);
          expect(s.steps.subarray(off, off + mask.length)).toEqual(floorMasks.stepsOfMask(mask, grid, s.minHalf));
        });
      }
      // A floor patched (the seat changed which cells are open): the spaces were derived, not made afresh.
      if (g.grids.some((grid, fi) => grid !== last[fi])) changed++;
      last = g.grids;
    }
    expect(changed).toBeGreaterThan(0);
    expect(made.mock.calls.length).toBe(0);
  });
});
