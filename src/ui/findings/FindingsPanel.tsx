/** Bottom panel: findings grouped by severity, then rule, with counts; a click zooms to and highlights the elements. */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Finding, Severity } from '../../rules/types';
import { RULES_BY_ID } from '../../rules/registry';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term, type MessageKey } from '../i18n';
import { checkStore } from './check-store';
import { OverlayToggles } from './OverlayToggles';
import { scoreLine } from './score-line';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function group(findings: Finding[]): Map<Severity, Map<string, Finding[]>> {
  const out = new Map<Severity, Map<string, Finding[]>>(SEVERITIES.map((s) => [s, new Map()]));
  for (const f of findings) {
    const byRule = out.get(f.severity)!;
    const list = byRule.get(f.ruleId) ?? [];
    list.push(f);
    byRule.set(f.ruleId, list);
  }
  return out;
}

export function FindingsPanel() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const highlight = useEditorState((s) => s.highlight);
  const { result, error, available, lastMs, debounced } = useStore(checkStore);
  const [open, setOpen] = useState(true);
  const [closedRules, setClosedRules] = useState<Record<string, boolean>>({});
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const grouped = useMemo(() => (result ? group(result.findings) : null), [result]);

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
    <section className={'panel findings' + (open ? '' : ' collapsed')} aria-label={t('findings.title')} data-testid="findings-panel">
      <header className="findings-head">
        <button className="link" onClick={() => setOpen(!open)} title={open ? t('findings.collapse') : t('findings.expand')}>
          {open ? '▾' : '▸'} {t('findings.title')}
        </button>
        {result && (
          <span className="score" data-testid="findings-score">
            {scoreLine(result, t)}
          </span>
        )}
        {lastMs !== undefined && (
          <span className="muted" title={debounced ? 'debounced 100 ms' : undefined}>
            {t('findings.checkMs', { ms: lastMs.toFixed(1) })}
          </span>
        )}
        <span className="spacer" />
        <OverlayToggles />
      </header>
      {open && (
        <div className="findings-body">
          {!available && <p className="muted">{t('findings.unavailable')}</p>}
          {error && <p className="error-text">{t('findings.failed', { msg: error })}</p>}
          {result && result.findings.length === 0 && <p className="ok-text">{t('findings.none')}</p>}
          {grouped &&
            SEVERITIES.map((sev) => {
              const byRule = grouped.get(sev)!;
              if (byRule.size === 0) return null;
              const n = [...byRule.values()].reduce((a, l) => a + l.length, 0);
              return (
                <div key={sev} className={`sev-group sev-${sev}`} data-severity={sev}>
                  <h3>
                    <span className={`sev-dot ${sev}`} /> {t(`findings.${sev}` as MessageKey)} <span className="count">{n}</span>
                  </h3>
                  {[...byRule.entries()].map(([ruleId, list]) => {
                    const rule = RULES_BY_ID.get(ruleId);
                    const ck = `${sev}|${ruleId}`;
                    const ruleOpen = !closedRules[ck];
                    return (
                      <div key={ruleId} className="rule-group" data-rule={ruleId}>
                        <button className="rule-title" aria-expanded={ruleOpen} onClick={() => setClosedRules({ ...closedRules, [ck]: ruleOpen })}>
                          {ruleOpen ? '▾' : '▸'} {rule ? term(rule.title, locale) : ruleId} <code>{ruleId}</code> <span className="count">{list.length}</span>
                        </button>
                        {ruleOpen && (
                          <ul>
                            {list.map((f) => (
                              <li key={f.key}>
                                <button
                                  className={'finding' + (activeKey === f.key && highlight.length > 0 ? ' active' : '')}
                                  data-testid="finding"
                                  data-rule={f.ruleId}
                                  data-elements={f.elementIds.join(' ')}
                                  onClick={() => pick(f)}
                                >
                                  <span className="msg">{term(f.message, locale)}</span>
                                  <span className="clause" title={t('findings.clause')}>
                                    {f.clause}
                                  </span>
                                  {f.clauseText && <span className="clause-text" title={t('findings.clauseText')}>“{f.clauseText}”</span>}
                                  {f.interpretation && (
                                    <span className="interpretation">
                                      <b>{t('findings.interpretation')}</b> {term(f.interpretation, locale)}
                                    </span>
                                  )}
                                  {f.hint && <span className="hint">{term(f.hint, locale)}</span>}
                                </button>
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
        </div>
      )}
    </section>
  );
}
