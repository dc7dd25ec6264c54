/**
 * Requirements a plan cannot show (car park, accessible parking, tactile paths outside, emergency lighting) leave a
 * note asking for a check on site: in the director's report such a rule neither passes nor fails the plan, and a
 * sample hall with nothing wrong scores 100 %, not 95 %.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../../src/rules';
import { buildReport } from '../../../../src/rules/report/model';
import { renderReport } from '../../../../src/rules/report';
import { loadSample } from '../../core/helpers';

const DATE = new Date('2026-12-07T10:00:00Z');

describe('rules left to a check on site', () => {
  const doc = loadSample('county-hall');
  const result = checkHall(doc);
  const report = buildReport(doc, result, { date: DATE });
  const onsite = report.rules.filter((r) => r.outcome === 'onsite');

  it('are named as such, out of the score, and counted in the verdict', () => {
    expect(onsite.map((r) => r.id).every((id) => id.startsWith('offplan.'))).toBe(true);
    expect(onsite.length).toBeGreaterThan(0);
    const errorsOrWarnings = result.findings.filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('offplan.'));
    expect(errorsOrWarnings).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.applicable + report.rules.filter((r) => r.outcome === 'na').length + onsite.length).toBe(report.rules.length);
    expect(report.verdict.zh).toContain(`${onsite.length} 条平面图无法核查、须现场核查`);
    expect(report.verdict.en).toContain(`${onsite.length} cannot be checked from a plan`);
    expect(renderReport(doc, result, { date: DATE })).toContain('须现场核查 Check on site');
  });

  it('stay out of the score when their note is accepted', () => {
    const states = Object.fromEntries(result.findings.filter((f) => f.ruleId.startsWith('offplan.')).map((f) => [f.key, { status: 'accepted' as const, reason: '现场已核查' }]));
    const accepted = buildReport({ ...doc, meta: { ...doc.meta, findingStates: states } }, result, { date: DATE });
    expect(accepted.score).toBe(100);
    expect(accepted.rules.filter((r) => r.outcome === 'onsite').length).toBe(onsite.length);
  });
});
