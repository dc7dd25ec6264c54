/**
 * The architect's missing pieces, clicked through in Chromium: a window set into the county hall's front wall with
 * its tool (N), named and edited in the inspector, drawn as the window symbol in the plan and as a hole with glass in
 * the 3D wall; a counter row drawn along a room's back wall faces into the room with a number plate per counter,
 * and X turns the row and its plates round.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, replacingHall, shot, startApp, stopApp } from './harness';
import { calibrate, clickPlan, dragPlan, tapPointer, type PlanMap, type Vec2 } from './plan-mouse';

type El = { id: string; kind: string; wallId?: string; position?: Vec2; rotation?: number; exterior?: boolean; sillHeight?: number; signKind?: string; target?: string };
type Win = { __halltwin: { editor: { floor: { elements: El[] }; store: { getState(): Record<string, unknown> } } } };

let app: App;
let page: Page;
let map: PlanMap;

const elements = () => page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements);

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await openEditor(page, app.url);
  await tapPointer(page);
  map = await calibrate(page);
});

afterAll(async () => {
  await stopApp(app);
});

describe('a window in the front wall', () => {
  it('N, a click on the wall: a hosted exterior window on the grid, named and edited in the inspector', async () => {
    const before = (await elements()).filter((e) => e.kind === 'window').length;
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().tool)).toBe('window');
    await clickPlan(page, map, [36.05, 0.2]);
    const els = await elements();
    const wins = els.filter((e) => e.kind === 'window');
    expect(wins.length).toBe(before + 1);
    const w = wins.at(-1)!;
    const south = els.find((e) => e.id === w.wallId)!;
    expect(south.kind).toBe('wall');
    expect(w).toMatchObject({ position: [36, 0], rotation: 0, exterior: true, sillHeight: 0.9 });
    // The inspector shows the window's own fields.
    await expect.poll(() => page.getByText('窗台高度').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('窗顶高度').count()).toBeGreaterThan(0);
    await shot(page, 'window-placed-plan');
  });

  it('the 3D view cuts the wall round each window and glazes it', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await page.waitForTimeout(800);
    // Closer to the front wall, where the new window sits beside the sample's own.
    const at = await page.evaluate(() => (window as unknown as { __halltwin_planToScreen(p: Vec2): Vec2 | undefined }).__halltwin_planToScreen([36, 0]));
    expect(at).toBeDefined();
    await page.mouse.move(at![0], at![1]);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800);
    await shot(page, 'window-3d');
    await page.keyboard.press('2');
  });
});

describe('a counter row along a back wall', () => {
  it('faces into the room with a number plate per counter; X turns the row and its plates round', async () => {
    await replacingHall(page, async () => {
      await page.locator('[data-testid="file-menu"]').click();
      await page.locator('[data-testid="file-new"]').click();
    });
    await expect.poll(async () => (await elements()).length).toBe(0);
    map = await calibrate(page);
    await page.locator('[data-testid="tool-wall"]').click();
    const room: Vec2[] = [
      [2, 2],
      [26, 2],
      [26, 18],
      [2, 18],
    ];
    for (const p of [...room, room[0]]) await clickPlan(page, map, p);
    await page.locator('[data-testid="outline-offer"]').waitFor();
    await page.locator('[data-testid="outline-keep"]').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+C');
    await dragPlan(page, map, [4, 16.5], [18.4, 16.5]);
    const els = await elements();
    const counters = els.filter((e) => e.kind === 'counter');
    const plates = els.filter((e) => e.kind === 'sign' && e.signKind === 'counter');
    expect(counters.length).toBe(13);
    // Citizens (local +y) to the south: into the room, away from the wall 1.5 m behind the row.
    expect(counters.every((c) => c.rotation === 180)).toBe(true);
    expect(plates.map((p) => p.target).sort()).toEqual(counters.map((c) => c.id).sort());
    // Closer, to see the plates on the counters' citizen side.
    const mid = map.toScreen([8, 16.5]);
    await page.mouse.move(mid[0], mid[1]);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(500);
    await shot(page, 'counter-row-open-side');
    await page.keyboard.press('x');
    const turned = (await elements()).filter((e) => e.kind === 'counter');
    expect(turned.every((c) => c.rotation === 0)).toBe(true);
    // Each plate now hangs on the north face of its counter, facing north with it.
    const after = (await elements()).filter((e) => e.kind === 'sign');
    for (const c of turned) expect(after.find((s) => s.target === c.id)!.position![1]).toBeCloseTo(16.8, 5);
    await shot(page, 'counter-row-turned');
  });
});
