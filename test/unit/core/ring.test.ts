/**
 * One point-in-polygon test for the whole code base (src/core/geometry/ring.ts): it agrees with the boundary-inclusive
 * `pointInPolygon` off the boundary, gives a point on an edge two rooms share to exactly one of them, and no other
 * source file carries its own copy of the crossing loop.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointInPolygon, pointOnBoundary } from '../../../src/core/geometry/polygon';
import { insideRing } from '../../../src/core/geometry/ring';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { SRC, sourceFiles } from '../architecture/imports';

const coord = fc.integer({ min: -40, max: 40 }).map((k) => k * 0.25);
const pt = fc.tuple(coord, coord).map(([x, y]) => [x, y] as Vec2);
const square = (x0: number, y0: number, s: number): Vec2[] => [
  [x0, y0],
  [x0 + s, y0],
  [x0 + s, y0 + s],
  [x0, y0 + s],
];

describe('insideRing', () => {
  it('agrees with pointInPolygon everywhere off the boundary (property)', () => {
    const star: Vec2[] = [
      [0, -5],
      [2, -1],
      [6, 0],
      [2, 1],
      [0, 5],
      [-2, 1],
      [-6, 0],
      [-2, -1],
    ];
    fc.assert(
      fc.property(pt, (p) => {
        if (pointOnBoundary(p, star, 1e-9)) return;
        expect(insideRing(p, star)).toBe(pointInPolygon(p, star));
      }),
    );
  });

  it('gives a point on the edge two rooms share to exactly one of them (property)', () => {
    const left = square(0, 0, 4);
    const right = square(4, 0, 4);
    const below = square(0, -4, 4);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), (k) => {
        const t = k / 4;
        expect(Number(insideRing([4, t], left)) + Number(insideRing([4, t], right))).toBe(1);
        expect(Number(insideRing([t, 0], left)) + Number(insideRing([t, 0], below))).toBe(1);
      }),
    );
  });

  it('is the only crossing loop in src/: the phone app, IMDF and landmarks use it', () => {
    const copies = sourceFiles()
      .filter((f) => f !== 'core/geometry/ring.ts')
      .filter((f) => /p\[0\] < \(\(xj - xi\) \* \(p\[1\] - yi\)\) \/ \(yj - yi\) \+ xi/.test(readFileSync(`${SRC}/${f}`, 'utf8')));
    expect(copies).toEqual([]);
    for (const f of ['navapp/place-at.ts', 'nav/export/imdf.ts', 'nav/instructions/landmarks.ts'])
      expect(readFileSync(`${SRC}/${f}`, 'utf8')).toMatch(/import \{ insideRing \} from '[./]+core\/geometry\/ring'/);
  });
});
