/** The findings panel's filters: severity, rule, floor, status and a search over messages and element names. */
import { memo } from 'react';
import { RULES_BY_ID } from '../../rules/registry';
import type { Finding } from '../../rules/types';
import type { FindingFilter } from '../../rules/work-items';
import { useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { SEVERITIES, SeverityChips } from './SeverityChips';
import { StatusSelect } from './StatusSelect';
import { useFloorNames } from './useFloorNames';

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
  const floors = useFloorNames();
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  return (
    <fieldset className="finding-filters" aria-label={t('findings.filters')}>
      <SeverityChips on={filter.severities ?? SEVERITIES} findings={findings} onChange={(severities) => onChange({ ...filter, severities })} />
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
      <StatusSelect value={filter.status} onChange={(status) => onChange({ ...filter, status })} />
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
