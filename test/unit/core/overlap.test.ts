import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convexOverlapArea, intersection, areaWithHoles } from '../../../src/core/geometry/clip';
import { maxInscribedRadius, rectPolygon, type Polygon } from '../../../src/core/geometry/polygon';

const turfArea = (a: Polygon, b: Polygon) => intersection(a, b).reduce((s, p) => s + areaWithHoles(p), 0);
const rect = fc.record({
  x: fc.double({ min: -5, max: 5, noNaN: true }),
  y: fc.double({ min: -5, max: 5, noNaN: true }),
  w: fc.double({ min: 0.1, max: 6, noNaN: true }),
  d: fc.double({ min: 0.1, max: 6, noNaN: true }),
  r: fc.double({ min: 0, max: 180, noNaN: true }),
});
/** An L-shaped (concave) room, scaled and shifted. */
const lShape = fc.record({ x: fc.double({ min: -4, max: 4, noNaN: true }), y: fc.double({ min: -4, max: 4, noNaN: true }), s: fc.double({ min: 0.5, max: 3, noNaN: true }) }).map(
  ({ x, y, s }): Polygon => [
    [x, y],
    [x + 4 * s, y],
    [x + 4 * s, y + s],
    [x + s, y + s],
    [x + s, y + 4 * s],
    [x, y + 4 * s],
  ],
);

describe('convex clipping', () => {
  it('equals general polygon clipping for concave subjects and rotated convex clips (property)', () => {
    fc.assert(
      fc.property(lShape, rect, (subject, r) => {
        const clip = rectPolygon(r.x, r.y, r.w, r.d, r.r);
        expect(convexOverlapArea(subject, clip)).toBeCloseTo(turfArea(subject, clip), 6);
      }),
      { numRuns: 300 },
    );
  });
  it('is 0 for polygons that only share an edge', () => {
    expect(
      convexOverlapArea(
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ],
      ),
    ).toBeCloseTo(0, 12);
  });
});

describe('largest inscribed circle', () => {
  it('a 2 × 3 rectangle holds a circle of radius 1; an L of 1 m arms holds about 0.5', () => {
    expect(maxInscribedRadius(rectPolygon(0, 0, 2, 3))).toBeCloseTo(1, 1);
    const l: Polygon = [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 4],
      [0, 4],
    ];
    const r = maxInscribedRadius(l);
    expect(r).toBeGreaterThan(0.5);
    expect(r).toBeLessThan(0.6);
  });
});
