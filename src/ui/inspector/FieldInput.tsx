/** One inspector field from a kind's FieldSpec; commits on Enter/blur (text, number) or at once (bool, enum). */
import { type ReactNode, useEffect, useState } from 'react';
import type { FieldSpec, Floor } from '../../core';
import type { Locale } from '../i18n';
import { term } from '../i18n';

export const MIXED = Symbol('mixed');
export type FieldValue = unknown | typeof MIXED;

interface Props {
  spec: FieldSpec;
  value: FieldValue;
  locale: Locale;
  floors: Floor[];
  mixedLabel: string;
  invalidLabel: string;
  onCommit(value: unknown): string | null; // returns an error message when refused
}

function fmt(v: FieldValue): string {
  if (v === MIXED || v === undefined || v === null) return '';
  if (typeof v === 'number') return String(Math.round(v * 1000) / 1000);
  return String(v);
}

export function FieldInput({ spec, value, locale, floors, mixedLabel, invalidLabel, onCommit }: Props) {
  const [draft, setDraft] = useState(fmt(value));
  const [err, setErr] = useState<string | null>(null);
  useEffect(() => {
    setDraft(fmt(value));
    setErr(null);
  }, [value]);

  const label = term(spec.label, locale);
  const id = `f-${spec.key}`;
  const unit = spec.unit ? <span className="unit">{spec.unit === 'deg' ? '°' : spec.unit}</span> : null;

  const commitText = () => {
    if (draft === fmt(value)) return;
    if (spec.type === 'number') {
      const n = Number(draft);
      if (draft.trim() === '' || !Number.isFinite(n) || (spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        const range = spec.min !== undefined || spec.max !== undefined ? ` [${spec.min ?? '−∞'}, ${spec.max ?? '∞'}]` : '';
        setErr(invalidLabel + range);
        return;
      }
      setErr(onCommit(n));
    } else {
      setErr(onCommit(draft === '' && spec.key !== 'number' ? undefined : draft));
    }
  };

  let control: ReactNode;
  switch (spec.type) {
    case 'bool':
      control = (
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          ref={(el) => {
            if (el) el.indeterminate = value === MIXED;
          }}
          onChange={(e) => setErr(onCommit(e.target.checked))}
        />
      );
      break;
    case 'enum':
      control = (
        <select id={id} value={value === MIXED ? '' : String(value ?? '')} onChange={(e) => setErr(onCommit(e.target.value))}>
          {value === MIXED && <option value="">{mixedLabel}</option>}
          {Object.entries(spec.options ?? {}).map(([k, v]) => (
            <option key={k} value={k}>
              {term(v, locale)}
            </option>
          ))}
        </select>
      );
      break;
    case 'floors': {
      const sel = Array.isArray(value) ? (value as string[]) : [];
      control = (
        <span className="floor-checks" id={id}>
          {floors.map((f) => (
            <label key={f.id}>
              <input
                type="checkbox"
                checked={sel.includes(f.id)}
                onChange={(e) => setErr(onCommit(e.target.checked ? floors.map((x) => x.id).filter((x) => x === f.id || sel.includes(x)) : sel.filter((x) => x !== f.id)))}
              />
              {f.name}
            </label>
          ))}
        </span>
      );
      break;
    }
    default:
      control = (
        <input
          id={id}
          type={spec.type === 'number' ? 'number' : 'text'}
          step={spec.step}
          min={spec.min}
          max={spec.max}
          value={draft}
          placeholder={value === MIXED ? mixedLabel : ''}
          aria-invalid={err ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitText();
            if (e.key === 'Escape') setDraft(fmt(value));
          }}
        />
      );
  }

  return (
    <div className={'field' + (err ? ' has-error' : '')} data-field={spec.key}>
      <label htmlFor={id}>{label}</label>
      <span className="control">
        {control}
        {unit}
      </span>
      {err && <span className="field-error">{err}</span>}
    </div>
  );
}
