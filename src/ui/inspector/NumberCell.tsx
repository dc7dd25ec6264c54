/**
 * A number typed in a cell: committed on Enter or blur when it is a number at least `min`; anything else, or Escape,
 * reverts. The typed text is a draft until then, so "-12.5" can be typed through "-" and "12." and is one edit.
 */
import { type InputHTMLAttributes, useState } from 'react';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'min' | 'type' | 'onChange' | 'onBlur' | 'onKeyDown'>;

export function NumberCell({ value, min = Number.NEGATIVE_INFINITY, onCommit, ...input }: { value: number; min?: number; onCommit(v: number): void } & Passed) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const n = Number(draft);
    if (draft !== null && draft.trim() !== '' && Number.isFinite(n) && n >= min && n !== value) onCommit(n);
    setDraft(null);
  };
  return (
    <input
      {...input}
      type="number"
      min={Number.isFinite(min) ? min : undefined}
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        else if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
