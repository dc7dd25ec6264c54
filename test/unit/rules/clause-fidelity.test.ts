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

/** A standard's text normalised, with each kept character's index in the NFKC text (to find its clause). */
interface Text {
  name: string;
  raw: string;
  norm: string;
  at: number[];
  /** Clause numbers starting a line ("6.1.2.1 …", "- 6.1.4.4 …", "E.4 …") with their index in `raw`. */
  heads: [number, string][];
}
function textOf(name: string, content: string): Text {
  const raw = content.normalize('NFKC');
  let norm = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++)
    if (/[\p{L}\p{N}]/u.test(raw[i])) {
      norm += raw[i];
      at.push(i);
    }
  const heads = [...raw.matchAll(/^[ \t]*(?:-\s*)?((?:\d+|[A-Z])(?:\.\d+)+)\s/gm)].map((m): [number, string] => [m.index, m[1]]);
  return { name, raw, norm, at, heads };
}

/** Shorter excerpts can be stitched with “……” into a sentence the text never says. */
const MIN_EXCERPT = 6;
/** An excerpt that starts right after one of these drops a negation (不宜 → 宜, 不得 → 得). */
const CUT_NEGATION = /[不非未无勿禁]$/;
/** An excerpt that stops right before one of these drops an alternative or a bound (或者…, 以上, 左右). */
const CUT_QUALIFIER = /^(或|以上|以下|以内|左右|及以上)/;

/** The clause a position of a text falls under: the last numbered heading before it. */
const clauseAt = (t: Text, i: number): string | undefined => t.heads.filter(([h]) => h <= t.at[i]).at(-1)?.[1];

/**
 * Why a quote is not the standard's words where the entry says they are: an excerpt missing from the texts, too
 * short to stand alone, cut off a negation or a qualifier, found under another clause than the ones cited (texts
 * that keep their numbers), or in another part than the one cited (“第N部分”, texts that lost them).
 */
function quoteProblems(quote: string, texts: readonly Text[], clause: string): string[] {
  const cited = [...clause.matchAll(/(?:\d+|[A-Z])(?:\.\d+)+/g)].map((m) => m[0]);
  const part = /第(\d+)部分/.exec(clause)?.[1];
  const problems: string[] = [];
  for (const excerpt of quote.split('……').map(normalise).filter(Boolean)) {
    if (excerpt.length < MIN_EXCERPT) problems.push(`"${excerpt}" is shorter than ${MIN_EXCERPT} characters`);
    const places = texts.flatMap((t) => {
      const out: { t: Text; i: number }[] = [];
      for (let i = t.norm.indexOf(excerpt); i >= 0; i = t.norm.indexOf(excerpt, i + 1)) out.push({ t, i });
      return out;
    });
    if (!places.length) {
      problems.push(`"${excerpt}" is not in ${texts.map((t) => t.name).join(', ')}`);
      continue;
    }
    const whole = places.filter(({ t, i }) => !CUT_NEGATION.test(t.norm.slice(0, i)) && !CUT_QUALIFIER.test(t.norm.slice(i + excerpt.length)));
    if (!whole.length) problems.push(`"${excerpt}" cuts off a negation before it or an alternative or bound after it`);
    const numbered = whole.filter(({ t }) => t.heads.length > 0);
    if (
      cited.length &&
      numbered.length &&
      !numbered.some(({ t, i }) =>
        cited.some((c) => {
          const h = clauseAt(t, i);
          return !!h && (h === c || h.startsWith(`${c}.`) || c.startsWith(`${h}.`));
        }),
      )
    )
      problems.push(`"${excerpt}" is under §${clauseAt(numbered[0].t, numbered[0].i)}, not under ${cited.map((c) => `§${c}`).join(', ')}`);
    if (part && !whole.some(({ t }) => t.heads.length > 0 || t.name.includes(`part${part}`))) problems.push(`"${excerpt}" is not in part ${part}`);
  }
  return problems;
}

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

describe('the verbatim check cannot be passed by a paraphrase', () => {
  const load = (id: PresetId): Text[] => FILES[id].map((f) => textOf(f, readFileSync(resolve(DIR, f), 'utf8')));
  const hainan = load('hainan');
  const hunan = load('hunan');
  it('accepts the words where they stand', () => {
    expect(quoteProblems('应设置低位服务台或者适老化和无障碍服务窗口', hainan, '海南规范 §6.3.3.1 e')).toEqual([]);
    expect(quoteProblems('窗口前应设置一米线，引导服务对象文明排队', hunan, 'DB43/T 第1部分 §5.4.3')).toEqual([]);
  });
  it('rejects words the text does not have and a changed modal verb', () => {
    expect(quoteProblems('咨询接待区应设在入口处', hainan, '海南规范 §6.1.2.1')).not.toEqual([]);
    expect(quoteProblems('入口处应设置平面布局图', hainan, '海南规范 §6.3.2.1')).not.toEqual([]);
    expect(quoteProblems('宜与住宅分开设置，设置在建筑物三层以下', hunan, 'DB43/T 第1部分 §5.1')).not.toEqual([]);
  });
  it('rejects an either-or cut to one branch, a dropped negation and a dropped bound', () => {
    expect(quoteProblems('应设置低位服务台', hainan, '海南规范 §6.3.3.1 e')).not.toEqual([]);
    expect(quoteProblems('宜设置在电梯、自动扶梯和自动人行道出入口', hainan, '海南规范 §6.1.4.14')).not.toEqual([]);
    expect(quoteProblems('县市区政务服务大厅建筑面积宜为5000㎡', hunan, 'DB43/T 第1部分 §5.2')).not.toEqual([]);
  });
  it('rejects fragments stitched with “……” into a sentence the text never says', () => {
    expect(quoteProblems('窗口……应……一米线', hunan, 'DB43/T 第1部分 §5.4.3')).not.toEqual([]);
  });
  it('rejects words quoted under a clause or a part they are not in', () => {
    expect(quoteProblems('应设置无障碍卫生间，其设计应符合 GB 55019 的要求', hainan, '海南规范 §6.1.2.1')).not.toEqual([]);
    expect(quoteProblems('窗口前应设置一米线，引导服务对象文明排队', hunan, 'DB43/T 第4部分 §6')).not.toEqual([]);
  });
});

const noQuote: string[] = [];

describe.each(Object.keys(PRESET_JSON))('preset %s', (id) => {
  const preset = PresetSchema.parse(PRESET_JSON[id]);
  const files = FILES[id].map((f) => resolve(DIR, f));
  const present = files.length > 0 && files.every(existsSync);
  const texts = present ? FILES[id].map((f, i) => textOf(f, readFileSync(files[i], 'utf8'))) : [];
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
      for (const q of quotes) expect(quoteProblems(q, texts, entry.clause), `${id}/${ruleId}`).toEqual([]);
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
