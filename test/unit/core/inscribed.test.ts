/** inscribedAtLeast answers what comparing maxInscribedRadius with the radius answers, shortcuts or not. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inscribedAtLeast, maxInscribedRadius, rectPolygon, type Polygon } from '../../../src/core/geometry/polygon';

describe('inscribedAtLeast', () => {
  it('equals maxInscribedRadius(poly) >= r on rectangles, L shapes and star-like rings, radii near the answer (property)', () => {
    const rect = fc
      .tuple(fc.double({ min: 0.5, max: 6, noNaN: true }), fc.double({ min: 0.5, max: 6, noNaN: true }), fc.integer({ min: 0, max: 11 }))
      .map(([w, d, t]) => rectPolygon(3, 2, w, d, t * 15));
    const ell = fc.tuple(fc.double({ min: 1, max: 6, noNaN: true }), fc.double({ min: 1, max: 6, noNaN: true }), fc.double({ min: 0.2, max: 0.9, noNaN: true })).map(
      ([w, h, f]): Polygon => [
        [0, 0],
        [w, 0],
        [w, h * f],
        [w * f, h * f],
        [w * f, h],
        [0, h],
      ],
    );
    const star = fc
      .array(fc.double({ min: 0.4, max: 3, noNaN: true }), { minLength: 5, maxLength: 12 })
      .map((rs): Polygon => rs.map((r, k) => [r * Math.cos((2 * Math.PI * k) / rs.length), r * Math.sin((2 * Math.PI * k) / rs.length)]));
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(fc.oneof(rect, ell, star), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.constantFrom(0, 1, 2), (poly, delta, pick) => {
        const R = maxInscribedRadius(poly);
        // Radii around the search's answer, and around the bounds the shortcuts use.
        const r = [R + delta, R - 0.01 + delta / 10, R + 0.01 + delta / 10][pick];
        const got = inscribedAtLeast(poly, r);
        expect(got).toBe(R >= r);
        got ? yes++ : no++;
      }),
      { numRuns: 400 },
    );
    expect(yes).toBeGreaterThan(50);
    expect(no).toBeGreaterThan(50);
  });
});
