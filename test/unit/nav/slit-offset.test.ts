/**
 * A slot between two boxes offset along their row (a seat beside another, their faces 0.4 m apart and overlapping
 * by less than a cell) is as narrow as the gap between their faces: a step running through it along one face,
 * as near to that face at its end as at its middle, was taken at the full width of its ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph, route } from '../../../src/nav';
import { rasterizeFloor } from '../../../src/nav/grid';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

const box = (x0: number, y0: number, x1: number, y1: number): Vec2[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
/**
 * The 33 × 12 m hall parted by two blocks past its long walls, A below y = at and B above at + gap, overlapping
 * along x by `overlap` from x: the only way between the halves is the slot between A's top and B's bottom.
 */
const hall = (x: number, at: number, gap: number, overlap: number) =>
  oneFloorHall(
    'slot',
    [33, 12],
    [KINDS.obstacle.create({ id: 'a', polygon: box(x - 1.5, -1, x + overlap, at) }), KINDS.obstacle.create({ id: 'b', polygon: box(x, at + gap, x + overlap + 1.5, 13) })],
  );
const through = (doc: ReturnType<typeof hall>) => route(buildNavGraph(doc as never), { floorId: 'F1', p: [3, 6] }, { floorId: 'F1', p: [30, 6] }, { minWalkWidth: 0.55 }) !== null;

describe('a slot between two offset boxes', () => {
  it('is open to walking exactly when at least the walking minimum wide (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 15, max: 17, noNaN: true }),
        fc.double({ min: 4, max: 7, noNaN: true }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 0.45, noNaN: true }),
        (x, at, gap, overlap) => {
          fc.pre(Math.abs(gap - 0.55) >= 0.01);
          expect(through(hall(x, at, gap, overlap))).toBe(gap >= 0.55);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('two seats 0.40 m apart, offset along their row, narrow the steps between them to 0.40 m', () => {
    // Where the generated hall's seats gen-seat-212 and gen-seat-368 stand on its third floor.
    const doc = oneFloorHall(
      'seats',
      [33, 30],
      [
        KINDS.point.create({ id: 's1', pointKind: 'seat', position: [13.704824551939964, 22.453483856050298] }),
        KINDS.point.create({ id: 's2', pointKind: 'seat', position: [13.427674666047096, 23.407143388641998] }),
      ],
    );
    const g = rasterizeFloor(doc.floors[0] as never);
    const at = (x: number, y: number) => g.passWidth[Math.floor(y / g.cell) * g.cols + Math.floor(x / g.cell)];
    const gap = 23.407143388641998 - 0.275 - (22.453483856050298 + 0.275);
    expect(at(13.25, 22.75)).toBeCloseTo(gap, 5);
    expect(at(13.75, 22.75)).toBeCloseTo(gap, 5);
  });
});
