/**
 * Presets as data (presets/<id>.json, registered by src/core/presets.ts): parameters, and for each rule the clause, severity and options, with
 * per-level overrides. `referLevels` are the levels where the standard says 参照执行 ("may refer to"): there its
 * 应 (error) rules apply as warnings unless a rule says otherwise. National rules (presets/national.json) are in
 * every preset; a jurisdiction's entry for the same rule id replaces the national one.
 */
import { z } from 'zod';
import { type PresetId, presetFile } from '../core/presets';
import type { HallLevel } from '../core/vocab';
import type { ParamValue, RuleSetting, Severity } from './types';
import national from '../../presets/national.json';

const SeverityOrOff = z.enum(['error', 'warning', 'info', 'off']);
const Term = z.object({ zh: z.string(), en: z.string() });
const RuleEntry = z.object({
  clause: z.string(),
  /** A verbatim excerpt of the cited standard (excerpts joined with "……"); test/unit/rules/clause-fidelity checks it. */
  clauseText: z.string().optional(),
  /** How the rule reads the text where it goes beyond the words: shown labelled 解释 / Interpretation, never as the quote. */
  interpretation: Term.optional(),
  /** The code quoted when it is not the preset's own standard (e.g. "GB 50763-2012"). */
  source: z.string().optional(),
  /** The force of a quote that has no modal verb (an imperative 指示句), as the interpretation explains. */
  impliedModal: z.enum(['应', '宜', '可']).optional(),
  /** The quote that governs a level where it is another sentence than clauseText (its modal verb sets the severity there). */
  textByLevel: z.record(z.string(), z.string()).optional(),
  /** Levels where this rule's clause is 参照执行 (its 应 reads as a warning), when they differ from the preset's. */
  referLevels: z.array(z.string()).optional(),
  severity: z.enum(['error', 'warning', 'info']),
  byLevel: z.record(z.string(), SeverityOrOff).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  optionsByLevel: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
export const PresetSchema = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  source: z.string(),
  referLevels: z.array(z.string()).default([]),
  params: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
  rules: z.record(z.string(), RuleEntry),
});
export type Preset = z.infer<typeof PresetSchema>;

const NATIONAL = PresetSchema.parse(national);
const PARSED = new Map<PresetId, Preset>();

/** A registered preset's rules and parameters, checked against the schema once (a malformed file names itself). */
export function presetRules(id: PresetId): Preset {
  let p = PARSED.get(id);
  if (!p) {
    const r = PresetSchema.safeParse(presetFile(id));
    if (!r.success) throw new Error(`presets/${id}.json ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
    p = r.data;
    PARSED.set(id, p);
  }
  return p;
}

/** The preset's parameters (national first, jurisdiction over it) with the hall's overrides applied. */
export function resolveParams(preset: PresetId, overrides: Record<string, ParamValue> = {}): Record<string, ParamValue> {
  return { ...NATIONAL.params, ...presetRules(preset).params, ...overrides };
}

/** What the preset says about a rule at a level, or undefined when the rule does not apply. */
export function resolveRuleSetting(preset: PresetId, ruleId: string, level: HallLevel): RuleSetting | undefined {
  const p = presetRules(preset);
  const own = p.rules[ruleId];
  const entry = own ?? NATIONAL.rules[ruleId];
  if (!entry) return undefined;
  let severity: Severity | 'off' = entry.severity;
  const explicit = entry.byLevel?.[level];
  if (explicit) severity = explicit;
  else if (own && (entry.referLevels ?? p.referLevels).includes(level) && severity === 'error') severity = 'warning';
  if (severity === 'off') return undefined;
  const options = { ...(entry.options ?? {}), ...(entry.optionsByLevel?.[level] ?? {}) };
  const clause = own ? entry.clause : `${entry.clause}`;
  return { severity, clause, clauseText: entry.textByLevel?.[level] ?? entry.clauseText, interpretation: entry.interpretation, options };
}

export function presetName(preset: PresetId): { zh: string; en: string } {
  return presetRules(preset).name;
}
