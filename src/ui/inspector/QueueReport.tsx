/** The queue model's numbers for the hall (M/M/c per counter type), from the rules' queue report. */
import { useMemo } from 'react';
import { counterTypeTerm } from '../../core/terms';
import { queueReport } from '../../rules/queue/report';
import { useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { resolveParams } from '../../rules/preset';

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '∞');

export function QueueReport() {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.settledDoc);
  const report = useMemo(() => queueReport(doc, resolveParams(doc.meta.preset, doc.meta.ruleOverrides)), [doc]);
  if (report.rows.length === 0) return <p className="muted">{t('queue.empty')}</p>;
  return (
    <div className="queue-report" data-testid="queue-report">
      <h3>{t('queue.title')}</h3>
      <table className="kv num-table">
        <thead>
          <tr>
            <th>{t('hall.counterType')}</th>
            <th>{t('queue.counters')}</th>
            <th>{t('queue.lq')}</th>
            <th>{t('queue.wq')}</th>
            <th>{t('queue.util')}</th>
            <th>{t('queue.seats')}</th>
            <th>{t('queue.needed')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.type} className={r.stable ? undefined : 'bad'} title={r.stable ? undefined : t('queue.unstable')}>
              <td>{term(counterTypeTerm(r.type, doc.meta.preset), locale)}</td>
              <td>{r.counters}</td>
              <td>{fmt(r.lq)}</td>
              <td>{fmt(r.wqMin)}</td>
              <td>{fmt(r.utilisation * 100, 0)}%</td>
              <td>{fmt(r.seatsAtPercentile, 0)}</td>
              <td>{r.countersForTarget ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('queue.total')}: <strong data-testid="queue-seats">{fmt(report.seatsNeeded, 0)}</strong>
      </p>
    </div>
  );
}
