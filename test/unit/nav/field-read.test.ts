/** Reading a walking-distance field for a list of points gives what reading each point gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, distanceField, type NavPoint } from '../../../src/nav';
import { hypot2, type Vec2 } from '../../../src/core/geometry/vec';
import { loadSample } from '../core/helpers';
import { nearestFreeCell } from '../../../src/nav/graph';
import { cellCentre, isWalkable, type FloorGrid } from '../../../src/nav/grid';

const county = loadSample('county-hall');

describe('DistanceField.atAll', () => {
  it('equals at() point by point, on and off walkable cells, and for a second field on the same graph (property)', () => {
    const g = buildNavGraph(county);
    const a = distanceField(g, [{ floorId: 'F1', p: [32, 1] }]);
    const b = distanceField(g, [{ floorId: 'F2', p: [10, 20] } as NavPoint]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -2, max: 66, noNaN: true }), fc.double({ min: -2, max: 44, noNaN: true })), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('F1', 'F2', 'nowhere'),
        (xy, floorId) => {
          const pts = xy.map(([x, y]) => [x, y] as Vec2);
          for (const f of [a, b, a]) expect([...f.atAll(floorId, pts)]).toEqual(pts.map((p) => f.at(floorId, p)));
        },
      ),
      { numRuns: 100 },
    );
  });
  it('farthest() is the first point of greatest finite at() beyond 0 m, or -1 (property)', () => {
    const g = buildNavGraph(county);
    const a = distanceField(g, [{ floorId: 'F1', p: [32, 1] }]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -2, max: 66, noNaN: true }), fc.double({ min: -2, max: 44, noNaN: true })), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('F1', 'F2', 'nowhere'),
        fc.boolean(),
        (xy, floorId, twice) => {
          // Repeated points make ties, where the first must win.
          const pts = (twice ? [...xy, ...xy] : xy).map(([x, y]) => [x, y] as Vec2);
          let want = -1;
          let worst = 0;
          pts.forEach((p, k) => {
            const d = a.at(floorId, p);
            if (d > worst && Number.isFinite(d)) (worst = d), (want = k);
          });
          expect(a.farthest(floorId, pts)).toBe(want);
        },
      ),
      { numRuns: 100 },
    );
    expect(a.farthest('nowhere', [[32, 1]])).toBe(-1);
  });
  it('reads one list on two floors by each floor (floors from one template share their polygons)', () => {
    const g = buildNavGraph(county);
    const a = distanceField(g, [{ floorId: 'F1', p: [32, 1] }]);
    const pts: Vec2[] = Array.from({ length: 40 }, (_, k) => [2 + (k % 8) * 7.5, 3 + Math.floor(k / 8) * 8]);
    for (const floorId of ['F1', 'F2', 'F1', 'F2']) expect([...a.atAll(floorId, pts)]).toEqual(pts.map((p) => a.at(floorId, p)));
    expect([...a.atAll('F1', pts)]).not.toEqual([...a.atAll('F2', pts)]);
  });
});

describe('nearestFreeCell', () => {
  /** The definition: every cell of each square ring in row-major order, the first strictly nearest kept. */
  function plain(g: FloorGrid, p: Vec2, reach: number, audience: 'public' | 'staff'): number {
    const c0 = Math.floor((p[0] - g.origin[0]) / g.cell);
    const r0 = Math.floor((p[1] - g.origin[1]) / g.cell);
    const maxR = Math.ceil(reach / g.cell) + 1;
    let best = -1;
    let bd = Infinity;
    for (let rad = 0; rad <= maxR; rad++) {
      for (let dr = -rad; dr <= rad; dr++)
        for (let dc = -rad; dc <= rad; dc++) {
          if (Math.max(Math.abs(dr), Math.abs(dc)) !== rad) continue;
          const r = r0 + dr;
          const c = c0 + dc;
          if (r < 0 || c < 0 || r >= g.rows || c >= g.cols) continue;
          const i = r * g.cols + c;
          if (!isWalkable(g, i, audience)) continue;
          const q = cellCentre(g, i);
          const d = hypot2(q[0] - p[0], q[1] - p[1]);
          if (d < bd) (bd = d), (best = i);
        }
      if (best >= 0) return best;
    }
    return -1;
  }
  it('finds the cell the plain ring search finds, ties included (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.boolean(), { minLength: 144, maxLength: 144 }),
        fc.array(fc.tuple(fc.double({ min: -1, max: 7, noNaN: true }), fc.double({ min: -1, max: 7, noNaN: true })), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(0.5, 1, 1.5),
        (cols, rows, bits, pts, reach) => {
          const free = Uint8Array.from({ length: cols * rows }, (_, i) => (bits[i] ? 1 : 0));
          const g = { origin: [0, 0], cell: 0.5, cols, rows, free, staff: new Uint8Array(cols * rows) } as unknown as FloorGrid;
          // Points on the half-cell lattice make equal distances, where the order of the search decides.
          for (const [x, y] of pts)
            for (const p of [[x, y] as Vec2, [Math.round(x * 4) / 4, Math.round(y * 4) / 4] as Vec2])
              expect(nearestFreeCell(g, p, reach, 'public')).toBe(plain(g, p, reach, 'public'));
        },
      ),
      { numRuns: 400 },
    );
  });
});
