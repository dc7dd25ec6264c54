/**
 * The README's recipe for a province, proven with a fixture province (Guangdong, test/fixtures/presets/guangdong.json,
 * not a real standard) registered only here: one JSON file carries its identity, labels, ISO code, rules, parameters
 * and search words, and every part of the app that names provinces takes it from there. No source file mentions it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HallDocumentSchema } from '../../../src/core/document';
import { typeTerms, zoneTypeTerm } from '../../../src/core/terms';
import { describeProblems, parseHallText } from '../../../src/core/io';
import { isPresetId, PRESET_IDS, presetFile, registerPreset } from '../../../src/core/presets';
import { buildImdf } from '../../../src/nav/export/imdf';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { checkHall } from '../../../src/rules/engine';
import { resolveParams, resolveRuleSetting } from '../../../src/rules/preset';
import { SRC, sourceFiles } from '../architecture/imports';
import { navMapArgs } from '../../fixtures/navmap-args';

const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/presets/guangdong.json'), 'utf8'));
const county = readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8');
const underGuangdong = () => {
  const raw = JSON.parse(county);
  raw.meta.preset = 'guangdong';
  return JSON.stringify(raw);
};

describe('a province added as one preset file', () => {
  it('registers every shipped province from its file in presets/, and none other', () => {
    const files = readdirSync(resolve(ROOT, 'presets'))
      .filter((f) => f.endsWith('.json') && f !== 'national.json' && f !== 'param-ranges.json')
      .map((f) => f.replace(/\.json$/, ''));
    expect([...PRESET_IDS].sort()).toEqual(files.sort());
  });

  it('is refused by the loader before it is registered, with the path and the known presets', () => {
    const r = parseHallText(underGuangdong());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeProblems(r.problems, 3)).toMatch(/meta\.preset: unknown preset "guangdong": one of hainan, hunan, jiangxi \/ 未知的标准预设「guangdong」/);
  });

  it('refuses a malformed province file, naming the file and the field', () => {
    expect(() => registerPreset({ ...fixture, id: 'shaanxi', iso3166: 'SN' }, 'presets/shaanxi.json')).toThrow(/presets\/shaanxi\.json: iso3166: an ISO 3166-2 code/);
    expect(() => registerPreset({ ...fixture, id: 'shaanxi', label: { zh: '陕西' } }, 'presets/shaanxi.json')).toThrow(/presets\/shaanxi\.json: label\.en/);
    expect(isPresetId('shaanxi')).toBe(false);
  });

  it('once registered: listed with its label, loaded, checked under its own clauses and parameters', () => {
    registerPreset(fixture, 'test/fixtures/presets/guangdong.json');
    expect(PRESET_IDS).toContain('guangdong');
    expect(presetFile('guangdong').label).toEqual({ zh: '广东', en: 'Guangdong' });
    expect(() => registerPreset(fixture)).toThrow(/already registered/);

    const r = parseHallText(underGuangdong());
    if (!r.ok) throw new Error(describeProblems(r.problems, 3));
    expect(r.doc.meta.preset).toBe('guangdong');

    expect(resolveParams('guangdong').oneMetreLineM).toBe(1.5);
    expect(resolveRuleSetting('guangdong', 'counter.one-metre-line', 'county')).toMatchObject({ clause: '粤测 §1', severity: 'error' });
    const result = checkHall(r.doc);
    // Its two rules, and the national rules every province includes; none of another province's.
    expect(result.applied).toEqual(expect.arrayContaining(['counter.one-metre-line', 'counter.numbered', 'access.door-width', 'safety.exits']));
    expect(result.applied).not.toContain('sign.layout-map');
    expect(result.findings.filter((f) => f.ruleId === 'engine.rule-crashed')).toEqual([]);
    // The county hall's lines are drawn at 1 m; at this province's 1.5 m the counters' strips reach the seats.
    expect(result.findings.some((f) => f.ruleId === 'counter.one-metre-line' && f.clause === '粤测 §1')).toBe(true);
  });

  it('names zone and counter types in its own words where its standard does, in both languages', () => {
    expect(zoneTypeTerm('back-office', 'guangdong')).toEqual({ zh: '审批后台区', en: 'Approval back office' });
    expect(typeTerms('counter', 'guangdong')['general-intake']).toEqual({ zh: '无差别综合窗口', en: 'One-stop counter' });
    // Elsewhere, and for the types it does not rename, the national vocabulary.
    expect(zoneTypeTerm('back-office', 'hunan')).toEqual({ zh: '后台办公区', en: 'Back office' });
    expect(typeTerms('zone', 'guangdong').waiting).toEqual({ zh: '休息等候区', en: 'Waiting' });
    const raw = JSON.parse(underGuangdong());
    for (const f of raw.floors) f.elements = f.elements.filter((e: { type?: string }) => e.type !== 'back-office');
    const r = parseHallText(JSON.stringify(raw));
    if (!r.ok) throw new Error(describeProblems(r.problems, 3));
    const missing = checkHall(r.doc).findings.find((f) => f.ruleId === 'zone.required');
    expect(missing?.message).toMatchObject({ zh: '缺少审批后台区', en: 'No Approval back office zone' });
    expect(() => registerPreset({ ...fixture, id: 'shaanxi', terms: { zone: { 'no-such-type': { zh: '某', en: 'x' } } } }, 'presets/shaanxi.json')).toThrow(
      /presets\/shaanxi\.json: terms\.zone/,
    );
  });

  it('gives map exports its ISO code and its search words', () => {
    const r = parseHallText(underGuangdong());
    if (!r.ok) throw new Error(describeProblems(r.problems, 3));
    const address = buildImdf(r.doc, new Date(0)).address.features[0];
    expect(address.properties).toMatchObject({ province: 'CN-GD', country: 'CN' });
    const nav = buildNavMapData(...navMapArgs(r.doc));
    expect(nav.search?.map((e) => e.zh[0])).toEqual(['粤省事']);
  });

  it('brings its standard text as the file its `standards` names, and every clause it quotes is in it word for word', () => {
    // As clause-fidelity.test.ts reads a shipped province's texts from ../shared/standards/ by these names (its list of
    // provinces comes from the registry; it names one only in hand-picked cases of known bad quotes), compared on
    // letters and digits only; the fixture's text lives beside it.
    const letters = (t: string) => t.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
    const text = letters(
      presetFile('guangdong')
        .standards.map((f) => readFileSync(resolve(ROOT, 'test/fixtures/standards', f), 'utf8'))
        .join('\n'),
    );
    const quotes = Object.values(fixture.rules as Record<string, { clauseText: string }>).map((r) => r.clauseText);
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(text, q).toContain(letters(q));
    expect(text).not.toContain(letters('窗口前须设置一米五线'));
    const fidelity = readFileSync(resolve(ROOT, 'test/unit/rules/clause-fidelity.test.ts'), 'utf8');
    expect(fidelity).toMatch(/PRESET_IDS\.map/);
    expect(fidelity).not.toMatch(/\[\s*'(hunan|hainan|jiangxi)'\s*,/);
  });

  it('touches no generated file: the JSON Schema says what a preset id looks like, not which exist', () => {
    const committed = JSON.parse(readFileSync(resolve(ROOT, 'hall.schema.json'), 'utf8'));
    const fresh = z.toJSONSchema(HallDocumentSchema, { io: 'input', unrepresentable: 'any' }) as { properties: unknown };
    expect(PRESET_IDS).toContain('guangdong');
    expect(fresh.properties).toEqual(committed.properties);
    expect(JSON.stringify(committed)).not.toMatch(/guangdong|hainan|jiangxi/);
  });

  it('touches no source file: nothing in src/ names it', () => {
    const naming = sourceFiles().filter((f) => /guangdong|CN-GD|广东/i.test(readFileSync(`${SRC}/${f}`, 'utf8')));
    expect(naming).toEqual([]);
  });
});
