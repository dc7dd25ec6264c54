/**
 * The facilities on the phone map at 390 × 844, as Gaode shows a shop: a small wordless icon that yields to every
 * name. At the default zoom every room keeps its name and no icon covers any label; an icon left out for a name
 * shows once zooming in on it makes room; its title names it in the map's language.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NavMapApp, openNavMap, shot, startNavMapApp } from './harness';

let phoneMap: NavMapApp;

beforeAll(async () => {
  phoneMap = await startNavMapApp();
});

afterAll(async () => {
  await phoneMap?.browser.close();
});

/** Waits for the overlay's next layout after an action. */
async function settled(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await page.locator('svg.overlay').getAttribute('data-layout');
  await act();
  await page.waitForFunction((b) => document.querySelector('svg.overlay')?.getAttribute('data-layout') !== b, before);
}

type Box = { left: number; top: number; right: number; bottom: number };

/** Every label drawn, with its screen box; icons are the facilities' pictograms. */
async function drawn(page: Page): Promise<{ key: string; icon: boolean; title: string; box: Box }[]> {
  return page.locator('#labels g[data-label]').evaluateAll((gs) =>
    gs.map((g) => ({
      key: g.getAttribute('data-label') ?? '',
      icon: g.hasAttribute('data-icon'),
      title: g.querySelector('title')?.textContent ?? '',
      box: g.getBoundingClientRect().toJSON() as Box,
    })),
  );
}

const overlap = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Where a plan point is on screen: through the transform the plan's zones are drawn with (plan y points up). */
async function onScreen(page: Page, p: [number, number]): Promise<{ x: number; y: number }> {
  return page
    .locator('polygon[data-zone]')
    .first()
    .evaluate((el, [x, y]) => {
      const q = new DOMPoint(x, -y).matrixTransform((el as SVGGraphicsElement).getScreenCTM() as DOMMatrix);
      return { x: q.x, y: q.y };
    }, p);
}

/** The rooms the map names at the default zoom (navmap-labels.test.ts), which no icon may take. */
const NAMED_1F = ['自助服务区', '投诉受理区', '纠纷调解室', '咨询导办区', '政务公开区'];

describe('facility icons on the phone map', () => {
  it('yield to every name at the default zoom: the rooms keep theirs, no icon covers a label', async () => {
    const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale: 'zh-CN' });
    const labels = await drawn(page);
    const zones = labels.filter((l) => l.key.startsWith('zone:'));
    const zoneTexts = await page.locator('#labels g[data-label^="zone:"]').allTextContents();
    for (const name of NAMED_1F) expect(zoneTexts, name).toContain(name);
    expect(zones.length).toBeGreaterThan(8);
    const icons = labels.filter((l) => l.icon);
    expect(icons.length, 'some facility icon has room at the default zoom').toBeGreaterThan(0);
    for (const i of icons) {
      expect(i.title).toMatch(/^[\u4e00-\u9fff]+$/);
      for (const l of labels) if (l !== i) expect(overlap(i.box, l.box), `${i.key} over ${l.key}`).toBe(false);
    }
    await shot(page, 'navmap-facilities-1f');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows an icon left out for a name once zooming in on it makes room, named in English', async () => {
    const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale: 'en-US' });
    const key = 'icon:f1-wifi-notice-01';
    // The Wi-Fi notice stands by the self-service room's name (plan 43.8, 4): left out at the default zoom.
    expect(await page.locator(`#labels g[data-label="${key}"]`).count()).toBe(0);
    for (let i = 0; i < 8 && (await page.locator(`#labels g[data-label="${key}"]`).count()) === 0; i++) {
      const at = await onScreen(page, [43.8, 4]);
      await settled(page, async () => {
        await page.mouse.move(at.x, at.y);
        for (let n = 0; n < 2; n++) await page.mouse.wheel(0, -100);
      });
    }
    const labels = await drawn(page);
    const icon = labels.find((l) => l.key === key);
    expect(icon, 'the Wi-Fi icon once zoomed in').toBeDefined();
    expect(icon?.title).toBe('Wi-Fi');
    for (const l of labels) if (icon && l !== icon) expect(overlap(icon.box, l.box), `${key} over ${l.key}`).toBe(false);
    await shot(page, 'navmap-facilities-1f-zoomed-en');
    expect(errors).toEqual([]);
    await close();
  });
});
