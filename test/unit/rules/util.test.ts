/** Helpers the rules share, held to the plain definitions they speed up. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samplePolygon, settledOrLeast } from '../../../src/rules/util';
import { bbox, pointInPolygon } from '../../../src/core/geometry/polygon';
import type { Vec2 } from '../../../src/core/geometry/vec';

/** The definition: grid points at step/2 + k·step inside the box, x-major, kept when pointInPolygon says so. */
function plainSamples(poly: Vec2[], step: number): Vec2[] {
  const b = bbox(poly);
  const out: Vec2[] = [];
  for (let x = b.minX + step / 2; x < b.maxX; x += step) for (let y = b.minY + step / 2; y < b.maxY; y += step) if (pointInPolygon([x, y], poly)) out.push([x, y]);
  return out;
}

describe('samplePolygon', () => {
  it('gives exactly the grid points pointInPolygon puts inside, in the same order (property)', () => {
    // Vertices on a lattice put samples on edges and vertices; random ones test the general case.
    const coord = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map((k) => k * 0.5),
      fc.double({ min: 0, max: 20, noNaN: true }),
    );
    let nonEmpty = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 9 }), fc.constantFrom(0.5, 1, 2), (pts, step) => {
        const poly = pts.map(([x, y]) => [x, y] as Vec2);
        const want = plainSamples(poly, step);
        if (want.length) nonEmpty++;
        const got = samplePolygon(poly, step);
        // An empty sample set falls back to the centroid.
        expect(want.length ? got : []).toEqual(want);
      }),
      { numRuns: 400 },
    );
    expect(nonEmpty).toBeGreaterThan(200);
  });
});

describe('settledOrLeast', () => {
  it('settles on the first value accepted, reading nothing after it, else gives the least of all', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 40 }), fc.double({ min: 0, max: 100, noNaN: true }), (values, limit) => {
        const pts: Vec2[] = values.map((v, i) => [v, i]);
        let reads = 0;
        const got = settledOrLeast(
          pts,
          (p) => (reads++, p[0]),
          (v) => v <= limit,
        );
        const first = values.findIndex((v) => v <= limit);
        // The verdict the least value gives, and the least value itself wherever it fails.
        expect(got <= limit).toBe(Math.min(...values) <= limit);
        if (first < 0) expect([got, reads]).toEqual([Math.min(...values), values.length]);
        else expect([got, reads]).toEqual([values[first], first + 1]);
      }),
      { numRuns: 300 },
    );
  });
});
