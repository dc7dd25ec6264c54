/**
 * The 1-metre line rule against the plain definition: a seat blocks a counter's strip when its footprint
 * overlaps the strip by 0.005 m² or more. Seats are put near the counters at random sizes and turns, many with
 * their centre outside every strip and only a corner reaching in (the rule leaves out points that cannot
 * reach any strip before it makes their footprints).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHall } from '../../../src/rules';
import { KINDS, type ElementOf } from '../../../src/core/kinds/registry';
import { oneMetreStrip } from '../../../src/core/kinds/counter';
import { polygonsIntersect } from '../../../src/core/geometry/polygon';
import { overlapArea } from '../../../src/core/geometry/clip';
import { loadSample } from '../core/helpers';
import { freshCopies } from '../../bench/fresh';

const county = loadSample('county-hall');

describe('counter.one-metre-line', () => {
  it('reports exactly the counters whose strip a seat overlaps (property)', () => {
    const floor = county.floors[0];
    const counters = floor.elements.filter((e): e is ElementOf<'counter'> => e.kind === 'counter' && e.oneMetreLine.enabled);
    expect(counters.length).toBeGreaterThan(3);
    let blocked = 0;
    let near = 0;
    fc.assert(
      fc.property(
        fc.nat(counters.length - 1),
        fc.double({ min: -2.5, max: 2.5, noNaN: true }),
        fc.double({ min: -2.5, max: 2.5, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 23 }),
        (ci, dx, dy, count, turn) => {
          const c = counters[ci];
          const seat = KINDS.point.create({ id: 'probe-seat', pointKind: 'seat', position: [c.position[0] + dx, c.position[1] + dy], count, rotation: turn * 15 });
          const doc = { ...county, floors: county.floors.map((f) => (f.id === floor.id ? { ...f, elements: [...f.elements, seat] } : f)) };
          // A copy nothing has seen: the rule scans the whole floor, as in a full check.
          const [fresh] = freshCopies(doc, 1, `p${ci}`);
          const got = checkHall(fresh)
            .findings.filter((f) => f.ruleId === 'counter.one-metre-line' && f.elementIds.includes('probe-seat'))
            .map((f) => f.elementIds.find((id) => id !== 'probe-seat'))
            .sort();
          const fp = KINDS.point.footprint(seat)!;
          const want = counters
            .filter((k) => {
              const strip = oneMetreStrip(k);
              return polygonsIntersect(strip, fp) && overlapArea(strip, fp) >= 0.005;
            })
            .map((k) => k.id)
            .sort();
          expect(got).toEqual(want);
          if (want.length) blocked++;
          near++;
        },
      ),
      { numRuns: 150 },
    );
    // Both answers must have come up, or the property said little.
    expect(blocked).toBeGreaterThan(20);
    expect(near - blocked).toBeGreaterThan(20);
  });
});
