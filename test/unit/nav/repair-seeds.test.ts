/**
 * A field whose sources snap to other cells after an edit (an obstacle turned over the edge of a zone whose samples
 * are the sources) is repaired round the nodes whose seed changed, not solved again over the whole hall: the
 * repaired distances equal a fresh solve's exactly, within a limit or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveElements, rotateElements } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { buildNavGraph, fieldStats } from '../../../src/nav';
import { solve } from '../../../src/nav/dijkstra';
import { searchSpace } from '../../../src/nav/mask';
import { repair } from '../../../src/nav/repair';
import { createChecker } from '../../../src/rules';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';

/** The first node where two fields differ, or -1. Exact: no tolerance. */
function firstOff(a: Float64Array, b: Float64Array): number {
  for (let n = 0; n < b.length; n++) if (a[n] !== b[n]) return n;
  return -1;
}

const county = loadSample('county-hall');
const seats = county.floors[0].elements.filter((e) => e.kind === 'point' && e.pointKind === 'seat').map((e) => e.id);

describe('a field repaired when its seeds change', () => {
  it('equals a fresh solve after seeds are added, removed or moved, with cells changed or not (property)', () => {
    const g0 = buildNavGraph(county);
    const size = g0.size;
    let repairedNewSeeds = 0;
    const seed = fc.tuple(fc.nat(size - 1), fc.double({ min: 0, max: 0.5, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(seed, { minLength: 1, maxLength: 40 }),
        fc.array(seed, { maxLength: 6 }),
        fc.nat(),
        fc.option(fc.tuple(fc.nat(seats.length - 1), fc.double({ min: -2, max: 2, noNaN: true })), { nil: undefined }),
        fc.option(fc.double({ min: 3, max: 40, noNaN: true }), { nil: undefined }),
        (first, extra, drop, move, limit) => {
          const before = new Map(first);
          const after = new Map(before);
          // Some seeds dropped, some added or given another distance.
          [...after.keys()].forEach((n, k) => {
            if ((drop >> (k % 16)) & 1 && after.size > 1) after.delete(n);
          });
          for (const [n, v] of extra) after.set(n, v);
          let doc: HallDocument = county;
          if (move) doc = moveElements([seats[move[0]]], [move[1], 0]).apply(doc).doc;
          const g1 = buildNavGraph(doc);
          const base = solve(searchSpace(g0, {}), before, limit);
          // Repair writes into the base field's distances (it keeps its own as a diff): read them first.
          const was = Float64Array.from(base.d);
          const s1 = searchSpace(g1, {});
          const fixed = repair(base, s1, after, true, limit);
          const fresh = solve(s1, after, limit).d;
          if (!fixed) return;
          repairedNewSeeds++;
          expect(firstOff(fixed.field.d, fresh)).toBe(-1);
          // Every node whose figure changed is named dirty.
          const dirty = new Set(fixed.dirty);
          const missed: number[] = [];
          for (let n = 0; n < fresh.length; n++) if (fresh[n] !== was[n] && !dirty.has(n)) missed.push(n);
          expect(missed).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
    // The repair path must have been taken, or the property said nothing about it.
    expect(repairedNewSeeds).toBeGreaterThan(20);
  });

  it('an obstacle turned over a service zone repairs the zone-sample field instead of solving it again', () => {
    let doc = generateHall();
    const checker = createChecker();
    checker.check(doc);
    const id = doc.floors[0].elements.find((e) => e.kind === 'obstacle')!.id;
    const solved = fieldStats.solved;
    for (let k = 0; k < 8; k++) {
      const e = doc.floors[0].elements.find((x) => x.id === id)!;
      doc = rotateElements([id], 10, e.kind === 'obstacle' ? e.polygon[0] : [0, 0]).apply(doc).doc;
      checker.check(doc);
    }
    expect(fieldStats.solved).toBe(solved);
  });
});
