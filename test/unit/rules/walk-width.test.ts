/**
 * The narrowest passage anyone walks through is a preset parameter (`walkMinWidthM`, 0.55 m: one 人流股, see
 * presets/NOTES.md), applied by the walking raster (src/nav/mask.ts minHalfOf) through the gap's exact width. So
 * whether the public gets through a gap narrower than a 0.5 m cell no longer depends on where its cells' centres
 * fall: below the width it is shut wherever it lies, from the width on it is open wherever it lies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../src/core/kinds/registry';
import { fieldFrom, walkMinWidth } from '../../../src/rules/util';
import { box, hall, obstacle, zone } from './scenarios/hall';
import { verdictOf } from './scenarios/verdict';

/** A row of furniture wall to wall at y = 10..11 with one gap `g` wide starting at x0. */
const row = (g: number, x0: number): HallElement[] => [obstacle(box(0.1, 10, x0, 11)), obstacle(box(x0 + g, 10, 29.9, 11))];

/** Whether the far side of the row is reached on foot from inside the main entrance. */
function through(g: number, x0: number, overrides: Record<string, number> = {}): boolean {
  const doc = hall({ preset: 'jiangxi', overrides, floors: [{ elements: row(g, x0) }] });
  const field = fieldFrom(doc, `gap|${g}|${x0}`, [{ floorId: 'F1', p: [15, 0.8] }]);
  return Number.isFinite(field.at('F1', [15, 17]));
}

describe('minimum walking width (walkMinWidthM)', () => {
  it('is 0.55 m in every province', () => {
    for (const preset of ['hunan', 'hainan', 'jiangxi'] as const) expect(walkMinWidth(hall({ preset, floors: [{ elements: [] }] }))).toBe(0.55);
  });
  it('a gap is walked through exactly when it is at least the width, wherever it falls on the cells (property)', () =>
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0.3, max: 0.545, noNaN: true }), fc.double({ min: 0.555, max: 0.9, noNaN: true })),
        fc.double({ min: 3, max: 26, noNaN: true }),
        (g, x0) => {
          expect(through(g, x0), `${g} m gap at x = ${x0}`).toBe(g >= 0.55);
        },
      ),
      { numRuns: 40 },
    ));
  it('follows the hall’s override of the width', () => {
    expect(through(0.5, 12.13)).toBe(false);
    expect(through(0.5, 12.13, { walkMinWidthM: 0.45 })).toBe(true);
    expect(through(0.7, 12.13, { walkMinWidthM: 0.75 })).toBe(false);
  });
  it('a 0.45 m gap shuts the waiting area off from the counters wherever it lies: one verdict at every phase', () => {
    const doc = (x0: number) =>
      hall({
        preset: 'jiangxi',
        floors: [{ elements: [zone('counter-service', box(10, 3, 20, 8), { id: 'cs' }), ...row(0.45, x0), zone('waiting', box(10, 14, 20, 19.9), { id: 'w' })] }],
      });
    const got = [9.5, 9.63, 9.75, 9.87, 10.12, 14.31, 14.5].map((x0) => verdictOf(doc(x0), 'zone.waiting-adjacent').status);
    expect(got).toEqual(got.map(() => 'fail'));
  });
});
