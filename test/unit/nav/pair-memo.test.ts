/** QuadMemo answers what a Map keyed by the four numbers answers, through growth and overwrites. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QuadMemo } from '../../../src/nav/pair-memo';

describe('QuadMemo', () => {
  it('gives back what was set for four numbers, and undefined for keys never set (property)', () => {
    // Coordinates on a coarse lattice repeat often; -0 and 0 are one key, as in a string key.
    const coord = fc.oneof(
      fc.integer({ min: -8, max: 8 }).map((k) => k * 0.5),
      fc.double({ min: -100, max: 100, noNaN: true }),
      fc.constant(-0),
    );
    const key = fc.tuple(coord, coord, coord, coord);
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.boolean()), { maxLength: 1200 }), fc.array(key, { maxLength: 50 }), (writes, probes) => {
        const m = new QuadMemo();
        const ref = new Map<string, boolean>();
        for (const [[a, b, c, d], v] of writes) {
          m.set(a, b, c, d, v);
          ref.set(`${a},${b},${c},${d}`, v);
        }
        expect(m.size).toBe(ref.size);
        for (const [a, b, c, d] of [...writes.map(([k]) => k), ...probes]) expect(m.get(a, b, c, d)).toBe(ref.get(`${a},${b},${c},${d}`));
        m.clear();
        expect(m.size).toBe(0);
        for (const [[a, b, c, d]] of writes) expect(m.get(a, b, c, d)).toBeUndefined();
      }),
      // -0 and 0 in one key hashed apart and made two entries (found by a random seed).
      {
        numRuns: 100,
        examples: [
          [
            [
              [[-0, -0, -0, -0], false],
              [[-0, 0, 0, -0], false],
            ],
            [],
          ],
        ],
      },
    );
  });
});
