/**
 * A rule's verdict on a hall, as an auditor states it: the rule does not apply at this level ('off'), has
 * nothing to check here ('na'), passes, or fails with findings. `expectVerdict` also holds every finding's
 * message to its verdict: the Chinese and English texts name the same numbers, and a failing limit is never
 * printed equal to the value that failed it.
 */
import { expect } from 'vitest';
import type { HallDocument } from '../../../../src/core/document';
import { checkHall } from '../../../../src/rules';
import { notApplicable } from '../../../../src/rules/report/applicability';
import { resolveRuleSetting } from '../../../../src/rules/preset';
import type { Finding, Severity } from '../../../../src/rules/types';

export type Verdict = { status: 'off' } | { status: 'na' } | { status: 'pass' } | { status: 'fail'; findings: Finding[] };

export function verdictOf(doc: HallDocument, ruleId: string): Verdict {
  if (!resolveRuleSetting(doc.meta.preset, ruleId, doc.meta.level)) return { status: 'off' };
  const fs = checkHall(doc).findings.filter((f) => f.ruleId === ruleId);
  if (fs.length) return { status: 'fail', findings: fs };
  return notApplicable(doc, ruleId, 0) ? { status: 'na' } : { status: 'pass' };
}

export interface Expected {
  status: 'off' | 'na' | 'pass' | 'fail';
  /** Severity of every finding (fail only). */
  severity?: Severity;
  /** How many findings (fail only). */
  count?: number;
  /** Text the clause reference contains. */
  clause?: string;
  /** Strings every finding's English message contains (the measured value and the limit, as printed). */
  says?: string[];
  /** Strings no finding's English message contains (an assumption that plays no part in the verdict). */
  notSays?: string[];
  /** Elements some finding names. */
  names?: string[];
  /** Finding key suffix (the requirement it is about), for rules with several requirements. */
  disc?: string;
}

/** The numbers a message states ("1-metre" is the English for 一米, not a measurement). */
export const numbersIn = (s: string): number[] => (s.replace(/1-metre/g, '').match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);

export function expectVerdict(doc: HallDocument, ruleId: string, want: Expected): void {
  const v = verdictOf(doc, ruleId);
  const got = v.status === 'fail' ? v.findings.map((f) => `${f.severity}: ${f.message.en}`).join(' | ') : v.status;
  expect(v.status, `${ruleId}: ${got}`).toBe(want.status);
  if (v.status !== 'fail') return;
  const fs = want.disc ? v.findings.filter((f) => f.key.endsWith(`|${want.disc}`)) : v.findings;
  expect(fs.length, `${ruleId}: no finding about ${want.disc}: ${got}`).toBeGreaterThan(0);
  if (want.count !== undefined) expect(fs.length, got).toBe(want.count);
  for (const f of fs) {
    if (want.severity) expect(f.severity, got).toBe(want.severity);
    if (want.clause) expect(f.clause).toContain(want.clause);
    for (const s of want.says ?? []) expect(f.message.en, got).toContain(s);
    for (const s of want.notSays ?? []) expect(f.message.en, got).not.toContain(s);
    // Both languages state the same numbers (ids and names aside: scenario names carry no digits).
    expect(numbersIn(f.message.zh), `${f.message.zh} / ${f.message.en}`).toEqual(numbersIn(f.message.en));
    expect(f.floorId, `${ruleId}: a finding locates a floor`).toBeTruthy();
  }
  for (const id of want.names ?? [])
    expect(
      fs.some((f) => f.elementIds.includes(id)),
      `${ruleId} names ${id}: ${got}`,
    ).toBe(true);
}
