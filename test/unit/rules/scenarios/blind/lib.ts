/**
 * Shared pieces for the blind scenarios: the presets, and a check that a rule raises nothing of a given force
 * (for clauses whose text asks nothing of the hall drawn, "off", "na" and "pass" are all right).
 */
import { expect } from 'vitest';
import type { HallDocument } from '../../../../../src/core/document';
import type { PresetId } from '../../../../../src/core/vocab';
import { verdictOf } from '../verdict';

export const PRESETS: PresetId[] = ['hunan', 'hainan', 'jiangxi'];

/** The rule reports no finding at all on this hall (whatever the reason). */
export function expectNoFinding(doc: HallDocument, ruleId: string): void {
  const v = verdictOf(doc, ruleId);
  const got = v.status === 'fail' ? v.findings.map((f) => `${f.severity}: ${f.message.en}`).join(' | ') : v.status;
  expect(v.status, `${ruleId}: ${got}`).not.toBe('fail');
}

/** The rule reports no finding of severity `error` (a warning or information is acceptable). */
export function expectNoError(doc: HallDocument, ruleId: string): void {
  const v = verdictOf(doc, ruleId);
  const errs = v.status === 'fail' ? v.findings.filter((f) => f.severity === 'error') : [];
  expect(errs.map((f) => f.message.en)).toEqual([]);
}
