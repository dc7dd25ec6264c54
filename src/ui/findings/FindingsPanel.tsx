/**
 * Bottom panel: the findings of the open hall as work items. Filters (severity, rule, floor, status,
 * search), findings grouped by rule in a virtualised list (new ones since the last edit first, marked),
 * and the chosen finding's detail with its status, assignee and comments. While a check of a changed
 * document runs the panel says so instead of showing the previous verdict; another hall's verdict is
 * never shown.
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Finding, Severity } from '../../rules/types';
import { RULES_BY_ID } from '../../rules/registry';
import { filterFindings, statusOf, type FindingFilter } from '../../rules/work-items';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term, type MessageKey } from '../i18n';
import { checkStore } from './check-store';
import { OverlayToggles } from './OverlayToggles';
import { scoreLine } from './score-line';
import { freshness } from './stale';
import { VirtualRows } from './VirtualRows';
import { findingText } from './finding-text';
import { FindingFilters } from './FindingFilters';
import { FindingDetail } from './FindingDetail';
import { EntranceBar } from './EntranceBar';
import { BcfImportButton } from './BcfImportButton';

const NO_FINDINGS: readonly Finding[] = [];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type Row = { kind: 'group'; id: string; severity: Severity; title: string; n: number; open: boolean } | { kind: 'finding'; f: Finding; fresh: boolean };

export function FindingsPanel() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.doc);
  const { result, resultDoc, newKeys, error, available, lastMs, debounced } = useStore(checkStore);
  const [open, setOpen] = useState(true);
  const [closed, setClosed] = useState<Record<string, boolean>>({});
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [filter, setFilter] = useState<FindingFilter>({ status: 'all' });
  const state = freshness(resultDoc, doc);
  // Another hall's result is never shown; a result for an earlier version of this hall is shown greyed while the check runs.
  const shown = state === 'current' || state === 'checking' ? result : undefined;
  const states = doc.meta.findingStates;
  const visible = useMemo(() => (shown ? filterFindings(doc, shown.findings, states, filter) : []), [shown, doc, states, filter]);
  const rows = useMemo(() => {
    const out: Row[] = [];
    const fresh = visible.filter((f) => newKeys?.has(f.key));
    if (fresh.length) {
      const isOpen = !closed.new;
      out.push({
        kind: 'group',
        id: 'new',
        severity: fresh.reduce<Severity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info'),
        title: t('findings.new'),
        n: fresh.length,
        open: isOpen,
      });
      if (isOpen) for (const f of fresh) out.push({ kind: 'finding', f, fresh: true });
    }
    const byRule = new Map<string, Finding[]>();
    for (const f of visible) {
      if (newKeys?.has(f.key)) continue;
      const k = `${f.severity}|${f.ruleId}`;
      const l = byRule.get(k) ?? [];
      l.push(f);
      byRule.set(k, l);
    }
    const groups = [...byRule.entries()].sort((a, b) => RANK[a[1][0].severity] - RANK[b[1][0].severity] || a[0].localeCompare(b[0]));
    for (const [k, list] of groups) {
      const rule = RULES_BY_ID.get(list[0].ruleId);
      const isOpen = !closed[k];
      out.push({ kind: 'group', id: k, severity: list[0].severity, title: `${rule ? term(rule.title, locale) : list[0].ruleId}`, n: list.length, open: isOpen });
      if (isOpen) for (const f of list) out.push({ kind: 'finding', f, fresh: false });
    }
    return out;
  }, [visible, newKeys, closed, locale, t]);
  const active = shown?.findings.find((f) => f.key === activeKey);
  const activeRow = rows.findIndex((r) => r.kind === 'finding' && r.f.key === activeKey);
  const floorName = useMemo(() => new Map(doc.floors.map((f) => [f.id, f.name])), [doc.floors]);

  const pick = (f: Finding) => {
    setActiveKey(f.key);
    if (f.elementIds.length > 0) {
      // frame() switches to the elements' floor, sets the highlight and asks the view to zoom.
      editor.frame(f.elementIds);
      editor.select(f.elementIds);
    } else {
      if (f.floorId) editor.setFloor(f.floorId);
      editor.select([]);
    }
  };

  return (
    <section className={'panel findings' + (open ? '' : ' collapsed')} aria-label={t('findings.title')} data-testid="findings-panel" data-state={state}>
      <header className="findings-head">
        <button className="link" onClick={() => setOpen(!open)} title={open ? t('findings.collapse') : t('findings.expand')}>
          {open ? '▾' : '▸'} {t('findings.title')}
        </button>
        {state === 'current' && result && (
          <span className="score" data-testid="findings-score">
            {scoreLine(result, t)}
          </span>
        )}
        {/* Hidden rather than removed between checks: it comes and goes on every step of a drag. */}
        <span
          className="checking"
          data-testid="findings-checking"
          role="status"
          hidden={!(state === 'checking' || state === 'other-hall' || (state === 'none' && available && !error))}
        >
          <span className="spinner" aria-hidden /> {t('findings.checking')}
        </span>
        {lastMs !== undefined && state === 'current' && (
          <span className="muted" title={debounced ? 'debounced 100 ms' : undefined}>
            {t('findings.checkMs', { ms: lastMs.toFixed(1) })}
          </span>
        )}
        <span className="spacer" />
        <BcfImportButton />
        <OverlayToggles />
      </header>
      {open && (
        <>
          <FindingFilters filter={filter} onChange={setFilter} findings={shown?.findings ?? NO_FINDINGS} shownCount={visible.length} />
          <EntranceBar />
          <div className={'findings-body' + (state === 'checking' ? ' stale' : '')}>
            <div className="findings-list">
              {!available && <p className="muted">{t('findings.unavailable')}</p>}
              {error && <p className="error-text">{t('findings.failed', { msg: error })}</p>}
              {state === 'current' && result && result.findings.length === 0 && <p className="ok-text">{t('findings.none')}</p>}
              {shown && (
                <VirtualRows
                  rows={rows}
                  testId="findings-list"
                  scrollTo={activeRow}
                  render={(r) =>
                    r.kind === 'group' ? (
                      <button className={`rule-title sev-${r.severity}`} data-rule-group={r.id} aria-expanded={r.open} onClick={() => setClosed({ ...closed, [r.id]: r.open })}>
                        {r.open ? '▾' : '▸'} <span className={`sev-dot ${r.severity}`} /> {r.title} {r.id !== 'new' && <code>{r.id.split('|')[1]}</code>}{' '}
                        <span className="count">{r.n}</span>
                      </button>
                    ) : (
                      <button
                        className={`finding sev-${r.f.severity}` + (activeKey === r.f.key ? ' active' : '') + (r.fresh ? ' fresh' : '')}
                        data-testid="finding"
                        data-rule={r.f.ruleId}
                        data-key={r.f.key}
                        data-status={statusOf(states, r.f.key)}
                        data-elements={r.f.elementIds.join(' ')}
                        title={findingText(doc, term(r.f.message, locale), locale === 'en' ? 'en' : 'zh', r.f.elementIds)}
                        onClick={() => pick(r.f)}
                      >
                        {r.fresh && <span className="badge new">{t('findings.newBadge')}</span>}
                        <span className="msg">{findingText(doc, term(r.f.message, locale), locale === 'en' ? 'en' : 'zh', r.f.elementIds)}</span>
                        <span className="where">{r.f.floorId ? floorName.get(r.f.floorId) : ''}</span>
                        <span className={`status-badge st-${statusOf(states, r.f.key)}`}>{t(`findings.status.${statusOf(states, r.f.key)}` as MessageKey)}</span>
                      </button>
                    )
                  }
                />
              )}
            </div>
            {active && <FindingDetail finding={active} onClose={() => setActiveKey(null)} />}
          </div>
        </>
      )}
    </section>
  );
}
