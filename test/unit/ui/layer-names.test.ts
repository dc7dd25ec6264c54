/**
 * The three things drawn under the plan each have their own name, in every menu, panel, banner and dialog: the CAD
 * drawing's linework (CAD 图纸), the IFC model's layer (IFC 模型) and the image or PDF page laid under a floor
 * (底图 / underlay image). One word for all three left a first-time user unsure which one a switch or a prompt meant.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, type MessageKey, translate } from '../../../src/ui/i18n';

const entries = (locale: 'zh-CN' | 'en', prefix: string) => Object.entries(DICTIONARIES[locale]).filter(([k]) => k.startsWith(prefix)) as [MessageKey, string][];

describe('the names of the layers under the plan', () => {
  it('each panel is titled with its own name, in Chinese and English', () => {
    expect(translate('zh-CN', 'dxf.context')).toBe('CAD 图纸');
    expect(translate('zh-CN', 'ifc.model')).toBe('IFC 模型');
    expect(translate('zh-CN', 'underlay.title')).toBe('底图');
    expect(translate('en', 'dxf.context')).toBe('CAD drawing');
    expect(translate('en', 'ifc.model')).toBe('IFC model');
    expect(translate('en', 'underlay.title')).toBe('Underlay image');
    // Their close buttons say what they close.
    expect(translate('zh-CN', 'dxf.close')).toContain('CAD 图纸');
    expect(translate('zh-CN', 'ifc.close')).toContain('IFC 模型');
    expect(translate('en', 'dxf.close')).toContain('CAD drawing');
    expect(translate('en', 'ifc.close')).toContain('IFC model');
  });

  it('底图 names only the underlay image: no CAD drawing or IFC model string says it', () => {
    for (const prefix of ['dxf.', 'ifc.']) for (const [k, s] of entries('zh-CN', prefix)) expect(s, k).not.toContain('底图');
    for (const [k, s] of entries('zh-CN', 'underlay.')) expect(s, k).not.toMatch(/CAD|模型/);
    for (const [k, s] of entries('en', 'ifc.')) expect(s, k).not.toMatch(/\bcontext\b/i);
  });

  it('the English underlay strings call it an underlay image', () => {
    const named = entries('en', 'underlay.').filter(([, s]) => /underlay/i.test(s));
    expect(named.length).toBeGreaterThan(8);
    for (const [k, s] of named) expect(s, k).toMatch(/underlay image/i);
    for (const k of ['file.openUnderlay', 'file.dropHint', 'file.unsupported'] as const) expect(translate('en', k), k).toMatch(/underlay image/);
  });
});
