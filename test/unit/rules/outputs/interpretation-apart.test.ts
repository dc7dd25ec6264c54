/**
 * Where a rule reads more into a clause than its words, the reading is shown as “解释 / Interpretation”, apart from
 * the quoted text, in the report and in every BCF topic: never dressed as the standard's words.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { checkHall } from '../../../../src/rules';
import { renderReport } from '../../../../src/rules/report';
import { exportBcf } from '../../../../src/rules/bcf';
import { loadSample } from '../../core/helpers';

const failing = loadSample('failing-hall');
const result = checkHall(failing);
const DATE = new Date('2026-11-23T10:00:00Z');
/** Findings that carry both a quote and a reading of it. */
const both = result.findings.filter((f) => f.clauseText && f.interpretation);

describe('quote and interpretation apart', () => {
  it('the failing sample has findings with both', () => expect(both.length).toBeGreaterThan(2));

  it('the report quotes the text in the clause line and prints the reading in its own 解释 line', () => {
    const html = renderReport(failing, result, { date: DATE });
    const paragraphs = [...html.matchAll(/<p class="(clause|interp)">([\s\S]*?)<\/p>/g)].map((m) => ({ cls: m[1], text: m[2] }));
    for (const f of both) {
      const quoted = paragraphs.find((p) => p.cls === 'clause' && p.text.includes(`“${f.clauseText}”`));
      expect(quoted, `${f.ruleId}: quote`).toBeDefined();
      expect(quoted?.text, `${f.ruleId}: the reading is not inside the quote`).not.toContain(f.interpretation!.zh);
      expect(
        paragraphs.some((p) => p.cls === 'interp' && p.text.startsWith('解释 Interpretation：') && p.text.includes(f.interpretation!.zh)),
        `${f.ruleId}: interpretation line`,
      ).toBe(true);
    }
  });

  it('each BCF topic gives the text and the reading on lines of their own', () => {
    const zip = unzipSync(exportBcf(failing, result, { version: '2.1', date: DATE }));
    const descriptions = Object.keys(zip)
      .filter((k) => k.endsWith('/markup.bcf'))
      .map((k) => /<Description>([\s\S]*?)<\/Description>/.exec(strFromU8(zip[k]))?.[1] ?? '');
    for (const f of both) {
      const lines = descriptions.find((d) => d.includes(`原文 / Text: “${f.clauseText}”`))?.split('\n') ?? [];
      expect(lines.length, `${f.ruleId}: a topic quoting it`).toBeGreaterThan(0);
      expect(lines.some((l) => l === `原文 / Text: “${f.clauseText}”`)).toBe(true);
      expect(lines.some((l) => l.startsWith('解释 / Interpretation: ') && l.includes(f.interpretation!.zh))).toBe(true);
    }
  });
});
