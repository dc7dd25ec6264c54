/** The extent of points along a direction and across it, shared by window panes and stair footprints. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extentAlong } from '../../../src/dxf/extent-along';

describe('extentAlong', () => {
  it('a 3 × 1 m rectangle turned by any angle measures 3 along its long side and 1 across', () => {
    fc.assert(
      fc.property(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), (a, off) => {
        const ux = Math.cos(a);
        const uy = Math.sin(a);
        const corner = (u: number, v: number) => [off + u * ux - v * uy, off + u * uy + v * ux];
        const xy = [...corner(0, 0), ...corner(3, 0), ...corner(3, 1), ...corner(0, 1)];
        const e = extentAlong(xy, ux, uy);
        expect(e.u1 - e.u0).toBeCloseTo(3, 9);
        expect(e.v1 - e.v0).toBeCloseTo(1, 9);
        // Measured along the other axis the sides swap.
        const f = extentAlong(xy, -uy, ux);
        expect(f.u1 - f.u0).toBeCloseTo(1, 9);
        expect(f.v1 - f.v0).toBeCloseTo(3, 9);
      }),
    );
  });

  it('projections are measured from the origin: a point at (2, 5) on the x axis is at u = 2, v = 5', () => {
    expect(extentAlong([2, 5], 1, 0)).toEqual({ u0: 2, u1: 2, v0: 5, v1: 5 });
    expect(extentAlong([], 1, 0).u0).toBe(Number.POSITIVE_INFINITY);
  });
});
