/**
 * counter.one-metre-line carries each counter's list of nearby blockers from one version of a floor to the next,
 * testing only what an edit added or removed: after any sequence of seats put down, dragged and taken away near the
 * counters, and counters and evaluators moved, its findings equal those on a copy no memo has seen.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { counterServicePoint } from '../../../src/core/kinds/counter';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { counterOneMetreLine, nearStats } from '../../../src/rules/counters/one-metre-line';
import { loadSample } from '../core/helpers';
import { freshCopies } from '../../bench/fresh';
import { runRule } from './reads-probe';

const county = loadSample('county-hall');
const floor = county.floors[0];
const counters = floor.elements.filter((e) => e.kind === 'counter');
/** A few counters with a line, so that seats put down and carried over often meet in one strip. */
const lined = counters.filter((e) => e.kind === 'counter' && e.type !== 'consultation-desk' && e.oneMetreLine.enabled).slice(0, 3);
const evaluators = floor.elements.filter((e) => e.kind === 'point' && e.pointKind === 'evaluator').map((e) => e.id);
/** Seats the plan has, earlier in the floor's list than any seat put down: one carried into a strip lists first. */
const planSeats = floor.elements.flatMap((e) => (e.kind === 'point' && e.pointKind === 'seat' ? [e] : []));

const STRIP_MID_M = 0.5;

type Edit =
  | ['put', number, number, number, number]
  | ['carry', number, number, number, number]
  | ['drag', number, number, number]
  | ['take', number]
  | ['counter', number, number, number]
  | ['evaluator', number, number, number];
const off = fc.double({ min: -2.5, max: 2.5, noNaN: true });
const small = fc.double({ min: -0.6, max: 0.6, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constant('put' as const), fc.nat(), off, off, fc.integer({ min: 0, max: 23 })),
  fc.tuple(fc.constant('carry' as const), fc.nat(), fc.nat(), small, small),
  fc.tuple(fc.constant('drag' as const), fc.nat(), small, small),
  fc.tuple(fc.constant('take' as const), fc.nat()),
  fc.tuple(fc.constant('counter' as const), fc.nat(), small, small),
  fc.tuple(fc.constant('evaluator' as const), fc.nat(), small, small),
);

function apply(doc: HallDocument, e: Edit, k: number, seats: string[]): HallDocument {
  switch (e[0]) {
    case 'put': {
      const c = lined[e[1] % lined.length];
      // Every other seat in front of its counter, the others anywhere around it.
      const at = c.kind !== 'counter' ? [0, 0] : e[1] % 2 ? counterServicePoint(c, STRIP_MID_M) : c.position;
      const seat = KINDS.point.create({ id: `near-seat-${k}`, pointKind: 'seat', position: [at[0] + e[2], at[1] + e[3]], rotation: e[4] * 15 });
      seats.push(seat.id);
      return addElements(floor.id, [seat]).apply(doc).doc;
    }
    case 'carry': {
      const c = lined[e[1] % lined.length];
      const seat = planSeats[e[2] % planSeats.length];
      const now = doc.floors[0].elements.find((x) => x.id === seat.id);
      if (c.kind !== 'counter' || now?.kind !== 'point') return doc;
      // Into the strip, half a metre in front of the counter, where a seat put down may stand already.
      const at = counterServicePoint(c, STRIP_MID_M);
      return moveElements([seat.id], [at[0] + e[3] - now.position[0], at[1] + e[4] - now.position[1]]).apply(doc).doc;
    }
    case 'take':
      return seats.length ? removeElements(seats.splice(e[1] % seats.length, 1)).apply(doc).doc : doc;
    case 'drag':
      return seats.length ? moveElements([seats[e[1] % seats.length]], [e[2], e[3]]).apply(doc).doc : doc;
    case 'counter':
      return moveElements([counters[e[1] % counters.length].id], [e[2], e[3]]).apply(doc).doc;
    case 'evaluator':
      return evaluators.length ? moveElements([evaluators[e[1] % evaluators.length]], [e[2], e[3]]).apply(doc).doc : doc;
  }
}

/** The findings as a fresh copy (its floors renamed, so nothing is carried to it) reports them, named back. */
const fresh = (doc: HallDocument, k: number) => JSON.parse(JSON.stringify(runRule(counterOneMetreLine, freshCopies(doc, 1, `m${k}`)[0])).replaceAll(`~m${k}0`, ''));

describe('counter.one-metre-line carried between edits', () => {
  it('equals a fresh check after random edits near the counters (property)', () => {
    const before = nearStats.carried;
    let blocked = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc = county;
        const seats: string[] = [];
        runRule(counterOneMetreLine, doc);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k, seats);
          const kept = runRule(counterOneMetreLine, doc);
          expect(kept).toEqual(fresh(doc, runs++));
          if (kept.some((f) => f.key.includes('blocked:'))) blocked++;
        });
      }),
      { numRuns: 60 },
    );
    // Seats did stand in strips, and lists were carried rather than made afresh.
    expect(blocked).toBeGreaterThan(10);
    expect(nearStats.carried).toBeGreaterThan(before);
  });
});
