/** Reading a walking-distance field for a list of points gives what reading each point gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, distanceField, type NavPoint } from '../../../src/nav';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');

describe('DistanceField.atAll', () => {
  it('equals at() point by point, on and off walkable cells, and for a second field on the same graph (property)', () => {
    const g = buildNavGraph(county);
    const a = distanceField(g, [{ floorId: 'F1', p: [32, 1] }]);
    const b = distanceField(g, [{ floorId: 'F2', p: [10, 20] } as NavPoint]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -2, max: 66, noNaN: true }), fc.double({ min: -2, max: 44, noNaN: true })), { minLength: 1, maxLength: 60 }), fc.constantFrom('F1', 'F2', 'nowhere'), (xy, floorId) => {
        const pts = xy.map(([x, y]) => [x, y] as Vec2);
        for (const f of [a, b, a]) expect([...f.atAll(floorId, pts)]).toEqual(pts.map((p) => f.at(floorId, p)));
      }),
      { numRuns: 100 },
    );
  });
});
