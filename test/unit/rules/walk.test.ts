/**
 * Walks measured as an auditor measures them on the plan: round a partition the taut walk is the straight legs to
 * and from the wall end plus the wall's thickness, and never more than the raster's figure (src/rules/walk.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dist, type Vec2 } from '../../../src/core/geometry/vec';
import { fieldFrom } from '../../../src/rules/util';
import { walkedTo } from '../../../src/rules/walk';
import { box, oneFloor, wall, zone } from './scenarios/hall';

const T = 0.2;

describe('walkedTo', () => {
  it('round one partition equals the taut string round a wall end within 1 cm, and never exceeds the raster (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 3, max: 9, noNaN: true }),
        fc.double({ min: -0.8, max: 0.8, noNaN: true }),
        fc.double({ min: -0.8, max: 0.8, noNaN: true }),
        fc.double({ min: 0.8, max: 2.5, noNaN: true }),
        fc.double({ min: 5.5, max: 9, noNaN: true }),
        (half, u, v, y0, y1) => {
          const s: Vec2 = [15 + u * (half - 0.5), y0];
          const e: Vec2 = [15 + v * (half - 0.5), y1];
          const doc = oneFloor('hunan', [wall([15 - half, 4], [15 + half, 4], { id: 'part', thickness: T })]);
          const field = fieldFrom(doc, `walk-test|${half}|${s}`, [{ floorId: 'F1', p: s }]);
          const raster = field.at('F1', e);
          const taut = walkedTo(doc, field, 'F1', e, raster);
          const round = (x: number) => dist(s, [x, 4 - T / 2]) + T + dist([x, 4 + T / 2], e);
          // The raster picks the end to walk round; where the two ends nearly tie it may take the other one.
          const ends = [round(15 - half), round(15 + half)];
          const why = `half ${half}, from ${s} to ${e}: ${taut} vs ${ends.join(' / ')} (raster ${raster})`;
          expect(Math.min(...ends.map((x) => Math.abs(taut - x))), why).toBeLessThanOrEqual(0.01);
          expect(taut, why).toBeGreaterThanOrEqual(Math.min(...ends) - 0.01);
          expect(taut).toBeLessThanOrEqual(raster);
        },
      ),
      { numRuns: 25 },
    );
  });
  it('keeps the raster’s figure where nothing is in the way and for an unreachable point', () => {
    const doc = oneFloor('hunan', []);
    const field = fieldFrom(doc, 'walk-test|open', [{ floorId: 'F1', p: [5, 5] }]);
    const d = field.at('F1', [20, 12]);
    expect(walkedTo(doc, field, 'F1', [20, 12], d)).toBeCloseTo(dist([5, 5], [20, 12]), 1);
    expect(walkedTo(doc, field, 'F1', [20, 12], Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
  it('a public walk is not pulled across a staff-only zone the public cannot enter', () => {
    // A partition from the west wall to x = 21.5 with a small open back office round its end: the public walks round the office.
    const doc = oneFloor('hunan', [wall([0, 4], [21.5, 4], { thickness: T }), zone('back-office', box(21.5, 3.5, 22.2, 4.5))]);
    const s: Vec2 = [15, 1];
    const e: Vec2 = [15, 7];
    const field = fieldFrom(doc, 'walk-test|office', [{ floorId: 'F1', p: s }]);
    const round = dist(s, [22.2, 3.5]) + 1 + dist([22.2, 4.5], e);
    expect(walkedTo(doc, field, 'F1', e, field.at('F1', e))).toBeGreaterThanOrEqual(round - 0.01);
  });
});
