/**
 * An import's notes are a notice, not an error: a neutral banner in the UI's language only, gone once the user
 * did what it asks (the main entrance set) and when another hall is opened; one line until opened, and out of the
 * way while another file is imported over the hall.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile, launchBrowser, newPage, ROOT, shot, startPreview } from './harness';

const FZK = resolve(ROOT, '../shared/ifc/AC20-FZK-Haus.ifc');
const DXF = resolve(ROOT, '../shared/dxf/dxf-json_A_000217.dxf');

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
    // folded to one line (how many, and the first) so the plan keeps its room; it opens into the list
    expect((await notes.boundingBox())!.height).toBeLessThan(44);
    await page.locator('[data-testid="import-notes-toggle"]').click();
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

  it.skipIf(!existsSync(FZK) || !existsSync(DXF))('the notes step aside while a DXF is imported over the hall and go with the hall it replaces', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    await page.locator('[data-testid="hall-name-input"]').waitFor();
    await dropFile(page, FZK, 'AC20-FZK-Haus.ifc');
    const notes = page.locator('[data-testid="import-notes"]');
    await notes.waitFor({ timeout: 120_000 });
    await dropFile(page, DXF, 'dxf-json_A_000217.dxf');
    await page.locator('[data-testid="dxf-dialog"]').waitFor({ timeout: 120_000 });
    expect(await notes.count()).toBe(0);
    await shot(page, 'import-notes-dxf-dialog');
    // cancelled: the IFC hall stays, and so do its notes
    await page.locator('[data-testid="dxf-cancel"]').click();
    await notes.waitFor();
    expect(await notes.textContent()).toContain('AC20-FZK-Haus.ifc');
    await dropFile(page, DXF, 'dxf-json_A_000217.dxf');
    await page.locator('[data-testid="dxf-import"]').click({ timeout: 120_000 });
    await page.locator('[data-testid="dxf-dialog"]').waitFor({ state: 'detached', timeout: 120_000 });
    // the drawing is the hall now (its linework shown behind it)
    await page.locator('[data-testid="dxf-context"]').waitFor({ timeout: 120_000 });
    await shot(page, 'import-notes-replaced');
    expect(await page.locator('[data-testid="import-notes"]', { hasText: 'AC20-FZK-Haus.ifc' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
