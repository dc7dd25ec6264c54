/**
 * The big hall's phone map (five floors of four wings, 262 m long) at 390 × 844: it opens around the citizen's
 * start at a scale that names the rooms and counter rows there, as Gaode opens at the user's place, not on the whole
 * 262 m floor at 1.4 px per metre where nothing is named; its five floors read 1F…5F in one row.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportNavMap } from '../../src/nav/export/navmap';
import { generateBigHall } from '../fixtures/generated-hall';
import { launchBrowser, mapLaidOut, openNavMap, shot } from './harness';
import { navMapArgs } from '../fixtures/navmap-args';

let browser: Browser;
let url: string;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'navmap-big-')), 'nav.html');
  writeFileSync(file, await exportNavMap(...navMapArgs(generateBigHall())));
  url = pathToFileURL(file).href;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Pixels per metre of the map as drawn: the first wing's first waiting area is 24 m wide (6–30 m). */
async function pxPerMetre(page: Page): Promise<number> {
  const box = await page.locator('[data-zone="f1-zone-14-w1"]').boundingBox();
  return (box?.width ?? 0) / 24;
}

describe('the big hall on a phone', () => {
  it('opens around the start with its rooms and counters named, the five floors in one row', async () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, errors, close } = await openNavMap(browser, url, '#from=f1-door-01-w1', { locale });
      const floors = await page
        .locator('.floors button')
        .evaluateAll((bs) => bs.map((b) => ({ text: b.textContent, label: b.getAttribute('aria-label'), top: b.getBoundingClientRect().top })));
      expect(floors.map((f) => f.text)).toEqual(['1F', '2F', '3F', '4F', '5F']);
      expect(new Set(floors.map((f) => f.top)).size, 'one row').toBe(1);
      if (locale === 'zh-CN') expect(floors[0].label).toBe('1F 一层');
      expect(await pxPerMetre(page)).toBeGreaterThanOrEqual(5);
      // The you-are-here dot is on the map, away from its edges.
      const map = (await page.locator('#map').boundingBox()) as { x: number; y: number; width: number; height: number };
      const dot = (await page.locator('[data-here]').boundingBox()) as { x: number; y: number; width: number; height: number };
      expect(dot.x).toBeGreaterThan(map.x + 20);
      expect(dot.x + dot.width).toBeLessThan(map.x + map.width - 20);
      expect(dot.y).toBeGreaterThan(map.y + 20);
      expect(dot.y + dot.height).toBeLessThan(map.y + map.height - 20);
      // The rooms around it are named, and its wing's counter row.
      const named = await page.locator('#labels g[data-label^="zone:"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label')));
      for (const id of ['f1-zone-14-w1', 'f1-zone-15-w1', 'f1-zone-06-w1']) expect(named, id).toContain(`zone:${id}`);
      expect(await page.locator('#labels g[data-label^="run:"]').count()).toBeGreaterThan(0);
      await shot(page, `navmap-big-open-${locale}`);
      // Another floor has no start: it shows whole; back on 1F the map is around the start again.
      await page.click('button[data-floor="F3"]');
      await page.locator('[data-zone="f3-zone-14-w1"]').waitFor();
      await page.click('button[data-floor="F1"]');
      await page.locator('[data-zone="f1-zone-14-w1"]').waitFor();
      await mapLaidOut(page);
      expect(await pxPerMetre(page)).toBeGreaterThanOrEqual(5);
      expect(errors).toEqual([]);
      await close();
    }
  });
});
