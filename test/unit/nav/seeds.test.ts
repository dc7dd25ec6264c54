/**
 * Seeds of a frozen source list (zone samples, rules/sources.ts) are kept while the floors they stand on keep
 * their rasters: a field's repair then finds its sources unchanged by identity, not by comparing thousands of
 * entries, and no check builds them again. Where a floor changed they are made again, equal to a fresh reading.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, type NavPoint } from '../../../src/nav';
import { seedsOf } from '../../../src/nav/seeds';
import { moveElements } from '../../../src/core/commands';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const seat = county.floors[0].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
const moved = moveElements([seat.id], [0.7, 0.3]).apply(county).doc;

/** A grid of points over one floor, frozen as rules freeze their sample lists. */
function samples(floorId: string, x0: number, y0: number): readonly NavPoint[] {
  const out: NavPoint[] = [];
  for (let i = 0; i < 12; i++) for (let j = 0; j < 6; j++) out.push({ floorId, p: [x0 + i * 1.3, y0 + j * 1.1] });
  return Object.freeze(out);
}

describe('seeds of a frozen source list', () => {
  it('are the same objects on the next graph when their floor did not change', () => {
    const upstairs = samples(county.floors[1].id, 6, 6);
    const a = seedsOf(buildNavGraph(county), upstairs);
    const b = seedsOf(buildNavGraph(moved), upstairs);
    expect(b.seeds).toBe(a.seeds);
    expect(b.points).toBe(a.points);
  });

  it('are made again where the floor changed, equal to the seeds of the same points unfrozen', () => {
    const here = samples(county.floors[0].id, seat.kind === 'point' ? seat.position[0] - 6 : 0, seat.kind === 'point' ? seat.position[1] - 3 : 0);
    const before = seedsOf(buildNavGraph(county), here);
    const g = buildNavGraph(moved);
    const after = seedsOf(g, here);
    expect(after.seeds).not.toBe(before.seeds);
    const fresh = seedsOf(g, [...here]);
    expect([...after.seeds]).toEqual([...fresh.seeds]);
    expect([...after.points]).toEqual([...fresh.points]);
  });

  it('are the same objects after a move on their floor far from every point (the raster was patched)', () => {
    const [x, y] = seat.kind === 'point' ? seat.position : [0, 0];
    // Samples on the seat's floor, all more than 5 m from where it stands and goes.
    const far = Object.freeze(samples(county.floors[0].id, 2, 2).filter(({ p }) => Math.hypot(p[0] - x, p[1] - y) > 5));
    const a = seedsOf(buildNavGraph(county), far);
    const b = seedsOf(buildNavGraph(moved), far);
    expect(b.seeds).toBe(a.seeds);
  });

  it('equal the seeds of the same points unfrozen after any chain of moves on their floor (property)', () => {
    const [x, y] = seat.kind === 'point' ? seat.position : [0, 0];
    const near = samples(county.floors[0].id, x - 7, y - 3);
    seedsOf(buildNavGraph(county), near);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), { minLength: 1, maxLength: 4 }), (moves) => {
        let doc = county;
        for (const [dx, dy] of moves) {
          doc = moveElements([seat.id], [dx, dy]).apply(doc).doc;
          const g = buildNavGraph(doc);
          const got = seedsOf(g, near);
          const fresh = seedsOf(g, [...near]);
          expect([...got.seeds]).toEqual([...fresh.seeds]);
          expect([...got.points]).toEqual([...fresh.points]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('read on a fresh graph, equal the seeds of the same points unfrozen, anywhere on or off the floor, public and staff (property)', () => {
    const graphs = [buildNavGraph(county), buildNavGraph(county, { audience: 'staff' })];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(county.floors.length - 1), fc.double({ min: -3, max: 70, noNaN: true }), fc.double({ min: -3, max: 40, noNaN: true })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.boolean(),
        (pts, staff) => {
          // Runs of points per floor, as zone samples come; walls, seats, staff rooms and the outside included.
          const list: NavPoint[] = pts.map(([f, x, y]) => ({ floorId: county.floors[f].id, p: [x, y] }));
          const g = graphs[staff ? 1 : 0];
          const got = seedsOf(g, Object.freeze([...list]));
          const fresh = seedsOf(g, list);
          expect([...got.seeds]).toEqual([...fresh.seeds]);
          expect([...got.points]).toEqual([...fresh.points]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
