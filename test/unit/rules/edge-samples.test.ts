/**
 * The band of samples near an area's edge is exactly the area's grid samples within a step of its edge, in the same
 * order: what filtering every sample gives, without testing the area's interior.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distToPolygonBoundary, type Polygon } from '../../../src/core/geometry/polygon';
import { edgeSamples } from '../../../src/rules/zones/edge-samples';
import { samplePolygon } from '../../../src/rules/util';

const filtered = (poly: Polygon, step: number) => samplePolygon(poly, step).filter((p) => distToPolygonBoundary(p, poly) <= step);

describe('edgeSamples', () => {
  it('equals the filtered grid samples on rectangles, L shapes and slanted quadrilaterals', () => {
    const coord = fc.double({ min: -40, max: 40, noNaN: true });
    const size = fc.double({ min: 0.1, max: 30, noNaN: true });
    const step = fc.constantFrom(0.25, 0.5, 1, 2);
    fc.assert(
      fc.property(coord, coord, size, size, size, step, fc.integer({ min: 0, max: 2 }), (x, y, w, h, k, s, shape) => {
        const poly: Polygon =
          shape === 0
            ? [
                [x, y],
                [x + w, y],
                [x + w, y + h],
                [x, y + h],
              ]
            : shape === 1
              ? [
                  [x, y],
                  [x + w, y],
                  [x + w, y + h / 2],
                  [x + Math.min(k, w) / 2, y + h / 2],
                  [x + Math.min(k, w) / 2, y + h],
                  [x, y + h],
                ]
              : [
                  [x, y],
                  [x + w, y + k / 3],
                  [x + w + k / 4, y + h],
                  [x - k / 5, y + h / 2],
                ];
        expect(edgeSamples(poly, s)).toEqual(filtered(poly, s));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a small area as its centroid, and leaves out a deep interior', () => {
    const tiny: Polygon = [
      [0, 0],
      [0.2, 0],
      [0.2, 0.2],
      [0, 0.2],
    ];
    expect(edgeSamples(tiny, 1)).toEqual(filtered(tiny, 1));
    expect(edgeSamples(tiny, 1)).toHaveLength(1);
    const hall: Polygon = [
      [0, 0],
      [60, 0],
      [60, 30],
      [0, 30],
    ];
    const band = edgeSamples(hall, 0.5);
    expect(band).toEqual(filtered(hall, 0.5));
    expect(band.length).toBeLessThan(samplePolygon(hall, 0.5).length / 5);
  });
});
