/**
 * The exported nav map in Chromium at a phone viewport, opened from a file:// URL (no server): search (also by
 * pinyin initials), route and steps, wheelchair mode via the elevator, voice with a stubbed speechSynthesis, no
 * network requests, and a hostile zone name that stays text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseHallText } from '../../src/core/io';
import type { HallDocument } from '../../src/core/document';
import { exportNavMap } from '../../src/nav/export/navmap';
import { ROOT, launchBrowser, newPage, shot } from './harness';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

/** Replaces speechSynthesis with a recorder that has one zh-CN voice (or none) only after voiceschanged. */
const stubSpeech = (withChinese: boolean) => `
  (() => {
    const spoken = [];
    window.__spoken = spoken;
    const voices = ${withChinese ? `[{ name: 'Ting-Ting', lang: 'zh-CN', default: false, localService: true, voiceURI: 'tt' }, { name: 'Alex', lang: 'en-US', default: true, localService: true, voiceURI: 'alex' }]` : `[{ name: 'Alex', lang: 'en-US', default: true, localService: true, voiceURI: 'alex' }]`};
    let ready = false;
    const synth = new EventTarget();
    synth.getVoices = () => (ready ? voices : []);
    synth.speak = (u) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name });
    synth.cancel = () => {};
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(t) { this.text = t; this.lang = ''; this.voice = null; } };
    setTimeout(() => { ready = true; synth.dispatchEvent(new Event('voiceschanged')); }, 50);
  })();`;

describe('nav map in the browser', () => {
  let browser: Browser;
  let url: string;
  let evilUrl: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'navmap-'));
    const file = join(dir, 'nav.html');
    writeFileSync(file, await exportNavMap(county()));
    url = pathToFileURL(file).href;
    const evil = county();
    const zone = evil.floors[0].elements.find((e) => e.id === 'f1-zone-07')!;
    zone.name = '<img src=x onerror="alert(1)"><script>alert(2)</script>厕所';
    const evilFile = join(dir, 'evil.html');
    writeFileSync(evilFile, await exportNavMap(evil));
    evilUrl = pathToFileURL(evilFile).href;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a counter by pinyin initials, routes, switches to wheelchair and speaks', async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    await context.addInitScript(stubSpeech(true));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}#from=f1-door-01`);
    await page.waitForSelector('body[data-ready="1"]');
    await expect.poll(() => page.textContent('#here')).toContain('主入口');
    await shot(page, 'navmap-start');

    // Pinyin initials: zyck → 专业窗口 (specialist counters, 2F); a near miss finds nothing.
    await page.fill('#search', 'zycl');
    expect(await page.locator('#results li').count()).toBe(0);
    await page.fill('#search', 'zyck');
    const hits = page.locator('#results li button');
    expect(await hits.count()).toBeGreaterThan(5);
    expect(await hits.first().textContent()).toContain('专业窗口');
    await page.fill('#search', '32');
    await page.locator('#results button[data-dest="f2-counter-08"]').click();
    const steps = page.locator('#steps li');
    await expect.poll(() => steps.count()).toBeGreaterThan(2);
    const walk = (await steps.allTextContents()).join('\n');
    expect(walk).toContain('从主入口出发');
    expect(walk).toContain('楼梯');
    expect(walk).toContain('到达32号窗口');
    expect(await page.locator('polyline[data-route]').count()).toBe(1);
    await shot(page, 'navmap-route-stairs');

    await page.click('#wheelchair');
    await expect.poll(async () => (await steps.allTextContents()).join('\n')).toContain('乘电梯到2楼');
    const acc = (await steps.allTextContents()).join('\n');
    expect(acc).not.toContain('楼梯');
    expect(acc).toContain('Take the elevator to floor 2');
    await shot(page, 'navmap-route-wheelchair');

    await page.click('#speak');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(await steps.count());
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: string }[] }).__spoken);
    expect(spoken[0].lang).toBe('zh-CN');
    expect(spoken[0].voice).toBe('Ting-Ting');
    expect(spoken.map((u) => u.text)).toContain('乘电梯到2楼');
    await page.click('#repeat');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(2 * spoken.length);

    // Floor 2 shows the rest of the route.
    await page.click('button[data-floor="F2"]');
    expect(await page.locator('polyline[data-route]').count()).toBe(1);
    await shot(page, 'navmap-floor2');

    // Only the page itself was loaded: no fonts, images, scripts or beacons.
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when no Chinese voice exists and keeps the text steps; large text', async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    await context.addInitScript(stubSpeech(false));
    await page.goto(`${url}#from=f1-sign-06`);
    await page.waitForSelector('body[data-ready="1"]');
    await page.fill('#search', '无障碍卫生间');
    await page.locator('#results button[data-dest="f1-zone-08"]').click();
    await page.click('#speak');
    await expect.poll(() => page.textContent('#voice-msg')).toContain('没有中文语音');
    expect(await page.locator('#steps li').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(0);
    await page.click('#large');
    expect(await page.evaluate(() => document.body.classList.contains('large'))).toBe(true);
    await shot(page, 'navmap-novoice-large');
    // A tap on the map moves "you are here" there and re-routes.
    const box = (await page.locator('#map svg').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await expect.poll(() => page.textContent('#here')).toContain('您选的位置');
    expect(await page.locator('#steps li').first().textContent()).toContain('从您选的位置出发');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a hostile zone name as text', async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`${evilUrl}#from=f1-door-01`);
    await page.waitForSelector('body[data-ready="1"]');
    await page.fill('#search', '厕所');
    const btn = page.locator('#results button[data-dest="f1-zone-07"]');
    expect(await btn.textContent()).toContain('<script>alert(2)</script>');
    await btn.click();
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
