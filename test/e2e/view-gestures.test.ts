/**
 * The view answers the hand as a CAD user expects: a wheel notch zooms by a sixth, a wall chain drawn with typed
 * lengths stays in sight, a left drag in 3D turns the view (it moves an element only when the drag starts on the
 * selection), and the stacked view pulls the floors apart so each floor's content shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, replacingHall, shot, startApp, stopApp } from './harness';
import { cameraAtRest } from '../bench/editor';

type Vec2 = [number, number];
type El = { id: string; kind: string; position?: Vec2; polygon?: Vec2[]; a?: Vec2; b?: Vec2 };
type Win = {
  __halltwin_planToScreen(p: Vec2): [number, number] | undefined;
  __halltwin: {
    editor: {
      floor: { elements: El[] };
      doc: { floors: { id: string }[] };
      selection: string[];
      store: { getState(): { viewMode: string; selection: string[]; hoverId?: string }; setState(s: object): void };
    };
  };
};

let app: App;

const toScreen = (p: Vec2) => app.page.evaluate((q) => (window as unknown as Win).__halltwin_planToScreen(q), p);
/** Pixels per metre along plan x at the view's centre. */
async function scale(): Promise<number> {
  const a = (await toScreen([0, 0]))!;
  const b = (await toScreen([10, 0]))!;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / 10;
}
const viewBox = async () => (await app.page.locator('[data-testid="viewport"]').boundingBox())!;
const elements = () => app.page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Win).__halltwin.editor.floor.elements)) as El[]);

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1440, height: 900 } });
  await openEditor(app.page, app.url, { checked: true });
});

afterAll(async () => {
  await stopApp(app);
});

describe('the view under the hand', () => {
  it('one wheel notch zooms by about a sixth, out and back in', async () => {
    await app.page.locator('[data-testid="zoom-fit"]').click();
    await cameraAtRest(app.page);
    const v = await viewBox();
    await app.page.mouse.move(v.x + v.width / 2, v.y + v.height / 2);
    const s0 = await scale();
    await app.page.mouse.wheel(0, 100);
    await cameraAtRest(app.page);
    const s1 = await scale();
    expect(s1 / s0).toBeGreaterThan(0.78);
    expect(s1 / s0).toBeLessThan(0.87);
    await app.page.mouse.wheel(0, -100);
    await cameraAtRest(app.page);
    expect((await scale()) / s0).toBeCloseTo(1, 2);
  });

  it('a left drag in 3D turns the view and moves nothing; a click selects; a drag from the selection moves it', async () => {
    await app.page.locator('[data-testid="view-3d"]').click();
    await cameraAtRest(app.page);
    const before = await elements();
    const zone = before.find((e) => e.kind === 'zone' && e.polygon)!;
    const c: Vec2 = [zone.polygon!.reduce((s, p) => s + p[0], 0) / zone.polygon!.length, zone.polygon!.reduce((s, p) => s + p[1], 0) / zone.polygon!.length];
    const [x, y] = (await toScreen(c))!;
    const s0 = await scale();
    await app.page.mouse.move(x, y);
    await app.page.mouse.down();
    for (let k = 1; k <= 10; k++) await app.page.mouse.move(x + 20 * k, y + 4 * k);
    await app.page.mouse.up();
    // the orbit glides to a stop (damping) before the view is read again
    await cameraAtRest(app.page);
    await shot(app.page, 'view-3d-left-drag-orbits');
    expect(await elements()).toEqual(before);
    // the view turned: the same plan point is elsewhere on screen (and the scale there changed)
    const [x1, y1] = (await toScreen(c))!;
    expect(Math.hypot(x1 - x, y1 - y) + Math.abs((await scale()) - s0)).toBeGreaterThan(5);
    // a click (no drag) selects what is under it, as in the plan: the element the pre-highlight named
    await app.page.mouse.move(x1, y1);
    const hover = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().hoverId);
    expect(hover).toBeTruthy();
    await app.page.mouse.click(x1, y1);
    const picked = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.selection);
    expect(picked).toEqual([hover]);
    const hit = picked[0];
    // a drag that starts on the selected element moves it
    await app.page.mouse.move(x1, y1);
    await app.page.mouse.down();
    for (let k = 1; k <= 6; k++) await app.page.mouse.move(x1 + 6 * k, y1);
    await app.page.mouse.up();
    const moved = (await elements()).find((e) => e.id === hit);
    expect(JSON.stringify(moved)).not.toEqual(JSON.stringify(before.find((e) => e.id === hit)));
    await app.page.keyboard.press('Control+z');
    expect(await elements()).toEqual(before);
  });

  it('the stacked view pulls the floors apart: every floor is drawn, the upper one clear of the lower', async () => {
    await app.page.locator('[data-testid="view-3d"]').click();
    await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.setState({ ghostFloors: false }));
    await cameraAtRest(app.page);
    const calls = () => app.page.evaluate(() => (window as unknown as { __halltwin_drawCalls?: number }).__halltwin_drawCalls ?? 0);
    const oneFloor = await calls();
    await app.page.locator('[data-testid="view-stack"]').click();
    await cameraAtRest(app.page);
    await shot(app.page, 'view-stack');
    // both floors' layers are drawn
    expect(await calls()).toBeGreaterThan(oneFloor * 1.5);
    // the whole stack is framed: the current floor's outline is on screen and fills less than the view's height
    const v = await viewBox();
    const [, top] = (await toScreen([0, 42]))!;
    const [, bottom] = (await toScreen([64, 0]))!;
    expect(top).toBeGreaterThan(v.y);
    expect(bottom).toBeLessThan(v.y + v.height);
    await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.setState({ ghostFloors: true }));
    await app.page.locator('[data-testid="view-2d"]').click();
    await cameraAtRest(app.page);
  });

  it('a wall chain drawn with typed lengths keeps its new corner in sight', async () => {
    await app.page.locator('[data-testid="file-menu"]').click();
    await replacingHall(app.page, () => app.page.locator('[data-testid="file-new"]').click());
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length === 0);
    await cameraAtRest(app.page);
    const v = await viewBox();
    const cx = v.x + v.width / 2;
    const cy = v.y + v.height / 2;
    await app.page.mouse.move(cx, cy);
    await app.page.keyboard.press('w');
    await app.page.mouse.click(cx, cy);
    await app.page.mouse.move(cx + 60, cy, { steps: 3 });
    // 150 m to the east: far past the edge of a new hall's view
    await app.page.keyboard.type('150');
    await app.page.keyboard.press('Enter');
    await cameraAtRest(app.page);
    const walls = (await elements()).filter((e) => e.kind === 'wall');
    expect(walls.length).toBe(1);
    const corner = walls[0].b!;
    const [x, y] = (await toScreen(corner))!;
    await shot(app.page, 'view-follows-wall-chain');
    expect(x).toBeGreaterThan(v.x + 20);
    expect(x).toBeLessThan(v.x + v.width - 20);
    expect(y).toBeGreaterThan(v.y + 20);
    expect(y).toBeLessThan(v.y + v.height - 20);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Escape');
  });
});
