/**
 * counter.low-counter keeps each low counter's turning-circle answer from one version of the floor to the next and
 * tests only the elements added and removed since: after any sequence of seats put down, dragged and taken away
 * around the circle (and walls and obstacles nudged near it), its findings equal those on a copy no memo has seen.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { counterServicePoint } from '../../../src/core/kinds/counter';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { dist } from '../../../src/core/geometry/vec';
import { counterLowCounter, circleStats } from '../../../src/rules/counters/desk';
import { resolveParams } from '../../../src/rules/preset';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';

const county = loadSample('county-hall');
const params = resolveParams(county.meta.preset, county.meta.ruleOverrides);
const low = county.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'counter' && e.low ? [{ f, e }] : [])))[0];
const centre = counterServicePoint(low.e, Number(params.turningDiameterM) / 2 + Number(params.lowCounterTurnOffsetM));
const NEAR_M = 4;
/** Walls, obstacles and points standing within 4 m of the circle's centre: nudging them may block or clear it. */
const nearby = low.f.elements
  .filter((e) =>
    e.kind === 'wall'
      ? Math.min(dist(e.a, centre), dist(e.b, centre)) < NEAR_M
      : e.kind === 'point'
        ? dist(e.position, centre) < NEAR_M
        : e.kind === 'obstacle' && e.polygon.some((p) => dist(p, centre) < NEAR_M),
  )
  .map((e) => e.id);

type Edit = ['put', number, number] | ['drag', number, number, number] | ['take', number] | ['nudge', number, number, number];
const off = fc.double({ min: -1.6, max: 1.6, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constant('put' as const), off, off),
  fc.tuple(fc.constant('drag' as const), fc.nat(), off, off),
  fc.tuple(fc.constant('take' as const), fc.nat()),
  fc.tuple(fc.constant('nudge' as const), fc.nat(), off, off),
);

function apply(doc: HallDocument, e: Edit, k: number, seats: string[]): HallDocument {
  if (e[0] === 'put') {
    const seat = KINDS.point.create({ id: `kept-seat-${k}`, pointKind: 'seat', position: [centre[0] + e[1], centre[1] + e[2]] });
    seats.push(seat.id);
    return addElements(low.f.id, [seat]).apply(doc).doc;
  }
  if (e[0] === 'take') {
    if (!seats.length) return doc;
    return removeElements(seats.splice(e[1] % seats.length, 1)).apply(doc).doc;
  }
  const ids = e[0] === 'drag' ? seats : nearby;
  if (!ids.length) return doc;
  return moveElements([ids[e[1] % ids.length]], [e[2], e[3]]).apply(doc).doc;
}

describe('counter.low-counter kept between edits', () => {
  it('equals a fresh check after random edits in and around the turning circle (property)', () => {
    const before = { ...circleStats };
    let failed = 0;
    let passed = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc = county;
        const seats: string[] = [];
        runRule(counterLowCounter, doc);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k, seats);
          const kept = runRule(counterLowCounter, doc);
          expect(kept).toEqual(runRule(counterLowCounter, structuredClone(doc)));
          if (kept.length) failed++;
          else passed++;
        });
      }),
      { numRuns: 60 },
    );
    // Both verdicts came up, and answers were carried over rather than measured again.
    expect(failed).toBeGreaterThan(0);
    expect(passed).toBeGreaterThan(0);
    expect(circleStats.kept).toBeGreaterThan(before.kept);
  });
});
