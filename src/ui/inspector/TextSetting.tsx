import { useState } from 'react';

/** A text setting that commits on Enter or blur; a value the file format refuses stays in the box with its reason. */
export function TextSetting({ id, label, value, check, onCommit }: { id: string; label: string; value: string; check(v: string): string | undefined; onCommit(v: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? undefined : check(draft);
  const commit = () => {
    if (problem) return;
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        value={draft ?? value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {problem && (
        <div className="field-error" id={`${id}-error`} data-testid={`${id}-error`} role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
