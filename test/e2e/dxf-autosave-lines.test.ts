/**
 * A hall traced over a DXF and edited, then the tab reloaded before saving: the restored autosave shows the
 * drawing's linework under the hall again (the copy held the hall alone and the drawing was gone).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { dropFile, newPage, openEditor, ROOT, shot, startServed, stopApp } from './harness';

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url, browser } = await startServed());
});

afterAll(async () => {
  await stopApp({ browser, server });
});

const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

describe('the DXF drawing in the autosave', () => {
  it('an edit, a reload, Restore: the drawing is under the hall again', async () => {
    const { context, page, errors } = await newPage(browser);
    page.on('dialog', (d) => void d.accept());
    await openEditor(page, url);
    await dropFile(page, Buffer.from(hallToDxf(county)), 'county.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const controls = page.locator('[data-testid="dxf-context"]');
    await controls.waitFor();
    const input = page.locator('[data-testid="hall-name-input"]');
    await input.fill('描图中 Tracing');
    await input.press('Enter');
    await page.waitForFunction(() => {
      const w = window as unknown as { __halltwin: { editor: { doc: unknown } }; __halltwinAutosavedDoc?: unknown };
      return w.__halltwinAutosavedDoc === w.__halltwin.editor.doc;
    });
    await page.reload();
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    await page.locator('[data-testid="restore-offer"]').waitFor({ timeout: 15_000 });
    expect(await controls.count()).toBe(0);
    await page.locator('[data-testid="restore-accept"]').click();
    await controls.waitFor({ timeout: 15_000 });
    expect(await controls.getAttribute('title')).toBe('county.dxf');
    await shot(page, 'dxf-autosave-restored');
    expect(errors).toEqual([]);
    await context.close();
  });
});
