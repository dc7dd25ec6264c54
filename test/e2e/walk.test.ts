/**
 * A new user's walk through the built app, in Chromium with mouse and keyboard: the things a first-time architect,
 * planner and citizen tripped over. A wall drawn a little off the axis with a typed length stays on it; Backspace in a wall chain takes back the wall with its corner; X after laying a
 * counter row turns that row round; the catalogue finds the AED by its Chinese name and says when nothing matches;
 * an AED shows no seat fields; Ctrl+S from a form field saves what was just typed; another hall lets the previous
 * CAD drawing go; in English the side panels fit and stairs and lifts read in English; the phone map's English headings use English brackets.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, countyNavMap, launchBrowser, newHall, openEditor, openNavMap, planPoint, ROOT, replacingHall, shot, startApp, stopApp, viewAtRest } from './harness';

type Vec2 = [number, number];
type El = { id: string; kind: string; a?: Vec2; b?: Vec2; rotation?: number; pointKind?: string };
type Win = {
  __halltwin: { editor: { floor: { elements: El[] }; doc: { meta: { name: string } }; store: { getState(): { selection: string[] } } } };
  __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
  __savedText?: string;
};

let app: App;
let page: Page;

/** Plan coordinates to the millimetre, without the sign of zero. */
const mm = (p?: Vec2) => (p ?? [Number.NaN, Number.NaN]).map((v) => Math.round(v * 1000) / 1000 + 0);
const elements = (kind: string) => page.evaluate((k) => (window as unknown as Win).__halltwin.editor.floor.elements.filter((e) => e.kind === k), kind);

/** Screen position of a plan point once the view is at rest. */
const at = (p: Vec2) => planPoint(page, p);

