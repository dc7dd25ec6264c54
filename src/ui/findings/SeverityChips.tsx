/** The findings filter's severity chips: each on or off, with how many findings it has. */
import type { Finding, Severity } from '../../rules/types';
import { useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function SeverityChips({ on, findings, onChange }: { on: readonly Severity[]; findings: readonly Finding[]; onChange: (on: Severity[]) => void }) {
  const t = useT();
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return SEVERITIES.map((s) => (
    <label key={s} className={'chip' + (on.includes(s) ? ' on' : '')}>
      <input type="checkbox" data-testid={`filter-sev-${s}`} checked={on.includes(s)} onChange={(e) => onChange(e.target.checked ? [...on, s] : on.filter((x) => x !== s))} />
      <span className={`sev-dot ${s}`} /> {t(`findings.${s}` as MessageKey)} {count(s)}
    </label>
  ));
}
