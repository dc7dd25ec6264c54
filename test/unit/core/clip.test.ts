import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersection, overlapArea, subtract, unionAll, areaWithHoles } from '../../../src/core/geometry/clip';
import { rectPolygon, area } from '../../../src/core/geometry/polygon';

const sq = (x: number, y: number, s: number) => rectPolygon(x + s / 2, y + s / 2, s, s);

describe('planar clipping on metres', () => {
  it('overlap of two squares, touching squares overlap 0', () => {
    expect(overlapArea(sq(0, 0, 4), sq(2, 2, 4))).toBeCloseTo(4, 9);
    expect(overlapArea(sq(0, 0, 4), sq(4, 0, 4))).toBeCloseTo(0, 9);
    expect(intersection(sq(0, 0, 1), sq(5, 5, 1))).toEqual([]);
  });
  it('union of an L-shape from two rectangles; subtract makes a hole', () => {
    const u = unionAll([rectPolygon(2, 0.5, 4, 1), rectPolygon(0.5, 2, 1, 4)]);
    expect(u.length).toBe(1);
    expect(areaWithHoles(u[0])).toBeCloseTo(4 + 4 - 1, 9);
    const s = subtract(sq(0, 0, 10), [sq(4, 4, 2)]);
    expect(s[0].holes.length).toBe(1);
    expect(areaWithHoles(s[0])).toBeCloseTo(96, 9);
  });
  it('area of A∩B + area of A−B = area of A (planar, in m²)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 90, noNaN: true }), (x, y, rot) => {
        const a = rectPolygon(0, 0, 30, 12);
        const b = rectPolygon(x, y, 9, 5, rot);
        const inter = overlapArea(a, b);
        const diff = subtract(a, [b]).reduce((s, p) => s + areaWithHoles(p), 0);
        expect(inter + diff).toBeCloseTo(area(a), 6);
      }),
      { numRuns: 100 },
    );
  });
});
