/**
 * Doors, windows and number plates as an architect moves them, in Chromium on the county sample: with N armed a
 * window previews in the wall under the pointer and the hint by the cursor says what a click does, or why it cannot
 * (over the main door); a selected window dragged slides along its wall, moves into a partition it is brought to, and
 * Ctrl+Z takes each drag back; a door dragged into the room stays in its wall; number plates follow their counters
 * when a counter is dragged, rotated, duplicated or deleted; the phone map draws the windows as glazing in the walls.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHallText } from '../../src/core/io';
import { exportNavMap } from '../../src/nav/export/navmap';
import { type App, newPage, openEditor, planPoint, replacingHall, ROOT, SHOTS, shot, startApp, stopApp, viewAtRest } from './harness';
import { navMapArgs } from '../fixtures/navmap-args';

type Vec2 = [number, number];
type El = { id: string; kind: string; wallId?: string; position?: Vec2; rotation?: number; exterior?: boolean; signKind?: string; mountedOn?: string; text?: { zh: string } };
type State = { tool: string; selection: string[]; overlay: { ghosts: El[]; hint?: { zh: string }; blockedIds?: string[] } };
type Win = { __halltwin: { editor: { floor: { elements: El[] }; store: { getState(): State } } } };

let app: App;

const elements = () => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements);
const el = async (id: string) => (await elements()).find((e) => e.id === id);
const state = () => app.page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Win).__halltwin.editor.store.getState())) as State);

async function moveTo(p: Vec2, steps = 4): Promise<void> {
  const s = await planPoint(app.page, p);
  await app.page.mouse.move(s[0], s[1], { steps });
}

/** Presses on plan point `from` and drags to `to` in small steps (a hand's drag, not a jump). */
async function drag(from: Vec2, to: Vec2): Promise<void> {
  const a = await planPoint(app.page, from);
  const b = await planPoint(app.page, to);
  await app.page.mouse.move(a[0], a[1], { steps: 2 });
  await app.page.mouse.down();
  await app.page.mouse.move(b[0], b[1], { steps: 16 });
  await app.page.mouse.up();
}

/** A close-up screenshot around plan point `p` (the full view is too small to judge a wall's preview). */
async function closeUp(p: Vec2, name: string): Promise<void> {
  const s = await planPoint(app.page, p);
  await app.page.screenshot({ path: resolve(SHOTS, `${name}.png`), clip: { x: s[0] - 200, y: s[1] - 100, width: 400, height: 200 } });
}

/** Zooms the plan in around plan point `p` (`notches` wheel notches) and waits for the view to come to rest. */
async function zoomAt(p: Vec2, notches = 3): Promise<void> {
  await moveTo(p, 1);
  for (let i = 0; i < notches; i++) await app.page.mouse.wheel(0, -300);
  await viewAtRest(app.page);
}

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1440, height: 900 } });
  await openEditor(app.page, app.url);
});

afterAll(async () => {
  await stopApp(app);
});

