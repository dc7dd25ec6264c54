/**
 * Drawing a hall as an architect would, in real Chromium: the county sample's labels never overlap (zh and en);
 * File → New, four wall clicks round a rectangle and back to the first corner give exactly that rectangle, a floor
 * outline and its area, with the view never moving; a typed length gives a wall of that length; the context menu,
 * the shortcut sheet and the floor-below underlay.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, newPage, ROOT, replacingHall, shot, startApp, stopApp, waitEditor } from './harness';
import { calibrate, clickPlan, dragPlan, tapPointer, type PlanMap, type Vec2 } from './plan-mouse';
import { renderReport } from '../../src/rules/report';
import { checkHall } from '../../src/rules';
import { loadSample } from '../unit/core/helpers';

let app: App;
let page: Page;

type Win = {
  __halltwin: {
    editor: {
      doc: { floors: { id: string; outline?: Vec2[]; elements: { id: string; kind: string; a?: Vec2; b?: Vec2 }[] }[] };
      floor: { id: string; outline?: Vec2[]; elements: { id: string; kind: string; a?: Vec2; b?: Vec2; position?: Vec2; pointKind?: string }[] };
      select(ids: string[]): void;
      undo(): boolean;
      store: { getState(): Record<string, unknown> };
      setTool(id: string): void;
    };
  };
  __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
};

/** Boxes of the labels the layout shows, read from the DOM. */
async function visibleLabelBoxes(): Promise<{ text: string; kind: string; range?: string; x0: number; y0: number; x1: number; y1: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="labels"] [data-label][data-visible="1"]')].map((n) => {
      const r = n.getBoundingClientRect();
      return { text: n.textContent ?? '', kind: n.dataset.label ?? '', range: n.dataset.range, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
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
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await stopApp(app);
});

