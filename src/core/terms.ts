/**
 * Zone and counter types named as the hall's province names them: a preset file's `terms` where its standard words
 * a type otherwise (src/core/presets.ts), else the national vocabulary (src/core/vocab.ts).
 */
import { isPresetId, presetFile } from './presets';
import { COUNTER_TYPES, type CounterType, type PresetId, type Term, ZONE_TYPES, type ZoneType } from './vocab';

const plain = (t: Term): Term => ({ zh: t.zh, en: t.en });

export function zoneTypeTerm(type: ZoneType, preset?: PresetId): Term {
  const own = isPresetId(preset) ? presetFile(preset).terms?.zone?.[type] : undefined;
  return own ?? plain(ZONE_TYPES[type] ?? { zh: type, en: type });
}

export function counterTypeTerm(type: CounterType, preset?: PresetId): Term {
  const own = isPresetId(preset) ? presetFile(preset).terms?.counter?.[type] : undefined;
  return own ?? plain(COUNTER_TYPES[type] ?? { zh: type, en: type });
}

/** Every zone or counter type with its name under `preset`, for choice lists (the inspector, the catalogue). */
export function typeTerms(vocabulary: 'zone' | 'counter', preset?: PresetId): Record<string, Term> {
  const ids = Object.keys(vocabulary === 'zone' ? ZONE_TYPES : COUNTER_TYPES);
  return Object.fromEntries(ids.map((t) => [t, vocabulary === 'zone' ? zoneTypeTerm(t as ZoneType, preset) : counterTypeTerm(t as CounterType, preset)]));
}
