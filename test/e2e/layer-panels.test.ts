/**
 * A CAD drawing imported and an underlay image added to the same floor: the drawing's controls (right) and the
 * underlay image's panel (left) both stay readable at the plan's width, in Chinese and English. The underlay panel
 * used to cover the CAD drawing's title and its Show switch.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPng } from '../fixtures/png';
import { dropFile, launchBrowser, newPage, ROOT, shot, startPreview } from './harness';

const GAMA = resolve(ROOT, '../shared/dxf/gama_house.dxf');
const png = drawPng(400, 200, (x, y) => y === 190 && x >= 50 && x <= 350);

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

describe.skipIf(!existsSync(GAMA))('the panels of the layers under the plan', () => {
  it.each(['zh-CN', 'en'])('%s: the CAD drawing and the underlay image panels do not cover each other', async (locale) => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
    await page.locator('[data-testid="hall-name-input"]').waitFor();
    if (locale === 'en') await page.locator('[data-testid="locale"]').click();
    await dropFile(page, GAMA, 'gama_house.dxf');
    await page.locator('[data-testid="dxf-import"]').click({ timeout: 120_000 });
    await page.locator('[data-testid="dxf-dialog"]').waitFor({ state: 'detached', timeout: 120_000 });
    // An image joins the open hall (no hall replaced), dropped as the browser hands it over.
    await page.evaluate((data) => {
      const bin = atob(data);
      const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'evacuation-plan.png', { type: 'image/png' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, png.toString('base64'));
    const drawing = page.locator('[data-testid="dxf-context"]');
    const underlay = page.locator('[data-testid="underlay-panel"]');
    await underlay.waitFor({ timeout: 30_000 });
    await drawing.waitFor();
    const [a, b] = [(await drawing.boundingBox())!, (await underlay.boundingBox())!];
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
    expect(await drawing.textContent()).toContain(locale === 'en' ? 'CAD drawing' : 'CAD 图纸');
    await shot(page, `layer-panels-${locale}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
