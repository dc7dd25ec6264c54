/**
 * Links and QR codes into the phone map at 390 × 844: an outdated code or a mistyped link says what it named that the
 * map does not have and offers the way on (search, or start at the main entrance), in the page's language; a good
 * link after it clears the note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NavMapApp, openNavMap, shot, startNavMapApp } from './harness';

let phoneMap: NavMapApp;

beforeAll(async () => {
  phoneMap = await startNavMapApp();
});

afterAll(async () => {
  await phoneMap?.browser.close();
});

const open = (hash: string, locale = 'zh-CN') => openNavMap(phoneMap.browser, phoneMap.url, hash, { locale });

describe('a broken link into the phone map', () => {
  it('says which start and which destination were not found, and offers search and the main entrance', async () => {
    const { page, errors, close } = await open(`#from=nonexistent&to=${encodeURIComponent('不存在')}`);
    const note = page.locator('#link-missing');
    await note.waitFor();
    expect(await note.getAttribute('role')).toBe('alert');
    expect(await page.locator('#link-missing-from').textContent()).toContain('“nonexistent”');
    expect(await page.locator('#link-missing-to').textContent()).toContain('“不存在”');
    // No start is made up: the person is asked, not routed from the main entrance they may not be at.
    expect(await page.locator('#here').textContent()).toContain('还不知道您的位置');
    expect(await page.locator('[data-here]').count()).toBe(0);
    await shot(page, 'navmap-link-broken');
    // "Search" takes the person to the search box; a search then works as usual.
    await page.click('#link-search');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('社保');
    await page.locator('#results button[data-dest]').first().waitFor();
    // Starting at the main entrance puts the dot there and withdraws that half of the note.
    await page.click('#link-start-main');
    await page.locator('[data-here]').waitFor();
    expect(await page.locator('#here').textContent()).toContain('主入口');
    expect(await page.locator('#link-missing-from').count()).toBe(0);
    expect(await page.locator('#link-missing-to').count()).toBe(1);
    await page.click('#link-close');
    expect(await page.locator('#link-missing').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('says it in English, and a good link afterwards clears the note and opens its route', async () => {
    const { page, close } = await open('#from=f1-door-01&to=zzz-old-counter&lang=en', 'en-US');
    await page.locator('#link-missing-to').waitFor();
    expect(await page.locator('#link-missing-to').textContent()).toContain('“zzz-old-counter” in this link was not found');
    expect(await page.locator('#link-missing-from').count()).toBe(0);
    // The start the link did name stands.
    expect(await page.locator('#here').textContent()).toContain('You are at: Main entrance (1F)');
    await shot(page, 'navmap-link-broken-en');
    await page.evaluate(() => (location.hash = '#from=f1-door-01&to=05&lang=en'));
    await page.locator('#steps').waitFor();
    expect(await page.locator('#link-missing').count()).toBe(0);
    await close();
  });
});
