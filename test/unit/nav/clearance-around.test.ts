/**
 * The edges around a point, gathered from the 3 × 3 buckets with a stamp per edge instead of a Set: the same edges
 * in the same order (each once, as first met), which the nearest-edge search's ties depend on, on random edges
 * and buckets over several floors in turn (the stamps are shared between bucket grids).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { around, bucketEdges, bucketOf } from '../../../src/nav/clearance';

/** The edge lists of the 3 × 3 buckets around p, deduplicated in first-met order, as a Set gathers them. */
function reference(b: ReturnType<typeof bucketEdges>, p: [number, number]): number[] {
  const [c, r] = bucketOf(b, p);
  const seen = new Set<number>();
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      const cc = c + dc;
      const rr = r + dr;
      if (cc < 0 || rr < 0 || cc >= b.cols || rr >= b.rows) continue;
      for (const k of b.lists[rr * b.cols + cc]) seen.add(k);
    }
  return [...seen];
}

const coord = fc.double({ min: 0, max: 40, noNaN: true });
const edges = fc.array(fc.tuple(coord, coord, fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: -8, max: 8, noNaN: true })), { minLength: 1, maxLength: 400 });

describe('edges around a point', () => {
  it('are each bucket neighbourhood’s edges once, in first-met order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(edges, fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 20 })), { minLength: 1, maxLength: 4 }), (floors) => {
        for (const [es, points] of floors) {
          const segs = Float64Array.from(es.flatMap(([x, y, dx, dy]) => [x, y, x + dx, y + dy]));
          const b = bucketEdges(segs, 3, { minX: -8, minY: -8, maxX: 48, maxY: 48 });
          for (const p of points) expect([...around(b, p)]).toEqual(reference(b, p));
        }
      }),
      { numRuns: 60 },
    );
  });
});
