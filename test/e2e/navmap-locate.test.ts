/**
 * "Where am I" on the phone map (390 × 844, touch): the locate button (◎, at the start of the status line) brings
 * back the floor of the start and the map around its dot after the citizen has looked at another floor or zoomed and
 * panned away; with no start yet it says how to set one, and after "I am here" it finds the new spot.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLaidOut, type NavMapApp, openNavMap, shot, startNavMapApp } from './harness';

let phoneMap: NavMapApp;

beforeAll(async () => {
  phoneMap = await startNavMapApp();
});

afterAll(async () => {
  await phoneMap?.browser.close();
});

/** How far (px) the you-are-here dot is from the map's middle, undefined when it is not drawn. */
async function dotOffCentre(page: Page): Promise<number | undefined> {
  const dot = await page.locator('[data-here]').boundingBox();
  const map = (await page.locator('#map').boundingBox())!;
  if (!dot) return undefined;
  return Math.hypot(dot.x + dot.width / 2 - (map.x + map.width / 2), dot.y + dot.height / 2 - (map.y + map.height / 2));
}

const viewWidth = (page: Page) => page.evaluate(() => Number(document.querySelector('#map svg')!.getAttribute('viewBox')!.split(' ')[2]));
const current = (page: Page) => page.locator('.floors button[aria-current="true"]').getAttribute('data-floor');

describe('where am I', () => {
  it('brings back the start floor and centres its dot, zoomed in, after looking at another floor', async () => {
    const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f2-sign-09');
    expect(await current(page)).toBe('F2');
    await page.click('button[data-floor="F1"]');
    await mapLaidOut(page);
    expect(await page.locator('[data-here]').count()).toBe(0);
    const floorWidth = await viewWidth(page);
    await page.locator('#locate').tap();
    await mapLaidOut(page);
    expect(await current(page)).toBe('F2');
    expect(await dotOffCentre(page)).toBeLessThan(4);
    expect(await viewWidth(page)).toBeLessThan(floorWidth / 2);
    expect(await page.locator('#locate').getAttribute('aria-label')).toBe('显示我的位置');
    await shot(page, 'navmap-locate-2f');
    // Zoomed and panned away with a finger: the button finds the dot again, keeping the zoom.
    await page.click('#zoom-in');
    const m = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
    await page.mouse.down();
    await page.mouse.move(m.x + 40, m.y + m.height / 2 - 60, { steps: 6 });
    await page.mouse.up();
    await mapLaidOut(page);
    expect(await dotOffCentre(page)).toBeGreaterThan(40);
    const zoomed = await viewWidth(page);
    await page.locator('#locate').tap();
    await mapLaidOut(page);
    expect(await dotOffCentre(page)).toBeLessThan(4);
    expect(await viewWidth(page)).toBeCloseTo(zoomed, 6);
    expect(errors).toEqual([]);
    await close();
  });

  it('with no start yet says how to set one; after "I am here" it finds the chosen spot (English)', async () => {
    const { page, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=nowhere&lang=en', { locale: 'en-US' });
    await page.locator('#locate').tap();
    await expect.poll(() => page.locator('.sr[aria-live]').textContent()).toContain('Where are you?');
    expect(await page.locator('.here.ask').count()).toBe(1);
    expect(await page.locator('#locate').getAttribute('aria-label')).toBe('Show where I am');
    await shot(page, 'navmap-locate-unset-en');
    // The citizen taps the waiting area they sit in and says "I am here".
    const zone = (await page.locator('polygon[data-zone="f1-zone-15"]').boundingBox())!;
    await page.touchscreen.tap(zone.x + zone.width * 0.6, zone.y + zone.height * 0.5);
    await page.locator('#iamhere').click();
    await page.locator('[data-here]').waitFor();
    expect(await page.locator('.here.ask').count()).toBe(0);
    expect(await page.locator('#here').textContent()).toContain('Waiting area 2');
    await page.locator('#locate').tap();
    await mapLaidOut(page);
    expect(await dotOffCentre(page)).toBeLessThan(4);
    await close();
  });
});
