/**
 * A door in a wall at an angle to the 0.5 m raster passes whoever its clear width lets through: a 0.6 m door at
 * 35° left two raster cells touching only at a corner and was shut to walkers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph, route, type RouteOptions } from '../../../src/nav';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

/** The 33 × 12 m hall split by a wall through (16.5, 6) at `angle` (radians), a door `width` wide `at` along it. */
const hall = (angle: number, at: number, width: number, thickness: number) => {
  const along = (t: number): Vec2 => [16.5 + Math.cos(angle) * t, 6 + Math.sin(angle) * t];
  const far = 20;
  return oneFloorHall(
    'door',
    [33, 12],
    [
      KINDS.wall.create({ id: 'w', a: along(-far), b: along(far), thickness }),
      KINDS.opening.create({ id: 'd', wallId: 'w', position: along(at), width, rotation: (angle * 180) / Math.PI }),
    ],
  );
};
const through = (doc: ReturnType<typeof hall>, o: RouteOptions) => route(buildNavGraph(doc as never), { floorId: 'F1', p: [3, 6] }, { floorId: 'F1', p: [30, 6] }, o) !== null;
const wheelchair: RouteOptions = { accessible: true, minClearWidth: 0.9, minDoorWidth: 0.9 };

const angle = fc.double({ min: Math.PI / 6, max: (5 * Math.PI) / 6, noNaN: true });
const at = fc.double({ min: -3, max: 3, noNaN: true });
const thickness = fc.double({ min: 0.1, max: 0.4, noNaN: true });

describe('a door in a slanted wall', () => {
  it('is open to walking when at least the walking minimum wide (property)', () => {
    fc.assert(
      fc.property(angle, at, fc.double({ min: 0.56, max: 1.3, noNaN: true }), thickness, (a, t, w, th) => {
        expect(through(hall(a, t, w, th), { minWalkWidth: 0.55 })).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is open to a wheelchair exactly when its clear width is at least 0.90 m (property)', () => {
    fc.assert(
      fc.property(angle, at, fc.double({ min: 0.6, max: 1.3, noNaN: true }), thickness, (a, t, w, th) => {
        fc.pre(Math.abs(w - 0.9) >= 0.01);
        expect(through(hall(a, t, w, th), wheelchair)).toBe(w >= 0.9);
      }),
      { numRuns: 150 },
    );
  });

  // Shut to walkers when the raster opened the door's strip only.
  for (const [a, w, th] of [
    [0.5947970202157412, 0.6, 0.1],
    [1.961071466530311, 0.6, 0.11],
    [1.0054228285585831, 0.66, 0.35],
  ])
    it(`a ${w} m door in a ${th} m wall at ${a.toFixed(2)} rad is open to walking`, () => {
      expect(through(hall(a, 0, w, th), { minWalkWidth: 0.55 })).toBe(true);
    });
});
