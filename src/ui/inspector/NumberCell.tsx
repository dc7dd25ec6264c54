/** A number typed in a table cell: committed on Enter or blur when it is a number at least `min`; anything else reverts. */
import { useState } from 'react';

export function NumberCell({ value, min, onCommit }: { value: number; min: number; onCommit(v: number): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const n = Number(draft);
    if (draft !== null && draft.trim() !== '' && Number.isFinite(n) && n >= min && n !== value) onCommit(n);
    setDraft(null);
  };
  return (
    <input
      type="number"
      className="num"
      min={min}
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
