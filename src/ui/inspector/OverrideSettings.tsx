/**
 * The hall's rule parameter overrides: the ones set, each removable, and a row to add one (the preset's known
 * parameters offered; a value of the wrong type or outside the parameter's range refused with its reason).
 */
import { useState } from 'react';
import type { Meta } from '../../core';
import { knownParams, overrideProblem, parseOverrideText } from '../../rules/overrides';
import { useT } from '../EditorContext';

export function OverrideSettings({ meta, set }: { meta: Meta; set: (patch: Partial<Meta>) => void }) {
  const t = useT();
  const [newKey, setNewKey] = useState('');
  const [newVal, setNewVal] = useState('');
  const key = newKey.trim();
  const newValue = key ? parseOverrideText(meta.preset, key, newVal) : undefined;
  const overrideError = key && newVal.trim() ? (newValue === undefined ? t('settings.overrideType', { key }) : overrideProblem(meta.preset, key, newValue)) : undefined;
  const remove = (k: string) => {
    const next = { ...meta.ruleOverrides };
    delete next[k];
    set({ ruleOverrides: next });
  };
  const add = () => {
    if (newValue === undefined || overrideError) return;
    set({ ruleOverrides: { ...meta.ruleOverrides, [key]: newValue } });
    setNewKey('');
    setNewVal('');
  };
  return (
    <>
      <h3>{t('hall.overrides')}</h3>
      <table className="kv">
        <tbody>
          {Object.entries(meta.ruleOverrides).map(([k, v]) => (
            <tr key={k}>
              <td>{k}</td>
              <td>{String(v)}</td>
              <td>
                <button className="link" onClick={() => remove(k)}>
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
              <button disabled={!key || !newVal.trim() || !!overrideError || newValue === undefined} onClick={add}>
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
    </>
  );
}
