/**
 * Checks a hall's parameter overrides (meta.ruleOverrides) against the preset: the parameter must exist, the value
 * must have the preset value's type and lie in a sane range. The file schema only bounds their size; this needs the
 * preset, so the CLI and the hall settings call it at the boundary where a preset is known.
 */
import { clip } from '../core/limits';
import type { PresetId } from '../core/presets';
import { COUNTER_TYPE_IDS } from '../core/vocab';
import { describeRange, orderedPairs, paramRange } from './param-ranges';
import { resolveParams } from './preset';
import type { ParamValue } from './types';

export interface OverrideProblem {
  /** The parameter id, shortened for messages. */
  key: string;
  message: string;
}

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
  const r = paramRange(key);
  if (typeof value === 'number' && r && 'min' in r) {
    if (!Number.isFinite(value) || value < r.min || value > r.max || (r.unit === 'count' && !Number.isInteger(value)))
      return `parameter ${key} must be ${describeRange(r)}, got ${value} / 参数超出范围（${r.min}–${r.max}）`;
  }
  if (typeof value === 'string' && r && 'choices' in r && !r.choices.includes(value))
    return `parameter ${key} is one of ${r.choices.join(', ')}, got "${clip(value, 40)}" / 参数取值无效`;
  if (typeof value === 'string' && r && 'listOf' in r) {
    const bad = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !(COUNTER_TYPE_IDS as readonly string[]).includes(s));
    if (bad.length) return `parameter ${key} lists ${COUNTER_TYPE_IDS.join(', ')} (comma separated); "${clip(bad[0], 40)}" is not one of them / 参数取值无效`;
  }
  return undefined;
}

export function validateOverrides(preset: PresetId, overrides: Record<string, ParamValue>): OverrideProblem[] {
  const out: OverrideProblem[] = [];
  for (const [k, v] of Object.entries(overrides)) {
    const msg = overrideProblem(preset, k, v);
    if (msg) out.push({ key: clip(k, 40), message: msg });
  }
  if (out.length) return out;
  // A minimum above its maximum makes every element fail (or pass) for no reason the user meant.
  const params = resolveParams(preset, overrides);
  for (const [lo, hi] of orderedPairs()) {
    if (!(lo in overrides) && !(hi in overrides)) continue;
    const a = params[lo];
    const b = params[hi];
    if (typeof a === 'number' && typeof b === 'number' && a > b)
      out.push({ key: lo in overrides ? lo : hi, message: `parameter ${lo} (${a}) is more than ${hi} (${b}) / 参数 ${lo} 大于 ${hi}` });
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
