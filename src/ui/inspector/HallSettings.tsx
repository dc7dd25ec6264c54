/** Hall-wide settings shown when nothing is selected: name, preset, level, fire/crowd flags, overrides, queue inputs. */
import { HALL_LEVEL_IDS, HALL_LEVELS, type Meta, metaSettingProblem, PRESET_IDS, presetFile, type SettingProblem, setMeta } from '../../core';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { OverrideSettings } from './OverrideSettings';
import { QueueReport } from './QueueReport';
import { QueueSettings } from './QueueSettings';
import { settingMessage } from './setting-message';
import { TextSetting } from './TextSetting';

export function HallSettings() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const meta = useEditorState((s) => s.doc.meta);
  const set = (patch: Partial<Meta>) => editor.execute(setMeta(patch));
  const problemText = (p: SettingProblem | undefined) => (p ? settingMessage(t, p) : undefined);

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
      <OverrideSettings meta={meta} set={set} />
      <h3>{t('hall.queue')}</h3>
      <QueueSettings meta={meta} set={set} />
      <QueueReport />
    </div>
  );
}
