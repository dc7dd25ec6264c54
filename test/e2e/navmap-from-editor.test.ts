/** The nav map exported from the editor's file menu is the offline phone app with the hall's data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { mapLaidOut, newPage, openEditor, ROOT, shot, startServed, stopApp } from './harness';

let browser: Browser;
let server: PreviewServer;
let url: string;

beforeAll(async () => {
  ({ server, url, browser } = await startServed());
});
afterAll(async () => {
  await stopApp({ browser, server });
});

describe('nav map from the editor', () => {
  it('File → export nav map downloads a self-contained HTML that opens offline on a phone', async () => {
    const { page, errors } = await newPage(browser);
    await openEditor(page, url);
    await page.locator('[data-testid="file-menu"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-navmap"]').click()]);
    // Downloads land without an extension; a phone opens it as .html.
    const path = join(mkdtempSync(join(tmpdir(), 'navmap-')), 'navmap.html');
    copyFileSync(await download.path(), path);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('湘江县政务服务中心');
    expect(html.length).toBeLessThan(500_000);
    expect(errors).toEqual([]);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await phone.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    const pageErrors: string[] = [];
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`file://${path}#from=f1-door-01`);
    await p.waitForSelector('body[data-ready="1"]');
    await mapLaidOut(p);
    await shot(p, 'navmap-from-editor');
    expect(pageErrors).toEqual([]);
    expect(requests.every((r) => r.startsWith('file://'))).toBe(true);
    // The app ran: its map is drawn as SVG and the floor switcher is there; the source is not shown as text.
    await p.locator('#map svg').first().waitFor();
    const text = await p.locator('body').textContent();
    expect(text).not.toContain('<!doctype');
    expect(text).toMatch(/1F|一层/);
    await phone.close();
  });

  it('warns before exporting a nav map that citizens will find poor; cancel keeps editing, "export anyway" downloads', async () => {
    const raw = JSON.parse(readFileSync(join(ROOT, 'models/county-hall.hall.json'), 'utf8'));
    // As an IFC import leaves a hall: no entrance kinds, no signs, unclassified rooms, counters without numbers.
    for (const f of raw.floors) {
      f.elements = f.elements.filter((e: { kind: string }) => e.kind !== 'sign');
      for (const e of f.elements) {
        if (e.kind === 'opening') e.entrance = 'none';
        if (e.kind === 'zone' && e.type !== 'circulation') e.type = 'unclassified';
        if (e.kind === 'counter') e.number = '';
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'navwarn-')), 'poor.hall.json');
    writeFileSync(file, JSON.stringify(raw));
    const { page, errors } = await newPage(browser);
    await openEditor(page, url);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForFunction(() =>
      (window as unknown as { __halltwin: { editor: { doc: { floors: { elements: { kind: string; number?: string }[] }[] } } } }).__halltwin.editor.doc.floors[0].elements.some(
        (e) => e.kind === 'counter' && e.number === '',
      ),
    );
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[data-testid="export-navmap"]').click();
    const dialog = page.locator('[data-testid="navmap-warnings"]');
    await dialog.waitFor();
    const codes = await dialog.locator('li').evaluateAll((li) => li.map((x) => x.getAttribute('data-code')));
    expect(codes).toEqual(['no-main-entrance', 'no-here-points', 'unclassified-zones', 'counters-without-number']);
    expect(await dialog.textContent()).toContain('没有主入口');
    await shot(page, 'navmap-export-warnings');
    await page.locator('[data-testid="navmap-warn-cancel"]').click();
    expect(await dialog.count()).toBe(0);
    expect(downloads).toBe(0);
    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[data-testid="export-navmap"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="navmap-warn-export"]').click()]);
    expect(await download.path()).toBeTruthy();
    expect(errors).toEqual([]);
  });
});
