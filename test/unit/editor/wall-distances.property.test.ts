import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds/registry';
import type { Floor } from '../../../src/core/document';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { wallDistances } from '../../../src/editor/wall-distances';

/** The definition, one direction at a time: the nearest wall face straight along `d` from `p`, within `reach`. */
function nearestFace(walls: { a: Vec2; b: Vec2; thickness: number }[], p: Vec2, d: Vec2, reach: number): number {
  let best = reach;
  for (const w of walls) {
    const ex = w.b[0] - w.a[0];
    const ey = w.b[1] - w.a[1];
    const den = d[0] * ey - d[1] * ex;
    if (Math.abs(den) < 1e-12) continue;
    const t = ((w.a[0] - p[0]) * ey - (w.a[1] - p[1]) * ex) / den;
    const s = ((w.a[0] - p[0]) * d[1] - (w.a[1] - p[1]) * d[0]) / den;
    if (s < -1e-9 || s > 1 + 1e-9 || t <= 1e-9) continue;
    const face = t - w.thickness / 2 / Math.max(Math.abs(den) / Math.hypot(ex, ey), 1e-6);
    if (face > 0 && face < best) best = face;
  }
  return best;
}

const coord = fc.integer({ min: -40, max: 40 }).map((x) => x / 2);
const wall = fc.record({ a: fc.tuple(coord, coord), b: fc.tuple(coord, coord), thickness: fc.constantFrom(0.1, 0.2, 0.3) }).filter((w) => w.a[0] !== w.b[0] || w.a[1] !== w.b[1]);

describe('wall distances', () => {
  it('property: each shown distance is the nearest wall face along its direction; a direction without one within reach is left out', () => {
    fc.assert(
      fc.property(fc.array(wall, { maxLength: 12 }), fc.tuple(coord, coord), (walls, p) => {
        const floor = {
          id: 'F1',
          name: 'F1',
          storey: 1,
          elevation: 0,
          height: 4,
          elements: [
            ...walls.map((w, i) => ({ ...KINDS.wall.create({ id: `w${i}` }), a: w.a, b: w.b, thickness: w.thickness })),
            KINDS.point.create({ id: 'seat', pointKind: 'seat', position: p }),
          ],
        } as Floor;
        const got = wallDistances(floor, p);
        const dirs: Vec2[] = [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ];
        const want = dirs.map((d) => ({ d, best: nearestFace(walls, p, d, 60) })).filter((x) => x.best < 60);
        expect(got.map((g) => g.dir)).toEqual(want.map((w) => w.d));
        got.forEach((g, i) => {
          expect(g.distance).toBe(want[i].best);
          expect(g.to).toEqual([p[0] + g.dir[0] * g.distance, p[1] + g.dir[1] * g.distance]);
        });
        // Asked again for the same floor and point (the view and the fields on one drag step): the same answer.
        expect(wallDistances(floor, [p[0], p[1]])).toBe(got);
      }),
    );
  });
});
