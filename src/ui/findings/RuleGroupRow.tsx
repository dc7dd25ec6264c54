/** A heading of the findings list: severity, the rule's title and the clause it checks, the count; a click folds it. */
import type { FindingRow } from './finding-rows';

export function RuleGroupRow({ row, onToggle }: { row: Extract<FindingRow, { kind: 'group' }>; onToggle: () => void }) {
  return (
    <button className={`rule-title sev-${row.severity}`} data-rule-group={row.id} aria-expanded={row.open} onClick={onToggle}>
      {row.open ? '▾' : '▸'} <span className={`sev-dot ${row.severity}`} /> {row.title}{' '}
      {row.clause && (
        <span className="rule-clause" data-testid="rule-clause">
          {row.clause}
        </span>
      )}{' '}
      <span className="count">{row.n}</span>
    </button>
  );
}
