/**
 * The hall settings list the provinces from their preset files (label zh/en, in the UI language), and choosing one
 * re-checks the hall under it: in Chromium on the county sample, Hunan gives only its three notes on what a plan
 * cannot show (parking, accessible parking, emergency lighting), Jiangxi the same three and one info finding more
 * (no tidal window).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp } from './harness';

let app: App;
let page: Page;

describe('choosing the province preset', () => {
  beforeAll(async () => {
    app = await startApp();
    page = app.page;
    await openEditor(page, app.url, { checked: true });
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('lists every province by its file label and re-checks the hall under the one chosen', async () => {
    const select = page.locator('#hall-preset');
    await select.waitFor();
    const labels = await select.locator('option').allTextContents();
    expect(labels).toEqual(['海南', '湖南 DB43/T', '江西 DB36/T']);
    expect(await select.inputValue()).toBe('hunan');
    const score = page.locator('[data-testid="findings-score"]');
    await expect.poll(() => score.textContent()).toMatch(/错误 0 · 警告 0 · 提示 3/);

    await select.selectOption('jiangxi');
    await expect.poll(() => score.textContent(), { timeout: 30_000 }).toMatch(/错误 0 · 警告 0 · 提示 4/);
    await shot(page, 'preset-jiangxi');

    await page.evaluate(() => (window as unknown as { __halltwin: { editor: { store: { setState(s: object): void } } } }).__halltwin.editor.store.setState({ locale: 'en' }));
    expect(await select.locator('option').allTextContents()).toEqual(['Hainan', 'Hunan DB43/T', 'Jiangxi DB36/T']);
    expect(app.errors).toEqual([]);
  });
});
