/**
 * The incremental checker on a city-sized hall: the generated 5-floor hall of ~10,000 elements, where the reuse
 * matters (per-floor rule results, repaired walking-distance fields over four wings and five floors). Random
 * edits of every kind of element on any floor; after each, the incremental result must equal a full check.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { ALL_RULES, checkHall, createChecker } from '../../../src/rules';
import { fieldStats } from '../../../src/nav';
import { moveElements, removeElements, setElementField, updateFloor } from '../../../src/core/commands';
import { History } from '../../../src/core/history';
import { generateBigHall } from '../../fixtures/generated-hall';

const big = generateBigHall();
const elements = big.floors.flatMap((f) => f.elements);

describe('incremental checker on the 10,000-element hall', () => {
  it('has the size the benchmarks claim', () => {
    expect(big.floors.length).toBe(5);
    expect(elements.length).toBe(10_000);
    expect(new Set(elements.map((e) => e.id)).size).toBe(elements.length);
    // Four wings, each with its counters numbered apart: no duplicate window numbers, no missing wall of a door.
    const ids = new Set(elements.map((e) => e.id));
    expect(elements.filter((e) => e.kind === 'opening' && e.wallId && !ids.has(e.wallId))).toEqual([]);
    const numbers = elements.flatMap((e) => (e.kind === 'counter' ? [e.number] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('re-runs only what an edit touches: a moved sign re-runs the sign rules of its floor, a moved seat repairs fields', () => {
    const runs = ALL_RULES.map((r) => vi.spyOn(r, 'check'));
    try {
      const calls = () => runs.reduce((s, r) => s + r.mock.calls.length, 0);
      const checker = createChecker();
      checker.check(big);
      const full = calls();
      const sign = big.floors[2].elements.find((e) => e.kind === 'sign' && e.id.startsWith('gen-sign'))!;
      const seen = runs.map((r) => r.mock.calls.length);
      const moved = moveElements([sign.id], [0.5, 0]).apply(big).doc;
      const incremental = checker.check(moved);
      const rerun = runs.flatMap((r, i) => r.mock.calls.slice(seen[i]).map(([ctx]) => ({ rule: ALL_RULES[i].id, floor: ctx.floor?.id })));
      // A few rules that read signs, and the floor-scoped ones only on the sign's floor; every other result reused.
      expect(rerun.length).toBeGreaterThan(0);
      expect(rerun.length).toBeLessThan(full / 4);
      expect(rerun.filter((r) => r.floor !== undefined && r.floor !== 'F3')).toEqual([]);
      expect(incremental.findings).toEqual(checkHall(moved).findings);
      const seat = big.floors[0].elements.find((e) => e.id.startsWith('gen-seat'))!;
      const solved = fieldStats.solved;
      const repaired = fieldStats.repaired;
      const seatMoved = moveElements([seat.id], [0.5, 0]).apply(moved).doc;
      checker.check(seatMoved);
      // Walking distances are repaired from the previous fields, not solved again over the whole floor.
      expect(fieldStats.repaired).toBeGreaterThan(repaired);
      expect(fieldStats.solved).toBe(solved);
    } finally {
      for (const r of runs) r.mockRestore();
    }
  });

  it('equals a full check after random edits anywhere in the hall', () => {
    const checker = createChecker();
    checker.check(big);
    const op = fc.oneof(
      fc.tuple(fc.constant('move' as const), fc.nat(elements.length - 1), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })),
      fc.tuple(fc.constant('remove' as const), fc.nat(elements.length - 1), fc.constant(0), fc.constant(0)),
      fc.tuple(fc.constant('field' as const), fc.nat(elements.length - 1), fc.nat(3), fc.constant(0)),
      fc.tuple(fc.constant('floor' as const), fc.nat(4), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 3 }), (ops) => {
        // One checker across runs, as the worker keeps one across edits: each run starts from the generated hall.
        const h = new History(big);
        expect(checker.check(h.doc).findings).toEqual(checkHall(h.doc).findings);
        for (const [kind, i, a, b] of ops) {
          const el = elements[i];
          const has = h.doc.floors.some((f) => f.elements.some((e) => e.id === el.id));
          if (kind === 'move' && has) h.execute(moveElements([el.id], [a, b]));
          if (kind === 'remove' && has) h.execute(removeElements([el.id]));
          if (kind === 'floor') h.execute(updateFloor(h.doc.floors[i].id, { height: 4 + a }));
          if (kind === 'field' && has) {
            if (el.kind === 'counter') h.execute(setElementField(el.id, a % 2 ? 'number' : 'low', a % 2 ? `9${a}` : true));
            else if (el.kind === 'zone') h.execute(setElementField(el.id, 'type', ['waiting', 'back-office', 'toilet', 'consultation'][a]));
            else if (el.kind === 'sign') h.execute(setElementField(el.id, 'signKind', ['directional', 'zone', 'layout-map', 'accessible'][a]));
            else if (el.kind === 'opening') h.execute(setElementField(el.id, 'entrance', ['none', 'staff', 'main', 'exit'][a]));
            else h.execute(setElementField(el.id, 'name', `改名 ${a}`));
          }
          expect(checker.check(h.doc).findings).toEqual(checkHall(h.doc).findings);
        }
      }),
      { numRuns: 4 },
    );
  });
});
