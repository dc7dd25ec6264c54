/** One inspector field from a kind's FieldSpec; commits on Enter/blur (text, number) or at once (bool, enum). */
import { memo, type ReactNode } from 'react';
import type { FieldSpec, Floor } from '../../core';
import type { Locale } from '../i18n';
import { term } from '../i18n';
import { EnumControl } from './EnumControl';
import { FloorChecks } from './FloorChecks';
import { type FieldValue, MIXED } from './field-value';
import { useFieldDraft } from './useFieldDraft';

interface Props {
  spec: FieldSpec;
  value: FieldValue;
  locale: Locale;
  floors: Floor[];
  mixedLabel: string;
  invalidLabel: string;
  /** What the empty box stands for (an unset wall height: its floor's), shown greyed in it. */
  placeholder?: string;
  onCommit(value: unknown): string | null; // returns an error message when refused
}

/**
 * Rendered again only when what it shows changes: a drag step gives the inspector a new element on every pointer
 * move, and re-rendering every field rewrote every input of the panel. `onCommit` is left out of the comparison, so
 * it must read the selection when called, not when made (the inspector's commit goes through a ref).
 */
export const FieldInput = memo(
  FieldInputFields,
  (a, b) =>
    a.spec === b.spec &&
    Object.is(a.value, b.value) &&
    a.locale === b.locale &&
    a.mixedLabel === b.mixedLabel &&
    a.invalidLabel === b.invalidLabel &&
    a.placeholder === b.placeholder &&
    (a.spec.type !== 'floors' || a.floors === b.floors),
);

function FieldInputFields({ spec, value, locale, floors, mixedLabel, invalidLabel, placeholder, onCommit }: Props) {
  const { draft, setDraft, err, setErr, commitText, revert } = useFieldDraft(spec, value, invalidLabel, onCommit);
  const id = `f-${spec.key}`;
  const commit = (v: unknown) => setErr(onCommit(v));

  let control: ReactNode;
  if (spec.type === 'bool')
    control = (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        ref={(el) => {
          if (el) el.indeterminate = value === MIXED;
        }}
        onChange={(e) => commit(e.target.checked)}
      />
    );
  else if (spec.type === 'enum') control = <EnumControl id={id} spec={spec} value={value} locale={locale} mixedLabel={mixedLabel} onChange={commit} />;
  else if (spec.type === 'floors') control = <FloorChecks id={id} value={value} floors={floors} onChange={commit} />;
  else
    control = (
      <input
        id={id}
        type={spec.type === 'number' ? 'number' : 'text'}
        step={spec.step}
        min={spec.min}
        max={spec.max}
        value={draft}
        placeholder={value === MIXED ? mixedLabel : (placeholder ?? '')}
        aria-invalid={err ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commitText}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitText();
          if (e.key === 'Escape') revert();
        }}
      />
    );

  return (
    <div className={'field' + (err ? ' has-error' : '')} data-field={spec.key}>
      <label htmlFor={id}>{term(spec.label, locale)}</label>
      <span className="control">
        {control}
        {spec.unit ? <span className="unit">{spec.unit === 'deg' ? '°' : spec.unit}</span> : null}
      </span>
      {err && <span className="field-error">{err}</span>}
    </div>
  );
}