describe('a window previewed in the wall under the pointer', () => {
  it('N near the front wall: the preview sits in the wall and the hint says a click sets it in; over the main door it says why not', async () => {
    const page = app.page;
    await zoomAt([36, 0.5], 4);
    await page.keyboard.press('n');
    await expect.poll(async () => (await state()).tool).toBe('window');
    await moveTo([37.2, 0.4]);
    await expect.poll(async () => (await state()).overlay.ghosts[0]?.position).toEqual([37, 0]);
    const ok = await state();
    expect(ok.overlay.ghosts[0]).toMatchObject({ kind: 'window', wallId: 'f1-wall-01', exterior: true });
    expect(ok.overlay.blockedIds ?? []).toEqual([]);
    expect(ok.overlay.hint?.zh).toBe('单击将窗放入此墙');
    const label = page.locator('[data-label="measure"][data-visible="1"]', { hasText: '单击将窗放入此墙' });
    await expect.poll(() => label.count()).toBe(1);
    await shot(page, 'wall-hosted-window-preview');
    await closeUp([37, 0], 'wall-hosted-window-preview-close');

    // Over the 3 m main door at x = 32: the preview turns red and the hint names the door.
    await moveTo([32.6, 0.4]);
    await expect.poll(async () => (await state()).overlay.hint?.zh).toBe('不能放置：与这面墙上的门重叠');
    expect((await state()).overlay.blockedIds).toHaveLength(1);
    await expect.poll(() => page.locator('[data-label="measure"][data-visible="1"]', { hasText: '与这面墙上的门重叠' }).count()).toBe(1);
    await shot(page, 'wall-hosted-window-refused');
    await closeUp([32.6, 0], 'wall-hosted-window-refused-close');
    const before = (await elements()).filter((e) => e.kind === 'window').length;
    const at = await planPoint(page, [32.6, 0.4]);
    await page.mouse.click(at[0], at[1]);
    expect((await elements()).filter((e) => e.kind === 'window').length).toBe(before);
    // The refusal is also said in the banner; dismissed, so the view's size stays put for the clicks that follow.
    await expect.poll(() => page.locator('[data-testid="error-banner"]').textContent()).toContain('不能放置窗：与这面墙上的门重叠');
    await page.locator('[data-testid="error-dismiss"]').click();
    await page.locator('[data-testid="error-banner"]').waitFor({ state: 'detached' });

    // Back on free wall, a click sets it in where the preview was.
    const free = await planPoint(page, [37.2, 0.4]);
    await page.mouse.click(free[0], free[1]);
    await expect.poll(async () => (await elements()).filter((e) => e.kind === 'window').length).toBe(before + 1);
    expect((await elements()).filter((e) => e.kind === 'window').at(-1)).toMatchObject({ wallId: 'f1-wall-01', position: [37, 0], rotation: 0 });
    expect(app.errors).toEqual([]);
  });
});

describe('dragging doors and windows keeps them in walls', () => {
  it('a window slides along its wall, moves into the partition it is brought to, and Ctrl+Z takes each drag back', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state()).tool).toBe('select');
    await zoomAt([22, 0.5]);
    const w0 = await planPoint(page, [24, 0]);
    await page.mouse.click(w0[0], w0[1]);
    await expect.poll(async () => (await state()).selection).toEqual(['f1-window-02']);
    // Dragged along the front wall and a metre into the room: it stays in the wall, on the wall's line.
    await drag([24, 0], [27.2, 1]);
    await expect.poll(async () => (await el('f1-window-02'))?.position).toEqual([27, 0]);
    expect(await el('f1-window-02')).toMatchObject({ wallId: 'f1-wall-01', rotation: 0, exterior: true });
    // Brought to the partition at x = 20 (clear of its door at y = 5): into that wall, turned with it, an interior window.
    await drag([27, 0], [20.3, 8]);
    await expect.poll(async () => (await el('f1-window-02'))?.wallId).toBe('f1-wall-08');
    expect(await el('f1-window-02')).toMatchObject({ position: [20, 8], rotation: 90, exterior: false });
    await shot(page, 'wall-hosted-window-rehosted');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await el('f1-window-02'))?.position).toEqual([27, 0]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await el('f1-window-02'))?.position).toEqual([24, 0]);
    expect(await el('f1-window-02')).toMatchObject({ wallId: 'f1-wall-01', rotation: 0, exterior: true });
  });

  it('a door dragged into the room stays in its wall at the nearest place along it', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state()).selection).toEqual([]);
    // The door at y = 5 in the partition at x = 20, dragged 3 m into the room beside it.
    const d = await planPoint(page, [20, 5]);
    await page.mouse.click(d[0], d[1]);
    await expect.poll(async () => (await state()).selection).toEqual(['f1-door-06']);
    await drag([20, 5], [23, 3.2]);
    await expect.poll(async () => (await el('f1-door-06'))?.position).toEqual([20, 3]);
    expect(await el('f1-door-06')).toMatchObject({ wallId: 'f1-wall-08', rotation: 90 });
    await shot(page, 'wall-hosted-door-slid');
    expect(app.errors).toEqual([]);
  });
});

