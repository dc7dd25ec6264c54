import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TILES, TILE_M, tileBoxes } from '../../../src/view/box-tiles';

type Item = { pos: [number, number, number]; id: number };

const items = fc
  .array(fc.tuple(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true })), { maxLength: 300 })
  .map((ps) => ps.map(([x, z], id): Item => ({ pos: [x, 0.5, z], id })));

describe('box tiles', () => {
  it('puts every box in exactly one of at most MAX_TILES tiles, the one its centre lies in, keeping the list order within a tile', () => {
    fc.assert(
      fc.property(items, (its) => {
        const tiles = [...tileBoxes(its).values()];
        expect(tiles.length).toBeLessThanOrEqual(MAX_TILES);
        expect(
          tiles
            .flat()
            .map((t) => t.id)
            .sort((a, b) => a - b),
        ).toEqual(its.map((t) => t.id));
        // `+ 0` folds −0 into 0: a box at −0 and one at 0 share a tile.
        const tileOf = (b: Item, edge: number) => `${Math.floor(b.pos[0] / edge) + 0},${Math.floor(b.pos[2] / edge) + 0}`;
        // The edge: the smallest doubling of TILE_M that needs no more than MAX_TILES tiles.
        let edge = TILE_M;
        while (new Set(its.map((b) => tileOf(b, edge))).size > MAX_TILES) edge *= 2;
        expect(tiles.length).toBe(new Set(its.map((b) => tileOf(b, edge))).size);
        for (const t of tiles) {
          for (const b of t) expect(tileOf(b, edge)).toBe(tileOf(t[0], edge));
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
        // A move that changes the tile edge (the layer's spread crossed a doubling) re-tiles the layer.
        const level = (m: Map<number, unknown>) => Math.floor(([...m.keys()][0] ?? 0) / 2 ** 32);
        if (level(after) !== level(before)) return;
        for (const [key, t] of after) {
          const touched = t.includes(moved) || before.get(key)?.includes(its[i]);
          if (touched) expect(t).not.toBe(before.get(key));
          else expect(t).toBe(before.get(key));
        }
      }),
    );
  });
});
