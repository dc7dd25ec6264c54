/** A choice from a kind's options; a value outside them (from an older file) is kept as its own option rather than lost. */
import type { FieldSpec } from '../../core';
import { typeTerms } from '../../core/terms';
import { useEditorState } from '../EditorContext';
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
  const preset = useEditorState((s) => s.doc.meta.preset);
  const options = spec.vocabulary ? typeTerms(spec.vocabulary, preset) : (spec.options ?? {});
  return (
    <select id={id} value={value === MIXED ? '' : String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
      {value === MIXED && <option value="">{mixedLabel}</option>}
      {value !== MIXED && value !== undefined && !(String(value) in options) && <option value={String(value)}>{String(value)}</option>}
      {Object.entries(options).map(([k, v]) => (
        <option key={k} value={k}>
          {term(v, locale)}
        </option>
      ))}
    </select>
  );
}
