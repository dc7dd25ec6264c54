/**
 * Drawing a hall as an architect would, in real Chromium: the county sample's labels never overlap (zh and en);
 * File → New, four wall clicks round a rectangle and back to the first corner give exactly that rectangle, a floor
 * outline and its area, with the view never moving; a typed length gives a wall of that length; the context menu,
 * the shortcut sheet and the floor-below underlay.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot, startPreview } from './harness';
import { calibrate, clickPlan, tapPointer, type PlanMap, type Vec2 } from './plan-mouse';

let server: PreviewServer;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

type Win = {
  __halltwin: {
    editor: {
      doc: { floors: { id: string; outline?: Vec2[]; elements: { id: string; kind: string; a?: Vec2; b?: Vec2 }[] }[] };
      floor: { id: string; outline?: Vec2[]; elements: { id: string; kind: string; a?: Vec2; b?: Vec2 }[] };
      store: { getState(): Record<string, unknown> };
      setTool(id: string): void;
    };
  };
  __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
};

async function waitEditor(p: Page): Promise<void> {
  await p.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
  await p.locator('[data-testid="hall-name"]').waitFor();
  await p.locator('[data-testid="viewport"] canvas').first().waitFor();
}

/** Boxes of the labels the layout shows, read from the DOM. */
async function visibleLabelBoxes(): Promise<{ text: string; kind: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="labels"] [data-label][data-visible="1"]')].map((n) => {
      const r = n.getBoundingClientRect();
      return { text: n.textContent ?? '', kind: n.dataset.label ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    }),
  );
}

function overlaps(boxes: Awaited<ReturnType<typeof visibleLabelBoxes>>): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      // half a pixel of anti-aliasing is not an overlap
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) out.push(`${a.kind}:${a.text} × ${b.kind}:${b.text}`);
    }
  return out;
}

/** Wait until the label layout has settled (the same visible set twice in a row). */
async function settledLabels(): Promise<Awaited<ReturnType<typeof visibleLabelBoxes>>> {
  let prev = '';
  for (let i = 0; i < 40; i++) {
    await page.evaluate(() => (window as unknown as { __halltwin_redraw?: () => void }).__halltwin_redraw?.());
    await page.waitForTimeout(150);
    const boxes = await visibleLabelBoxes();
    const sig = JSON.stringify(boxes);
    if (boxes.length > 0 && sig === prev) return boxes;
    prev = sig;
  }
  return visibleLabelBoxes();
}

const planToScreen = (p: Vec2) => page.evaluate((q) => (window as unknown as Win).__halltwin_planToScreen!(q), p);

/** The plan point is where it was on screen (to float noise of the projection). */
async function expectUnmoved(origin: [number, number] | undefined): Promise<void> {
  const now = await planToScreen([0, 0]);
  expect(Math.abs(now![0] - origin![0])).toBeLessThan(1e-6);
  expect(Math.abs(now![1] - origin![1])).toBeLessThan(1e-6);
}

