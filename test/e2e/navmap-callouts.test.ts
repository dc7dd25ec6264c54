/**
 * What the phone map shows at its default zoom around the lobby and in small rooms (walk3's leftovers): the first-aid
 * kit beside the 00 desk, the desk's number, the mother-and-baby room's badge in English, the 24-hour entrance's
 * English name and the 2F kit beside its AED. Where a label has no free place beside its spot it stands off with a
 * leader line from a dot on the spot, as Gaode marks a crowded place; the line crosses no other label.
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

type Box = { left: number; top: number; right: number; bottom: number };
interface Laid {
  labels: Map<string, { box: Box; text: string }>;
  leaders: Map<string, { from: [number, number]; to: [number, number] }>;
}

/** Every label's box and text, and every leader line by the label it belongs to, in page pixels. */
async function laidOut(page: Page): Promise<Laid> {
  const { labels, leaders } = await page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const labels = [...document.querySelectorAll('#labels g[data-label]')].map((g) => [g.getAttribute('data-label') ?? '', { box: box(g), text: g.textContent ?? '' }] as const);
    const leaders = [...document.querySelectorAll('#labels g[data-leader-of]')].map((g) => {
      const dot = box(g.querySelector('circle') as Element);
      const line = g.querySelector('line') as SVGLineElement;
      const m = line.getScreenCTM() as DOMMatrix;
      const at = (x: number, y: number): [number, number] => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
      return [
        g.getAttribute('data-leader-of') ?? '',
        { from: [(dot.left + dot.right) / 2, (dot.top + dot.bottom) / 2], to: at(line.x2.baseVal.value, line.y2.baseVal.value) },
      ] as const;
    });
    return { labels, leaders };
  });
  return { labels: new Map(labels), leaders: new Map(leaders as [string, { from: [number, number]; to: [number, number] }][]) };
}

/** Where a plan point is on the page, read from a room's drawn outline and its plan bounds. */
async function pagePoint(page: Page, zoneId: string, plan: { x0: number; y0: number; x1: number; y1: number }, p: [number, number]): Promise<[number, number]> {
  const r = (await page.locator(`[data-zone="${zoneId}"]`).boundingBox()) as { x: number; y: number; width: number; height: number };
  return [r.x + ((p[0] - plan.x0) / (plan.x1 - plan.x0)) * r.width, r.y + r.height - ((p[1] - plan.y0) / (plan.y1 - plan.y0)) * r.height];
}

const near = (b: Box, [x, y]: [number, number], px: number) => x >= b.left - px && x <= b.right + px && y >= b.top - px && y <= b.bottom + px;

/**
 * The label `key` is shown and names the place at `spot`: its box is at the spot (within `px`), or a leader runs from
 * a dot on the spot to the box's edge.
 */
function expectAt(laid: Laid, key: string, spot: [number, number], px = 12): void {
  const l = laid.labels.get(key);
  expect(l, `${key} shown`).toBeDefined();
  if (!l) return;
  const leader = laid.leaders.get(key);
  if (!leader) {
    expect(near(l.box, spot, px), `${key} at its spot ${spot} (box ${JSON.stringify(l.box)})`).toBe(true);
    return;
  }
  expect(Math.hypot(leader.from[0] - spot[0], leader.from[1] - spot[1]), `${key}'s leader starts on its spot`).toBeLessThan(2);
  expect(near(l.box, leader.to, 1.5), `${key}'s leader ends on its label`).toBe(true);
}

/**
 * No two labels overlap, and no leader line crosses a label other than its own, except one covering the leader's spot
 * (the leader comes out from under it).
 */
function expectClear(laid: Laid): void {
  const all = [...laid.labels];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i][1].box, all[j][1].box];
      expect(a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1, `${all[i][0]} × ${all[j][0]}`).toBe(false);
    }
  for (const [key, { from, to }] of laid.leaders) {
    const len = Math.hypot(to[0] - from[0], to[1] - from[1]);
    // From the dot's rim to the label's edge, a point every pixel.
    for (let d = 4; d < len - 1; d++) {
      const p: [number, number] = [from[0] + ((to[0] - from[0]) * d) / len, from[1] + ((to[1] - from[1]) * d) / len];
      for (const [other, { box }] of laid.labels) if (other !== key && !near(box, from, 0)) expect(near(box, p, -1), `${key}'s leader crosses ${other}`).toBe(false);
    }
  }
}

const LOBBY = { x0: 20, y0: 0, x1: 44, y1: 12 };
const BABY = { x0: 57, y0: 7, x1: 64, y1: 12 };

describe('the phone map names what stands close together at the default zoom', () => {
  it('shows the first-aid kit beside the 00 desk, the desk, the ticket machine and the AED, in Chinese and English', async () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale });
      const laid = await laidOut(page);
      expectAt(laid, 'icon:f1-kit-01', await pagePoint(page, 'f1-zone-05', LOBBY, [34, 9]));
      expectAt(laid, 'icon:f1-ticket-machine-01', await pagePoint(page, 'f1-zone-05', LOBBY, [26, 9]));
      expect(laid.labels.get('icon:f1-aed-01'), 'AED').toBeDefined();
      const desk = [...laid.labels].find(([k, l]) => k.startsWith('run:') && l.text.startsWith('00'));
      expect(desk, `the 00 desk named (${locale})`).toBeDefined();
      // The desk stands at (32, 8); its label is read in front of it, toward the door.
      if (desk) expectAt(laid, desk[0], await pagePoint(page, 'f1-zone-05', LOBBY, [32, 6.8]), 16);
      expectClear(laid);
      await shot(page, `navmap-callouts-lobby-${locale}`);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('shows the mother-and-baby room in English and the 24-hour entrance by its English name under its badge', async () => {
    const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale: 'en-US' });
    const laid = await laidOut(page);
    // The badge stands on the room's middle or is led to it.
    expectAt(laid, 'icon:f1-zone-09', await pagePoint(page, 'f1-zone-09', BABY, [60.5, 9.5]), 0);
    expect(laid.labels.get('icon:f1-zone-09')?.text).toBe('Baby');
    const door = laid.labels.get('icon:f1-door-02');
    const name = laid.labels.get('name:f1-door-02');
    expect(name?.text).toBe('24h entrance');
    if (door && name) {
      expect(name.box.top, 'below its badge').toBeGreaterThanOrEqual(door.box.bottom - 1);
      expect(name.box.left < (door.box.left + door.box.right) / 2 && name.box.right > (door.box.left + door.box.right) / 2, 'under its badge').toBe(true);
    }
    expect(laid.labels.get('name:f1-door-01')?.text).toBe('Main entrance');
    expectClear(laid);
    await shot(page, 'navmap-callouts-en-1f');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the 2F first-aid kit beside its AED, in both languages', async () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, errors, close } = await openNavMap(phoneMap.browser, phoneMap.url, '#from=f1-door-01', { locale });
      await page.click('button[data-floor="F2"]');
      await page.locator('[data-zone="f2-zone-10"]').waitFor();
      await mapLaidOut(page);
      const laid = await laidOut(page);
      // The kit stands at (34.3, 13.6) in the public corridor (0–64 × 12–14).
      expectAt(laid, 'icon:f2-kit-01', await pagePoint(page, 'f2-zone-10', { x0: 0, y0: 12, x1: 64, y1: 14 }, [34.3, 13.6]));
      expect(laid.labels.get('icon:f2-aed-01'), 'AED').toBeDefined();
      expectClear(laid);
      await shot(page, `navmap-callouts-2f-${locale}`);
      expect(errors).toEqual([]);
      await close();
    }
  });
});
