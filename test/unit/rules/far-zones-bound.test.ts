/**
 * AED coverage and escape travel pass a zone the field bounds within the limit without sampling it, and their
 * findings stay those of measuring every zone's samples, whatever the limits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HallDocument } from '../../../src/core/document';
import { isStaffZone } from '../../../src/core/kinds/zone';
import { RULES_BY_ID } from '../../../src/rules/registry';
import { farZoneStats } from '../../../src/rules/safety/far-zones';
import { aedSources, exitSources } from '../../../src/rules/safety/coverage';
import { resolveParams } from '../../../src/rules/preset';
import { all, atMost, fieldFrom, samplePolygon } from '../../../src/rules/util';
import { farthestWalked } from '../../../src/rules/walk';
import type { RuleContext } from '../../../src/rules/types';
import { loadSample } from '../core/helpers';
import { runRule } from './reads-probe';

const aed = RULES_BY_ID.get('safety.aed-coverage')!;
const travel = RULES_BY_ID.get('safety.travel-distance')!;

/** The zones measured sample by sample (every public zone's farthest walk), with their walks where they fail. */
function measuredEverywhere(doc: HallDocument, key: 'aed' | 'exits', limitId: string): { id: string; walkM: number }[] {
  const params = resolveParams(doc.meta.preset, doc.meta.ruleOverrides);
  const ctx = { doc, params } as unknown as RuleContext;
  const field = fieldFrom(doc, key, key === 'aed' ? aedSources(doc) : exitSources(doc, params));
  const limit = params[limitId] as number;
  const out: { id: string; walkM: number }[] = [];
  for (const { floor, el } of all(doc, 'zone')) {
    if (isStaffZone(el) || el.type === 'unclassified') continue;
    const w = farthestWalked(ctx, field, floor.id, samplePolygon(el.polygon, params.serviceSampleStepM as number), limit);
    const worst = w.k < 0 ? 0 : w.d;
    if (!atMost(ctx, worst, limit)) out.push({ id: el.id, walkM: worst });
  }
  return out;
}

const found = (doc: HallDocument, rule: typeof aed) => runRule(rule, doc).map((f) => ({ id: f.elementIds[0], walkM: f.data?.walkM as number }));

describe('far zones bounded by the field', () => {
  it('under the sample hall own limits, no zone is sampled: every one is within reach by the bound', () => {
    const doc = structuredClone(loadSample('county-hall'));
    const before = { ...farZoneStats };
    expect(runRule(aed, doc)).toEqual([]);
    expect(farZoneStats.measured).toBe(before.measured);
    expect(farZoneStats.bounded - before.bounded).toBe(all(doc, 'zone').filter(({ el }) => !isStaffZone(el) && el.type !== 'unclassified').length);
  });
  it('findings equal measuring every zone, at limits that pass and fail zones (property)', () => {
    const halls = [loadSample('county-hall'), loadSample('township-hall'), loadSample('failing-hall')];
    let failing = 0;
    fc.assert(
      fc.property(fc.nat(halls.length - 1), fc.double({ min: 5, max: 70, noNaN: true }), fc.double({ min: 5, max: 45, noNaN: true }), (h, aedMaxWalkM, exitMaxTravelM) => {
        const base = halls[h];
        const doc: HallDocument = {
          ...structuredClone(base),
          meta: { ...base.meta, sprinklers: false, ruleOverrides: { ...base.meta.ruleOverrides, aedMaxWalkM, exitMaxTravelM } },
        };
        const a = measuredEverywhere(doc, 'aed', 'aedMaxWalkM');
        const t = measuredEverywhere(doc, 'exits', 'exitMaxTravelM');
        failing += a.length + t.length;
        expect(found(doc, aed)).toEqual(a);
        expect(found(doc, travel)).toEqual(t);
      }),
      { numRuns: 25 },
    );
    expect(failing).toBeGreaterThan(0);
  });
});
