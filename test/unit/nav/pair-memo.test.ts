/** PairMemo answers what a Map keyed by the pair answers, through growth and overwrites. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PairMemo } from '../../../src/nav/pair-memo';

describe('PairMemo', () => {
  it('gives back what was set, and undefined for pairs never set (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 0, max: 70_000 }), fc.boolean()), { maxLength: 900 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 0, max: 70_000 })), { maxLength: 50 }), (writes, probes) => {
        const m = new PairMemo();
        const ref = new Map<string, boolean>();
        for (const [a, b, v] of writes) {
          m.set(a, b, v);
          ref.set(`${a},${b}`, v);
        }
        expect(m.size).toBe(ref.size);
        for (const [a, b] of [...writes.map(([a, b]) => [a, b] as const), ...probes]) expect(m.get(a, b)).toBe(ref.get(`${a},${b}`));
        // (a, b) and (b, a) are different pairs.
        for (const [a, b] of probes) if (a !== b) expect(m.get(b, a)).toBe(ref.get(`${b},${a}`));
      }),
      { numRuns: 200 },
    );
  });
  it('holds many pairs that collide in the low bits', () => {
    const m = new PairMemo();
    for (let k = 0; k < 5000; k++) m.set(k * 1024, k * 2048, k % 3 === 0);
    for (let k = 0; k < 5000; k++) expect(m.get(k * 1024, k * 2048)).toBe(k % 3 === 0);
    expect(m.get(1, 2)).toBeUndefined();
  });
});
