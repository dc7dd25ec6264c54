/**
 * What the phone map names at 390 × 844 (walk2 #29): at the default zoom every counter of a row is covered by a
 * label (a long run of one service by its name, the rest by number ranges) on both floors; zooming in splits the
 * ranges and then shows each counter's own number.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyNavMap, launchBrowser, openNavMap, shot } from './harness';

let url: string;
let browser: Browser;

beforeAll(async () => {
  url = await countyNavMap();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const open = (locale = 'zh-CN') => openNavMap(browser, url, '#from=f1-door-01', { locale });

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
    // Rooms too narrow for their name on one line are named on two ("自助\n服务区"); the 母婴室 badge moves off the
    // accessible toilet's ♿ instead of vanishing.
    const zones = await page.locator('#labels g[data-label^="zone:"]').allTextContents();
    expect(zones).toEqual(expect.arrayContaining(['自助服务区', '投诉受理区', '纠纷调解室']));
    expect(await page.locator('#labels g[data-label="icon:f1-zone-09"]').textContent()).toBe('母婴');
    expect(await page.locator('#labels g[data-label="zone:f1-zone-06"] text').count()).toBe(2);
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
