/**
 * Route widths kept across edits made far from a route (src/rules/kept-while-far.ts): after any sequence of edits
 * near and far from the county hall's accessible route, the findings equal those of a copy of the hall no memo has
 * seen, and far edits do take the kept path.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHall } from '../../../src/rules';
import { keptStats } from '../../../src/rules/kept-while-far';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import type { HallDocument } from '../../../src/core/document';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const f1 = county.floors[0];
const route = f1.elements.find((e) => e.kind === 'route')!;
const routePoints = route.kind === 'route' ? route.points : [];
/** What can narrow the route: walls, doors, counters, seats and other points, obstacles. */
const movable = f1.elements.filter((e) => ['wall', 'opening', 'counter', 'point', 'obstacle'].includes(e.kind)).map((e) => e.id);

const widths = (doc: HallDocument) => checkHall(doc).findings.filter((f) => f.ruleId === 'access.route-width');

type Edit = ['block', number, number, number, number] | ['move', number, number, number, number] | ['remove', number, number, number, number];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  // A 0.4 m block beside a route point (often narrowing it) or anywhere on the floor.
  fc.tuple(fc.constant('block' as const), fc.nat(routePoints.length * 2), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.nat()),
  fc.tuple(fc.constant('move' as const), fc.nat(movable.length - 1), fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.nat()),
  fc.tuple(fc.constant('remove' as const), fc.nat(movable.length - 1), fc.constant(0), fc.constant(0), fc.nat()),
);

function apply(doc: HallDocument, [kind, i, dx, dy]: Edit, k: number): HallDocument {
  const has = (id: string) => doc.floors[0].elements.some((e) => e.id === id);
  if (kind === 'block') {
    const p: Vec2 = i < routePoints.length ? [routePoints[i][0] + dx, routePoints[i][1] + dy] : [8 + ((i * 7.3) % 48), 2 + ((i * 3.1) % 38)];
    const block = KINDS.obstacle.create({ id: `kept-${k}`, polygon: [p, [p[0] + 0.4, p[1]], [p[0] + 0.4, p[1] + 0.4], [p[0], p[1] + 0.4]] });
    return addElements(f1.id, [block]).apply(doc).doc;
  }
  const id = movable[i];
  if (!has(id)) return doc;
  return (kind === 'move' ? moveElements([id], [dx, dy]) : removeElements([id])).apply(doc).doc;
}

describe('route widths kept while edits are far', () => {
  it('equal those of a fresh copy after random edits near and far from the route (property)', () => {
    const before = { ...keptStats };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let doc = county;
        widths(doc);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k);
          expect(widths(doc)).toEqual(widths(structuredClone(doc)));
        });
      }),
      { numRuns: 25 },
    );
    // Both paths were taken: stretches far from an edit kept, those near it measured again.
    expect(keptStats.kept).toBeGreaterThan(before.kept);
    expect(keptStats.computed).toBeGreaterThan(before.computed);
  }, 120_000);

  it('narrowing a stretch kept from before is seen at once', () => {
    widths(county);
    // Two blocks 0.8 m apart across the middle of the long stretch from (29, 13) to (5, 13).
    const box = (id: string, y0: number): HallDocument['floors'][number]['elements'][number] =>
      KINDS.obstacle.create({
        id,
        polygon: [
          [16.5, y0],
          [17.5, y0],
          [17.5, y0 + 0.5],
          [16.5, y0 + 0.5],
        ],
      });
    const narrowed = addElements(f1.id, [box('narrow-a', 13.4), box('narrow-b', 12.1)]).apply(county).doc;
    const found = widths(narrowed);
    expect(found.map((f) => f.data?.widthM)).toEqual([expect.closeTo(0.8, 6)]);
    expect(found).toEqual(widths(structuredClone(narrowed)));
  });
});
