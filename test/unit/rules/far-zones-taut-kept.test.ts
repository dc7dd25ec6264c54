/**
 * Escape-travel zones measured taut (their walk fails the limit on the raster) keep their answers, and the straight
 * lines GB 50016 measures them by, while an edit changes nothing their walks read: the field's figures over the
 * zone, the paths it gives, the obstacles near what the walks tested. Dragging a seat across the big hall's waiting
 * area then measures none of its nine failing rooms again; any edit, near or far, still gives a fresh check's
 * findings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements } from '../../../src/core/commands';
import { checkHall, createChecker } from '../../../src/rules';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { farZoneStats } from '../../../src/rules/safety/far-zones';
import { straightStats } from '../../../src/rules/safety/straight-kept';
import { generateBigHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';

describe('taut escape-travel zones kept between edits', () => {
  it('a seat dragged in the big hall measures none of the failing rooms again, with the findings of a full check', () => {
    const big = generateBigHall();
    const checker = createChecker();
    checker.check(big);
    let doc = big;
    for (let k = 0; k < 3; k++) {
      doc = moveElements(['gen-seat-0'], [0.5, 0]).apply(doc).doc;
      const measured = farZoneStats.measured;
      const straight = straightStats.measured;
      const r = checker.check(doc);
      const travel = r.findings.filter((f) => f.ruleId === 'safety.travel-distance');
      // Nine rooms fail (three per wing), each measured taut on the check before.
      expect(travel.length).toBe(9);
      expect(farZoneStats.measured - measured).toBe(0);
      expect(straightStats.measured - straight).toBe(0);
    }
    expect(checker.check(doc).findings).toEqual(checkHall(structuredClone(doc)).findings);
  });

  // The county sample under limits tight enough that zones fail and are measured taut: seats, benches, staff rooms,
  // walls and doors moved near the walks and far from them, one edit after another.
  const county = loadSample('county-hall');
  const start: HallDocument = { ...county, meta: { ...county.meta, ruleOverrides: { exitMaxTravelM: 20, exitMaxTravelSprinklerM: 20 } } };
  const floor = county.floors[0];
  const movable = floor.elements
    .filter((e) => e.kind === 'obstacle' || e.kind === 'wall' || e.kind === 'opening' || e.kind === 'zone' || (e.kind === 'point' && e.pointKind === 'seat'))
    .map((e) => e.id);
  const [x0, y0, x1, y1] = floor.outline
    ? [
        Math.min(...floor.outline.map((p) => p[0])),
        Math.min(...floor.outline.map((p) => p[1])),
        Math.max(...floor.outline.map((p) => p[0])),
        Math.max(...floor.outline.map((p) => p[1])),
      ]
    : [0, 0, 40, 30];
  type Edit = ['put', number, number] | ['move', number, number, number];
  const frac = fc.double({ min: 0, max: 1, noNaN: true });
  const off = fc.double({ min: -1.5, max: 1.5, noNaN: true });
  const edit: fc.Arbitrary<Edit> = fc.oneof(fc.tuple(fc.constant('put' as const), frac, frac), fc.tuple(fc.constant('move' as const), fc.nat(), off, off));
  const apply = (doc: HallDocument, e: Edit, k: number): HallDocument => {
    if (e[0] === 'move') return moveElements([movable[e[1] % movable.length]], [e[2], e[3]]).apply(doc).doc;
    const [x, y] = [x0 + e[1] * (x1 - x0), y0 + e[2] * (y1 - y0)];
    const block = KINDS.obstacle.create({
      id: `taut-block-${k}`,
      polygon: [
        [x, y],
        [x + 1.2, y],
        [x + 1.2, y + 0.5],
        [x, y + 0.5],
      ],
    });
    return addElements(floor.id, [block]).apply(doc).doc;
  };
  const travel = RULES_BY_ID.get('safety.travel-distance')!;

  it('equal a fresh check after random edits anywhere on the floor (property)', () => {
    const kept = straightStats.kept;
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc = start;
        runRule(travel, doc);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k);
          const found = runRule(travel, doc);
          expect(found).toEqual(runRule(travel, structuredClone(doc)));
          seen.add(JSON.stringify(found.map((f) => f.data)));
        });
      }),
      { numRuns: 16 },
    );
    // Walks came out longer and shorter as the edits went, and straight-line answers were kept across edits of the floor.
    expect(seen.size).toBeGreaterThan(1);
    expect(straightStats.kept).toBeGreaterThan(kept);
  });
});