beforeAll(async () => {
  ({ server, url } = await startPreview());
  browser = await launchBrowser();
  ({ context, page, errors } = await newPage(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.httpServer.close();
});

describe('drawing a hall in Chromium', () => {
  it('lays the county sample labels out without overlaps at its opening view, in Chinese and in English', async () => {
    await page.goto(url);
    await waitEditor(page);
    const zh = await settledLabels();
    expect(zh.filter((b) => b.kind === 'zone').length).toBeGreaterThan(5);
    expect(zh.filter((b) => b.kind === 'counter').length).toBeGreaterThan(5);
    expect(overlaps(zh)).toEqual([]);
    await shot(page, 'drawing-labels-county-zh');
    await page.locator('[data-testid="locale"]').click();
    const en = await settledLabels();
    expect(en.some((b) => /[A-Za-z]{4}/.test(b.text))).toBe(true);
    expect(overlaps(en)).toEqual([]);
    await shot(page, 'drawing-labels-county-en');
    await page.locator('[data-testid="locale"]').click();
    expect(errors).toEqual([]);
  });

  let map: PlanMap;
  const rect: Vec2[] = [
    [2, 2],
    [26, 2],
    [26, 18],
    [2, 18],
  ];

  it('File → New, four wall clicks round a screen rectangle and one on the first corner: exactly that rectangle, its outline and area', async () => {
    await page.locator('[data-testid="file-menu"]').click();
    await page.locator('[data-testid="file-new"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors[0].elements.length)).toBe(0);
    await tapPointer(page);
    map = await calibrate(page);
    await page.locator('[data-testid="tool-wall"]').click();
    const origin = await planToScreen([0, 0]);
    // the screen rectangle: plan corners on the grid, so snapping keeps them where they were clicked
    const corners = rect.map((p) => map.toScreen(p));
    expect(Math.abs(corners[0][1] - corners[1][1])).toBeLessThan(0.5);
    expect(Math.abs(corners[1][0] - corners[2][0])).toBeLessThan(0.5);
    for (const p of [...rect, rect[0]]) {
      await clickPlan(page, map, p);
      if (p === rect[2]) {
        // the rubber band to the next corner shows its length and angle
        const next = map.toScreen([2, 18]);
        await page.mouse.move(next[0] - 40, next[1], { steps: 3 });
        await expect.poll(() => page.locator('[data-label="measure"][data-visible="1"]').first().textContent()).toMatch(/m\s+∠/);
        await shot(page, 'drawing-dimensions-zh');
      }
    }
    const floor = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor);
    const walls = floor.elements.filter((e) => e.kind === 'wall');
    expect(walls.map((w) => [w.a, w.b])).toEqual([
      [rect[0], rect[1]],
      [rect[1], rect[2]],
      [rect[2], rect[3]],
      [rect[3], rect[0]],
    ]);
    expect(floor.outline).toBeDefined();
    await expect.poll(() => page.locator('[data-testid="floor-area"]').textContent()).toContain('384.0 m²');
    await page.locator('[data-testid="outline-offer"]').waitFor();
    await shot(page, 'drawing-closed-room-zh');
    await page.locator('[data-testid="outline-keep"]').click();
    // the plan never moved while drawing
    await expectUnmoved(origin);
  });

  it('a wall drawn with a typed length of 12 m is 12 m long', async () => {
    const before = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements.length);
    const origin = await planToScreen([0, 0]);
    await clickPlan(page, map, [6, 10]);
    const east = map.toScreen([9, 10]);
    await page.mouse.move(east[0], east[1], { steps: 3 });
    await page.keyboard.type('12');
    await expect.poll(() => page.locator('[data-label="measure"][data-visible="1"]').first().textContent()).toContain('12▌');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const walls = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements.filter((e) => e.kind === 'wall'));
    expect(walls.length).toBe(before + 1);
    const w = walls[walls.length - 1];
    expect(Math.hypot(w.b![0] - w.a![0], w.b![1] - w.a![1])).toBeCloseTo(12, 6);
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().viewMode)).toBe('2d');
    await expectUnmoved(origin);
  });

  it('right-click on a wall opens the context menu; its length is editable in place', async () => {
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tool-select"]').click();
    const at = map.toScreen([14, 2]);
    await page.mouse.move(at[0], at[1], { steps: 2 });
    await page.mouse.down({ button: 'right' });
    await page.mouse.up({ button: 'right' });
    await page.locator('[data-testid="context-menu"]').waitFor();
    const sel = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().selection as string[]);
    expect(sel.length).toBe(1);
    await shot(page, 'drawing-context-menu-zh');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="context-menu"]').count()).toBe(0);
    const input = page.locator('[data-testid="wall-length-input"]');
    await expect.poll(() => input.inputValue()).toBe('24.00');
    await input.fill('20');
    await input.press('Enter');
    const w = await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.floor.elements.find((e) => e.id === id)!, sel[0]);
    expect(Math.hypot(w.b![0] - w.a![0], w.b![1] - w.a![1])).toBeCloseTo(20, 6);
    await page.keyboard.press('Control+z');
  });

  it('? opens the shortcut sheet', async () => {
    await page.locator('[data-testid="hall-name"]').click();
    await page.keyboard.press('?');
    await page.locator('[data-testid="shortcut-sheet"]').waitFor();
    await shot(page, 'drawing-shortcuts-zh');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="shortcut-sheet"]').count()).toBe(0);
  });

  it('a new floor shows the floor below faintly and offers to copy its outline and walls', async () => {
    await page.locator('[data-testid="floor-add"]').click();
    await page.locator('[data-testid="floor-copy-offer"]').waitFor();
    await page.locator('[data-testid="locale"]').click();
    await page.waitForTimeout(300);
    await shot(page, 'drawing-floor-below-en');
    await page.locator('[data-testid="locale"]').click();
    const empty = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor);
    expect(empty.elements.length).toBe(0);
    await page.locator('[data-testid="floor-copy-yes"]').click();
    const floor = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor);
    expect(floor.elements.filter((e) => e.kind === 'wall').length).toBeGreaterThanOrEqual(4);
    expect(floor.outline).toBeDefined();
    await expect.poll(() => page.locator('[data-testid="floor-area"]').textContent()).toContain('384.0 m²');
    expect(errors).toEqual([]);
  });
});
