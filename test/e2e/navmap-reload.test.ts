/**
 * The phone map keeps its state in its address, as a map app keeps its route: after a reload (or the phone's browser
 * bringing back a tab it discarded, offline in the hall) the citizen finds the same start, route, wheelchair mode,
 * large text and language; a start chosen on a card survives too.
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

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForFunction(() => Number(document.querySelector('svg.overlay')?.getAttribute('data-layout') ?? 0) > 0);
}

describe('the phone map after a reload', () => {
  it('opens the same route, wheelchair mode, large text and language, offline', async () => {
    const { page, context, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01');
    await page.fill('#search', '35');
    await page.locator('#results button[data-dest]').first().click();
    await page.click('#go');
    await page.locator('#route p.summary').first().waitFor();
    await page.click('#wheelchair');
    await page.click('#large');
    await page.click('#lang');
    await expect.poll(() => page.locator('#route p.summary').first().textContent()).toContain('Counter 35');
    const before = await page.locator('#route li').allTextContents();
    expect(before.join(' ')).toMatch(/elevator/);
    await context.setOffline(true);
    await reload(page);
    expect(await page.locator('#route p.summary').first().textContent()).toContain('Counter 35');
    expect(await page.locator('#route li').allTextContents()).toEqual(before);
    expect(await page.getAttribute('#wheelchair', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('#large', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.body.classList.contains('large'))).toBe(true);
    expect(await page.locator('#here').textContent()).toContain('You are at: Main entrance (1F)');
    await shot(page, 'navmap-reload-route');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps a start set with "I am here" on a place card', async () => {
    const { page, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01');
    await page.fill('#search', '第一等候区');
    await page.locator('#results button[data-dest]').first().click();
    await page.click('#iamhere');
    await expect.poll(() => page.locator('#here').textContent()).toContain('第一等候区');
    await reload(page);
    expect(await page.locator('#here').textContent()).toContain('第一等候区');
    await close();
  });
});
