/** The findings filter's status choice: all, the active ones (open or in progress), or one status. */
import { FINDING_STATUSES } from '../../core/document';
import type { FindingFilter } from '../../rules/work-items';
import { useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

export function StatusSelect({ value, onChange }: { value: FindingFilter['status']; onChange: (s: FindingFilter['status']) => void }) {
  const t = useT();
  return (
    <select aria-label={t('findings.filter.status')} data-testid="filter-status" value={value ?? 'all'} onChange={(e) => onChange(e.target.value as FindingFilter['status'])}>
      <option value="all">{t('findings.filter.allStatuses')}</option>
      <option value="active">{t('findings.filter.active')}</option>
      {FINDING_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`findings.status.${s}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}
