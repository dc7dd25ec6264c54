/**
 * Exact clear widths: between two obstacles the reported width is the true gap within 1 cm, wherever one stands
 * across the passage and however the pair is turned; the 0.5 m raster read every gap from 0.6 to 1.4 m as 1.00 m.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Floor } from '../../../src/core/document';
import { KINDS, type HallElement } from '../../../src/core/kinds/registry';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { clearWidthOnFloor } from '../../../src/nav/clearance';
import { buildNavGraph, route } from '../../../src/nav';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

const floorWith = (elements: HallElement[]): Floor => ({ id: 'F', name: 'F', storey: 1, elevation: 0, height: 4, elements }) as unknown as Floor;
const turn = (p: Vec2, deg: number, o: Vec2): Vec2 => {
  const r = (deg * Math.PI) / 180;
  const x = p[0] - o[0];
  const y = p[1] - o[1];
  return [o[0] + x * Math.cos(r) - y * Math.sin(r), o[1] + x * Math.sin(r) + y * Math.cos(r)];
};
const rect = (x0: number, y0: number, x1: number, y1: number, deg: number, o: Vec2): Vec2[] =>
  (
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ] as Vec2[]
  ).map((p) => turn(p, deg, o));

describe('clear width between two obstacles', () => {
  it('equals the true gap within 1 cm (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
        (gap, across, along, thickA, thickB, deg, o) => {
          // Two slabs 10 m long with a gap between them (y from 0 to gap), turned about o.
          const len = 10;
          const a = KINDS.obstacle.create({ id: 'a', polygon: rect(o[0], o[1] - thickA, o[0] + len, o[1], deg, o) }) as HallElement;
          const b = KINDS.obstacle.create({ id: 'b', polygon: rect(o[0], o[1] + gap, o[0] + len, o[1] + gap + thickB, deg, o) }) as HallElement;
          // Anywhere across the passage (not on a face), away from the open ends by more than the gap.
          const p = turn([o[0] + gap + along * (len - 2 * gap), o[1] + 0.001 + across * (gap - 0.002)], deg, o);
          const w = clearWidthOnFloor(floorWith([a, b]), p);
          expect(Math.abs(w - gap)).toBeLessThanOrEqual(0.01);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells 1.19 from 1.20 and 0.6 from 1.4 (what the raster could not)', () => {
    for (const gap of [0.6, 1.0, 1.19, 1.2, 1.4, 1.6, 1.8]) {
      const a = KINDS.obstacle.create({
        id: 'a',
        polygon: [
          [0, 0],
          [10, 0],
          [10, 1],
          [0, 1],
        ],
      }) as HallElement;
      const b = KINDS.obstacle.create({
        id: 'b',
        polygon: [
          [0, 1 + gap],
          [10, 1 + gap],
          [10, 2 + gap],
          [0, 2 + gap],
        ],
      }) as HallElement;
      expect(clearWidthOnFloor(floorWith([a, b]), [5, 1 + gap * 0.3])).toBeCloseTo(gap, 6);
    }
  });

  it('a wall is cut by its door: the doorway measures the door width', () => {
    const wall = KINDS.wall.create({ id: 'w', a: [0, 0], b: [10, 0], thickness: 0.2 }) as HallElement;
    const door = KINDS.opening.create({ id: 'd', wallId: 'w', position: [5, 0], width: 0.8 }) as HallElement;
    expect(clearWidthOnFloor(floorWith([wall, door]), [5.1, 0])).toBeCloseTo(0.8, 6);
    expect(clearWidthOnFloor(floorWith([wall, door]), [2, 0])).toBe(0);
  });
});

describe('the wheelchair network excludes passages by their exact width', () => {
  const hall = (gap: number) => {
    const doc = oneFloorHall(
      't',
      [20, 10],
      [
        KINDS.obstacle.create({
          id: 'a',
          polygon: [
            [9.5, 0],
            [10.5, 0],
            [10.5, 4.13],
            [9.5, 4.13],
          ],
        }),
        KINDS.obstacle.create({
          id: 'b',
          polygon: [
            [9.5, 4.13 + gap],
            [10.5, 4.13 + gap],
            [10.5, 10],
            [9.5, 10],
          ],
        }),
      ],
    );
    return buildNavGraph(doc as never);
  };
  const from = { floorId: 'F1', p: [2, 5] as Vec2 };
  const to = { floorId: 'F1', p: [18, 5] as Vec2 };
  it.each([
    [1.0, false],
    [1.19, false],
    [1.2, true],
    [1.6, true],
  ])('a %s m gap under a 1.20 m limit is open: %s', (gap, open) => {
    expect(route(hall(gap), from, to, { accessible: true, minClearWidth: 1.2 }) !== null).toBe(open);
  });
  it.each([
    [1.6, false],
    [1.79, false],
    [1.8, true],
  ])('a %s m gap under the crowded 1.80 m limit is open: %s', (gap, open) => {
    expect(route(hall(gap), from, to, { accessible: true, minClearWidth: 1.8 }) !== null).toBe(open);
  });
});