describe('number plates follow their counters', () => {
  it('a counter dragged, rotated, duplicated and deleted takes its plate along', async () => {
    const page = app.page;
    await replacingHall(page, async () => {
      await page.locator('[data-testid="file-menu"]').click();
      await page.locator('[data-testid="file-new"]').click();
    });
    await expect.poll(async () => (await elements()).length).toBe(0);
    await viewAtRest(page);
    await page.keyboard.press('Shift+C');
    await expect.poll(async () => (await state()).tool).toBe('counter-row');
    await drag([0, 0], [5.4, 0]);
    await expect.poll(async () => (await elements()).filter((e) => e.kind === 'counter').length).toBe(5);
    const plates = async () => (await elements()).filter((e) => e.kind === 'sign' && e.signKind === 'counter');
    const plateOf = async (id: string) => (await plates()).find((p) => p.mountedOn === id);
    expect((await plates()).length).toBe(5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await zoomAt([2.4, 0]);

    // Picked on its back half (the plate hangs at its front) and dragged 3 m north: the plate comes along.
    const c = (await elements()).filter((e) => e.kind === 'counter')[2];
    const plateBefore = (await plateOf(c.id))!;
    const back: Vec2 = [c.position![0], c.position![1] - 0.15];
    const pick = await planPoint(page, back);
    await page.mouse.click(pick[0], pick[1]);
    await expect.poll(async () => (await state()).selection).toEqual([c.id]);
    await drag(back, [back[0], back[1] + 3]);
    await expect.poll(async () => (await el(c.id))?.position?.[1]).toBeCloseTo(c.position![1] + 3, 3);
    await expect.poll(async () => (await plateOf(c.id))?.position?.[1]).toBeCloseTo(plateBefore.position![1] + 3, 3);

    // Turned 90° (Shift+R): the plate turns with it, still at the middle of its front.
    await page.keyboard.press('Shift+R');
    await expect.poll(async () => (await el(c.id))?.rotation).toBe(((c.rotation ?? 0) + 90) % 360);
    const moved = (await el(c.id))!;
    const plate = (await plateOf(c.id))!;
    expect(plate.rotation! % 360).toBe((plateBefore.rotation! + 90) % 360);
    expect(Math.hypot(plate.position![0] - moved.position![0], plate.position![1] - moved.position![1])).toBeCloseTo(0.3, 2);
    await shot(page, 'wall-hosted-plate-follows');

    // Ctrl+D: a copy of the counter with a plate of its own, reading the copy's number.
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await plates()).length).toBe(6);
    const copy = (await elements()).filter((e) => e.kind === 'counter').at(-1)!;
    expect((await plateOf(copy.id))?.text?.zh).toMatch(/^06号/);

    // Delete: the counter and its plate go together.
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await plates()).length).toBe(5);
    expect(await plateOf(copy.id)).toBeUndefined();
    expect(app.errors).toEqual([]);
  });
});

describe('windows on the phone map', () => {
  it('the exported nav map draws each of the county hall windows as glazing in its wall', async () => {
    const r = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
    if (!r.ok) throw new Error('county hall does not load');
    const file = join(mkdtempSync(join(tmpdir(), 'halltwin-windows-')), 'navmap.html');
    writeFileSync(file, await exportNavMap(...navMapArgs(r.doc)));
    const { context, page, errors } = await newPage(app.browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' });
    try {
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-ready="1"]');
      const windows = r.doc.floors[0].elements.filter((e) => e.kind === 'window').length;
      await expect.poll(() => page.locator('[data-window]').count()).toBe(windows);
      const box = await page.locator('[data-window]').first().boundingBox();
      expect(box?.width).toBeGreaterThan(2);
      await shot(page, 'wall-hosted-navmap-windows');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
