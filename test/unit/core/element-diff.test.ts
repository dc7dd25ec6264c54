/** elementDiff gives what whole-set comparison gives, for in-place replacements, swaps, inserts and removals. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementDiff } from '../../../src/core/element-diff';

/** Reference: sets over the whole lists. */
function reference<T>(prev: readonly T[], next: readonly T[]) {
  const before = new Set(prev);
  const after = new Set(next);
  const added = next.filter((e) => !before.has(e));
  const removed = prev.filter((e) => !after.has(e));
  return { added, removed, reordered: !added.length && !removed.length && (prev.length !== next.length || prev.some((e, k) => next[k] !== e)) };
}

describe('elementDiff', () => {
  it('equals the whole-set comparison (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('replace'), i: fc.nat() }),
            fc.record({ op: fc.constant('swap'), i: fc.nat(), j: fc.nat() }),
            fc.record({ op: fc.constant('insert'), i: fc.nat() }),
            fc.record({ op: fc.constant('remove'), i: fc.nat() }),
          ),
          { maxLength: 20 },
        ),
        (n, ops) => {
          const prev = Array.from({ length: n }, (_, i) => ({ id: i }));
          const next = prev.slice();
          let fresh = 1000;
          for (const o of ops) {
            if (o.op === 'insert') next.splice(next.length ? o.i % (next.length + 1) : 0, 0, { id: fresh++ });
            else if (!next.length) continue;
            else if (o.op === 'replace') next[o.i % next.length] = { id: fresh++ };
            else if (o.op === 'remove') next.splice(o.i % next.length, 1);
            else {
              const a = o.i % next.length;
              const b = (o as { j: number }).j % next.length;
              [next[a], next[b]] = [next[b], next[a]];
            }
          }
          const got = elementDiff(prev, next);
          const want = reference(prev, next);
          expect(new Set(got.added)).toEqual(new Set(want.added));
          expect(new Set(got.removed)).toEqual(new Set(want.removed));
          expect(got.reordered).toBe(want.reordered);
        },
      ),
      { numRuns: 500 },
    );
  });
});
