/**
 * The routes see a gap between two obstacles by its true width, at every angle to the 0.5 m raster and wherever it
 * falls on it: closed when a centimetre narrower than the limit, open when a centimetre wider, for walking and for
 * the wheelchair limits the presets use (0.90 m, 1.20 m accessible route, 1.80 m crowded).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph, route, type RouteOptions } from '../../../src/nav';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

const turn = (p: Vec2, a: number, o: Vec2): Vec2 => {
  const x = p[0] - o[0];
  const y = p[1] - o[1];
  return [o[0] + x * Math.cos(a) - y * Math.sin(a), o[1] + x * Math.sin(a) + y * Math.cos(a)];
};
const rect = (x0: number, y0: number, x1: number, y1: number, a: number, o: Vec2): Vec2[] =>
  (
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ] as Vec2[]
  ).map((p) => turn(p, a, o));

/**
 * The 33 × 12 m hall split by two slabs `thick` deep, 30 m long each way from the gap (past the outline), the gap
 * `gap` wide from o, all turned by `angle` about o.
 */
const hall = (angle: number, o: Vec2, gap: number, thick: number) => {
  const far = 30;
  return oneFloorHall(
    'gap',
    [33, 12],
    [
      KINDS.obstacle.create({ id: 'a', polygon: rect(o[0] - thick / 2, o[1] - far, o[0] + thick / 2, o[1], angle, o) }),
      KINDS.obstacle.create({ id: 'b', polygon: rect(o[0] - thick / 2, o[1] + gap, o[0] + thick / 2, o[1] + far, angle, o) }),
    ],
  );
};
const through = (doc: ReturnType<typeof hall>, o: RouteOptions) => route(buildNavGraph(doc as never), { floorId: 'F1', p: [3, 6] }, { floorId: 'F1', p: [30, 6] }, o) !== null;

// Slabs up to 1.2 rad off the vertical still part the two ends of the hall; at least a cell deep, as obstacles are.
const angle = fc.double({ min: -1.2, max: 1.2, noNaN: true });
const o = fc.tuple(fc.double({ min: 15, max: 18, noNaN: true }), fc.double({ min: 4, max: 6, noNaN: true }));
const thick = fc.double({ min: 0.5, max: 2, noNaN: true });

describe('a gap between two obstacles, turned and offset on the raster', () => {
  it('is open to walking exactly when at least the walking minimum wide (property)', () => {
    fc.assert(
      fc.property(angle, o, fc.double({ min: 0.3, max: 1, noNaN: true }), thick, (a, at, gap, th) => {
        fc.pre(Math.abs(gap - 0.55) >= 0.01);
        expect(through(hall(a, at, gap, th), { minWalkWidth: 0.55 })).toBe(gap >= 0.55);
      }),
      { numRuns: 200 },
    );
  });

  it('is open to a wheelchair exactly when at least the limit wide (property)', () => {
    fc.assert(
      fc.property(angle, o, fc.double({ min: 0.5, max: 2.2, noNaN: true }), thick, fc.constantFrom(0.9, 1.2, 1.8), (a, at, gap, th, limit) => {
        fc.pre(Math.abs(gap - limit) >= 0.01);
        expect(through(hall(a, at, gap, th), { accessible: true, minClearWidth: limit })).toBe(gap >= limit);
      }),
      { numRuns: 200 },
    );
  });
});
