/**
 * Every quoted clause must survive an auditor holding the standard: each `clauseText` (excerpts joined with
 * "……") is found verbatim in the standard file its preset cites — ignoring only whitespace and punctuation —
 * and each severity is the one the quote's modal verb gives at that level (应/必须/不应/不得 error, 宜/不宜
 * warning, 可 info; 参照执行 levels read 应 as a warning). No entry quotes a code whose text is not in
 * ../shared/standards/: such rules name the code in `source` and restate it in their interpretation.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import national from '../../../presets/national.json';
import { PRESET_IDS, presetFile } from '../../../src/core/presets';
import { PresetSchema, resolveRuleSetting } from '../../../src/rules/preset';
import { HALL_LEVEL_IDS } from '../../../src/core/vocab';
import type { PresetId } from '../../../src/core/vocab';

const DIR = resolve(__dirname, '../../../../shared/standards');
/** The standard files behind each preset, as its file names them (national codes are not supplied). */
const FILES: Record<string, string[]> = { national: [], ...Object.fromEntries(PRESET_IDS.map((id) => [id, presetFile(id).standards])) };
const PRESET_JSON: Record<string, unknown> = { national, ...Object.fromEntries(PRESET_IDS.map((id) => [id, presetFile(id)])) };

/** Letters and digits only: whitespace and punctuation (ASCII and CJK, quotes, brackets, ～ ~ : ；…) are ignored. */
const normalise = (s: string): string => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/** Words that contain a modal character without being modal verbs. */
const NOT_MODAL = [
  '相应',
  '适应',
  '对应',
  '应急',
  '响应',
  '供应',
  '应用',
  '反应',
  '适宜',
  '相适宜',
  '便宜',
  '可持续',
  '可靠',
  '许可',
  '认可',
  '可视',
  '可追溯',
  '可输入',
  '可操作',
  '可共享',
  '可登记',
  '可推送',
  '可利用',
  '可抓取',
  '可确权',
  '可交易',
];
type Sev = 'error' | 'warning' | 'info';
const RANK: Record<Sev, number> = { error: 3, warning: 2, info: 1 };
/** The strongest modal verb of a quote, as a severity; undefined when it has none. */
function modalSeverity(text: string): Sev | undefined {
  let t = text;
  for (const w of NOT_MODAL) t = t.split(w).join('');
  const found: Sev[] = [];
  if (/必须|不得|严禁|应/.test(t)) found.push('error');
  if (/宜/.test(t)) found.push('warning');
  if (/可/.test(t)) found.push('info');
  return found.sort((a, b) => RANK[b] - RANK[a])[0];
}
const IMPLIED: Record<string, Sev> = { 应: 'error', 宜: 'warning', 可: 'info' };

describe('modal verbs', () => {
  it('reads the strongest modal verb and ignores words that only look modal', () => {
    expect(modalSeverity('窗口前应设置一米线')).toBe('error');
    expect(modalSeverity('窗口在空间上宜与后台审批区对应连接')).toBe('warning');
    expect(modalSeverity('可根据实际情况提供24小时自助服务')).toBe('info');
    expect(modalSeverity('电子标识不宜设置在电梯出入口')).toBe('warning');
    expect(modalSeverity('不得私带非工作人员进入工作区域内')).toBe('error');
    expect(modalSeverity('与本行政区相适应的规模')).toBeUndefined();
    expect(modalSeverity('宜为10000㎡以上，可探索')).toBe('warning');
  });
  it('ignores whitespace and punctuation only', () => {
    expect(normalise('“跨省通办”“省内通办” 等跨域通办窗口')).toBe('跨省通办省内通办等跨域通办窗口');
    expect(normalise('75cm~80cm')).toBe(normalise('75 cm～80 cm'));
    expect(normalise('应设置')).not.toBe(normalise('宜设置'));
  });
});

const noQuote: string[] = [];

describe.each(Object.keys(PRESET_JSON))('preset %s', (id) => {
  const preset = PresetSchema.parse(PRESET_JSON[id]);
  const files = FILES[id].map((f) => resolve(DIR, f));
  const present = files.length > 0 && files.every(existsSync);
  const corpus = present ? normalise(files.map((f) => readFileSync(f, 'utf8')).join('\n')) : '';
  for (const [ruleId, entry] of Object.entries(preset.rules)) {
    const quotes = [entry.clauseText, ...Object.values(entry.textByLevel ?? {})].filter((q): q is string => !!q);
    it(`${ruleId}: every quote is verbatim in the cited standard`, () => {
      if (!quotes.length) {
        // A rule with no words to quote must say where it comes from and how it reads it.
        expect(entry.source, `${id}/${ruleId} has no clauseText and no source`).toBeTruthy();
        expect(entry.interpretation, `${id}/${ruleId} has no clauseText and no interpretation`).toBeTruthy();
        noQuote.push(`${id}/${ruleId} (${entry.source})`);
        return;
      }
      // A quote nobody can check against a text is no quote: a rule resting on a code not supplied restates the
      // requirement in its interpretation, labelled as such (presets/NOTES.md, "National codes not supplied").
      expect(present && !(entry.source && !FILES[entry.source]), `${id}/${ruleId} quotes ${entry.source ?? 'a text'} not in ../shared/standards/`).toBe(true);
      for (const q of quotes)
        for (const part of q.split('……').map(normalise).filter(Boolean)) expect(corpus.includes(part), `${id}/${ruleId}: "${part}" is not in ${FILES[id].join(', ')}`).toBe(true);
    });
    it(`${ruleId}: severity follows the modal verb of its quote at every level`, () => {
      if (!quotes.length) return;
      for (const level of HALL_LEVEL_IDS) {
        const explicit = entry.byLevel?.[level];
        if (explicit === 'off') continue;
        const text = entry.textByLevel?.[level] ?? entry.clauseText!;
        const modal = modalSeverity(text) ?? (entry.impliedModal ? IMPLIED[entry.impliedModal] : undefined);
        expect(modal, `${id}/${ruleId}: the quote has no modal verb and no impliedModal`).toBeDefined();
        if (entry.impliedModal) expect(entry.interpretation, `${id}/${ruleId}: impliedModal needs an interpretation saying why`).toBeTruthy();
        const refer = id !== 'national' && (entry.referLevels ?? preset.referLevels).includes(level);
        const expected: Sev = refer && modal === 'error' ? 'warning' : modal!;
        const actual = id === 'national' ? (explicit ?? entry.severity) : resolveRuleSetting(id as PresetId, ruleId, level)?.severity;
        expect(actual, `${id}/${ruleId} at ${level}: quote "${text}" says ${expected}`).toBe(expected);
      }
    });
  }
});

describe('entries with no quote', () => {
  it('are listed, and each names its source', () => {
    // Printed so a reader of the test log sees exactly which rules rest on a text the auditor cannot hold here.
    console.info(`clause-fidelity: no quote (restated in the interpretation):\n  ${noQuote.join('\n  ')}`);
    for (const s of noQuote) expect(s).toMatch(/\(.+\)/);
  });
  it('restate a code not supplied as such, never in its words', () => {
    const national = PresetSchema.parse(PRESET_JSON.national);
    for (const [ruleId, e] of Object.entries(national.rules)) if (e.source?.startsWith('GB')) expect(e.interpretation?.zh, `national/${ruleId}`).toMatch(/原文未随附.*非原文/);
  });
});
