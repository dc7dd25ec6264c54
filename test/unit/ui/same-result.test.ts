/**
 * The check worker tells the page "same verdict" only when it is: the incremental checker's findings are the very
 * objects of the last result after an edit that changes none, and a changed verdict is always sent.
 */
import { describe, expect, it } from 'vitest';
import { moveElements } from '../../../src/core/commands';
import { createChecker } from '../../../src/rules/engine';
import { sameResult } from '../../../src/ui/findings/same-result';
import { loadSample } from '../core/helpers';

describe('same verdict as the last one', () => {
  it('holds for a re-check after a small seat move that changes no finding, not after one that does', () => {
    const county = loadSample('county-hall');
    const seat = county.floors[0].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
    const checker = createChecker();
    const r0 = checker.check(county);
    const nudged = moveElements([seat.id], [0.01, 0]).apply(county).doc;
    const r1 = checker.check(nudged);
    expect(r1.findings.length).toBe(r0.findings.length);
    expect(sameResult(r0, r1)).toBe(true);
    // the failing sample's verdict differs from the county hall's
    const failing = loadSample('failing-hall');
    const r2 = checker.check(failing);
    expect(sameResult(r1, r2)).toBe(false);
  });

  it('is false when a finding, an applied rule or a passed rule differs', () => {
    const r = createChecker().check(loadSample('failing-hall'));
    expect(sameResult(r, { ...r, findings: r.findings.map((f) => ({ ...f })) })).toBe(r.findings.length === 0);
    expect(sameResult(r, { ...r, passed: r.passed.slice(1) })).toBe(false);
    expect(sameResult(r, { ...r, applied: [...r.applied.slice(1), 'x'] })).toBe(false);
    expect(sameResult(r, { ...r })).toBe(true);
  });
});
