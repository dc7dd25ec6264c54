/**
 * The scope clauses every level scenario reads (levels*.test.ts): where each text applies in full, where it is
 * 参照/参考执行 (应 then reads as a warning, RULES.md), and a suite that checks one hall per preset and level.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../../../src/core/document';
import type { HallLevel, PresetId } from '../../../../../src/core/vocab';
import { numbersIn, verdictOf, type Verdict } from '../verdict';

export const LEVELS: HallLevel[] = ['province', 'city', 'county', 'township', 'village', 'park'];
const COUNTY_UP = new Set<HallLevel>(['province', 'city', 'county']);

export type Want = 'error' | 'warning' | 'info' | 'off' | 'pass';
const FORCE = ['error', 'warning', 'info'];

/** The force of a 应 clause at a level: full where the text applies, a warning where it is 参照/参考执行. */
export const shall = (full: boolean): Want => (full ? 'error' : 'warning');
/** Where each text applies in full. */
export const FULL: Record<PresetId, (l: HallLevel) => boolean> = {
  hunan: (l) => l !== 'park',
  hainan: (l) => COUNTY_UP.has(l),
  jiangxi: (l) => COUNTY_UP.has(l),
};
/** hunan §5.4 (zones, windows, one-metre line, desks): 县级以上 in full, township and village 可参考执行, parks 参照执行. */
export const hunan54 = (l: HallLevel): Want => shall(COUNTY_UP.has(l));

/** Verdicts of one hall, checked once (each rule's verdict reads the same check). */
const memo = new WeakMap<HallDocument, Map<string, Verdict>>();
function verdict(doc: HallDocument, ruleId: string): Verdict {
  let m = memo.get(doc);
  if (!m) memo.set(doc, (m = new Map()));
  let v = m.get(ruleId);
  if (!v) m.set(ruleId, (v = verdictOf(doc, ruleId)));
  return v;
}

/** The verdict holds the wanted force (its strongest finding's); every finding locates a floor, its numbers the same in both languages. */
function expectForce(doc: HallDocument, ruleId: string, want: Want): void {
  const v = verdict(doc, ruleId);
  const got = v.status === 'fail' ? v.findings.map((f) => `${f.severity}: ${f.message.en}`).join(' | ') : v.status;
  if (want === 'off' || want === 'pass') {
    expect(v.status, `${ruleId}: ${got}`).toBe(want);
    return;
  }
  expect(v.status, `${ruleId}: ${got}`).toBe('fail');
  if (v.status !== 'fail') return;
  // A list (required zones, windows) holds items of several forces: its strongest is the clause's at this level.
  const strongest = v.findings.map((f) => f.severity).sort((a, b) => FORCE.indexOf(a) - FORCE.indexOf(b))[0];
  expect(strongest, `${ruleId}: ${got}`).toBe(want);
  for (const f of v.findings) {
    expect(f.floorId, `${ruleId}: a finding locates a floor`).toBeTruthy();
    expect(numbersIn(f.message.zh), `${f.message.zh} / ${f.message.en}`).toEqual(numbersIn(f.message.en));
  }
}

/** One hall per preset and level, built once. */
export function halls(build: (preset: PresetId, level: HallLevel) => HallDocument) {
  const kept = new Map<string, HallDocument>();
  return (preset: PresetId, level: HallLevel) => {
    const k = `${preset}|${level}`;
    let d = kept.get(k);
    if (!d) kept.set(k, (d = build(preset, level)));
    return d;
  };
}

export function suite(name: string, doc: (preset: PresetId, level: HallLevel) => HallDocument, wants: Record<PresetId, Record<string, (l: HallLevel) => Want>>): void {
  describe(name, () => {
    for (const preset of Object.keys(wants) as PresetId[])
      for (const [ruleId, want] of Object.entries(wants[preset]))
        for (const level of LEVELS) {
          const w = want(level);
          it(`${preset} ${level} ${ruleId}: ${w}`, () => expectForce(doc(preset, level), ruleId, w));
        }
  });
}