describe('drawing a hall in Chromium', () => {
  it('lays the county sample labels out without overlaps at its opening view, in Chinese and in English', async () => {
    await page.goto(app.url);
    await waitEditor(page);
    const zh = await settledLabels();
    expect(zh.filter((b) => b.kind === 'zone').length).toBeGreaterThan(5);
    // counters shown by number, each on its own or inside a range label of a crowded row ("01–06")
    const counters = (bs: typeof zh) =>
      bs.filter((b) => b.kind === 'counter').reduce((n, b) => n + (b.range ? Number(b.range.split('–')[1]) - Number(b.range.split('–')[0]) + 1 : 1), 0);
    expect(counters(zh)).toBeGreaterThan(5);
    expect(overlaps(zh)).toEqual([]);
    await shot(page, 'drawing-labels-county-zh');
    await page.locator('[data-testid="locale"]').click();
    const en = await settledLabels();
    expect(en.some((b) => /[A-Za-z]{4}/.test(b.text))).toBe(true);
    expect(overlaps(en)).toEqual([]);
    await shot(page, 'drawing-labels-county-en');
    await page.locator('[data-testid="locale"]').click();
    expect(app.errors).toEqual([]);
  });

  it('a selected AED shows its distances to the nearest walls; typing one moves it there, one undo step; bring to front from the menu', async () => {
    const aed = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements.find((e) => e.pointKind === 'aed')!);
    await page.locator('[data-testid="tool-select"]').click();
    await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), aed.id);
    const west = page.locator('[data-testid="wall-distance-west"] input');
    await west.waitFor();
    const before = Number(await west.inputValue());
    expect(before).toBeGreaterThan(0.5);
    await shot(page, 'drawing-wall-distances-zh');
    await west.fill('0.40');
    await west.press('Enter');
    const moved = await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.floor.elements.find((e) => e.id === id)!.position!, aed.id);
    expect(moved[0]).toBeCloseTo(aed.position![0] - (before - 0.4), 2);
    expect(moved[1]).toBeCloseTo(aed.position![1], 9);
    await expect.poll(() => west.inputValue()).toBe('0.40');
    await shot(page, 'drawing-wall-distance-typed-zh');
    await page.keyboard.press('Control+z');
    const back = await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.floor.elements.find((e) => e.id === id)!.position!, aed.id);
    expect(back).toEqual(aed.position);
    // bring to front through the context menu: the AED ends the floor's draw order
    const m = await calibrate(page);
    const at = m.toScreen(aed.position!);
    await page.mouse.move(at[0], at[1], { steps: 2 });
    await page.mouse.down({ button: 'right' });
    await page.mouse.up({ button: 'right' });
    await page.locator('[data-testid="ctx-bringToFront"]').click();
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements.at(-1)!.id)).toBe(aed.id);
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    expect(app.errors).toEqual([]);
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
    // Shift locks the band to the axis, with the guide and the lock's name drawn
    const off = map.toScreen([11, 11.4]);
    await page.keyboard.down('Shift');
    await page.mouse.move(off[0], off[1], { steps: 3 });
    await expect.poll(() => page.locator('[data-label="measure"][data-visible="1"]').first().textContent()).toMatch(/∠ 0\.0°/);
    await shot(page, 'drawing-ortho-zh');
    await page.keyboard.up('Shift');
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
    await page.locator('[data-testid="locale"]').click();
    await page.mouse.move(at[0], at[1], { steps: 2 });
    await page.mouse.down({ button: 'right' });
    await page.mouse.up({ button: 'right' });
    await page.locator('[data-testid="context-menu"]').waitFor();
    await shot(page, 'drawing-context-menu-en');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="locale"]').click();
    await expect.poll(() => page.locator('[data-testid="context-menu"]').count()).toBe(0);
    const input = page.locator('[data-testid="wall-length-input"]');
    await expect.poll(() => input.inputValue()).toBe('24.00');
    // the length can be read: its text is not the colour of its field
    const look = await input.evaluate((n) => ({ color: getComputedStyle(n).color, background: getComputedStyle(n).backgroundColor }));
    expect(look.color).not.toBe(look.background);
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
    expect(app.errors).toEqual([]);
  });

  it('the outline tool edits the outline: drag a corner, drag an edge midpoint to add a corner, click one and Delete; each one undo step', async () => {
    await page.keyboard.press('Escape');
    // the new floor was framed when it was added: measure the view again
    map = await calibrate(page);
    await page.locator('[data-testid="tool-outline"]').click();
    const outline = () => page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.outline!);
    const start = await outline();
    await dragPlan(page, map, [26, 18], [28, 20]);
    expect(await outline()).toContainEqual([28, 20]);
    await dragPlan(page, map, [14, 2], [14, 0]);
    expect((await outline()).length).toBe(5);
    expect(await outline()).toContainEqual([14, 0]);
    await shot(page, 'drawing-outline-vertices-zh');
    await clickPlan(page, map, [14, 0]);
    await page.keyboard.press('Delete');
    expect((await outline()).length).toBe(4);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    expect(await outline()).toEqual(start);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tool-select"]').click();
  });

  it('in 3D the other floors are faint ghosts, and the toggle hides them', async () => {
    await page.locator('[data-testid="view-3d"]').click();
    const toggle = page.locator('[data-testid="ghost-floors"]');
    await toggle.waitFor();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(400);
    const canvas = page.locator('[data-testid="viewport"] canvas').first();
    const withGhosts = await canvas.screenshot();
    await shot(page, 'drawing-ghost-floors-zh');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(400);
    const without = await canvas.screenshot();
    await shot(page, 'drawing-ghost-floors-off-zh');
    expect(Buffer.compare(withGhosts, without)).not.toBe(0);
    await toggle.click();
    await page.locator('[data-testid="view-2d"]').click();
    expect(app.errors).toEqual([]);
  });

  it("the report's floor plans show names, counter numbers and finding markers with no two overlapping (measured in Chromium)", async () => {
    const failing = loadSample('failing-hall');
    const html = renderReport(failing, checkHall(failing), { date: new Date('2026-12-01T00:00:00Z') });
    const { context: c2, page: report } = await newPage(app.browser, { viewport: { width: 900, height: 1200 } });
    await report.setContent(html);
    const plans = await report.evaluate(() =>
      [...document.querySelectorAll('figure.plan svg')].map((svg) =>
        [...svg.querySelectorAll<SVGGElement>('[data-plan-label]')].map((g) => {
          const r = (g.querySelector('rect') ?? g.querySelector('text'))!.getBoundingClientRect();
          const t = g.querySelector('text')!.getBoundingClientRect();
          return {
            kind: g.dataset.planLabel ?? '',
            text: g.textContent ?? '',
            x0: Math.min(r.left, t.left),
            y0: Math.min(r.top, t.top),
            x1: Math.max(r.right, t.right),
            y1: Math.max(r.bottom, t.bottom),
            tx0: t.left,
            tx1: t.right,
            bx0: r.left,
            bx1: r.right,
          };
        }),
      ),
    );
    expect(plans.length).toBe(2);
    for (const labels of plans) {
      expect(labels.filter((l) => l.kind === 'zone').length).toBeGreaterThan(5);
      expect(labels.filter((l) => l.kind === 'marker').length).toBeGreaterThan(0);
      expect(overlaps(labels)).toEqual([]);
      // the text the browser drew fits the box it was placed in (the width estimate is an upper bound)
      for (const l of labels.filter((x) => x.kind !== 'zone')) expect({ text: l.text, fits: l.tx1 - l.tx0 <= l.bx1 - l.bx0 + 0.5 }).toEqual({ text: l.text, fits: true });
    }
    await report
      .locator('figure.plan')
      .first()
      .screenshot({ path: resolve(ROOT, 'test-results/screenshots/drawing-report-plan-1f.png') });
    await c2.close();
  });

  const FZK = resolve(ROOT, '../shared/ifc/AC20-FZK-Haus.ifc');
  it.skipIf(!existsSync(FZK))('an imported IFC model gets the same collision-free labels', async () => {
    await replacingHall(page, () =>
      page.evaluate((data) => {
        const bin = atob(data);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], 'AC20-FZK-Haus.ifc', { type: 'application/x-step' }));
        for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, readFileSync(FZK).toString('base64')),
    );
    await page.locator('[data-testid="busy"]').waitFor();
    await page.locator('[data-testid="busy"]').waitFor({ state: 'detached', timeout: 90_000 });
    const boxes = await settledLabels();
    expect(boxes.some((b) => b.kind === 'zone')).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    await shot(page, 'drawing-labels-ifc-zh');
    await page.locator('[data-testid="locale"]').click();
    const en = await settledLabels();
    expect(overlaps(en)).toEqual([]);
    await shot(page, 'drawing-labels-ifc-en');
    await page.locator('[data-testid="locale"]').click();
  });
});
