/**
 * Interpretations read by people (walk2 #22): a preset's interpretation names parameters as `{paramId}`, and the
 * finding, the report and the BCF topic show each one's label and the value the check used, never a raw id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../src/rules';
import { paramLabel, withParams } from '../../../src/rules/param-labels';
import { buildReport } from '../../../src/rules/report/model';
import { door, oneFloor } from './scenarios/hall';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** Every interpretation text of every preset file, with where it is. */
function interpretations(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (o: Json, where: string) => {
    if (Array.isArray(o)) o.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) {
        if (k === 'interpretation' && v && typeof v === 'object' && !Array.isArray(v))
          for (const [lang, t] of Object.entries(v)) out.push({ where: `${where} ${lang}`, text: String(t) });
        else walk(v, `${where}/${k}`);
      }
  };
  for (const f of readdirSync('presets').filter((n) => n.endsWith('.json') && n !== 'param-ranges.json')) walk(JSON.parse(readFileSync(`presets/${f}`, 'utf8')) as Json, f);
  return out;
}

describe('interpretations name parameters by their labels', () => {
  it('no interpretation holds a raw parameter id outside {…}, and every {…} is a labelled parameter', () => {
    const texts = interpretations();
    expect(texts.length).toBeGreaterThan(30);
    const bad = texts.flatMap(({ where, text }) => [
      ...(text.replace(/\{[A-Za-z0-9]+\}/g, '').match(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g) ?? []).map((id) => `${where}: raw ${id}`),
      ...[...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].filter(([, id]) => !paramLabel(id)).map(([, id]) => `${where}: no label for ${id}`),
      ...(/条款号未与原文核对|not verified against the text/.test(text) ? [`${where}: a note, not a reading`] : []),
    ]);
    expect(bad).toEqual([]);
  });
  it('a placeholder shows the label and the value in use, words for a word value', () => {
    expect(
      withParams({ zh: '取{accessibleDoorMinM}，{buildingWork}', en: 'the {accessibleDoorMinM}; {buildingWork}' }, { accessibleDoorMinM: 0.9, buildingWork: 'existing' }),
    ).toEqual({
      zh: '取新建、扩建的门净宽下限（0.9 m），建设类型（当前为既有建筑改造）',
      en: 'the minimum door clear width in a new or extended building (0.9 m); building work (now altered existing building)',
    });
  });
  it('the door-width finding and the report read with labels and the hall’s own value, in both languages', () => {
    const doc = oneFloor('hunan', [door([30, 10], { id: 'narrow', wallId: 'wall-e', rotation: 90, width: 0.7 })]);
    doc.meta.ruleOverrides = { accessibleDoorMinM: 0.95 };
    const f = checkHall(doc).findings.find((x) => x.ruleId === 'access.door-width');
    expect(f?.interpretation?.zh).toContain('新建、扩建的门净宽下限（0.95 m）');
    expect(f?.interpretation?.en).toContain('minimum door clear width in a new or extended building (0.95 m)');
    const all = `${f?.interpretation?.zh} ${f?.interpretation?.en}`;
    expect(all).not.toMatch(/accessibleDoorMinM|buildingWork|核对条款|not verified/);
    const report = JSON.stringify(buildReport(doc, checkHall(doc)));
    expect(report).toContain('新建、扩建的门净宽下限（0.95 m）');
    expect(report).not.toContain('{accessibleDoorMinM}');
  });
});

describe('the report’s standard line agrees with the clauses its rows cite (walk2 #23)', () => {
  it('hunan: rows cite § numbers, and the standard line says how they were numbered, not that there are none', () => {
    const doc = oneFloor('hunan', []);
    const model = buildReport(doc, checkHall(doc));
    expect(model.groups.some((g) => g.clause.includes('§'))).toBe(true);
    expect(model.hall.presetSource).not.toContain('原文无条款号');
    expect(model.hall.presetSource).toContain('所引条款号（如 §5.4.1）按其章节顺序推定');
  });
});
