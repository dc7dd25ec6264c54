/**
 * Replacing the open hall (File → Open, New, a dropped IFC/DXF) asks first when the hall holds edits no file has
 * (save / don't save / cancel), says nothing when it is unchanged since it was opened or saved, and an autosave
 * offered before the replacement is withdrawn (it no longer belongs to the hall on screen).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, ROOT, shot, startPreview } from './harness';

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

const TOWNSHIP = resolve(ROOT, 'models/township-hall.hall.json');
const COUNTY = resolve(ROOT, 'models/county-hall.hall.json');

async function ready(page: Page): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
  await page.locator('[data-testid="hall-name-input"]').waitFor();
}

const hallName = (page: Page) => page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: { meta: { name: string } } } } }).__halltwin.editor.doc.meta.name);

async function rename(page: Page, name: string): Promise<void> {
  const input = page.locator('[data-testid="hall-name-input"]');
  await input.fill(name);
  await input.press('Enter');
  await expect.poll(() => hallName(page), { timeout: 20_000 }).toBe(name);
}

/** Waits until the autosave has caught up with the open hall (written, or its copy dropped for a clean hall). */
async function autosaved(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { __halltwin: { editor: { doc: unknown } }; __halltwinAutosavedDoc?: unknown };
    return w.__halltwinAutosavedDoc === w.__halltwin.editor.doc;
  });
}

describe('replacing an edited hall asks first', () => {
  it('an unchanged hall is replaced without a question; an edited one asks, and cancel keeps it', async () => {
    const { context, page, errors } = await newPage(browser);
    await ready(page);
    await page.setInputFiles('[data-testid="file-input"]', TOWNSHIP);
    await expect.poll(() => hallName(page), { timeout: 20_000 }).toContain('青山镇');
    expect(await page.locator('[data-testid="unsaved-prompt"]').count()).toBe(0);

    await rename(page, '改过的大厅 Edited hall');
    await page.setInputFiles('[data-testid="file-input"]', COUNTY);
    const prompt = page.locator('[data-testid="unsaved-prompt"]');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('未保存');
    expect(await prompt.textContent()).toContain('county-hall.hall.json');
    await shot(page, 'replace-hall-prompt');
    await page.locator('[data-testid="unsaved-cancel"]').click();
    await prompt.waitFor({ state: 'detached' });
    expect(await hallName(page)).toBe('改过的大厅 Edited hall');

    // Don't save: the file opens; the opened hall is clean, so New then asks nothing.
    await page.setInputFiles('[data-testid="file-input"]', COUNTY);
    await page.locator('[data-testid="unsaved-discard"]').click();
    await expect.poll(() => hallName(page), { timeout: 20_000 }).toContain('湘江县');
    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[data-testid="file-new"]').click();
    await expect
      .poll(
        () =>
          page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: { floors: { elements: unknown[] }[] } } } }).__halltwin.editor.doc.floors[0].elements.length),
        { timeout: 20_000 },
      )
      .toBe(0);
    expect(await prompt.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Save in the question saves the hall, then replaces it; Escape cancels', async () => {
    const { context, page } = await newPage(browser);
    await ready(page);
    // Save through a stand-in file picker that records what was written.
    await page.evaluate(() => {
      const w = window as unknown as { showSaveFilePicker: unknown; __written: string[] };
      w.__written = [];
      w.showSaveFilePicker = async () => ({
        name: 'saved.hall.json',
        createWritable: async () => ({ write: async (b: Blob) => void w.__written.push(await b.text()), close: async () => {} }),
      });
    });
    await rename(page, '要保存的 To be saved');
    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[data-testid="file-new"]').click();
    await page.locator('[data-testid="unsaved-prompt"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="unsaved-prompt"]').waitFor({ state: 'detached' });
    expect(await hallName(page)).toBe('要保存的 To be saved');

    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[data-testid="file-new"]').click();
    await page.locator('[data-testid="unsaved-save"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __written: string[] }).__written.length), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __written: string[] }).__written[0])).toContain('要保存的 To be saved');
    await expect.poll(() => hallName(page), { timeout: 20_000 }).not.toBe('要保存的 To be saved');
    await context.close();
  });

  it('an autosave offered before File → Open is withdrawn once another hall is opened', async () => {
    const { context, page } = await newPage(browser);
    await ready(page);
    await rename(page, '备份的大厅 Autosaved hall');
    await page.waitForFunction(() => {
      const w = window as unknown as { __halltwin: { editor: { doc: unknown } }; __halltwinAutosavedDoc?: unknown };
      return w.__halltwinAutosavedDoc === w.__halltwin.editor.doc;
    });
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    const offer = page.locator('[data-testid="restore-offer"]');
    await offer.waitFor({ timeout: 15_000 });
    await page.setInputFiles('[data-testid="file-input"]', TOWNSHIP);
    await expect.poll(() => hallName(page), { timeout: 20_000 }).toContain('青山镇');
    await offer.waitFor({ state: 'detached' });
    await shot(page, 'replace-hall-offer-gone');
    await context.close();
  });

  it('halls opened one after another come back at the next start as one offer, only for unsaved edits', async () => {
    const { context, page, errors } = await newPage(browser);
    page.on('dialog', (d) => void d.accept());
    await ready(page);
    await page.setInputFiles('[data-testid="file-input"]', TOWNSHIP);
    await expect.poll(() => hallName(page), { timeout: 20_000 }).toContain('青山镇');
    await autosaved(page);
    await page.setInputFiles('[data-testid="file-input"]', COUNTY);
    await expect.poll(() => hallName(page), { timeout: 20_000 }).toContain('湘江县');
    await rename(page, '改过的县厅 Edited county hall');
    await autosaved(page);
    await page.reload();
    const offer = page.locator('[data-testid="restore-offer"]');
    await offer.waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="restore-item"]').count()).toBe(1);
    expect(await offer.textContent()).toContain('改过的县厅 Edited county hall');
    await shot(page, 'replace-hall-one-offer');
    await page.locator('[data-testid="restore-ignore"]').click();
    await offer.waitFor({ state: 'detached' });

    // Opened, not edited: nothing to offer after a reload (the offer comes before the first autosave of the page).
    await page.setInputFiles('[data-testid="file-input"]', TOWNSHIP);
    await expect.poll(() => hallName(page), { timeout: 20_000 }).toContain('青山镇');
    await autosaved(page);
    await ready(page);
    await rename(page, '再改 Edited again');
    await autosaved(page);
    expect(await offer.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
