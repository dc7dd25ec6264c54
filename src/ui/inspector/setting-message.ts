/** A setting's problem (core/settings-check.ts) in the UI language. */
import type { SettingProblem } from '../../core';
import type { MessageKey } from '../i18n';

export function settingMessage(t: (key: MessageKey, vars?: Record<string, string | number>) => string, p: SettingProblem): string {
  return p.kind === 'tooLong' ? t('settings.tooLong', { max: p.max, n: p.length }) : t('settings.invalid', { reason: p.reason });
}
