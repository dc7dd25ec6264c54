/** Seats counted in waiting zones: counted from the previous version after an edit, equal to counting afresh. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seatsInWaiting } from '../../../src/rules/zones/waiting';
import { KINDS, type ElementOf, type HallElement } from '../../../src/core/kinds/registry';
import { pointInPolygon } from '../../../src/core/geometry/polygon';
import type { Floor } from '../../../src/core/document';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');

const plain = (floor: Floor, zones: [number, number][][]) =>
  floor.elements.reduce((n, e) => n + (e.kind === 'point' && e.pointKind === 'seat' && zones.some((z) => pointInPolygon(e.position, z)) ? e.count : 0), 0);

describe('seatsInWaiting', () => {
  it('after every edit of a sequence equals a fresh count (property)', () => {
    const f0 = county.floors[0];
    const zones = f0.elements.filter((e): e is ElementOf<'zone'> => e.kind === 'zone' && e.type === 'waiting').map((z) => z.polygon);
    expect(zones.length).toBeGreaterThan(0);
    const edit = fc.oneof(
      fc.record({ op: fc.constant('move' as const), pick: fc.nat(), dx: fc.double({ min: -6, max: 6, noNaN: true }), dy: fc.double({ min: -6, max: 6, noNaN: true }) }),
      fc.record({
        op: fc.constant('add' as const),
        x: fc.double({ min: 0, max: 60, noNaN: true }),
        y: fc.double({ min: 0, max: 40, noNaN: true }),
        count: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
    );
    let run = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        // A floor id of its own per run: the count carried from version to version starts here.
        let floor: Floor = { ...f0, id: `F1-seats-${run++}` };
        expect(seatsInWaiting(floor, zones)).toBe(plain(floor, zones));
        edits.forEach((e, k) => {
          const seats = floor.elements.filter((x) => x.kind === 'point' && x.pointKind === 'seat');
          let elements: HallElement[];
          if (e.op === 'add') elements = [...floor.elements, KINDS.point.create({ id: `new-${k}`, pointKind: 'seat', position: [e.x, e.y], count: e.count })];
          else {
            const s = seats[e.pick % seats.length] as ElementOf<'point'>;
            elements =
              e.op === 'remove'
                ? floor.elements.filter((x) => x !== s)
                : floor.elements.map((x) => (x === s ? { ...s, position: [s.position[0] + e.dx, s.position[1] + e.dy] as [number, number] } : x));
          }
          floor = { ...floor, elements };
          expect(seatsInWaiting(floor, zones)).toBe(plain(floor, zones));
        });
      }),
      { numRuns: 100 },
    );
  });
});
