/** A choice from a kind's options; a value outside them (from an older file) is kept as its own option rather than lost. */
import type { FieldSpec } from '../../core';
import { type Locale, term } from '../i18n';
import { type FieldValue, MIXED } from './field-value';

export function EnumControl({
  id,
  spec,
  value,
  locale,
  mixedLabel,
  onChange,
}: {
  id: string;
  spec: FieldSpec;
  value: FieldValue;
  locale: Locale;
  mixedLabel: string;
  onChange: (v: string) => void;
}) {
  return (
    <select id={id} value={value === MIXED ? '' : String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
      {value === MIXED && <option value="">{mixedLabel}</option>}
      {value !== MIXED && value !== undefined && !(String(value) in (spec.options ?? {})) && <option value={String(value)}>{String(value)}</option>}
      {Object.entries(spec.options ?? {}).map(([k, v]) => (
        <option key={k} value={k}>
          {term(v, locale)}
        </option>
      ))}
    </select>
  );
}
