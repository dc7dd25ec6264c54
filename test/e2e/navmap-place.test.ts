/**
 * The phone map at 390 × 844: a picked place is pinned and named on the map before any route is asked for, its card
 * says the opening hours once, the result list and the route summary name the same metres, and a route is framed on
 * the map with the building filling it (not half the map empty outside the walls).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLaidOut, type NavMapApp, newPage, openNavMap, PHONE, shot, startNavMapApp } from './harness';

let phoneMap: NavMapApp;

beforeAll(async () => {
  phoneMap = await startNavMapApp();
});

afterAll(async () => {
  await phoneMap?.browser.close();
});

const open = (locale: string) => openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale });

async function searchAndPick(page: Page, q: string): Promise<void> {
  await page.fill('#search', q);
  await page.locator('#results button[data-dest]').first().click();
  await page.locator('#card').waitFor();
}

/** A place's name without the "前往：" lead-in of the route summary. */
const bareName = (t: string | null) =>
  (t ?? '')
    .replace(/^(前往：|To: )/, '')
    .replace(/（.*）$/, '')
    .trim();

/** Whole metres named in a text ("步行约70米", "about 60 m"). */
const metres = (t: string | null) => Number(/(\d+)\s*(?:米|m\b)/.exec(t ?? '')?.[1]);

describe('the phone map', () => {
  it('pins and names a picked place before a route, says its hours once', async () => {
    const { page, close } = await open('zh-CN');
    await searchAndPick(page, '12号');
    const pin = page.locator('[data-picked-pin]');
    await pin.waitFor();
    const label = page.locator('#labels g[data-label="picked"]');
    await label.waitFor();
    expect(await label.textContent()).toContain('12号窗口');
    const map = (await page.locator('#map').boundingBox())!;
    const p = (await pin.boundingBox())!;
    expect(p.x).toBeGreaterThan(map.x);
    expect(p.x + p.width).toBeLessThan(map.x + map.width);
    expect(p.y).toBeGreaterThan(map.y);
    expect(p.y + p.height).toBeLessThan(map.y + map.height);
    const hours = (await page.locator('#card-hours').textContent()) ?? '';
    expect(hours).toMatch(/^开放时间：/);
    expect(hours).not.toContain('服务时间');
    await shot(page, 'navmap-place-picked');
    // Closing the card takes the mark away.
    await page.click('#card-close');
    await pin.waitFor({ state: 'detached' });
    await close();
  });

  it('names the same metres in the result list and the route summary (wheelchair)', async () => {
    const { page, close } = await open('zh-CN');
    await page.click('#wheelchair');
    for (const q of ['不动产', '厕所', '12号']) {
      await page.fill('#search', q);
      const first = page.locator('#results button[data-dest]').first();
      const listed = metres(await first.locator('small').textContent());
      await first.click();
      await page.click('#go');
      const summary = page.locator('#route p.summary').nth(1);
      await summary.waitFor();
      expect([q, metres(await summary.textContent())]).toEqual([q, listed]);
      await page.click('#clear');
    }
    await close();
  });

  it('large text never drops the destination or the route labels, even zoomed out', async () => {
    const { context, page } = await newPage(phoneMap.browser, { ...PHONE, locale: 'zh-CN' });
    // The walk's toilet from the 2F directory, and a 2F counter from the 1F door (a floor change on the way).
    for (const [from, to] of [
      ['f2-sign-09', '卫生间'],
      ['f1-door-01', '28号'],
    ]) {
      await page.goto(`${phoneMap.url}#from=${from}&to=${encodeURIComponent(to)}`);
      await page.reload();
      await page.waitForSelector('body[data-ready="1"]');
      await page.locator('#steps').waitFor();
      await page.click('#large');
      await page.click('#zoom-out');
      const name = bareName(await page.locator('#route p.summary').first().textContent());
      for (const floor of await page.locator('.floors button[data-floor]').all()) {
        const id = (await floor.getAttribute('data-floor'))!;
        await floor.click();
        await page.click('#zoom-out');
        await mapLaidOut(page);
        // The destination is named beside its pin on its floor; its map label does not say it a second time.
        const pins = await page.locator('[data-dest-pin]').count();
        expect([to, id, await page.locator('#labels g[data-label="dest"]').count()]).toEqual([to, id, pins]);
        if (pins) {
          expect(await page.locator('#labels g[data-label="dest"]').textContent()).toBe(name);
          expect((await page.locator('#labels g').allTextContents()).filter((t) => t === name).length).toBe(1);
        }
        // Every floor change on this floor keeps its note.
        const changes = await page.locator(`#steps li[data-kind="link"][data-floor="${id}"]`).count();
        expect([to, id, await page.locator('#labels g[data-label^="route:"]').count()]).toEqual([to, id, changes]);
      }
      await shot(page, `navmap-large-text-${from}`);
    }
    await context.close();
  });

  it("a route ending at the map's right edge keeps its pin clear of the zoom buttons and names it (English, large text)", async () => {
    const { page, close } = await open('en-US');
    await page.click('#large');
    await searchAndPick(page, 'mother');
    await page.click('#go');
    await page.locator('#steps').waitFor();
    await mapLaidOut(page);
    const pin = (await page.locator('[data-dest-pin]').boundingBox())!;
    const zoom = (await page.locator('.zoombar').boundingBox())!;
    const apart = pin.x + pin.width <= zoom.x || pin.y >= zoom.y + zoom.height || pin.y + pin.height <= zoom.y;
    expect(apart).toBe(true);
    expect(await page.locator('#labels g[data-label="dest"]').textContent()).toBe('Mother and baby room');
    await shot(page, 'navmap-route-clear-of-zoom');
    await close();
  });

  it('frames a route along an outer wall with the building filling the map', async () => {
    const { page, close } = await open('en-US');
    await searchAndPick(page, 'toilet');
    await page.click('#go');
    await page.locator('#steps').waitFor();
    await mapLaidOut(page);
    await shot(page, 'navmap-route-framed');
    const map = (await page.locator('#map').boundingBox())!;
    const route = (await page.locator('polyline[data-route]').boundingBox())!;
    // The route in view with a margin.
    expect(route.x).toBeGreaterThan(map.x + 8);
    expect(route.x + route.width).toBeLessThan(map.x + map.width - 8);
    expect(route.y).toBeGreaterThan(map.y + 8);
    expect(route.y + route.height).toBeLessThan(map.y + map.height - 8);
    // The floor covers the map (grey outside the building at most a strip).
    const outline = (await page.locator('#map svg polygon').first().boundingBox())!;
    const covered = (Math.min(outline.y + outline.height, map.y + map.height) - Math.max(outline.y, map.y)) / map.height;
    expect(covered).toBeGreaterThan(0.85);
    await shot(page, 'navmap-route-framed');
    await close();
  });
});
