/** The queue model's inputs per counter type (arrivals per hour, minutes per service), each removable, and a row to add a type. */
import { useState } from 'react';
import { COUNTER_TYPE_IDS, type CounterType, type Meta } from '../../core';
import { counterTypeTerm } from '../../core/terms';
import { useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { NumberCell } from './NumberCell';

export function QueueSettings({ meta, set }: { meta: Meta; set: (patch: Partial<Meta>) => void }) {
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const [newType, setNewType] = useState<CounterType | ''>('');
  const queueTypes = COUNTER_TYPE_IDS.filter((c) => meta.queue[c]);
  const remove = (c: CounterType) => {
    const next = { ...meta.queue };
    delete next[c];
    set({ queue: next });
  };
  return (
    <table className="kv queue-inputs">
      <thead>
        <tr>
          <th>{t('hall.counterType')}</th>
          <th>{t('hall.arrivals')}</th>
          <th>{t('hall.serviceMin')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {queueTypes.map((c) => {
          const q = meta.queue[c]!;
          return (
            <tr key={c}>
              <td>{term(counterTypeTerm(c, meta.preset), locale)}</td>
              <td>
                <NumberCell className="num" value={q.arrivalsPerHour} min={0} onCommit={(v) => set({ queue: { ...meta.queue, [c]: { ...q, arrivalsPerHour: v } } })} />
              </td>
              <td>
                <NumberCell className="num" value={q.serviceMin} min={0.01} onCommit={(v) => set({ queue: { ...meta.queue, [c]: { ...q, serviceMin: v } } })} />
              </td>
              <td>
                <button className="link" onClick={() => remove(c)}>
                  ×
                </button>
              </td>
            </tr>
          );
        })}
        <tr>
          <td colSpan={3}>
            <select value={newType} onChange={(e) => setNewType(e.target.value as CounterType)}>
              <option value="">{t('hall.addQueue')}</option>
              {COUNTER_TYPE_IDS.filter((c) => !meta.queue[c]).map((c) => (
                <option key={c} value={c}>
                  {term(counterTypeTerm(c, meta.preset), locale)}
                </option>
              ))}
            </select>
          </td>
          <td>
            <button
              disabled={!newType}
              onClick={() => {
                if (!newType) return;
                set({ queue: { ...meta.queue, [newType]: { arrivalsPerHour: 20, serviceMin: 10 } } });
                setNewType('');
              }}
            >
              +
            </button>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
