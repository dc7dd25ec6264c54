/**
 * An obstacle thinner than a raster cell blocks every step across it, at any angle and wherever it falls on the
 * 0.5 m raster: drawn by its footprint alone, a thin one could miss every cell centre and be walked through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph, route } from '../../../src/nav';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

const turn = (p: Vec2, a: number, o: Vec2): Vec2 => {
  const x = p[0] - o[0];
  const y = p[1] - o[1];
  return [o[0] + x * Math.cos(a) - y * Math.sin(a), o[1] + x * Math.sin(a) + y * Math.cos(a)];
};
/** The 33 × 12 m hall split by one obstacle `thick` deep through o, 60 m long (past the outline), turned by `angle`. */
const hall = (angle: number, o: Vec2, thick: number) =>
  oneFloorHall(
    'thin',
    [33, 12],
    [
      KINDS.obstacle.create({
        id: 'a',
        polygon: (
          [
            [o[0] - thick / 2, o[1] - 30],
            [o[0] + thick / 2, o[1] - 30],
            [o[0] + thick / 2, o[1] + 30],
            [o[0] - thick / 2, o[1] + 30],
          ] as Vec2[]
        ).map((p) => turn(p, angle, o)),
      }),
    ],
  );
const through = (doc: ReturnType<typeof hall>) => route(buildNavGraph(doc as never), { floorId: 'F1', p: [3, 6] }, { floorId: 'F1', p: [30, 6] }, { minWalkWidth: 0.55 }) !== null;

describe('a thin obstacle across the hall', () => {
  it('parts the hall at any angle, thickness and offset (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.tuple(fc.double({ min: 15, max: 18, noNaN: true }), fc.double({ min: 4, max: 6, noNaN: true })),
        fc.double({ min: 0.02, max: 1.5, noNaN: true }),
        (a, o, th) => {
          expect(through(hall(a, o, th))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Walked through with the obstacle drawn by its footprint alone: no cell centre falls in it.
  for (const [a, x, th] of [
    [0, 16.6, 0.1],
    [0, 16.5, 0.4],
    [0.3, 16.5, 0.2],
  ])
    it(`a ${th} m obstacle at ${a} rad through x = ${x} parts the hall`, () => {
      expect(through(hall(a, [x, 6], th))).toBe(false);
    });
});
