import { describe, expect, it } from 'vitest';
import { DICTIONARIES, translate, term, type MessageKey } from '../../../src/ui/i18n';
import { zhCN } from '../../../src/ui/i18n/zh-CN';
import { en } from '../../../src/ui/i18n/en';
import { OVERLAY_IDS } from '../../../src/ui/findings/OverlayToggles';
import { TOOLBAR_TOOLS } from '../../../src/ui/toolbar/tool-list';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('no string is empty and both locales use the same {placeholders}', () => {
    for (const k of Object.keys(zhCN) as MessageKey[]) {
      expect(zhCN[k].trim(), k).not.toBe('');
      expect(en[k].trim(), k).not.toBe('');
      expect(placeholders(en[k]), k).toEqual(placeholders(zhCN[k]));
    }
  });

  it('keys built at run time (tools, overlays, severities, view modes) exist', () => {
    const dynamic = [
      ...TOOLBAR_TOOLS.map((t) => `tool.${t}`),
      ...OVERLAY_IDS.map((o) => `overlay.${o}`),
      ...['error', 'warning', 'info'].map((s) => `findings.${s}`),
      ...['2d', '3d', 'stack'].map((m) => `view.${m}`),
    ];
    for (const k of dynamic) expect(zhCN, k).toHaveProperty([k]);
  });

  it('translate fills placeholders and keeps unknown ones', () => {
    expect(translate('zh-CN', 'findings.score', { e: 1, w: 2, i: 3, p: 4, n: 5 })).toBe('错误 1 · 警告 2 · 提示 3 · 通过 4/5 条规则');
    expect(translate('en', 'status.selection', { n: 3 })).toBe('3 selected');
    expect(translate('en', 'status.selection')).toBe('{n} selected');
    expect(DICTIONARIES.en['app.title']).not.toBe(DICTIONARIES['zh-CN']['app.title']);
  });

  it('term picks the locale and falls back to the other language', () => {
    expect(term({ zh: '窗口', en: 'Counter' }, 'en')).toBe('Counter');
    expect(term({ zh: '窗口', en: '' }, 'en')).toBe('窗口');
    expect(term({ zh: '窗口', en: 'Counter' }, 'zh-CN')).toBe('窗口');
  });
});
