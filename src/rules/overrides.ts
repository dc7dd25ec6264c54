/**
 * Checks a hall's parameter overrides (meta.ruleOverrides) against the preset: the parameter must exist, the value
 * must have the preset value's type and lie in a sane range. The file schema only bounds their size; this needs the
 * preset, so the CLI and the hall settings call it at the boundary where a preset is known.
 */
import { MAX_LENGTH_M, clip } from '../core/limits';
import { COUNTER_TYPE_IDS, type PresetId } from '../core/vocab';
import { resolveParams } from './preset';
import type { ParamValue } from './types';

export interface OverrideProblem {
  /** The parameter id, shortened for messages. */
  key: string;
  message: string;
}

/** Allowed range of a numeric parameter, from its name's unit suffix (metres, m², slope, fraction, degrees). */
export function paramRange(id: string): { min: number; max: number; unit: string } {
  if (/Slope$/.test(id) || /Percentile$/.test(id)) return { min: 0, max: 1, unit: '' };
  if (/M2$/.test(id)) return { min: 0, max: 10_000, unit: 'm²' };
  if (/Deg$/.test(id)) return { min: 0, max: 360, unit: '°' };
  if (/M$/.test(id)) return { min: 0, max: MAX_LENGTH_M, unit: 'm' };
  return { min: 0, max: 100_000, unit: '' };
}

const STRING_CHOICES: Record<string, readonly string[]> = { deskSizeDimension: ['width', 'depth'] };
const LIST_CHOICES: Record<string, readonly string[]> = { oneMetreLineExempt: COUNTER_TYPE_IDS };

/** The known parameter ids of a preset, sorted. */
export function knownParams(preset: PresetId): string[] {
  return Object.keys(resolveParams(preset)).sort();
}

/** Why this override is refused, or undefined when it is fine. */
export function overrideProblem(preset: PresetId, key: string, value: unknown): string | undefined {
  const base = resolveParams(preset);
  if (!Object.hasOwn(base, key)) {
    const near = knownParams(preset).filter((k) => k.toLowerCase().includes(key.toLowerCase().slice(0, 6)));
    return `unknown parameter "${clip(key, 40)}"${near.length ? `; did you mean ${near.slice(0, 3).join(', ')}?` : ''} Known parameters: ${knownParams(preset).join(', ')} / 未知参数`;
  }
  const want = typeof base[key];
  if (typeof value !== want) return `parameter ${key} takes a ${want}, got ${typeof value === 'string' ? `"${clip(value, 40)}"` : String(value)} / 参数类型错误`;
  if (typeof value === 'number') {
    const r = paramRange(key);
    if (!Number.isFinite(value) || value < r.min || value > r.max)
      return `parameter ${key} must lie between ${r.min} and ${r.max}${r.unit ? ` ${r.unit}` : ''}, got ${value} / 参数超出范围`;
  }
  if (typeof value === 'string') {
    const choices = STRING_CHOICES[key];
    if (choices && !choices.includes(value)) return `parameter ${key} is one of ${choices.join(', ')}, got "${clip(value, 40)}" / 参数取值无效`;
    const list = LIST_CHOICES[key];
    if (list) {
      const bad = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !list.includes(s));
      if (bad.length) return `parameter ${key} lists ${list.join(', ')} (comma separated); "${clip(bad[0], 40)}" is not one of them / 参数取值无效`;
    }
  }
  return undefined;
}

export function validateOverrides(preset: PresetId, overrides: Record<string, ParamValue>): OverrideProblem[] {
  const out: OverrideProblem[] = [];
  for (const [k, v] of Object.entries(overrides)) {
    const msg = overrideProblem(preset, k, v);
    if (msg) out.push({ key: clip(k, 40), message: msg });
  }
  return out;
}

/** Parses what a user typed for a parameter into the parameter's type, or undefined when it cannot be. */
export function parseOverrideText(preset: PresetId, key: string, text: string): ParamValue | undefined {
  const base = resolveParams(preset)[key];
  const t = text.trim();
  if (typeof base === 'number') {
    const n = Number(t);
    return t !== '' && Number.isFinite(n) ? n : undefined;
  }
  if (typeof base === 'boolean') return t === 'true' ? true : t === 'false' ? false : undefined;
  return t;
}
