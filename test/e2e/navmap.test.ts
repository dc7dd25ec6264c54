/**
 * The exported nav map in Chromium at a 390 × 844 phone viewport, opened from a file:// URL (no server): legible
 * labels (every shown label ≥ 12 px, none overlapping, at the opening view and zoomed in twice, and in large text),
 * search the way people ask, place cards with "Go here" / "I am here", routes from a link with options, steps and
 * voice in Chinese and English, no network requests, and a hostile zone name that stays text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { countyNavMap, launchBrowser, mapLaidOut, newPage, openNavMap, PHONE, shot } from './harness';

const ZH = { ...PHONE, locale: 'zh-CN' };
const EN = { ...PHONE, locale: 'en-US' };

/** Replaces speechSynthesis with a recorder whose voices (zh-CN and/or en-US) appear only after voiceschanged. */
const stubSpeech = (langs: string[]) => `
  (() => {
    const spoken = [];
    window.__spoken = spoken;
    const voices = ${JSON.stringify(langs)}.map((lang, i) => ({ name: 'v' + lang, lang, default: i === 0, localService: true, voiceURI: 'v' + lang }));
    let ready = false;
    const synth = new EventTarget();
    synth.getVoices = () => (ready ? voices : []);
    synth.speak = (u) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name });
    synth.cancel = () => {};
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(t) { this.text = t; this.lang = ''; this.voice = null; } };
    setTimeout(() => { ready = true; synth.dispatchEvent(new Event('voiceschanged')); }, 50);
  })();`;

type Box = { key: string; x0: number; y0: number; x1: number; y1: number; textH: number; font: number };

/** The shown map labels: each group's box, its text's rendered height and font size, after the layout settles. */
async function labelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#labels g[data-label]')].map((g) => {
      const r = g.getBoundingClientRect();
      const t = g.querySelector('text');
      const tr = t?.getBoundingClientRect();
      return {
        key: g.getAttribute('data-label')!,
        x0: r.left,
        y0: r.top,
        x1: r.right,
        y1: r.bottom,
        textH: tr ? tr.height : r.height,
        font: t ? Number.parseFloat(getComputedStyle(t).fontSize) : 99,
      };
    }),
  );
}

async function layoutAfter(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => Number(document.querySelector('svg.overlay')?.getAttribute('data-layout') ?? 0) > k, n);
}
const layoutCount = (page: Page) => page.evaluate(() => Number(document.querySelector('svg.overlay')?.getAttribute('data-layout') ?? 0));

function expectLegible(boxes: Box[], minFont = 12, minCount = 8): void {
  expect(boxes.length).toBeGreaterThanOrEqual(minCount);
  for (const b of boxes) {
    expect(b.font, b.key).toBeGreaterThanOrEqual(minFont);
    expect(b.textH, b.key).toBeGreaterThanOrEqual(12);
  }
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) overlaps.push(`${a.key} × ${b.key}`);
    }
  expect(overlaps).toEqual([]);
}

