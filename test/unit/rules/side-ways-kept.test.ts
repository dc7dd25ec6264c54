/**
 * Side ways (sign.continuity's crossings) kept across edits of the walkable space (side-ways.ts `sideWaysOf`):
 * after any sequence of edits near and far from the county hall's crossings, the crossings and findings equal those
 * of a copy of the hall no memo has seen, and both paths are taken (routes kept, routes probed again).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHall } from '../../../src/rules';
import { resolveParams } from '../../../src/rules/preset';
import { sideWayStats } from '../../../src/rules/signs/side-ways';
import { wayfinding } from '../../../src/rules/signs/continuity';
import { addElements, moveElements, removeElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import type { HallDocument } from '../../../src/core/document';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { loadSample } from '../core/helpers';
import { box, obstacle, oneFloor, wall, zone } from './scenarios/hall';

const county = loadSample('county-hall');
const f1 = county.floors[0];
/** Where the county hall's citizen routes pass side ways off their corridors (found by sign.continuity). */
const CROSSINGS: Vec2[] = [
  [25.875, 5.875],
  [45.95, 6.25],
  [44.65, 7.68],
];
/** What blocks walking: counters, seats and other points, obstacles. */
const movable = f1.elements.filter((e) => ['counter', 'point', 'obstacle'].includes(e.kind)).map((e) => e.id);

/** sign.continuity's decision points with the parameters of the hall's preset. */
function decisions(doc: HallDocument) {
  const p = resolveParams(doc.meta.preset, doc.meta.ruleOverrides);
  const n = (id: string) => p[id] as number;
  return wayfinding(doc, {
    turnDeg: n('turnDeg'),
    signSightM: n('signSightM'),
    entranceInsideM: n('entranceInsideM'),
    decisionMinLegM: n('decisionMinLegM'),
    junctionSplitM: n('junctionSplitM'),
  });
}

/** The crossings sign.continuity finds, and its findings. */
const continuity = (doc: HallDocument) => ({
  crossings: decisions(doc).decisions.filter((d) => d.kind === 'crossing'),
  findings: checkHall(doc).findings.filter((f) => f.ruleId === 'sign.continuity'),
});

type Edit = ['block' | 'move' | 'remove', number, number, number, number];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  // A block 0.4–2.5 m wide near a crossing (in the side way's mouth, closing it or not) or anywhere on the floor.
  fc.tuple(
    fc.constant('block' as const),
    fc.nat(CROSSINGS.length * 2),
    fc.double({ min: -3, max: 3, noNaN: true }),
    fc.double({ min: -3, max: 3, noNaN: true }),
    fc.double({ min: 0.4, max: 2.5, noNaN: true }),
  ),
  fc.tuple(
    fc.constant('move' as const),
    fc.nat(movable.length - 1),
    fc.double({ min: -1.5, max: 1.5, noNaN: true }),
    fc.double({ min: -1.5, max: 1.5, noNaN: true }),
    fc.constant(0),
  ),
  fc.tuple(fc.constant('remove' as const), fc.nat(movable.length - 1), fc.constant(0), fc.constant(0), fc.constant(0)),
);

function apply(doc: HallDocument, [kind, i, dx, dy, w]: Edit, k: number): HallDocument {
  if (kind === 'block') {
    const c = CROSSINGS[i];
    const p: Vec2 = c ? [c[0] + dx, c[1] + dy] : [8 + ((i * 7.3) % 48), 2 + ((i * 3.1) % 38)];
    const block = KINDS.obstacle.create({ id: `side-${k}`, polygon: [p, [p[0] + w, p[1]], [p[0] + w, p[1] + w], [p[0], p[1] + w]] });
    return addElements(f1.id, [block]).apply(doc).doc;
  }
  const id = movable[i];
  if (!doc.floors[0].elements.some((e) => e.id === id)) return doc;
  return (kind === 'move' ? moveElements([id], [dx, dy]) : removeElements([id])).apply(doc).doc;
}

describe('side ways kept while edits are far', () => {
  it('equal those of a fresh copy after random edits near and far from the crossings (property)', () => {
    const before = { ...sideWayStats };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        // The whole chain first (a fresh copy in between would have new walls, and nothing would be kept), then
        // each version against a copy of it.
        let doc = county;
        continuity(doc);
        const seen = edits.map((e, k) => {
          doc = apply(doc, e, k);
          return { doc, found: continuity(doc) };
        });
        for (const { doc, found } of seen) expect(found).toEqual(continuity(structuredClone(doc)));
      }),
      { numRuns: 20 },
    );
    expect(sideWayStats.kept).toBeGreaterThan(before.kept);
    expect(sideWayStats.computed).toBeGreaterThan(before.computed);
  }, 120_000);
});

describe('a side way closed off the route', () => {
  /** The scenario suite's corridor north from the entrance (x 13.5–16.5) and its dead-end side corridor east at y 7–9. */
  const corridor = oneFloor('hainan', [
    wall([13.5, 0], [13.5, 12]),
    wall([16.5, 0], [16.5, 7]),
    wall([16.5, 9], [16.5, 12]),
    wall([16.5, 7], [24, 7]),
    wall([24, 7], [24, 9]),
    wall([24, 9], [16.5, 9]),
    zone('waiting', box(13.5, 16, 16.5, 19.5), { id: 'wz' }),
  ]);

  it('is seen at once though the route past it is kept: a block 3 m into it leaves a recess, no crossing', () => {
    const before = decisions(corridor);
    expect(before.decisions.filter((d) => d.kind === 'crossing')).toHaveLength(1);
    const closed = addElements('F1', [obstacle(box(18, 7, 18.6, 9))]).apply(corridor).doc;
    const after = decisions(closed);
    // The walk to the waiting area did not change (the block is off it): the kept answer had to be checked.
    expect(after.routes[0].points).toBe(before.routes[0].points);
    expect(after.decisions.filter((d) => d.kind === 'crossing')).toEqual([]);
    expect(after.decisions).toEqual(decisions(structuredClone(closed)).decisions);
  });
});
