/**
 * The incremental checker tells points apart by their kind: a seat dragged re-runs the rules that read seats or
 * walking, never those that read only AEDs, first-aid kits, extinguishers, cameras, ticket machines or evaluators;
 * a point that changes kind re-runs the rules of both kinds. Findings equal a full check's throughout.
 */
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ALL_RULES, checkHall, createChecker } from '../../../src/rules';
import { moveElements, setElementField } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const points = county.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'point' ? [e] : [])));
const seat = points.find((e) => e.pointKind === 'seat')!;
const aed = points.find((e) => e.pointKind === 'aed')!;
const ONLY_OTHER_POINTS = ['safety.aed-present', 'safety.first-aid', 'safety.fire-extinguisher', 'safety.cctv', 'counter.ticket-machine', 'counter.evaluator'];

let spies: MockInstance[] = [];
afterEach(() => {
  for (const s of spies) s.mockRestore();
  spies = [];
});

/** The rule ids whose check ran while checking `next` after `prev` with one checker. */
function rerun(prev: HallDocument, next: HallDocument): { ids: Set<string>; findingsEqual: boolean } {
  const checker = createChecker();
  checker.check(prev);
  spies = ALL_RULES.map((r) => vi.spyOn(r, 'check'));
  const r = checker.check(next);
  const ids = new Set(ALL_RULES.filter((_, i) => spies[i].mock.calls.length > 0).map((r) => r.id));
  for (const s of spies) s.mockRestore();
  spies = [];
  return { ids, findingsEqual: JSON.stringify(r.findings) === JSON.stringify(checkHall(next).findings) };
}

describe('reads narrowed to point kinds', () => {
  it('the county sample has the points these cases move', () => {
    expect(seat).toBeDefined();
    expect(aed).toBeDefined();
  });

  it('a seat dragged re-runs the seat and walking rules only', () => {
    const { ids, findingsEqual } = rerun(county, moveElements([seat.id], [0.4, 0.2]).apply(county).doc);
    expect(ONLY_OTHER_POINTS.filter((id) => ids.has(id))).toEqual([]);
    for (const id of ['zone.seats', 'zone.waiting-capacity', 'safety.travel-distance']) expect(ids.has(id)).toBe(true);
    expect(findingsEqual).toBe(true);
  });

  it('an AED moved re-runs the AED rules, not the seat rules', () => {
    const { ids, findingsEqual } = rerun(county, moveElements([aed.id], [0.3, 0]).apply(county).doc);
    expect(ids.has('safety.aed-present')).toBe(true);
    expect(ids.has('safety.aed-coverage')).toBe(true);
    expect(['zone.seats', 'zone.waiting-capacity', 'access.priority-seats', 'counter.ticket-machine'].filter((id) => ids.has(id))).toEqual([]);
    expect(findingsEqual).toBe(true);
  });

  it('a seat turned into an AED re-runs the rules of both kinds and agrees with a full check', () => {
    const next = setElementField(seat.id, 'pointKind', 'aed').apply(county).doc;
    const { ids, findingsEqual } = rerun(county, next);
    for (const id of ['zone.seats', 'zone.waiting-capacity', 'safety.aed-present']) expect(ids.has(id)).toBe(true);
    expect(ids.has('safety.first-aid')).toBe(false);
    expect(findingsEqual).toBe(true);
  });
});
