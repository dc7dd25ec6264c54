/** The underlay handles' gestures: a move shifts, a rotation keeps the centre, a corner drag scales about pixel (0, 0). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centreOf, cornerOf, knobOf, moved, pixelToPlan, planToPixel, rotated, scaled } from '../../../src/ui/underlay/underlay-transform';

const u = { position: [2, 10] as [number, number], rotation: 0, metresPerPixel: 0.05, widthPx: 400, heightPx: 200 };

describe('underlay handles', () => {
  it('places the image as the view draws it (pixel 0,0 top-left, y down)', () => {
    expect(pixelToPlan(u, 0, 0)).toEqual([2, 10]);
    expect(cornerOf(u)).toEqual([22, 0]);
    expect(centreOf(u)).toEqual([12, 5]);
    expect(knobOf(u)[1]).toBeGreaterThan(10);
  });

  it('move: the image follows the pointer', () => {
    expect(moved(u, [12, 5], [15, 4]).position).toEqual([5, 9]);
  });

  it('rotate: any sweep keeps the centre where it was', () => {
    fc.assert(
      fc.property(fc.double({ min: -170, max: 170, noNaN: true }), (deg) => {
        const c = centreOf(u);
        const from = knobOf(u);
        const a = Math.atan2(from[1] - c[1], from[0] - c[0]) + (deg * Math.PI) / 180;
        const r = rotated(u, from, [c[0] + Math.cos(a) * 3, c[1] + Math.sin(a) * 3]);
        expect(r.rotation).toBeCloseTo(deg, 2);
        const c2 = centreOf(r);
        expect(c2[0]).toBeCloseTo(c[0], 6);
        expect(c2[1]).toBeCloseTo(c[1], 6);
      }),
    );
  });

  it('scale: dragging the corner to twice the diagonal doubles metres per pixel, pixel (0,0) stays', () => {
    const s = scaled(u, [42, -10]);
    expect(s.metresPerPixel).toBeCloseTo(0.1, 9);
    expect(s.position).toEqual(u.position);
    expect(scaled(u, [2, 10]).metresPerPixel).toBeGreaterThan(0);
  });

  it('a plan point reads back as the image pixel drawn there, however the image is placed (straightening corners)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (rotation, metresPerPixel, x, y) => {
          const placed = { ...u, rotation, metresPerPixel };
          const [px, py] = planToPixel(placed, pixelToPlan(placed, x, y));
          expect(px).toBeCloseTo(x, 6);
          expect(py).toBeCloseTo(y, 6);
        },
      ),
    );
  });
});
