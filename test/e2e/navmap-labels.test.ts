/**
 * What the phone map names at 390 × 844 (walk2 #29): at the default zoom every counter of a row is covered by a
 * label (a long run of one service by its name, the rest by number ranges) on both floors; zooming in splits the
 * ranges and then shows each counter's own number.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHallText } from '../../src/core/io';
import { exportNavMap } from '../../src/nav/export/navmap';
import { launchBrowser, newPage, ROOT, shot } from './harness';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

let url: string;
let browser: Browser;

beforeAll(async () => {
  const r = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  const file = join(mkdtempSync(join(tmpdir(), 'navmap-labels-')), 'nav.html');
  writeFileSync(file, await exportNavMap(r.doc));
  url = pathToFileURL(file).href;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(locale = 'zh-CN'): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await newPage(browser, { ...PHONE, locale });
  await page.goto(`${url}#from=f1-door-01`);
  await page.waitForSelector('body[data-ready="1"]');
  return { page, close: () => context.close() };
}

/** Waits for the overlay's next layout after an action. */
async function settled(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await page.locator('svg.overlay').getAttribute('data-layout');
  await act();
  await page.waitForFunction((b) => document.querySelector('svg.overlay')?.getAttribute('data-layout') !== b, before);
}

/** Counter numbers the map's counter labels cover: "01–08 综合受理" → 1…8, "09–24号" → 9…24, "35" → 35. */
async function coveredNumbers(page: Page): Promise<{ texts: string[]; numbers: number[] }> {
  const texts = await page.locator('#labels g[data-label^="run:"], #labels g[data-label^="num:"]').allTextContents();
  const numbers = new Set<number>();
  for (const t of texts) {
    const m = /^(\d+)(?:–(\d+))?/.exec(t);
    if (!m) continue;
    for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) numbers.add(n);
  }
  return { texts, numbers: [...numbers].sort((a, b) => a - b) };
}

const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('counter labels on the phone map', () => {
  it('cover every counter of the rows at the default zoom, on 1F and 2F', async () => {
    const { page, close } = await open();
    const f1 = await coveredNumbers(page);
    expect(f1.texts).toContain('01–08 综合受理');
    expect(f1.numbers).toEqual(expect.arrayContaining(span(1, 24)));
    await shot(page, 'navmap-labels-1f');
    await settled(page, () => page.click('button[data-floor="F2"]'));
    const f2 = await coveredNumbers(page);
    expect(f2.numbers).toEqual(expect.arrayContaining(span(25, 39)));
    await shot(page, 'navmap-labels-2f');
    await close();
  });

  it('split into runs of one service and then single numbers as the map zooms in on the row', async () => {
    const { page, close } = await open();
    await settled(page, () => page.click('button[data-floor="F2"]'));
    // Zoom at the row's first counters (25…), as a pinch there would: two wheel notches at a time
    // (about 1.3×), until the numbers stand alone.
    const runs: string[][] = [];
    for (let i = 0; i < 10 && !runs.at(-1)?.some((t) => /^\d+$/.test(t)); i++) {
      const at = (await page.locator('#labels g[data-label^="run:"], #labels g[data-label^="num:"]').first().boundingBox())!;
      await settled(page, async () => {
        await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
        for (let n = 0; n < 2; n++) await page.mouse.wheel(0, -100);
      });
      runs.push((await coveredNumbers(page)).texts);
    }
    // On the way in the range "25–38 专业" gives way to numbers standing alone, each department named beside its own.
    expect(runs[0].some((t) => /^25–\d+ /.test(t))).toBe(true);
    expect(runs.at(-1)!.some((t) => /^\d+$/.test(t))).toBe(true);
    const services = await page.locator('#labels g[data-label^="service:"]').allTextContents();
    expect(services.filter((t) => /^(公安|税务|社保|医保|公积金|不动产)$/.test(t)).length).toBeGreaterThanOrEqual(2);
    await shot(page, 'navmap-labels-2f-zoomed');
    await close();
  });
});
