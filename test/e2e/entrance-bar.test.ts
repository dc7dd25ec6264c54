/**
 * The entrance proposal over a hall drawn without a main entrance: each exterior door is named with its side of the
 * building (two 1 m doors no longer read alike), the proposed one says so in words, the choice is not cut by its
 * box, and the English line does not say "1 exterior doors".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp } from './harness';
import { walledHall } from './walled-hall';

let app: App;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await openEditor(page, app.url);
});

afterAll(async () => {
  await stopApp(app);
});

const HALL = walledHall(
  '新大厅',
  [20, 12],
  [
    { kind: 'opening', id: 'd1', wallId: 'w1', position: [10, 0], width: 1 },
    { kind: 'opening', id: 'd2', wallId: 'w2', position: [20, 6], width: 1, rotation: 90 },
  ],
  0.3,
);

/** The choice's shown text and whether its box holds it (text width measured in the select's own font). */
const choice = (p: Page) =>
  p.locator('[data-testid="entrance-choice"]').evaluate((s: HTMLSelectElement) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = getComputedStyle(s).font;
    const text = s.options[s.selectedIndex].text;
    const style = getComputedStyle(s);
    const room = s.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    return { text, options: Array.from(s.options).map((o) => o.text), fits: ctx.measureText(text).width <= room };
  });

describe('entrance proposal', () => {
  it('names each exterior door by its side, marks the proposed one, and shows the choice whole', async () => {
    await page.evaluate(
      (t) => (window as unknown as { __halltwin: { editor: { loadFile(t: string, n: string): unknown } } }).__halltwin.editor.loadFile(t, 'new.hall.json'),
      JSON.stringify(HALL),
    );
    const bar = page.locator('[data-testid="entrance-bar"]');
    await bar.waitFor();
    const zh = await choice(page);
    expect(zh.options.map((o) => o.replace('（建议）', '')).sort()).toEqual(['东墙 门 2（1 m）', '南墙 门 1（1 m）'].sort());
    expect(zh.options.filter((o) => o.endsWith('（建议）')).length).toBe(1);
    expect(new Set(zh.options).size).toBe(2);
    expect(zh.fits).toBe(true);
    await shot(page, 'entrance-bar-zh');
    await page.locator('[data-testid="locale"]').click();
    await expect.poll(() => bar.textContent()).toContain("Exterior doors found on the ground floor's outer walls: 2.");
    const en = await choice(page);
    expect(en.options.some((o) => /^Door [12] \(1 m\), (south|east) wall \(proposed\)$/.test(o))).toBe(true);
    expect(en.fits).toBe(true);
    await shot(page, 'entrance-bar-en');
    await page.locator('[data-testid="locale"]').click();
    expect(app.errors).toEqual([]);
  });
});
