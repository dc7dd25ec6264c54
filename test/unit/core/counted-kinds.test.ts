/**
 * The DXF import's success message counts what it built per kind, from the kinds' own labels and measure words: a
 * drawing with windows says so, and a new kind is counted with no other line.
 */
import { describe, expect, it } from 'vitest';
import { countedKinds } from '../../../src/core/kinds/counted';
import { ELEMENT_KINDS, KINDS } from '../../../src/core/kinds/registry';
import { translate } from '../../../src/ui/i18n';

describe('counts per kind in a sentence', () => {
  it('names every kind built, in the registry order, with its measure word and plural', () => {
    const counts = countedKinds({ wall: 12, opening: 5, zone: 3, window: 1, obstacle: 0 });
    expect(counts).toEqual({ zh: '12 道墙、5 扇门、3 个功能区、1 扇窗', en: '12 walls, 5 doors, 3 zones, 1 window' });
    expect(translate('zh-CN', 'dxf.imported', { name: 'a.dxf', counts: counts.zh })).toBe('已导入 a.dxf：12 道墙、5 扇门、3 个功能区、1 扇窗');
    expect(translate('en', 'dxf.imported', { name: 'a.dxf', counts: counts.en })).toBe('Imported a.dxf: 12 walls, 5 doors, 3 zones, 1 window');
  });

  it('counts each kind of the registry by its label, and says when nothing was built', () => {
    const one = countedKinds(Object.fromEntries(ELEMENT_KINDS.map((k) => [k, 2])));
    for (const k of ELEMENT_KINDS) {
      expect(one.zh).toContain(KINDS[k].label.zh);
      expect(one.en).toContain(`2 ${KINDS[k].label.en.toLowerCase()}s`);
    }
    expect(countedKinds({})).toEqual({ zh: '没有元素', en: 'no elements' });
  });
});
