/**
 * A second new user's walk through the built app, in Chromium with mouse and keyboard: a click inside a room the
 * walls close makes a zone of that room; what is copied on one floor and pasted on another lands in place; scaling a
 * plan underlay by two points takes the typed distance straight after the second click.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type App, clickPlan, drawTwoRooms, newHall, openEditor, shot, startApp, stopApp, planPoint } from './harness';

type Vec2 = [number, number];
type El = { id: string; kind: string; polygon?: Vec2[] };
type Underlay = { metresPerPixel: number };
type Win = {
  __halltwin: {
    editor: {
      floor: { elements: El[]; underlay?: Underlay };
      floorId: string;
      store: { getState(): { error?: unknown } };
    };
  };
  __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
};

let app: App;

const zones = () => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements.filter((e) => e.kind === 'zone'));
/** A polygon as sorted millimetre corners, so rings that start at another corner compare equal. */
const corners = (poly?: Vec2[]) => (poly ?? []).map((p) => `${Math.round(p[0] * 1000) / 1000},${Math.round(p[1] * 1000) / 1000}`).sort();

/** Screen position of a plan point once the view is at rest. */
const at = (p: Vec2) => planPoint(app.page, p);

describe('a second new user walks through the editor', () => {
  beforeAll(async () => {
    app = await startApp();
    await openEditor(app.page, app.url, { checked: true });
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('a click inside a room the walls close makes a zone of that room; a click outside any room says so', async () => {
    await newHall(app.page);
    await drawTwoRooms(app.page);
    await app.page.keyboard.press('z');
    await clickPlan(app.page, [5, 9]);
    await clickPlan(app.page, [16, 9]);
    await shot(app.page, 'walk2-zone-from-room');
    const made = await zones();
    expect(made.map((z) => corners(z.polygon))).toEqual([
      corners([
        [0, 3],
        [12, 3],
        [12, 15],
        [0, 15],
      ]),
      corners([
        [12, 3],
        [20, 3],
        [20, 15],
        [12, 15],
      ]),
    ]);
    // outside the walls there is no room: nothing is added and the user is told why
    await clickPlan(app.page, [-3, 9]);
    expect((await zones()).length).toBe(2);
    expect(await app.page.evaluate(() => !!(window as unknown as Win).__halltwin.editor.store.getState().error)).toBe(true);
    await app.page.keyboard.press('Escape');
  });

  it('what is copied on one floor and pasted on another lands in place; a second paste there steps away', async () => {
    await newHall(app.page);
    await drawTwoRooms(app.page);
    // a waiting area dragged out in the left room, then copied
    await app.page.keyboard.press('z');
    const [ax, ay] = await at([1, 4]);
    const [bx, by] = await at([11, 14]);
    await app.page.mouse.move(ax, ay, { steps: 2 });
    await app.page.mouse.down();
    await app.page.mouse.move(bx, by, { steps: 6 });
    await app.page.mouse.up();
    await app.page.keyboard.press('Control+c');
    const original = (await zones())[0].polygon;
    expect(corners(original)).toEqual(
      corners([
        [1, 4],
        [11, 4],
        [11, 14],
        [1, 14],
      ]),
    );
    await app.page.locator('[data-testid="floor-add"]').click();
    await app.page.locator('[data-testid="floor-copy-offer"]').waitFor();
    await app.page.locator('[data-testid="floor-copy-yes"]').click();
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length > 0);
    await app.page.mouse.move(700, 300);
    await app.page.keyboard.press('Control+v');
    await shot(app.page, 'walk2-pasted-upstairs');
    const upstairs = await zones();
    expect(upstairs.map((z) => corners(z.polygon))).toEqual([corners(original)]);
    await app.page.keyboard.press('Control+v');
    const second = (await zones())[1].polygon!;
    expect(corners(second)).toEqual(corners(original!.map(([x, y]) => [x + 1, y - 1] as Vec2)));
    // back on the ground floor, Ctrl+Z takes back that paste upstairs and shows the floor where it happened
    const upper = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floorId);
    await app.page.locator('[data-testid="floor-F1"]').click();
    await app.page.mouse.move(700, 300);
    await app.page.keyboard.press('Control+z');
    await app.page.waitForFunction((id) => (window as unknown as Win).__halltwin.editor.floorId === id, upper);
    await shot(app.page, 'walk2-undo-shows-floor');
    expect((await zones()).length).toBe(1);
  });

  it('two-point scale of a plan underlay takes the typed distance right after the second click', async () => {
    await newHall(app.page);
    await app.page.locator('[data-testid="file-input"]').setInputFiles(resolve(ROOT, 'docs/screenshot.png'));
    await app.page.locator('[data-testid="underlay-calibrate"]').waitFor();
    const before = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.underlay!.metresPerPixel);
    // started by mistake: one point, then Escape twice, and the panel is back to its button
    await app.page.locator('[data-testid="underlay-calibrate"]').click();
    await clickPlan(app.page, [2, 5]);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Escape');
    await app.page.locator('[data-testid="underlay-calibrate"]').waitFor({ timeout: 5000 });
    await app.page.locator('[data-testid="underlay-calibrate"]').click();
    await clickPlan(app.page, [2, 5]);
    await clickPlan(app.page, [6, 5]);
    await app.page.locator('[data-testid="underlay-distance"]').waitFor();
    // as in a CAD scale command: the number is typed, not clicked into a box first
    await app.page.keyboard.type('10');
    await app.page.keyboard.press('Enter');
    await app.page.locator('[data-testid="underlay-calibrate"]').waitFor();
    await shot(app.page, 'walk2-underlay-scaled');
    const after = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.underlay!.metresPerPixel);
    expect(after / before).toBeCloseTo(10 / 4, 3);
  });
});
