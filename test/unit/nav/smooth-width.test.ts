/**
 * A smoothed route keeps to the cells its search may enter: the straight cut between two points of a wheelchair
 * route must not pass a gap narrower than the route's clear width, which the search went round.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph } from '../../../src/nav';
import { lineClear } from '../../../src/nav/line-of-sight';
import { searchSpace } from '../../../src/nav/mask';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

/** Two halls split by a wall at x = 16.5, open by a `gap` m gap centred at y = 6 and by 1.5 m at the top. */
const hall = (gap: number) =>
  oneFloorHall(
    'smooth-width',
    [33, 12],
    [KINDS.wall.create({ id: 'a', a: [16.5, 0], b: [16.5, 6 - gap / 2], thickness: 0.2 }), KINDS.wall.create({ id: 'b', a: [16.5, 6 + gap / 2], b: [16.5, 10.5], thickness: 0.2 })],
  );

describe('a straight line tested for smoothing', () => {
  for (const gap of [1, 1.1, 1.15])
    it(`through a ${gap} m gap is clear on foot, not for a search kept to 1.2 m`, () => {
      const g = buildNavGraph(hall(gap) as never);
      const narrow = searchSpace(g, { accessible: true, minClearWidth: 1.2 });
      expect(lineClear(g, 0, 5, 6, 28, 6)).toBe(true);
      expect(lineClear(g, 0, 5, 6, 28, 6, narrow)).toBe(false);
      // Through the 1.5 m opening at the top it is clear for both.
      expect(lineClear(g, 0, 5, 11.25, 28, 11.25, narrow)).toBe(true);
    });
});