describe('nav map in the browser', () => {
  let browser: Browser;
  let url: string;
  let evilUrl: string;

  beforeAll(async () => {
    url = await countyNavMap();
    evilUrl = await countyNavMap((doc) => {
      const zone = doc.floors[0].elements.find((e) => e.id === 'f1-zone-07')!;
      zone.name = '<img src=x onerror="alert(1)"><script>alert(2)</script>厕所';
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('labels are at least 12 px and never overlap: opening view, zoomed in twice, large text, both languages', async () => {
    for (const [opts, lang] of [
      [ZH, 'zh'],
      [EN, 'en'],
    ] as const) {
      const { context, page, errors } = await openNavMap(browser, url, '#from=f1-door-01', { locale: opts.locale });
      const opening = await labelBoxes(page);
      expectLegible(opening);
      const keys = opening.map((b) => b.key);
      // Icons for toilets, the accessible toilet, AED, the lift, stairs, exits and counters.
      for (const k of ['icon:f1-zone-07', 'icon:f1-zone-08', 'icon:f1-aed-01', 'icon:f1-elevator-01', 'icon:f1-stair-01', 'icon:f1-door-04']) expect(keys, k).toContain(k);
      expect(keys.some((k) => k.startsWith('run:') || k.startsWith('num:'))).toBe(true);
      await shot(page, `navmap-${lang}-opening`);

      let n = await layoutCount(page);
      await page.click('#zoom-in');
      await layoutAfter(page, n);
      n = await layoutCount(page);
      await page.click('#zoom-in');
      await layoutAfter(page, n);
      const zoomed = await labelBoxes(page);
      expectLegible(zoomed, 12, 3);
      await shot(page, `navmap-${lang}-zoomed`);

      // Zoomed in on the counter row with the wheel, each counter's number is readable.
      for (const b of [['#zoom-out'], ['#zoom-out']]) {
        n = await layoutCount(page);
        await page.click(b[0]);
        await layoutAfter(page, n);
      }
      // A row's label (a range "01–08 …"), not the lone 00 desk's, which has a run label of its own.
      const row = (await page.locator('#labels g[data-label^="run:"]').filter({ hasText: '–' }).first().boundingBox())!;
      await page.mouse.move(row.x + row.width / 2, row.y + row.height / 2);
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -100);
      await mapLaidOut(page);
      const counters = await labelBoxes(page);
      expectLegible(counters, 12, 3);
      expect(counters.filter((b) => b.key.startsWith('num:')).length).toBeGreaterThan(3);
      await shot(page, `navmap-${lang}-counters`);

      // The upper floor, at its opening view.
      n = await layoutCount(page);
      await page.click('button[data-floor="F2"]');
      await layoutAfter(page, n);
      const upper = await labelBoxes(page);
      expectLegible(upper);
      expect(upper.map((b) => b.key)).toEqual(expect.arrayContaining(['icon:f2-zone-05', 'icon:f2-aed-01', 'icon:f1-elevator-01']));
      await shot(page, `navmap-${lang}-floor2`);
      n = await layoutCount(page);
      await page.click('button[data-floor="F1"]');
      await layoutAfter(page, n);

      n = await layoutCount(page);
      await page.click('#large');
      await layoutAfter(page, n);
      const large = await labelBoxes(page);
      expectLegible(large, 16, 5);
      await shot(page, `navmap-${lang}-large`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('finds what people ask for, with the right kind of place first, its floor and walking distance', async () => {
    const { context, page, errors } = await openNavMap(browser, url, '#from=f1-door-01', { locale: 'zh-CN' });
    const want: [string, string, string?][] = [
      ['社保', 'counter', 'f2-counter-07'],
      ['医保', 'counter', 'f2-counter-09'],
      ['公积金', 'counter', 'f2-counter-11'],
      ['不动产', 'counter', 'f2-counter-13'],
      ['税务', 'counter', 'f2-counter-04'],
      ['公安', 'counter', 'f2-counter-01'],
      ['户政', 'counter', 'f2-counter-01'],
      ['出入境', 'counter', 'f2-counter-01'],
      ['身份证', 'counter', 'f2-counter-01'],
      ['户口', 'counter', 'f2-counter-01'],
      ['营业执照', 'zone', 'f2-zone-01'],
      ['社保卡', 'counter', 'f2-counter-07'],
      ['医保报销', 'counter', 'f2-counter-09'],
      ['厕所', 'toilet'],
      ['洗手间', 'toilet'],
      ['电梯', 'link', 'f1-elevator-01'],
      ['楼梯', 'link'],
      ['出口', 'exit'],
      ['母婴室', 'toilet', 'f1-zone-09'],
      // The dispenser on the entrance floor before the convenience area upstairs.
      ['饮水', 'facility', 'f1-drinking-water-01'],
      ['复印', 'zone', 'f2-zone-15'],
      ['5号窗口', 'counter', 'f1-counter-06'],
      ['5号', 'counter', 'f1-counter-06'],
      ['05', 'counter', 'f1-counter-06'],
      ['A05', 'counter', 'f1-counter-06'],
      ['shebao', 'counter', 'f2-counter-07'],
      ['wsj', 'toilet'],
      ['toilet', 'toilet'],
      ['lift', 'link'],
    ];
    const first = page.locator('#results li button').first();
    for (const [q, category, id] of want) {
      await page.fill('#search', q);
      expect(await first.getAttribute('data-category'), q).toBe(category);
      if (id) expect(await first.getAttribute('data-dest'), q).toBe(id);
    }
    await page.fill('#search', '厕所');
    // The nearest toilet first: both on the ground floor before those upstairs.
    expect(await page.locator('#results li button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-dest')))).toEqual([
      'f1-zone-08',
      'f1-zone-07',
      'f2-zone-06',
      'f2-zone-05',
    ]);
    const meta = await first.locator('small').textContent();
    expect(meta).toMatch(/1F 一层/);
    expect(meta).toMatch(/步行约\d+米/);
    await shot(page, 'navmap-zh-search');
    await page.fill('#search', 'zycl');
    expect(await page.locator('#results li').count()).toBe(0);
    expect(await page.textContent('#results')).toContain('没有找到');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tap on 卫生间 opens its card; "Go here" draws the route; "I am here" is the only way to move the start', async () => {
    for (const [opts, lang] of [
      [ZH, 'zh'],
      [EN, 'en'],
    ] as const) {
      const { context, page, errors } = await openNavMap(browser, url, '#from=f1-door-01', { locale: opts.locale });
      const here0 = await page.textContent('#here');
      const wc = (await page.locator('#labels g[data-label="icon:f1-zone-07"]').boundingBox())!;
      await page.touchscreen.tap(wc.x + wc.width / 2, wc.y + wc.height / 2);
      await page.waitForSelector('#card');
      expect(await page.textContent('#card h2')).toBe(lang === 'zh' ? '卫生间' : 'Toilet');
      expect(await page.textContent('#card-meta')).toContain(lang === 'zh' ? '1F 一层' : '1F');
      expect(await page.textContent('#card-walk')).toMatch(lang === 'zh' ? /步行约\d+米/ : /\d+ m walk/);
      expect(await page.textContent('#go')).toBe(lang === 'zh' ? '到这里去' : 'Go here');
      expect(await page.textContent('#iamhere')).toBe(lang === 'zh' ? '我在这里' : 'I am here');
      // Tapping a place did not move "you are here".
      expect(await page.textContent('#here')).toBe(here0);
      await shot(page, `navmap-${lang}-card`);
      await page.click('#go');
      expect(await page.locator('polyline[data-route]').count()).toBe(1);
      expect(await page.locator('[data-dest-pin]').count()).toBe(1);
      const steps = await page.locator('#steps li').allTextContents();
      expect(steps[0]).toContain(lang === 'zh' ? '从主入口进门后右转' : 'Come in through the main entrance, turn right');
      expect(steps[steps.length - 1]).toContain(lang === 'zh' ? '到达卫生间' : 'You have arrived at the toilet');
      await mapLaidOut(page);
      expectLegible(await labelBoxes(page), 12, 3);
      await shot(page, `navmap-${lang}-route`);

      // A counter's card shows the hall's opening hours (from its service-hours sign).
      await page.fill('#search', '05');
      await page.locator('#results li button').first().click();
      expect(await page.textContent('#card-hours')).toContain(lang === 'zh' ? '开放时间：周一至周五 9:00-17:00' : 'Opening hours: Mon-Fri 9:00-17:00');
      await page.click('#card-close');

      // Choosing a new start is explicit: tap the waiting area, then "I am here".
      const box = (await page.locator('#map svg').first().boundingBox())!;
      await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * 0.5);
      await page.waitForSelector('#card');
      expect(await page.textContent('#here')).toBe(here0);
      await page.click('#iamhere');
      await expect.poll(() => page.textContent('#here')).not.toBe(here0);
      expect(await page.locator('#steps li').first().textContent()).toContain(lang === 'zh' ? '从' : 'From');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('#from=…&to=…&mode=wheelchair opens a ready route through the lift', async () => {
    const { context, page, errors } = await openNavMap(browser, url, '#from=f1-door-01&to=f2-counter-07&mode=wheelchair', { locale: 'zh-CN' });
    expect(await page.getAttribute('#wheelchair', 'aria-pressed')).toBe('true');
    const walk = (await page.locator('#steps li').allTextContents()).join('\n');
    expect(walk).toContain('乘无障碍电梯到2楼');
    expect(walk).not.toContain('楼梯');
    expect(walk).toContain('到达31号窗口');
    expect(await page.locator('polyline[data-route]').count()).toBe(1);
    await mapLaidOut(page);
    const boxes = await labelBoxes(page);
    expectLegible(boxes, 12, 3);
    // The floor change is noted on the map at the lift.
    expect(boxes.map((b) => b.key)).toContain('route:0');
    expect(await page.textContent('#labels g[data-label="route:0"]')).toBe('乘无障碍电梯到2楼');
    await shot(page, 'navmap-zh-wheelchair-link');
    // A counter number works in the link too, and a later hash change re-routes.
    await page.evaluate(() => (location.hash = '#from=f1-door-01&to=05'));
    await expect.poll(async () => (await page.locator('#steps li').allTextContents()).join('\n')).toContain('到达5号窗口');
    // From a counter's own QR code to "厕所": the nearest toilet, on the same floor.
    await page.evaluate(() => (location.hash = '#from=f2-counter-07&to=厕所'));
    await expect.poll(() => page.textContent('#here')).toContain('31号窗口');
    const toilet = (await page.locator('#steps li').allTextContents()).join('\n');
    expect(toilet).toMatch(/到达(无障碍)?卫生间/);
    expect(toilet).not.toContain('楼');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('English phone: English UI, steps and voice; switches to Chinese; search placeholder is not cut off', async () => {
    const { context, page, errors } = await newPage(browser, EN);
    await context.addInitScript(stubSpeech(['zh-CN', 'en-US']));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}#from=f1-door-01&to=f2-counter-08`);
    await page.waitForSelector('body[data-ready="1"]');
    expect(await page.textContent('#wheelchair')).toBe('♿ Wheelchair');
    expect(await page.textContent('#large')).toBe('Large text A+');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const steps = page.locator('#steps li');
    const walk = (await steps.allTextContents()).join('\n');
    expect(walk).toContain('Come in through the main entrance');
    expect(walk).toContain('Take the west stairs up to floor 2');
    expect(walk).not.toMatch(/[\u4e00-\u9fff]/);
    await page.click('#speak');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBeGreaterThanOrEqual(await steps.count());
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken.every((u) => u.lang === 'en-US')).toBe(true);
    expect(spoken.at(-1)!.text).toBe('Counter 32 is on your left. You have arrived');
    await shot(page, 'navmap-en-route-stairs');

    const fits = () =>
      page.evaluate(() => {
        const el = document.getElementById('search') as HTMLInputElement;
        const cs = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        return ctx.measureText(el.placeholder).width <= el.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
      });
    expect(await fits()).toBe(true);
    await page.click('#large');
    expect(await fits()).toBe(true);
    await page.click('#lang');
    expect(await page.textContent('#wheelchair')).toBe('♿ 轮椅模式');
    expect(await page.textContent('#large')).toBe('大字 A+');
    expect(await fits()).toBe(true);
    expect((await steps.allTextContents()).join('\n')).toContain('走西楼梯上到2楼');
    await page.click('#large');
    expect(await fits()).toBe(true);
    expect(requests).toEqual([`${url}#from=f1-door-01&to=f2-counter-08`.replace(/#.*/, '')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Chinese with a Chinese voice; says so in text when the phone has none', async () => {
    {
      const { context, page, errors } = await openNavMap(browser, url, '#from=f1-door-01&to=f1-counter-06', { init: stubSpeech(['zh-CN', 'en-US']) });
      await page.click('#speak');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBeGreaterThan(1);
      const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
      expect(spoken[0]).toMatchObject({ lang: 'zh-CN', text: '从主入口进门后向左前方走约20米' });
      expect(spoken.at(-1)!.text).toBe('已到达5号窗口，在您前方');
      await page.click('#repeat');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(2 * spoken.length);
      expect(errors).toEqual([]);
      await context.close();
    }
    {
      const { context, page, errors } = await openNavMap(browser, url, '#from=f1-sign-06&to=f1-zone-08', { init: stubSpeech(['en-US']) });
      expect(await page.locator('#steps li').first().textContent()).toContain('面向大厅平面布局图');
      await page.click('#speak');
      await expect.poll(() => page.textContent('#voice-msg')).toContain('没有中文语音');
      expect(await page.locator('#steps li').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(0);
      await page.click('#lang');
      await page.click('#speak');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('keeps a hostile zone name as text', async () => {
    const { context, page, errors } = await newPage(browser, ZH);
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
    await page.click('#go');
    await mapLaidOut(page);
    expect(dialogs).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
