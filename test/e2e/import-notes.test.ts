/**
 * An import's notes are a notice, not an error: a neutral banner in the UI's language only, gone once the user
 * did what it asks (the main entrance set) and when another hall is opened.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile, launchBrowser, newPage, ROOT, shot, startPreview } from './harness';

const FZK = resolve(ROOT, '../shared/ifc/AC20-FZK-Haus.ifc');

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await startPreview());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('import notes', () => {
  it.skipIf(!existsSync(FZK))('an IFC import notes its exterior doors in Chinese only, neutrally, until the main entrance is set', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    await page.locator('[data-testid="hall-name-input"]').waitFor();
    await dropFile(page, FZK, 'AC20-FZK-Haus.ifc');
    const notes = page.locator('[data-testid="import-notes"]');
    await notes.waitFor({ timeout: 120_000 });
    const text = (await notes.textContent()) ?? '';
    expect(text).toContain('请确认主入口');
    expect(text).not.toContain('confirm the main entrance');
    expect(await page.locator('[data-testid="error-banner"]').count()).toBe(0);
    expect(await notes.locator('code').count()).toBe(0);
    expect(await notes.evaluate((el) => el.classList.contains('error'))).toBe(false);
    await shot(page, 'import-notes-ifc');

    // The user confirms the proposed main entrance: the note has been acted on and goes.
    await page.locator('[data-testid="entrance-confirm"]').click();
    await notes.waitFor({ state: 'detached' });
    await shot(page, 'import-notes-acted');
    expect(errors).toEqual([]);
    await context.close();
  });
});
