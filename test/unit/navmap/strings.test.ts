/** The phone app's words: the same keys in both languages, the phone's language chosen, and a link can override it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill, pickLang, STRINGS } from '../../../src/navapp/strings';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHallText } from '../../../src/core/io';
import { turnKind } from '../../../src/nav/instructions';
import { linkName } from '../../../src/nav/instructions/landmarks-of';

const keysOf = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v, `${p}${k}.`) : [`${p}${k}`]));

describe('phone app strings', () => {
  it('has every key in both languages, none empty, English without Chinese characters', () => {
    expect(keysOf(STRINGS.en).sort()).toEqual(keysOf(STRINGS.zh).sort());
    for (const [k, v] of Object.entries(STRINGS.en)) if (typeof v === 'string' && k !== 'switchLang' && k !== 'switchLangLabel') expect(v, k).not.toMatch(/[\u4e00-\u9fff]/);
    expect(STRINGS.zh.wheelchair).toBe('♿ 轮椅模式');
    expect(STRINGS.en.wheelchair).toBe('♿ Wheelchair');
    expect(STRINGS.en.large).toBe('Large text A+');
  });
  it('follows the phone language unless the link says lang=', () => {
    expect(pickLang('', ['zh-CN', 'en'])).toBe('zh');
    expect(pickLang('', ['zh-TW'])).toBe('zh');
    expect(pickLang('', ['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLang('', ['fr-FR'])).toBe('en');
    expect(pickLang('', [])).toBe('zh');
    expect(pickLang('#from=x&lang=en', ['zh-CN'])).toBe('en');
    expect(pickLang('#lang=zh', ['en-US'])).toBe('zh');
  });
  it('calls a lift what the directions call it (an elevator), as Chinese public signs do in English', () => {
    const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
    if (!r.ok) throw new Error('county hall does not load');
    expect(linkName(r.doc, 'f1-elevator-01').en).toMatch(/elevator$/);
    expect(STRINGS.en.categories.link).toMatch(/^Elevators/);
    expect(JSON.stringify(STRINGS.en)).not.toMatch(/\blifts?\b/i);
  });

  it('fills placeholders', () => {
    expect(fill(STRINGS.zh.walk, { m: 35 })).toBe('步行约35米');
    expect(fill(STRINGS.en.walk, { m: 35 })).toBe('35 m walk');
  });
});

describe('turn classes (property)', () => {
  it('mirror left and right, and grow with the angle', () => {
    const rank = (k: string) => (k === 'straight' ? 0 : k === 'u-turn' ? 4 : k.startsWith('slight') ? 1 : k.startsWith('sharp') ? 3 : 2);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 180, noNaN: true }), fc.double({ min: 0, max: 180, noNaN: true }), (a, b) => {
        const l = turnKind(a);
        const r = turnKind(-a);
        expect(r).toBe(l.replace('left', 'right'));
        if (a <= b) expect(rank(turnKind(a))).toBeLessThanOrEqual(rank(turnKind(b)));
      }),
    );
  });
});
