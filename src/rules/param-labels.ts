/**
 * Preset parameters as a reader of a finding names them. An interpretation in a preset file names a parameter as
 * `{paramId}`; the finding, the report and the BCF topic show its label and the value the check used ("新建门净宽
 * 下限（0.9 m）"), never the id, so a reviewer can hold the reading against the standard without the source code.
 * The labels stand beside each parameter's range in presets/param-ranges.json: one table of parameters.
 */
import { typeTerms } from '../core/terms';
import type { PresetId, Term } from '../core/vocab';
import { paramRange } from './param-ranges';
import type { ParamValue } from './types';

/** The label of a parameter, if the table gives one. */
export function paramLabel(id: string): Term | undefined {
  return paramRange(id)?.label;
}

/** Labels of the words a parameter takes: its own choices', or counter types as the hall's province names them. */
function valueLabels(id: string, preset: PresetId | undefined): Record<string, Term> | undefined {
  const r = paramRange(id);
  if (r && 'listOf' in r) return typeTerms('counter', preset);
  return r && 'valueLabels' in r ? r.valueLabels : undefined;
}

/** Units printed after a value (a ratio, a count or a fraction is a bare number). */
const UNITS = new Set(['m', 'm²']);

/** One parameter as a reader names it: its label and the value in use. */
function named(id: string, value: ParamValue | undefined, lang: 'zh' | 'en', preset: PresetId | undefined): string | undefined {
  const label = paramLabel(id);
  if (!label) return undefined;
  if (value === undefined) return label[lang];
  const range = paramRange(id);
  const unit = range && 'unit' in range ? range.unit : undefined;
  const values = valueLabels(id, preset);
  const shown =
    typeof value === 'string' && values
      ? value
          .split(',')
          .map((v) => (Object.hasOwn(values, v.trim()) ? values[v.trim()][lang] : v.trim()))
          .join(lang === 'zh' ? '、' : ', ')
      : `${value}${unit && UNITS.has(unit) ? ` ${unit}` : ''}`;
  return lang === 'zh' ? `${label.zh}（${typeof value === 'string' ? '当前为' : ''}${shown}）` : `${label.en} (${typeof value === 'string' ? 'now ' : ''}${shown})`;
}

/** An interpretation with every `{paramId}` written as the parameter's label and the value the check used. */
export function withParams(text: Term, params: Readonly<Record<string, ParamValue>>, preset?: PresetId): Term {
  const fill = (s: string, lang: 'zh' | 'en') => s.replace(/\{(\w+)\}/g, (m, id: string) => named(id, params[id], lang, preset) ?? m);
  return { zh: fill(text.zh, 'zh'), en: fill(text.en, 'en') };
}
