/** A wall drawn around its windows: solid stretches, sills and lintels in 3D; a gap with the wall's faces in the plan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holeFaces, holeSpans, wallPieces } from '../../../src/view/wall-pieces';

const wall = { a: [0, 0] as [number, number], b: [10, 0] as [number, number], thickness: 0.2 };
const cut = (x: number, width: number, bottom = 0.9, top = 2.4) => ({ at: [x, 0] as [number, number], width, bottom, top });

describe('wall pieces around holes', () => {
  it('leaves a sill and a lintel in the hole and the rest full height', () => {
    expect(wallPieces(wall, [cut(5, 2)], 4, false)).toEqual([
      { from: -0.1, to: 4, bottom: 0, top: 4 },
      { from: 4, to: 6, bottom: 0, top: 0.9 },
      { from: 4, to: 6, bottom: 2.4, top: 4 },
      { from: 6, to: 10.1, bottom: 0, top: 4 },
    ]);
  });

  it('leaves a gap in the plan, with both faces drawn across it', () => {
    expect(wallPieces(wall, [cut(5, 2)], 0.2, true).map((p) => [p.from, p.to])).toEqual([
      [-0.1, 4],
      [6, 10.1],
    ]);
    expect(holeFaces(wall, [cut(5, 2)])).toEqual([
      [
        [4, 0.1],
        [6, 0.1],
      ],
      [
        [4, -0.1],
        [6, -0.1],
      ],
    ]);
  });

  it('merges overlapping holes and clips them to the wall', () => {
    expect(holeSpans(wall, [cut(9.5, 2), cut(3, 2, 1, 2), cut(4, 2, 0.5, 2.2)])).toEqual([
      { from: 2, to: 5, bottom: 0.5, top: 2.2 },
      { from: 8.5, to: 10, bottom: 0.9, top: 2.4 },
    ]);
  });

  it('keeps the wall volume less the holes (property, any wall direction)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.array(
          fc.record({ t: fc.double({ min: 0, max: 10, noNaN: true }), w: fc.double({ min: 0.3, max: 3, noNaN: true }), sill: fc.double({ min: 0, max: 1.5, noNaN: true }) }),
          { maxLength: 4 },
        ),
        (ang, hs) => {
          const u = [Math.cos(ang), Math.sin(ang)];
          const w = { a: [1, 2] as [number, number], b: [1 + 10 * u[0], 2 + 10 * u[1]] as [number, number], thickness: 0.3 };
          const cuts = hs.map((h) => ({ at: [1 + h.t * u[0], 2 + h.t * u[1]] as [number, number], width: h.w, bottom: h.sill, top: h.sill + 1.2 }));
          const area = (ps: { from: number; to: number; bottom: number; top: number }[]) => ps.reduce((s, p) => s + (p.to - p.from) * (p.top - p.bottom), 0);
          const holes = holeSpans(w, cuts);
          expect(area(wallPieces(w, cuts, 4, false))).toBeCloseTo(10.3 * 4 - area(holes), 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});
