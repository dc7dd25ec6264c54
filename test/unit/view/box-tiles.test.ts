import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TILE_M, tileBoxes } from '../../../src/view/box-tiles';

type Item = { pos: [number, number, number]; id: number };

const items = fc
  .array(fc.tuple(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true })), { maxLength: 300 })
  .map((ps) => ps.map(([x, z], id): Item => ({ pos: [x, 0.5, z], id })));

describe('box tiles', () => {
  it('puts every box in exactly one tile, the tile its centre lies in, keeping the list order within a tile', () => {
    fc.assert(
      fc.property(items, (its) => {
        const tiles = [...tileBoxes(its).values()];
        expect(
          tiles
            .flat()
            .map((t) => t.id)
            .sort((a, b) => a - b),
        ).toEqual(its.map((t) => t.id));
        for (const t of tiles) {
          // `+ 0` folds −0 into 0: a box at −0 and one at 0 share a tile.
          const tile = (b: Item) => `${Math.floor(b.pos[0] / TILE_M) + 0},${Math.floor(b.pos[2] / TILE_M) + 0}`;
          for (const b of t) expect(tile(b)).toBe(tile(t[0]));
          for (let i = 1; i < t.length; i++) expect(t[i].id).toBeGreaterThan(t[i - 1].id);
        }
      }),
    );
  });

  it('after one box moves, hands back the same array for every tile the move did not touch', () => {
    fc.assert(
      fc.property(items, fc.nat(), fc.double({ min: -300, max: 300, noNaN: true }), (its, k, x) => {
        fc.pre(its.length > 0);
        const before = tileBoxes(its);
        const i = k % its.length;
        const moved = { ...its[i], pos: [x, 0.5, its[i].pos[2]] as [number, number, number] };
        const after = tileBoxes(
          its.map((b, j) => (j === i ? moved : b)),
          before,
        );
        for (const [key, t] of after) {
          const touched = t.includes(moved) || before.get(key)?.includes(its[i]);
          if (touched) expect(t).not.toBe(before.get(key));
          else expect(t).toBe(before.get(key));
        }
      }),
    );
  });
});
