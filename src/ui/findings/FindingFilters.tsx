/** The findings panel's filters: severity, rule, floor, status and a search over messages and element names. */
import { memo, useMemo } from 'react';
import { FINDING_STATUSES } from '../../core/document';
import type { Finding, Severity } from '../../rules/types';
import { RULES_BY_ID } from '../../rules/registry';
import type { FindingFilter } from '../../rules/work-items';
import { useEditorState, useT } from '../EditorContext';
import { term, type MessageKey } from '../i18n';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * Memoised: the panel hands the same findings array until a new check result, and the floors are read as their
 * ids and names, so an edit that moves a seat does not re-render the filters.
 */
export const FindingFilters = memo(function FindingFilters({
  filter,
  onChange,
  findings,
  shownCount,
}: {
  filter: FindingFilter;
  onChange: (f: FindingFilter) => void;
  findings: readonly Finding[];
  shownCount: number;
}) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const floorKey = useEditorState((s) => s.doc.floors.map((f) => `${f.id}\u0001${f.name}`).join('\u0002'));
  const floors = useMemo(() => floorKey.split('\u0002').map((x) => ({ id: x.split('\u0001')[0], name: x.split('\u0001')[1] })), [floorKey]);
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  const sev = filter.severities ?? SEVERITIES;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return (
    <fieldset className="finding-filters" aria-label={t('findings.filters')}>
      {SEVERITIES.map((s) => (
        <label key={s} className={'chip' + (sev.includes(s) ? ' on' : '')}>
          <input
            type="checkbox"
            data-testid={`filter-sev-${s}`}
            checked={sev.includes(s)}
            onChange={(e) => onChange({ ...filter, severities: e.target.checked ? [...sev, s] : sev.filter((x) => x !== s) })}
          />
          <span className={`sev-dot ${s}`} /> {t(`findings.${s}` as MessageKey)} {count(s)}
        </label>
      ))}
      <select
        aria-label={t('findings.filter.rule')}
        data-testid="filter-rule"
        value={filter.ruleId ?? ''}
        onChange={(e) => onChange({ ...filter, ruleId: e.target.value || undefined })}
      >
        <option value="">{t('findings.filter.allRules')}</option>
        {rules.map((r) => (
          <option key={r} value={r}>
            {RULES_BY_ID.get(r) ? term(RULES_BY_ID.get(r)!.title, locale) : r}
          </option>
        ))}
      </select>
      <select
        aria-label={t('findings.filter.floor')}
        data-testid="filter-floor"
        value={filter.floorId ?? ''}
        onChange={(e) => onChange({ ...filter, floorId: e.target.value || undefined })}
      >
        <option value="">{t('findings.filter.allFloors')}</option>
        {floors.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('findings.filter.status')}
        data-testid="filter-status"
        value={filter.status ?? 'all'}
        onChange={(e) => onChange({ ...filter, status: e.target.value as FindingFilter['status'] })}
      >
        <option value="all">{t('findings.filter.allStatuses')}</option>
        <option value="active">{t('findings.filter.active')}</option>
        {FINDING_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`findings.status.${s}` as MessageKey)}
          </option>
        ))}
      </select>
      <input
        type="search"
        className="finding-search"
        data-testid="filter-search"
        placeholder={t('findings.filter.search')}
        value={filter.search ?? ''}
        onChange={(e) => onChange({ ...filter, search: e.target.value })}
      />
      <span className="muted">{t('findings.filter.shown', { n: shownCount, all: findings.length })}</span>
    </fieldset>
  );
});
