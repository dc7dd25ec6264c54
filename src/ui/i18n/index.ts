/** Locale lookup: `t(key, vars)` for UI strings and `term()` for the bilingual vocabularies of src/core. */
import type { Term } from '../../core/vocab';
import { zhCN, type MessageKey } from './zh-CN';
import { en } from './en';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };

export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const s = DICTIONARIES[locale][key] ?? DICTIONARIES['zh-CN'][key] ?? key;
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function term(t: Term | undefined, locale: Locale): string {
  if (!t) return '';
  return locale === 'en' ? t.en || t.zh : t.zh || t.en;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
