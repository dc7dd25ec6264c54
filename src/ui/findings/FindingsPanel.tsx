/**
 * Bottom panel: the findings of the open hall as work items. Filters (severity, rule, floor, status,
 * search), findings grouped by rule in a virtualised list (new ones since the last edit first, marked),
 * and the chosen finding's detail with its status, assignee and comments. While a check of a changed
 * document runs the panel says so instead of showing the previous verdict; another hall's verdict is
 * never shown.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { RULES_BY_ID } from '../../rules/registry';
import type { Finding } from '../../rules/types';
import { type FindingFilter, filterFindings } from '../../rules/work-items';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { EntranceBar } from './EntranceBar';
import { FindingDetail } from './FindingDetail';
import { FindingFilters } from './FindingFilters';
import { FindingRows } from './FindingRows';
import { FindingsHeader } from './FindingsHeader';
import { FindingsResizer } from './FindingsResizer';
import { findingRows } from './finding-rows';
import { usePanelHeight } from './usePanelHeight';
import { useShownCheck } from './useShownCheck';
import { useFreshFiltersForAnotherHall } from './useFreshFiltersForAnotherHall';
import { useMarkedStretches } from './useMarkedStretches';
import { showFinding } from './show-finding';

const NO_FINDINGS: readonly Finding[] = [];

export function FindingsPanel() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  // The hall and its verdict as they were when a drag began, until it ends (see useShownCheck).
  const { check, doc, state } = useShownCheck();
  const { result, newKeys, error, available } = check;
  const [open, setOpen] = useState(true);
  const panel = useRef<HTMLElement>(null);
  const [height, resize, currentHeight] = usePanelHeight(panel);
  const [closed, setClosed] = useState<Record<string, boolean>>({});
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [filter, setFilter] = useState<FindingFilter>({ status: 'all' });
  useFreshFiltersForAnotherHall(() => {
    setFilter({ status: 'all' });
    setClosed({});
    setActiveKey(null);
  });
  // Another hall's result is never shown; a result for an earlier version of this hall is shown greyed while the check runs.
  const shown = state === 'current' || state === 'checking' ? result : undefined;
  const states = doc.meta.findingStates;
  const visible = useMemo(() => (shown ? filterFindings(doc, shown.findings, states, filter) : []), [shown, doc, states, filter]);
  const rows = useMemo(
    () => findingRows(visible, newKeys, closed, { newGroup: t('findings.new'), rule: (id) => (RULES_BY_ID.get(id) ? term(RULES_BY_ID.get(id)!.title, locale) : id) }),
    [visible, newKeys, closed, locale, t],
  );
  const active = shown?.findings.find((f) => f.key === activeKey);
  useMarkedStretches(editor, active);
  const floorName = useMemo(() => new Map(doc.floors.map((f) => [f.id, f.name])), [doc.floors]);

  // Stable callbacks: with the same rows, a check result that changes nothing in the list does not render it.
  const pick = useCallback(
    (f: Finding) => {
      setActiveKey(f.key);
      showFinding(editor, f);
    },
    [editor],
  );
  const toggle = useCallback((id: string, isOpen: boolean) => setClosed((c) => ({ ...c, [id]: isOpen })), []);

  return (
    <section
      ref={panel}
      className={'panel findings' + (open ? '' : ' collapsed')}
      style={open && height !== undefined ? { height } : undefined}
      aria-label={t('findings.title')}
      data-testid="findings-panel"
      data-state={state}
    >
      {open && <FindingsResizer height={currentHeight} onResize={resize} />}
      <FindingsHeader open={open} onToggle={() => setOpen(!open)} state={state} />
      {open && (
        <>
          <FindingFilters filter={filter} onChange={setFilter} findings={shown?.findings ?? NO_FINDINGS} shownCount={visible.length} />
          <EntranceBar />
          <div className={'findings-body' + (state === 'checking' ? ' stale' : '')}>
            <div className="findings-list">
              {!available && <p className="muted">{t('findings.unavailable')}</p>}
              {error && <p className="error-text">{t('findings.failed', { msg: error })}</p>}
              {state === 'current' && result && result.findings.length === 0 && <p className="ok-text">{t('findings.none')}</p>}
              {shown && <FindingRows rows={rows} activeKey={activeKey} doc={doc} locale={locale} floorName={floorName} onToggle={toggle} onPick={pick} />}
            </div>
            {active && <FindingDetail key={active.key} finding={active} onClose={() => setActiveKey(null)} />}
          </div>
        </>
      )}
    </section>
  );
}
