/** A field's bound over a box holds every reading of a point in it: rules pass whole areas on it unread. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, distanceField } from '../../../src/nav';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');

describe('DistanceField.boundOver', () => {
  const g = buildNavGraph(county);
  // One source per floor and one on the ground floor only: floors reached from afar, and a floor not reached at all.
  const fields = [distanceField(g, [{ floorId: 'F1', p: [32, 1] }]), distanceField(g, [{ floorId: 'F2', p: [10, 20] }]), distanceField(g, [{ floorId: 'F1', p: [5, 30] }])];
  it('no point of the box reads more than the bound, on and off walkable cells (property)', () => {
    let reached = 0;
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 66, noNaN: true }),
        fc.double({ min: -4, max: 44, noNaN: true }),
        fc.double({ min: 0, max: 14, noNaN: true }),
        fc.double({ min: 0, max: 9, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('F1', 'F2', 'nowhere'),
        fc.nat(fields.length - 1),
        (x, y, w, h, at, floorId, k) => {
          const f = fields[k];
          const box = { minX: x, minY: y, maxX: x + w, maxY: y + h };
          const bound = f.boundOver(floorId, box);
          // The box's corners and random points inside it.
          const pts: Vec2[] = [[x, y], [x + w, y + h], [x + w, y], [x, y + h], ...at.map(([u, v]): Vec2 => [x + u * w, y + v * h])];
          for (const d of f.atAll(floorId, pts))
            if (Number.isFinite(d)) {
              reached++;
              expect(d).toBeLessThanOrEqual(bound);
            }
        },
      ),
      { numRuns: 400 },
    );
    expect(reached).toBeGreaterThan(1000);
  });
  it('is -Infinity where nothing near the box is reached, and close above the largest reading where it is', () => {
    const [a] = fields;
    expect(a.boundOver('nowhere', { minX: 0, minY: 0, maxX: 1, maxY: 1 })).toBe(-Infinity);
    // Far outside the floor's cells (clamped to its edge, where nothing is reached at 100 m off).
    const box = { minX: 20, minY: 10, maxX: 24, maxY: 14 };
    const bound = a.boundOver('F1', box);
    const pts: Vec2[] = [];
    for (let px = 20; px <= 24; px += 0.25) for (let py = 10; py <= 14; py += 0.25) pts.push([px, py]);
    const most = Math.max(...a.atAll('F1', pts));
    expect(bound).toBeGreaterThanOrEqual(most);
    // Within the blocks' reach and the snapping margin of the truth: a bound that passes areas near their limit.
    expect(bound - most).toBeLessThan(8);
  });
});
