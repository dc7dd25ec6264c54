/**
 * What the phone map names at 390 × 844 (walk2 #29): at the default zoom every counter of a row is covered by a
 * label (a long run of one service by its name, the rest by number ranges) on both floors; zooming in splits the
 * ranges and then shows each counter's own number.
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

const open = (locale = 'zh-CN') => openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale });

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

/** The label of `key` lies within the zone `id` as drawn on screen (its name is read as that room's). */
async function labelInZone(page: Page, key: string, id: string): Promise<boolean> {
  const label = await page.locator(`#labels g[data-label="${key}"]`).boundingBox();
  const zone = await page.locator(`polygon[data-zone="${id}"]`).boundingBox();
  if (!label || !zone) return false;
  const cx = label.x + label.width / 2;
  const cy = label.y + label.height / 2;
  return cx > zone.x && cx < zone.x + zone.width && cy > zone.y && cy < zone.y + zone.height;
}

describe('room names on the phone map (walk3)', () => {
  it('names the lobby, the 24-hour room and the disclosure room at the default zoom, each inside its room', async () => {
    const { page, close } = await open();
    // The lobby's middle holds the 取号, first-aid and AED icons and the 00 desk: its name takes a free spot in it.
    for (const [id, name] of [
      ['f1-zone-05', '咨询导办区'],
      ['f1-zone-03', '24小时自助服务区'],
      ['f1-zone-01', '政务公开区'],
    ]) {
      const label = page.locator(`#labels g[data-label="zone:${id}"]`);
      expect(await label.count(), name).toBe(1);
      expect((await label.textContent())?.replace(/\s/g, ''), name).toBe(name);
      expect(await labelInZone(page, `zone:${id}`, id), name).toBe(true);
    }
    // The narrow 24-hour room is named on three lines; its entrance keeps its badge and its name, outside the wall.
    expect(await page.locator('#labels g[data-label="zone:f1-zone-03"] text').count()).toBe(3);
    const door = (await page.locator('#labels g[data-label="icon:f1-door-02"]').boundingBox())!;
    const outline = (await page.locator('polygon[data-zone="f1-zone-03"]').boundingBox())!;
    expect(door.y).toBeGreaterThanOrEqual(outline.y + outline.height - 1);
    expect(await page.locator('#labels g[data-label="name:f1-door-02"]').textContent()).toBe('24小时自助区入口');
    await shot(page, 'navmap-labels-rooms-1f');
    await close();
  });

  it('keeps a counter row numbered beside a route that runs along it (2F, to counter 35)', async () => {
    const { page, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01&to=35');
    await settled(page, () => page.click('button[data-floor="F2"]'));
    await page.locator('[data-dest-pin]').waitFor();
    const f2 = await coveredNumbers(page);
    expect(f2.numbers).toEqual(expect.arrayContaining(span(25, 39)));
    // No row label sits on the route line: each keeps clear of the line's points.
    const line = await page.locator('polyline[data-route]').evaluate((el) => {
      const m = (el as SVGPolylineElement).getScreenCTM()!;
      return [...(el as SVGPolylineElement).points].map((p) => {
        const q = new DOMPoint(p.x, p.y).matrixTransform(m);
        return [q.x, q.y] as const;
      });
    });
    for (const box of await page.locator('#labels g[data-label^="run:"]').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().toJSON() as DOMRect))) {
      for (let i = 1; i < line.length; i++)
        for (let t = 0; t <= 1; t += 0.05) {
          const x = line[i - 1][0] + (line[i][0] - line[i - 1][0]) * t;
          const y = line[i - 1][1] + (line[i][1] - line[i - 1][1]) * t;
          expect(x > box.left && x < box.right && y > box.top && y < box.bottom, `route under ${JSON.stringify(box)}`).toBe(false);
        }
    }
    await shot(page, 'navmap-labels-2f-route');
    await close();
  });

  it('names the 00 desk at the default zoom while the you-are-here dot stands at the main entrance', async () => {
    const { page, close } = await open();
    const runs = await page.locator('#labels g[data-label^="run:"]').allTextContents();
    expect(runs.some((t) => t.startsWith('00'))).toBe(true);
    // The desk is named beside the icons a citizen coming in also looks for, and the lobby keeps its name.
    expect(await page.locator('#labels g[data-label="icon:f1-ticket-machine-01"]').count()).toBe(1);
    expect(await page.locator('#labels g[data-label="zone:f1-zone-05"]').count()).toBe(1);
    const boxes = await page.locator('#labels g[data-label]').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1, `labels ${i} and ${j} overlap`).toBe(false);
      }
    await shot(page, 'navmap-labels-desk-00');
    await close();
  });

  it('tells the two waiting areas apart in English, on the map and in the results', async () => {
    const { page, close } = await open('en-US');
    const names = await Promise.all(['f1-zone-14', 'f1-zone-15'].map((id) => page.locator(`#labels g[data-label="zone:${id}"]`).textContent()));
    expect(names).toEqual(['Waiting area 1', 'Waiting area 2']);
    await page.fill('#search', 'waiting');
    await page.locator('#results button[data-dest]').first().waitFor();
    const results = await page.locator('#results button[data-dest]').allTextContents();
    for (const n of [1, 2, 3, 4])
      expect(
        results.some((t) => t.startsWith(`Waiting area ${n}`)),
        `Waiting area ${n}`,
      ).toBe(true);
    await shot(page, 'navmap-labels-en-waiting');
    await close();
  });
});
