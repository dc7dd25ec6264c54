/**
 * What frames the plan reads as a user expects in either language: the toolbar names the hall in the UI's language
 * (a long name is shortened, not wrapped), and on a rotated site the north arrow turns while its label stays upright
 * and inside the view.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, ROOT, shot, startApp, stopApp } from './harness';

type Win = { __halltwin: { editor: { loadFile(text: string, name: string): unknown } } };

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

describe('toolbar and plan frame', () => {
  it('names the hall in the UI language and keeps the north label upright on a rotated site', async () => {
    const hall = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
    hall.meta.name = '湘江县政务服务中心（城东新区综合便民服务大厅第二期扩建工程示例）';
    hall.meta.nameEn = 'Xiangjiang County Government Service Centre';
    hall.meta.georef = { lat: 28.2, lon: 112.9, rotation: 50 };
    await page.evaluate((text) => (window as unknown as Win).__halltwin.editor.loadFile(text, 'rotated.hall.json'), JSON.stringify(hall));
    const name = page.locator('[data-testid="hall-name"]');
    await expect.poll(() => name.textContent()).toBe(hall.meta.name);
    await page.locator('[data-testid="locale"]').click();
    await expect.poll(() => name.textContent()).toBe(hall.meta.nameEn);
    // One toolbar row: a long name is cut with an ellipsis, the buttons do not wrap below it.
    const bar = await page.locator('header.toolbar').boundingBox();
    const button = await page.locator('[data-testid="locale"]').boundingBox();
    expect(bar && button && button.y + button.height <= bar.y + bar.height + 1).toBe(true);
    expect(bar!.height).toBeLessThan(60);

    const label = await page.locator('[data-testid="north-label"]').boundingBox();
    const view = await page.locator('[data-testid="viewport"]').boundingBox();
    expect(label && view).toBeTruthy();
    // Upright, "北 N" is a third wider than tall; turned by 50° its box would be about square.
    expect(label!.width).toBeGreaterThan(1.2 * label!.height);
    expect(label!.x).toBeGreaterThanOrEqual(view!.x);
    expect(label!.y + label!.height).toBeLessThanOrEqual(view!.y + view!.height);
    await shot(page, 'toolbar-hud-rotated-en');

    // The File menu closes on Escape, as every desktop menu does.
    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[role="menu"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[role="menu"]').waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });

  it('keeps every toolbar label on one line with a long Chinese hall name at 1440 px', async () => {
    const hall = JSON.parse(readFileSync(resolve(ROOT, 'models/failing-hall.hall.json'), 'utf8'));
    await page.evaluate((text) => (window as unknown as Win).__halltwin.editor.loadFile(text, 'failing.hall.json'), JSON.stringify(hall));
    if ((await page.locator('[data-testid="locale"]').textContent())?.includes('中文')) await page.locator('[data-testid="locale"]').click();
    await expect.poll(() => page.locator('[data-testid="hall-name"]').textContent()).toBe(hall.meta.name);
    // Lines of text in each toolbar button: the distinct tops of its text's line boxes.
    const lines = await page.evaluate(() =>
      Array.from(document.querySelectorAll('header.toolbar button')).map((b) => {
        const r = document.createRange();
        r.selectNodeContents(b);
        const tops = new Set(Array.from(r.getClientRects()).map((x) => Math.round(x.top)));
        return `${(b.textContent ?? '').trim()}:${Math.max(tops.size, 1)}`;
      }),
    );
    expect(lines.filter((l) => !l.endsWith(':1'))).toEqual([]);
    const bar = (await page.locator('header.toolbar').boundingBox())!;
    const last = (await page.locator('[data-testid="locale"]').boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(bar.x + bar.width);
    await shot(page, 'toolbar-long-chinese-name');
    expect(app.errors).toEqual([]);
  });

  it("shows a tool's hint by the cursor in full near the view's edge (the counter row's)", async () => {
    await page.locator('[data-testid="cat-counter-row"]').click();
    const view = (await page.locator('[data-testid="viewport"]').boundingBox())!;
    await page.mouse.move(view.x + view.width - 40, view.y + 90, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(view.x + view.width - 260, view.y + 90, { steps: 8 });
    const hint = await page.evaluate(
      () =>
        (window as unknown as { __halltwin: { editor: { store: { getState(): { overlay: { hint?: { zh: string } } } } } } }).__halltwin.editor.store.getState().overlay.hint?.zh,
    );
    expect(hint).toMatch(/个窗口.*X 翻转/);
    const label = page.locator('[data-label="measure"][data-visible="1"]', { hasText: '个窗口' });
    await expect.poll(() => label.count()).toBe(1);
    expect(await label.locator('[data-form="full"]').isVisible()).toBe(true);
    expect(await label.locator('[data-form="full"]').textContent()).toBe(hint);
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(view.x);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    await shot(page, 'toolbar-hud-row-hint');
    await page.mouse.up();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    expect(app.errors).toEqual([]);
  });

  it('the status bar says how to box-select, and a Shift-drag from inside a zone does select without moving it', async () => {
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tool-select"]').click();
    const hint = page.locator('[data-testid="select-hint"]');
    expect(await hint.textContent()).toContain('Shift+拖动：框选');
    const view = (await page.locator('[data-testid="viewport"]').boundingBox())!;
    const docBefore = await page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: unknown } } }).__halltwin.editor.doc);
    const [x, y] = [view.x + view.width * 0.45, view.y + view.height * 0.5];
    await page.keyboard.down('Shift');
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 120, y + 60, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const state = await page.evaluate((before) => {
      const ed = (window as unknown as { __halltwin: { editor: { doc: unknown; store: { getState(): { selection: string[] } } } } }).__halltwin.editor;
      return { selected: ed.store.getState().selection.length, same: JSON.stringify(ed.doc) === JSON.stringify(before) };
    }, docBefore);
    expect(state.selected).toBeGreaterThan(1);
    expect(state.same).toBe(true);
    await shot(page, 'toolbar-hud-select-hint');
    await page.keyboard.press('w');
    await hint.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  });
});
