/**
 * isExteriorDoor finds each door's wall by id from one index of the floor: the same answer as a scan of the
 * floor's elements (the first wall of an id, a door with no wall or a missing one), without a scan per door.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Floor } from '../../../src/core/document';
import { distToPolygonBoundary } from '../../../src/core/geometry/polygon';
import { KINDS } from '../../../src/core/kinds/registry';
import { isExteriorDoor, outerBoundary } from '../../../src/rules/doors';

type Door = ReturnType<typeof KINDS.opening.create>;

/** The definition: the door's wall as a scan finds it, its half thickness added to the tolerance. */
function plainExterior(floor: Floor, d: Door, tol: number): boolean {
  const boundary = outerBoundary(floor);
  if (!boundary) throw new Error('every floor here has an outline');
  const wall = d.wallId ? floor.elements.find((e) => e.kind === 'wall' && e.id === d.wallId) : undefined;
  return distToPolygonBoundary(d.position, boundary) <= tol + (wall && wall.kind === 'wall' ? wall.thickness / 2 : 0);
}

const floorOf = (elements: Floor['elements']): Floor => ({
  id: 'F1',
  name: '1F',
  storey: 1,
  elevation: 0,
  height: 4.5,
  outline: [
    [0, 0],
    [40, 0],
    [40, 20],
    [0, 20],
  ],
  elements,
});

describe('isExteriorDoor', () => {
  it('equals the scan of the floor for walls of repeated ids, doors without a wall and doors naming a missing one', () => {
    const wall = fc.record({ id: fc.constantFrom('w1', 'w2', 'w3'), thickness: fc.double({ min: 0.05, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 20, noNaN: true }) });
    const door = fc.record({
      wallId: fc.constantFrom(undefined, 'w1', 'w2', 'w3', 'gone'),
      x: fc.double({ min: 0, max: 40, noNaN: true }),
      y: fc.double({ min: -1, max: 21, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(wall, { maxLength: 6 }), fc.array(door, { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 0.5, noNaN: true }), (ws, ds, tol) => {
        const walls = ws.map((w, i) => KINDS.wall.create({ id: w.id, a: [i, w.y], b: [i + 5, w.y], thickness: w.thickness }));
        const doors = ds.map((d, i) => KINDS.opening.create({ id: `d${i}`, wallId: d.wallId, position: [d.x, d.y], width: 1 }));
        const floor = floorOf([...walls, ...doors]);
        for (const d of doors) expect(isExteriorDoor(floor, d, tol)).toBe(plainExterior(floor, d, tol));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a floor of 2,000 elements once for its 50 doors, not once per door', () => {
    const walls = Array.from({ length: 50 }, (_, i) => KINDS.wall.create({ id: `w${i}`, a: [i * 0.8, 0], b: [i * 0.8 + 0.8, 0], thickness: 0.2 }));
    const seats = Array.from({ length: 1900 }, (_, i) => KINDS.point.create({ id: `s${i}`, pointKind: 'seat', position: [1 + (i % 38), 1 + Math.floor(i / 38) * 0.3] }));
    const doors = walls.map((w, i) => KINDS.opening.create({ id: `d${i}`, wallId: w.id, position: [i * 0.8 + 0.4, 0], width: 0.7 }));
    const elements = [...seats, ...walls, ...doors];
    let reads = 0;
    // Counts every element read from the floor's list, by index or by iteration.
    const counted = new Proxy(elements, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const floor = floorOf(counted);
    for (const d of doors) expect(isExteriorDoor(floor, d, 0.3)).toBe(true);
    expect(reads).toBeLessThanOrEqual(elements.length);
  });
});
