/**
 * counter.low-counter measures the wheelchair turning circle in front of the low counter against what stands
 * there: a seat put down in it must reach the incremental checker too, not only a full check.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { counterServicePoint } from '../../../src/core/kinds/counter';
import { KINDS } from '../../../src/core/kinds/registry';
import { checkHall, createChecker } from '../../../src/rules';
import { resolveParams } from '../../../src/rules/preset';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');

function withSeatBeforeLowCounter(doc: HallDocument): HallDocument {
  const params = resolveParams(doc.meta.preset, doc.meta.ruleOverrides);
  const low = doc.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'counter' && e.low ? [{ f, e }] : [])))[0];
  // The turning circle's centre, as the rule places it.
  const at = counterServicePoint(low.e, Number(params.turningDiameterM) / 2 + Number(params.lowCounterTurnOffsetM));
  const seat = KINDS.point.create({ id: 'seat-in-circle', pointKind: 'seat', position: at });
  return { ...doc, floors: doc.floors.map((f) => (f === low.f ? { ...f, elements: [...f.elements, seat] } : f)) };
}

const lowCounter = (findings: { ruleId: string }[]) => findings.filter((f) => f.ruleId === 'counter.low-counter');

describe('counter.low-counter after an edit', () => {
  it('a seat put down in the turning circle fails the rule in a full check and in the incremental one alike', () => {
    const blocked = withSeatBeforeLowCounter(county);
    expect(lowCounter(checkHall(county).findings)).toEqual([]);
    expect(lowCounter(checkHall(blocked).findings)).toHaveLength(1);
    const checker = createChecker();
    checker.check(county);
    expect(lowCounter(checker.check(blocked).findings)).toEqual(lowCounter(checkHall(blocked).findings));
  });
});
