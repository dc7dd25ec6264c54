/** A choice from a kind's options; a value outside them (from an older file) is kept as its own option rather than lost. */
import type { FieldSpec } from '../../core';
import { typeTerms } from '../../core/terms';
import { useEditorState } from '../EditorContext';
import { type Locale, term } from '../i18n';
import { type FieldValue, MIXED } from './field-value';

/** The choice that leaves an optional enum unset (option ids are plain words, so it cannot clash with one). */
const UNSET = '[unset]';

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
  onChange: (v: string | undefined) => void;
}) {
  const preset = useEditorState((s) => s.doc.meta.preset);
  const options = spec.vocabulary ? typeTerms(spec.vocabulary, preset) : (spec.options ?? {});
  const shown = value === MIXED ? '' : value === undefined && spec.unsetLabel ? UNSET : String(value ?? '');
  return (
    <select id={id} value={shown} onChange={(e) => onChange(e.target.value === UNSET ? undefined : e.target.value)}>
      {value === MIXED && <option value="">{mixedLabel}</option>}
      {spec.unsetLabel && <option value={UNSET}>{term(spec.unsetLabel, locale)}</option>}
      {value !== MIXED && value !== undefined && !(String(value) in options) && <option value={String(value)}>{String(value)}</option>}
      {Object.entries(options).map(([k, v]) => (
        <option key={k} value={k}>
          {term(v, locale)}
        </option>
      ))}
    </select>
  );
}
