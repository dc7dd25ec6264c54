import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineUnits, roomTag, shortenLabel, shortenLines, textUnits, wrapLastLine } from '../../../src/core/geometry/label-text';
import { segmentDimText, rectDimText, snapName } from '../../../src/view/dim-text';

describe('plan label short forms', () => {
  it('keeps short names, cuts long IFC names with an ellipsis, dropping a bracketed tail first', () => {
    expect(shortenLabel('等候区', 10)).toBe('等候区');
    expect(shortenLabel('综合受理区 (Space 0012)', 10)).toBe('综合受理区');
    const s = shortenLabel('一层政务服务大厅综合受理区东侧', 10);
    expect(s.endsWith('…')).toBe(true);
    expect(textUnits(s)).toBeLessThanOrEqual(10);
  });
  it('a short form never exceeds its budget and is a prefix of the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 4, max: 30 }), (name, units) => {
        const s = shortenLabel(name, units);
        if (s === name) return;
        expect(textUnits(s)).toBeLessThanOrEqual(units);
        const head = s.endsWith('…') ? s.slice(0, -1) : s;
        expect(name.startsWith(head.trimEnd()) || name.replace(/\s*[(（][^()（）]*[)）]\s*$/, '').startsWith(head)).toBe(true);
      }),
    );
  });
});

describe('room tags', () => {
  it('number over name, the number not written twice, each line cut on its own and the name broken in two', () => {
    expect(roomTag('101', '等候区')).toBe('101\n等候区');
    expect(roomTag('A101', 'A101 Foyer')).toBe('A101\nFoyer');
    expect(roomTag(undefined, '等候区')).toBe('等候区');
    expect(roomTag('A101', 'A101')).toBe('A101');
    expect(shortenLines('2-105\n一层政务服务大厅综合受理区东侧', 10)).toBe('2-105\n一层政务…');
    expect(lineUnits('101\n综合受理区')).toBe(10);
    expect(wrapLastLine('201\nBusiness services area 2')).toBe('201\nBusiness\nservices area 2');
    expect(wrapLastLine('WC')).toBeUndefined();
    expect(wrapLastLine('值班室·仓储')).toBe('值班室·\n仓储');
    expect(wrapLastLine('银行·邮政·复印')).toBe('银行·\n邮政·复印');
  });
});

describe('drawing annotation texts', () => {
  it('length and angle, with a caret in the field being typed', () => {
    expect(segmentDimText({ a: [0, 0], b: [0, 6], length: 6, angle: 90 })).toBe('6.00 m  ∠ 90.0°');
    expect(segmentDimText({ a: [0, 0], b: [12, 0], length: 12, angle: 0, typed: { length: '12', angle: '', field: 'length' } })).toBe('12▌ m  ∠ 0.0°');
    expect(segmentDimText({ a: [0, 0], b: [12, 0], length: 12, angle: 0, typed: { length: '12', angle: '4', field: 'angle' } })).toBe('12 m  ∠ 4▌°');
    expect(rectDimText([0, 0], [24, 16])).toBe('24.00 × 16.00 m · 384.0 m²');
    expect(snapName('midpoint', 'zh-CN')).toBe('中点');
    expect(snapName('perpendicular', 'en')).toBe('Perpendicular');
    expect(snapName('grid', 'en')).toBeUndefined();
  });
});
