import { useEffect, useState } from 'react';
import type { FieldSpec } from '../../core';
import { type FieldValue, fieldText } from './field-value';

/**
 * A typed field's text while it is edited and the reason it was refused. The text is committed on Enter or blur:
 * a number outside the field's range is refused here with the range; otherwise `onCommit` decides.
 */
export function useFieldDraft(spec: FieldSpec, value: FieldValue, invalidLabel: string, onCommit: (v: unknown) => string | null) {
  const [draft, setDraft] = useState(fieldText(value));
  const [err, setErr] = useState<string | null>(null);
  useEffect(() => {
    setDraft(fieldText(value));
    setErr(null);
  }, [value]);

  const commitText = () => {
    if (draft === fieldText(value)) return;
    if (spec.type === 'number' && draft.trim() === '' && spec.unsetTakes) {
      // an emptied box gives the value back to the floor (a wall as tall as its storey again)
      setErr(onCommit(undefined));
    } else if (spec.type === 'number') {
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
  const revert = () => setDraft(fieldText(value));
  return { draft, setDraft, err, setErr, commitText, revert };
}
