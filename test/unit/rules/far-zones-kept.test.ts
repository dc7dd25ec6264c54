/**
 * AED coverage and escape travel keep each zone's answer with the walking-field version it was measured on: after
 * any sequence of seats put down and dragged, obstacles nudged and AEDs moved, their findings equal those on a copy
 * no memo has seen, under limits tight enough that zones fail and pass as the edits go.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements } from '../../../src/core/commands';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { farZoneStats } from '../../../src/rules/safety/far-zones';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';

const rules = ['safety.aed-coverage', 'safety.travel-distance'].map((id) => RULES_BY_ID.get(id)!);
const county = loadSample('county-hall');
// Limits a few zones fail: walks are compared with them, and taut walks measured, on every check.
const start: HallDocument = { ...county, meta: { ...county.meta, ruleOverrides: { aedMaxWalkM: 18, exitMaxTravelM: 16 } } };
const floor = county.floors[0];
const movable = floor.elements.filter((e) => e.kind === 'obstacle' || (e.kind === 'point' && (e.pointKind === 'aed' || e.pointKind === 'seat'))).map((e) => e.id);
const centre = floor.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;

type Edit = ['put', number, number] | ['move', number, number, number];
const off = fc.double({ min: -6, max: 6, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(fc.tuple(fc.constant('put' as const), off, off), fc.tuple(fc.constant('move' as const), fc.nat(), off, off));

function apply(doc: HallDocument, e: Edit, k: number): HallDocument {
  if (e[0] === 'move') return moveElements([movable[e[1] % movable.length]], [e[2], e[3]]).apply(doc).doc;
  const at = centre.kind === 'point' ? centre.position : [0, 0];
  // A bench-sized obstacle: it blocks walking, so the fields are repaired around it.
  const [x, y] = [at[0] + e[1], at[1] + e[2]];
  const block = KINDS.obstacle.create({
    id: `far-block-${k}`,
    polygon: [
      [x, y],
      [x + 1.5, y],
      [x + 1.5, y + 0.6],
      [x, y + 0.6],
    ],
  });
  return addElements(floor.id, [block]).apply(doc).doc;
}

describe('far zones kept between edits', () => {
  it('equal a fresh check after random edits near and far (property)', () => {
    const before = { ...farZoneStats };
    const seen = new Set<number>();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc = start;
        for (const r of rules) runRule(r, doc);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k);
          for (const r of rules) {
            const kept = runRule(r, doc);
            expect(kept).toEqual(runRule(r, structuredClone(doc)));
            seen.add(kept.length);
          }
        });
      }),
      { numRuns: 30 },
    );
    // Findings came and went, and zones were answered from what was kept.
    expect(seen.size).toBeGreaterThan(1);
    expect(farZoneStats.kept).toBeGreaterThan(before.kept);
  });
});
