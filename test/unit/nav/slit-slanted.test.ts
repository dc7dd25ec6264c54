/**
 * A slit through a wall at any angle to the 0.5 m raster is closed to anyone it is too narrow for. Crossed at an
 * angle, its narrowest point lies between the two wall ends' faces and near no corner: measured at the wall ends'
 * corners only, 6 in 150 random slits were walked through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph, route, type RouteOptions } from '../../../src/nav';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

/** The 33 × 12 m hall split by a wall through (16.5, 6) at `angle` (radians), a slit `gap` wide from `at` along it. */
const slanted = (angle: number, at: number, gap: number, thickness: number) => {
  const along = (t: number): Vec2 => [16.5 + Math.cos(angle) * t, 6 + Math.sin(angle) * t];
  const far = 20;
  return oneFloorHall(
    'slit',
    [33, 12],
    [KINDS.wall.create({ id: 'a', a: along(-far), b: along(at), thickness }), KINDS.wall.create({ id: 'b', a: along(at + gap), b: along(far), thickness })],
  );
};
const through = (doc: ReturnType<typeof slanted>, o: RouteOptions) => route(buildNavGraph(doc as never), { floorId: 'F1', p: [3, 6] }, { floorId: 'F1', p: [30, 6] }, o) !== null;

/** Walls from 30° to 150° against the x axis (both ends in the hall's long walls), anywhere along them. */
const angle = fc.double({ min: Math.PI / 6, max: (5 * Math.PI) / 6, noNaN: true });
const at = fc.double({ min: -3, max: 3, noNaN: true });
const thickness = fc.double({ min: 0.05, max: 0.5, noNaN: true });

describe('a slit in a slanted wall', () => {
  it('is closed to walking when narrower than the walking minimum (property)', () => {
    // A centimetre under the 0.55 m minimum: the slit's ends are drawn in floats.
    fc.assert(
      fc.property(angle, at, fc.double({ min: 0.15, max: 0.54, noNaN: true }), thickness, (a, t, gap, th) => {
        expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('is closed to a wheelchair when narrower than its clear width (property)', () => {
    fc.assert(
      fc.property(angle, at, fc.double({ min: 0.5, max: 0.89, noNaN: true }), thickness, (a, t, gap, th) => {
        expect(through(slanted(a, t, gap, th), { accessible: true, minClearWidth: 0.9 })).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('is open to walking from the walking minimum up (property)', () => {
    // Between 0.55 and 0.7 m a slit at an angle may hold no straight chain of cell centres, only a diagonal past
    // the wall ends' cells (raster-gaps.ts).
    fc.assert(
      fc.property(angle, at, fc.double({ min: 0.551, max: 0.7, noNaN: true }), thickness, (a, t, gap, th) => {
        expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is open to walking when well over the walking minimum (property)', () => {
    // From 0.7 m: nearer the minimum, what the raster's widened walls leave of a slanted slit may hold no cell centre.
    fc.assert(
      fc.property(angle, at, fc.double({ min: 0.7, max: 1.2, noNaN: true }), thickness, (a, t, gap, th) => {
        expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  // Closed when the raster's walls reached half their thickness past their ends.
  for (const [a, t, gap, th] of [
    [0.7727380057617727, 3, 0.9784105321944442, 0.5],
    [0.7211894317570028, 0.14245321650557222, 0.7822706581233033, 0.5],
  ])
    it(`a ${gap.toFixed(2)} m slit in a ${th.toFixed(2)} m wall at ${a.toFixed(2)} rad is open to walking`, () => {
      expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(true);
    });

  // Shut when only a diagonal past a wall end's cell crossed the slit (a search takes none past a blocked corner).
  for (const [a, t, gap, th] of [
    [0.8117424857956483, -1.6452167630195618, 0.5823786115646363, 0.40724285542964933],
    [2.273655637870223, 1.4775080680847168, 0.5965602302551269, 0.09074350595474243],
    [0.7527324120330248, -2.409100592136383, 0.624520115852356, 0.11885799169540406],
    [2.0037315073457846, 1.3046257495880127, 0.595866117477417, 0.3610121667385101],
  ])
    it(`a ${gap.toFixed(2)} m slit in a ${th.toFixed(2)} m wall at ${a.toFixed(2)} rad is open to walking, not to a wheelchair`, () => {
      expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(true);
      expect(through(slanted(a, t, gap, th), { accessible: true, minClearWidth: 0.9 })).toBe(false);
    });

  // Walked through the end of a wall: a step ran through the wall's true shape past the raster's.
  for (const [a, t, gap, th] of [
    [0.6691656627539168, -2.2087767720222473, 0.3110901340842247, 0.18966067880392073],
    [1.1428850956107128, 0.28757715225219727, 0.40714748740196227, 0.13543061017990113],
  ])
    it(`a ${gap.toFixed(2)} m slit in a ${th.toFixed(2)} m wall at ${a.toFixed(2)} rad is closed to walking through the wall's end`, () => {
      expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(false);
    });

  // Found by the properties above: a slit crossed by the raster's steps at an angle, walked through before.
  for (const [a, t, gap, th] of [
    [1.0341427302953303, 0, 0.48550529397623865, 0.08649153819893539],
    [1.8278419915560755, 0, 0.4689126604904831, 0.2393293020825706],
    [0.8813848290025047, -3, 0.25219905815269317, 0.1243171943705347],
  ])
    it(`a ${gap.toFixed(2)} m slit in a ${th.toFixed(2)} m wall at ${a.toFixed(2)} rad is closed to walking`, () => {
      expect(through(slanted(a, t, gap, th), { minWalkWidth: 0.55 })).toBe(false);
    });
});
