/** WCAG 2.1 AA for every text colour the phone map draws on every background it draws it on. */
import { describe, expect, it } from 'vitest';
import { contrast, contrastPairs, luminance, ZONE_FILL } from '../../../src/navapp/palette';
import { NAVAPP_CSS } from '../../../src/navapp/style';

describe('phone map palette', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(luminance('#ffffff')).toBeCloseTo(1, 9);
  });
  it('every text/background pair is at least 4.5:1', () => {
    const pairs = contrastPairs();
    expect(pairs.length).toBeGreaterThan(Object.keys(ZONE_FILL).length + 20);
    const failing = pairs.filter(([fg, bg]) => contrast(fg, bg) < 4.5).map(([fg, bg, where]) => `${where}: ${fg} on ${bg} = ${contrast(fg, bg).toFixed(2)}`);
    expect(failing).toEqual([]);
  });
  it('the page CSS uses the checked colours for text, placeholder and header', () => {
    expect(NAVAPP_CSS).toMatch(/::placeholder\{color:#4f5963/);
    expect(NAVAPP_CSS).toMatch(/header\{background:#0b5cad;color:#ffffff/);
  });
});
