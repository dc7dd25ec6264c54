/**
 * The architect's leftovers from the fourth walk, clicked through in the built app on the county sample: the stair
 * stored on 1F is counted, picked and moved on 2F; a door in a mixed selection or nudged by the arrow keys stays in its
 * wall; the wall inspector shows the height a wall takes from its floor and its length, both editable; the status bar
 * says what a click of the armed door, zone and lift tools does; the "can't place" banner goes with the next action;
 * a click on a counter's number plate picks the counter first, the plate on a second click or Tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, planPoint, replacingHall, shot, startApp, stopApp, viewAtRest } from './harness';

type Vec2 = [number, number];
type El = { id: string; kind: string; position?: Vec2; wallId?: string; a?: Vec2; b?: Vec2; height?: number; mountedOn?: string; signKind?: string };
type State = { tool: string; selection: string[]; hoverId?: string; floorId: string };
type Win = { __halltwin: { editor: { doc: { floors: { id: string; elements: El[] }[] }; store: { getState(): State } } } };

let app: App;

const floorOf = (id: string) => app.page.evaluate((f) => (window as unknown as Win).__halltwin.editor.doc.floors.find((g) => g.id === f)?.elements ?? [], id);
const el = (id: string) => app.page.evaluate((i) => (window as unknown as Win).__halltwin.editor.doc.floors.flatMap((f) => f.elements).find((e) => e.id === i), id);
const state = () => app.page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Win).__halltwin.editor.store.getState())) as State);
const selection = async () => (await state()).selection;
const banner = () => app.page.locator('[data-testid="error-banner"]');
const toolStatus = () => app.page.locator('[data-testid="tool-status"]');

async function moveTo(p: Vec2): Promise<void> {
  const s = await planPoint(app.page, p);
  await app.page.mouse.move(s[0], s[1], { steps: 4 });
}

async function clickAt(p: Vec2, modifiers: ('Shift' | 'Alt')[] = []): Promise<void> {
  await moveTo(p);
  const s = await planPoint(app.page, p);
  for (const m of modifiers) await app.page.keyboard.down(m);
  await app.page.mouse.click(s[0], s[1]);
  for (const m of modifiers) await app.page.keyboard.up(m);
}

async function drag(from: Vec2, to: Vec2): Promise<void> {
  const a = await planPoint(app.page, from);
  const b = await planPoint(app.page, to);
  await app.page.mouse.move(a[0], a[1], { steps: 2 });
  await app.page.mouse.down();
  await app.page.mouse.move(b[0], b[1], { steps: 16 });
  await app.page.mouse.up();
}

async function zoomAt(p: Vec2, notches = 3): Promise<void> {
  await moveTo(p);
  for (let i = 0; i < notches; i++) await app.page.mouse.wheel(0, -300);
  await viewAtRest(app.page);
}

async function toSelectTool(): Promise<void> {
  await app.page.keyboard.press('Escape');
  await app.page.keyboard.press('Escape');
  await expect.poll(async () => (await state()).tool).toBe('select');
}

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1440, height: 900 } });
  await openEditor(app.page, app.url);
});

afterAll(async () => {
  await stopApp(app);
});

describe('the architect’s leftovers', () => {
  it('on 2F the stair stored on 1F is counted, picked by a click and dragged there, moving the one stair', async () => {
    const page = app.page;
    const own2F = (await floorOf('F2')).length;
    // the floor list and the status bar count the 1F stairs and lift that stand on 2F too
    await expect.poll(() => page.locator('[data-testid="floor-F2"] .floor-name').textContent()).toContain(`${own2F + 3} 个构件`);
    await page.locator('[data-testid="floor-F2"] .floor-name').click();
    await expect.poll(async () => (await state()).floorId).toBe('F2');
    await expect.poll(() => page.locator('[data-testid="statusbar"]').textContent()).toContain(`${own2F + 3} 个构件`);
    await zoomAt([2.5, 17], 2);
    await clickAt([2.5, 17]);
    await expect.poll(selection).toEqual(['f1-stair-01']);
    await expect.poll(() => page.locator('[data-testid="inspector-id"]').textContent()).toBe('f1-stair-01');
    await shot(page, 'leftovers-stair-selected-on-2f');
    await drag([2.5, 17], [3.5, 19]);
    await expect.poll(async () => (await el('f1-stair-01'))?.position?.[1] ?? 0).toBeGreaterThan(18.5);
    // the stair moved is the one stored on 1F: 2F still stores none of its own
    expect((await floorOf('F1')).find((e) => e.id === 'f1-stair-01')?.position?.[1]).toBeGreaterThan(18.5);
    expect((await floorOf('F2')).filter((e) => e.kind === 'vlink')).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await el('f1-stair-01'))?.position).toEqual([2.5, 17]);
    await page.locator('[data-testid="floor-F1"] .floor-name').click();
    await expect.poll(async () => (await state()).floorId).toBe('F1');
    await viewAtRest(page);
    expect(app.errors).toEqual([]);
  });

  it('a door nudged by the arrow keys or moved with a counter stays in its wall', async () => {
    const page = app.page;
    await toSelectTool();
    await page.keyboard.press('f');
    await viewAtRest(page);
    await zoomAt([20, 2], 2);
    await clickAt([16, 0]);
    await expect.poll(selection).toEqual(['f1-door-02']);
    // across the wall: it stays; along it: it slides a grid step, still in its wall
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await el('f1-door-02'))?.position).toEqual([16.5, 0]);
    expect((await el('f1-door-02'))?.wallId).toBe('f1-wall-01');
    // with a seat-side counter in the selection, dragged a metre along and a metre in: the door takes the part along
    const counter = (await floorOf('F1')).find((e) => e.kind === 'counter' && Math.abs((e.position?.[0] ?? 0) - 18) < 4);
    const c0 = counter?.position ?? [32, 8];
    const id = counter?.id ?? 'f1-counter-01';
    await clickAt(c0, ['Shift']);
    await expect.poll(async () => (await selection()).sort()).toEqual([id, 'f1-door-02'].sort());
    await drag(c0, [c0[0] + 1, c0[1] + 1]);
    await expect.poll(async () => (await el(id))?.position?.[1] ?? c0[1]).toBeGreaterThan(c0[1] + 0.5);
    const c1 = (await el(id))!.position!;
    const d1 = (await el('f1-door-02'))!;
    expect(d1.wallId).toBe('f1-wall-01');
    expect(d1.position![1]).toBe(0);
    expect(d1.position![0] - 16.5).toBeCloseTo(c1[0] - c0[0], 3);
    await shot(page, 'leftovers-door-in-wall');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await el('f1-door-02'))?.position).toEqual([16, 0]);
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  });

  it('the wall inspector shows the height taken from the floor and the length, both editable', async () => {
    const page = app.page;
    await toSelectTool();
    const wall = (await el('f1-wall-08'))!;
    const [a, b] = [wall.a!, wall.b!];
    const at: Vec2 = [a[0] + (b[0] - a[0]) * 0.8, a[1] + (b[1] - a[1]) * 0.8];
    await clickAt(at);
    await expect.poll(selection).toEqual(['f1-wall-08']);
    const height = page.locator('[data-field="height"] input');
    await expect.poll(() => height.getAttribute('placeholder')).toBe('5（楼层高度）');
    expect(await height.inputValue()).toBe('');
    const length = page.locator('[data-field="length"] input');
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    await expect.poll(() => length.inputValue()).toBe(len.toFixed(2));
    await shot(page, 'leftovers-wall-inspector');
    await length.fill((len - 1).toFixed(2));
    await length.press('Enter');
    await expect
      .poll(async () => {
        const w = (await el('f1-wall-08'))!;
        return Math.hypot(w.b![0] - w.a![0], w.b![1] - w.a![1]);
      })
      .toBeCloseTo(len - 1, 3);
    await height.fill('3.2');
    await height.press('Enter');
    await expect.poll(async () => (await el('f1-wall-08'))?.height).toBe(3.2);
    // emptied, the wall takes its floor's height again
    await height.fill('');
    await height.press('Enter');
    await expect.poll(async () => (await el('f1-wall-08'))?.height).toBeUndefined();
    // out of the box, so Ctrl+Z is the editor's, not the input's own
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await el('f1-wall-08'))?.b).toEqual(b);
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  });

  it('the status bar says what a click of the armed door, zone and lift tools does', async () => {
    const page = app.page;
    await toSelectTool();
    await expect(toolStatus().count()).resolves.toBe(0);
    await page.keyboard.press('d');
    await moveTo([36.2, 0.4]);
    await expect.poll(() => toolStatus().textContent()).toBe('单击将门放入此墙');
    await moveTo([32.6, 0.4]);
    await expect.poll(() => toolStatus().textContent()).toBe('不能放置：与这面墙上的门重叠');
    await shot(page, 'leftovers-status-door');
    await page.keyboard.press('z');
    await moveTo([40, 20]);
    await expect.poll(() => toolStatus().textContent()).toMatch(/拖动画矩形/);
    await page.keyboard.press('l');
    await moveTo([40, 20]);
    await expect.poll(() => toolStatus().textContent()).toBe('单击放置楼梯，连接 1F 一层 与 2F 二层');
    await shot(page, 'leftovers-status-lift');
    await toSelectTool();
    expect(app.errors).toEqual([]);
  });

  it('the can’t-place banner goes with the next tool, view switch or successful click', async () => {
    const page = app.page;
    await toSelectTool();
    const refuse = async () => {
      await clickAt([32.6, 0.4]);
      await expect.poll(() => banner().textContent()).toContain('与这面墙上的门重叠');
    };
    await page.keyboard.press('n');
    await refuse();
    await shot(page, 'leftovers-banner-up');
    await page.keyboard.press('d');
    await banner().waitFor({ state: 'detached' });
    await refuse();
    await page.locator('[data-testid="view-3d"]').click();
    await banner().waitFor({ state: 'detached' });
    await page.locator('[data-testid="view-2d"]').click();
    await viewAtRest(page);
    await refuse();
    const doors = (await floorOf('F1')).filter((e) => e.kind === 'opening').length;
    await clickAt([36.2, 0.4]);
    await expect.poll(async () => (await floorOf('F1')).filter((e) => e.kind === 'opening').length).toBe(doors + 1);
    await banner().waitFor({ state: 'detached' });
    await shot(page, 'leftovers-banner-gone');
    await page.keyboard.press('Control+z');
    await toSelectTool();
    expect(app.errors).toEqual([]);
  });

  it('a click on a counter’s number plate picks the counter; a second click the plate; Tab reaches it too', async () => {
    const page = app.page;
    await toSelectTool();
    // the county counters carry an evaluator and a plate naming them: a click on the counter picks the counter
    await zoomAt([14.4, 30.2], 3);
    await clickAt([14.4, 30.2]);
    await expect.poll(selection).toEqual(['f1-counter-04']);
    await clickAt([14.4, 30.2]);
    await expect.poll(selection).not.toEqual(['f1-counter-04']);
    await page.keyboard.press('Escape');
    await replacingHall(page, async () => {
      await page.locator('[data-testid="file-menu"]').click();
      await page.locator('[data-testid="file-new"]').click();
    });
    await expect.poll(async () => (await floorOf('F1')).length).toBe(0);
    await viewAtRest(page);
    await page.keyboard.press('Shift+C');
    await expect.poll(async () => (await state()).tool).toBe('counter-row');
    await drag([0, 0], [5.4, 0]);
    await expect.poll(async () => (await floorOf('F1')).filter((e) => e.kind === 'counter').length).toBe(5);
    await toSelectTool();
    const counter = (await floorOf('F1')).filter((e) => e.kind === 'counter')[2];
    const plate = (await floorOf('F1')).find((e) => e.mountedOn === counter.id)!;
    await zoomAt(plate.position!, 4);
    await clickAt(plate.position!);
    await expect.poll(selection).toEqual([counter.id]);
    await shot(page, 'leftovers-plate-first-click');
    await clickAt(plate.position!);
    await expect.poll(selection).toEqual([plate.id]);
    await clickAt(plate.position!);
    await expect.poll(selection).toEqual([counter.id]);
    await page.keyboard.press('Escape');
    await expect.poll(selection).toEqual([]);
    await moveTo([plate.position![0] + 0.01, plate.position![1]]);
    await expect.poll(async () => (await state()).hoverId).toBe(counter.id);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await state()).hoverId).toBe(plate.id);
    await clickAt(plate.position!);
    await expect.poll(selection).toEqual([plate.id]);
    expect(app.errors).toEqual([]);
  });
});
