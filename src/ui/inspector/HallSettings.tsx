/** Hall-wide settings shown when nothing is selected: name, preset, level, fire/crowd flags, overrides, queue inputs. */
import { useState } from 'react';
import {
  COUNTER_TYPES,
  COUNTER_TYPE_IDS,
  HALL_LEVELS,
  HALL_LEVEL_IDS,
  PRESET_IDS,
  presetFile,
  metaSettingProblem,
  setMeta,
  type CounterType,
  type Meta,
  type SettingProblem,
} from '../../core';
import { knownParams, overrideProblem, parseOverrideText } from '../../rules/overrides';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { QueueReport } from './QueueReport';
import { settingMessage } from './setting-message';

/** A text setting that commits on Enter or blur; a value the file format refuses stays in the box with its reason. */
function TextSetting({ id, label, value, check, onCommit }: { id: string; label: string; value: string; check(v: string): string | undefined; onCommit(v: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? undefined : check(draft);
  const commit = () => {
    if (problem) return;
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        value={draft ?? value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {problem && (
        <div className="field-error" id={`${id}-error`} data-testid={`${id}-error`} role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}

function NumberCell({ value, min, onCommit }: { value: number; min: number; onCommit(v: number): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const n = Number(draft);
    if (draft !== null && draft.trim() !== '' && Number.isFinite(n) && n >= min && n !== value) onCommit(n);
    setDraft(null);
  };
  return (
    <input
      type="number"
      className="num"
      min={min}
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

export function HallSettings() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const meta = useEditorState((s) => s.doc.meta);
  const [newKey, setNewKey] = useState('');
  const [newVal, setNewVal] = useState('');
  const [newType, setNewType] = useState<CounterType | ''>('');

  const set = (patch: Partial<Meta>) => editor.execute(setMeta(patch));
  const problemText = (p: SettingProblem | undefined) => (p ? settingMessage(t, p) : undefined);
  const newValue = newKey.trim() ? parseOverrideText(meta.preset, newKey.trim(), newVal) : undefined;
  const overrideError =
    newKey.trim() && newVal.trim()
      ? newValue === undefined
        ? t('settings.overrideType', { key: newKey.trim() })
        : overrideProblem(meta.preset, newKey.trim(), newValue)
      : undefined;
  const queueTypes = COUNTER_TYPE_IDS.filter((c) => meta.queue[c]);

  return (
    <div className="hall-settings" data-testid="hall-settings">
      <h2 className="panel-title">{t('hall.title')}</h2>
      <TextSetting id="hall-name-input" label={t('hall.name')} value={meta.name} check={(v) => problemText(metaSettingProblem('name', v))} onCommit={(v) => set({ name: v })} />
      <TextSetting
        id="hall-name-en-input"
        label={t('hall.nameEn')}
        value={meta.nameEn ?? ''}
        check={(v) => problemText(metaSettingProblem('nameEn', v || undefined))}
        onCommit={(v) => set({ nameEn: v || undefined })}
      />
      <div className="field">
        <label htmlFor="hall-preset">{t('hall.preset')}</label>
        <select id="hall-preset" value={meta.preset} onChange={(e) => set({ preset: e.target.value as Meta['preset'] })}>
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {term(presetFile(p).label, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hall-level">{t('hall.level')}</label>
        <select id="hall-level" value={meta.level} onChange={(e) => set({ level: e.target.value as Meta['level'] })}>
          {HALL_LEVEL_IDS.map((l) => (
            <option key={l} value={l}>
              {term(HALL_LEVELS[l], locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={meta.sprinklers} onChange={(e) => set({ sprinklers: e.target.checked })} /> {t('hall.sprinklers')}
        </label>
        <label>
          <input type="checkbox" checked={meta.crowded} onChange={(e) => set({ crowded: e.target.checked })} /> {t('hall.crowded')}
        </label>
      </div>

      <h3>{t('hall.overrides')}</h3>
      <table className="kv">
        <tbody>
          {Object.entries(meta.ruleOverrides).map(([k, v]) => (
            <tr key={k}>
              <td>{k}</td>
              <td>{String(v)}</td>
              <td>
                <button
                  className="link"
                  onClick={() => {
                    const next = { ...meta.ruleOverrides };
                    delete next[k];
                    set({ ruleOverrides: next });
                  }}
                >
                  {t('hall.removeOverride')}
                </button>
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <input placeholder={t('hall.overrideKey')} value={newKey} maxLength={80} list="known-params" data-testid="override-key" onChange={(e) => setNewKey(e.target.value)} />
              <datalist id="known-params">
                {knownParams(meta.preset).map((k) => (
                  <option key={k} value={k} />
                ))}
              </datalist>
            </td>
            <td>
              <input placeholder={t('hall.overrideValue')} value={newVal} maxLength={80} data-testid="override-value" onChange={(e) => setNewVal(e.target.value)} />
            </td>
            <td>
              <button
                disabled={!newKey.trim() || !newVal.trim() || !!overrideError || newValue === undefined}
                onClick={() => {
                  if (newValue === undefined || overrideError) return;
                  set({ ruleOverrides: { ...meta.ruleOverrides, [newKey.trim()]: newValue } });
                  setNewKey('');
                  setNewVal('');
                }}
              >
                {t('hall.addOverride')}
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      {overrideError && (
        <div className="field-error" data-testid="override-error" role="alert">
          {overrideError}
        </div>
      )}

      <h3>{t('hall.queue')}</h3>
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
                <td>{term(COUNTER_TYPES[c], locale)}</td>
                <td>
                  <NumberCell value={q.arrivalsPerHour} min={0} onCommit={(v) => set({ queue: { ...meta.queue, [c]: { ...q, arrivalsPerHour: v } } })} />
                </td>
                <td>
                  <NumberCell value={q.serviceMin} min={0.01} onCommit={(v) => set({ queue: { ...meta.queue, [c]: { ...q, serviceMin: v } } })} />
                </td>
                <td>
                  <button
                    className="link"
                    onClick={() => {
                      const next = { ...meta.queue };
                      delete next[c];
                      set({ queue: next });
                    }}
                  >
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
                    {term(COUNTER_TYPES[c], locale)}
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
      <QueueReport />
    </div>
  );
}