describe('a new user walks through the editor', () => {
  beforeAll(async () => {
    app = await startApp();
    page = app.page;
    await openEditor(page, app.url, { checked: true });
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('in English the side panels fit (no sideways scrolling, every queue column shown) and stairs and lifts have English labels', async () => {
    await page.locator('[data-testid="locale"]').click();
    await page.locator('[data-testid="queue-report"]').waitFor();
    const overflow = await page.evaluate(() => {
      const wide = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? el.scrollWidth - el.clientWidth : -1;
      };
      const table = document.querySelector('[data-testid="queue-report"] table')!.getBoundingClientRect();
      const panel = document.querySelector('[data-testid="queue-report"]')!.getBoundingClientRect();
      return { catalogue: wide('.cat-groups'), aside: wide('aside.right'), tablePastPanel: Math.round(table.right - panel.right) };
    });
    await page.locator('[data-testid="queue-report"]').scrollIntoViewIfNeeded();
    await shot(page, 'walk-en-panels');
    expect(overflow).toEqual({ catalogue: 0, aside: 0, tablePastPanel: 0 });
    // stairs and lifts named only in Chinese (西楼梯, 无障碍电梯) are labelled in English on the English plan
    const links = await page.evaluate(() => [...document.querySelectorAll('[data-testid="labels"] [data-label="link"]')].map((n) => n.textContent ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((t) => /[\u3400-\u9fff]/.test(t))).toEqual([]);
    await page.locator('[data-testid="locale"]').click();
  });

  it('Backspace in a wall chain takes back the last wall with its corner', async () => {
    await newHall(page);
    await page.mouse.move(700, 300);
    await page.keyboard.press('w');
    const [x0, y0] = await at([0, 0]);
    await page.mouse.click(x0, y0);
    await page.keyboard.down('Shift');
    await page.mouse.move(x0 + 150, y0 + 2, { steps: 4 });
    await page.keyboard.up('Shift');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    // a second wall the wrong way, then taken back
    await page.keyboard.down('Shift');
    await page.mouse.move(x0 + 150, y0 + 150, { steps: 4 });
    await page.keyboard.up('Shift');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    expect((await elements('wall')).length).toBe(2);
    await page.keyboard.press('Backspace');
    await shot(page, 'walk-wall-backspace');
    const walls = await elements('wall');
    expect(walls.map((w) => [mm(w.a), mm(w.b)])).toEqual([
      [
        [0, 0],
        [10, 0],
      ],
    ]);
    // the chain goes on from the corner that is left: the next wall starts at (10, 0)
    const [x1, y1] = await at([10, 0]);
    await page.keyboard.down('Shift');
    await page.mouse.move(x1 + 2, y1 - 150, { steps: 4 });
    await page.keyboard.up('Shift');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const after = await elements('wall');
    expect(after.map((w) => [mm(w.a), mm(w.b)])).toEqual([
      [
        [0, 0],
        [10, 0],
      ],
      [
        [10, 0],
        [10, 6],
      ],
    ]);
  });

  it('a wall drawn east with the hand a little off and a typed length stays on the axis', async () => {
    await newHall(page);
    await page.mouse.move(700, 300);
    await page.keyboard.press('w');
    const [x0, y0] = await at([0, 0]);
    await page.mouse.click(x0, y0);
    // the grid corner nearest to this cursor is half a cell off the axis
    const [x1, y1] = await at([8.6, 0.26]);
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await shot(page, 'walk-wall-polar');
    expect((await elements('wall')).map((w) => [mm(w.a), mm(w.b)])).toEqual([
      [
        [0, 0],
        [20, 0],
      ],
    ]);
  });

  it('X right after laying a counter row turns that row round, as its hint says', async () => {
    await newHall(page);
    await page.locator('[data-testid="cat-counter-row"]').click();
    const [ax, ay] = await at([0, 0]);
    const [bx, by] = await at([4, 0]);
    await page.mouse.move(ax, ay, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(bx, by, { steps: 6 });
    await page.mouse.up();
    const laid = await elements('counter');
    expect(laid.length).toBeGreaterThan(1);
    expect(laid.every((c) => c.rotation === 0)).toBe(true);
    await page.keyboard.press('x');
    await shot(page, 'walk-counter-row-flipped');
    const flipped = await elements('counter');
    expect(flipped.map((c) => c.rotation)).toEqual(laid.map(() => 180));
    await page.keyboard.press('Control+z');
    expect((await elements('counter')).every((c) => c.rotation === 0)).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('the catalogue finds the AED by its Chinese name and says when nothing matches', async () => {
    const filter = page.locator('.cat-filter');
    await filter.fill('除颤');
    await page.locator('[data-testid="cat-point:aed"]').waitFor();
    expect(await page.locator('[data-testid="cat-no-match"]').count()).toBe(0);
    await filter.fill('传送门');
    await page.locator('[data-testid="cat-no-match"]').waitFor();
    expect(await page.locator('[data-testid="cat-no-match"]').textContent()).toContain('传送门');
    await shot(page, 'walk-catalogue-no-match');
    await filter.fill('');
  });

  it('an AED shows no seat fields; a seat does', async () => {
    await newHall(page);
    await page.locator('.cat-filter').fill('AED');
    await page.locator('[data-testid="cat-point:aed"]').click();
    const [x, y] = await at([2, 2]);
    await page.mouse.move(x, y, { steps: 2 });
    await page.mouse.click(x, y);
    await page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.store.getState().selection.length === 1);
    const inspector = page.locator('.inspector');
    await inspector.getByText('设施点', { exact: true }).waitFor();
    await shot(page, 'walk-aed-inspector');
    expect(await inspector.getByText('座位数', { exact: true }).count()).toBe(0);
    expect(await inspector.getByText('轮椅位', { exact: true }).count()).toBe(0);
    await page.locator('.cat-filter').fill('座椅');
    await page.locator('[data-testid="cat-point:seat"]').click();
    const [sx, sy] = await at([6, 2]);
    await page.mouse.move(sx, sy, { steps: 2 });
    await page.mouse.click(sx, sy);
    await inspector.getByText('座位数', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.cat-filter').fill('');
  });

  it('Ctrl+S from a form field saves the name just typed', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const w = window as unknown as Win & { showSaveFilePicker: unknown };
      w.showSaveFilePicker = async () => ({
        createWritable: async () => ({
          write: async (b: Blob) => {
            w.__savedText = await b.text();
          },
          close: async () => {},
        }),
      });
    });
    const [ex, ey] = await at([20, 20]);
    await page.keyboard.press('v');
    await page.mouse.click(ex, ey);
    const name = page.locator('#hall-name-input');
    await name.click();
    await name.fill('望城区便民服务中心');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => !!(window as unknown as Win).__savedText, null, { timeout: 10_000 });
    const saved = JSON.parse((await page.evaluate(() => (window as unknown as Win).__savedText)) ?? '{}');
    expect(saved.meta.name).toBe('望城区便民服务中心');
  });

  it('opening another hall lets the previous CAD drawing go', async () => {
    await replacingHall(page, () => page.locator('[data-testid="file-input"]').setInputFiles(resolve(ROOT, '../shared/dxf/bjnortier-dxf_floorplan.dxf')));
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await page.locator('[data-testid="dxf-context"]').waitFor();
    await replacingHall(page, () => page.locator('[data-testid="file-input"]').setInputFiles(resolve(ROOT, 'models/county-hall.hall.json')));
    await page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.doc.meta.name.startsWith('湘江县'), null, { timeout: 30_000 });
    await viewAtRest(page);
    await shot(page, 'walk-open-after-dxf');
    expect(await page.locator('[data-testid="dxf-context"]').count()).toBe(0);
    expect(app.errors.filter((e) => !/GPU stall|THREE\./.test(e))).toEqual([]);
  });
});

describe('the citizen reads the phone map in English', () => {
  let phone: Browser;
  beforeAll(async () => {
    phone = await launchBrowser();
  });
  afterAll(async () => {
    await phone?.close();
  });

  it('category headings use English brackets', async () => {
    const { context: c, page: p } = await openNavMap(phone, await countyNavMap(), '#lang=en', { locale: 'en-US' });
    const summaries = p.locator('summary');
    await summaries.first().waitFor();
    const texts = await summaries.allTextContents();
    await shot(p, 'walk-navmap-en-headings');
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(t).toMatch(/^[^（）]+ \(\d+\)$/);
    await c.close();
  });
});
