/**
 * An import's notes are a notice, not an error: a neutral banner in the UI's language only, gone when another hall is
 * opened; one line until opened, and out of the way while another file is imported over the hall. The main entrance
 * is asked for once, by the entrance bar, not again among the notes.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile, launchBrowser, newPage, ROOT, shot, startPreview } from './harness';

const DUPLEX = resolve(ROOT, '../shared/ifc/duplex.ifc');
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
  it.skipIf(!existsSync(DUPLEX))('an IFC import notes its storeys in Chinese only, neutrally, and asks for the main entrance once, in the entrance bar', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    await page.locator('[data-testid="hall-name-input"]').waitFor();
    await dropFile(page, DUPLEX, 'duplex.ifc');
    const notes = page.locator('[data-testid="import-notes"]');
    await notes.waitFor({ timeout: 120_000 });
    // folded to one line (how many, and the first) so the plan keeps its room; it opens into the list
    expect((await notes.boundingBox())!.height).toBeLessThan(44);
    await page.locator('[data-testid="import-notes-toggle"]').click();
    const text = (await notes.textContent()) ?? '';
    expect(text).toContain('无楼板');
    expect(text).not.toContain('no floor slab');
    // The exterior doors and the main entrance: the entrance bar's question, not a note as well.
    expect(text).not.toContain('主入口');
    const bar = page.locator('[data-testid="entrance-bar"]');
    expect(await bar.count()).toBe(1);
    expect(await page.getByText('请确认主入口').count()).toBe(1);
    expect(await page.locator('[data-testid="error-banner"]').count()).toBe(0);
    expect(await notes.locator('code').count()).toBe(0);
    expect(await notes.evaluate((el) => el.classList.contains('error'))).toBe(false);
    await shot(page, 'import-notes-ifc');

    // The user confirms the proposed main entrance: the bar goes, the notes on the storeys stay.
    await page.locator('[data-testid="entrance-confirm"]').click();
    await bar.waitFor({ state: 'detached' });
    expect(await notes.count()).toBe(1);
    await shot(page, 'import-notes-acted');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.skipIf(!existsSync(DUPLEX) || !existsSync(DXF))('the notes step aside while a DXF is imported over the hall and go with the hall it replaces', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    await page.locator('[data-testid="hall-name-input"]').waitFor();
    await dropFile(page, DUPLEX, 'duplex.ifc');
    const notes = page.locator('[data-testid="import-notes"]');
    await notes.waitFor({ timeout: 120_000 });
    await dropFile(page, DXF, 'dxf-json_A_000217.dxf');
    await page.locator('[data-testid="dxf-dialog"]').waitFor({ timeout: 120_000 });
    expect(await notes.count()).toBe(0);
    await shot(page, 'import-notes-dxf-dialog');
    // cancelled: the IFC hall stays, and so do its notes
    await page.locator('[data-testid="dxf-cancel"]').click();
    await notes.waitFor();
    expect(await notes.textContent()).toContain('duplex.ifc');
    await dropFile(page, DXF, 'dxf-json_A_000217.dxf');
    await page.locator('[data-testid="dxf-import"]').click({ timeout: 120_000 });
    await page.locator('[data-testid="dxf-dialog"]').waitFor({ state: 'detached', timeout: 120_000 });
    // the drawing is the hall now (its linework shown behind it)
    await page.locator('[data-testid="dxf-context"]').waitFor({ timeout: 120_000 });
    await shot(page, 'import-notes-replaced');
    expect(await page.locator('[data-testid="import-notes"]', { hasText: 'duplex.ifc' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
