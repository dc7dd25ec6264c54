/** How sure a guessed room function is, as a bar and a percentage; "by hand" once a person set it. */
import { useT } from '../EditorContext';

export function ConfidenceBar({ value }: { value?: number }) {
  const t = useT();
  if (value === undefined) return <span className="muted">{t('schedule.byUser')}</span>;
  const p = Math.round(value * 100);
  const colour = value >= 0.8 ? '#16a34a' : value >= 0.6 ? '#d97706' : '#dc2626';
  return (
    <span data-confidence={p}>
      <span className="conf">
        <i style={{ width: `${p}%`, background: colour }} />
      </span>
      {p}%
    </span>
  );
}
