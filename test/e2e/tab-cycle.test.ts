/**
 * Tab through what is under the cursor, in Chromium on the county sample: over a door in a wall on a room's edge
 * the door is pre-highlighted and named; Tab moves to the wall, then the room (highlighted, named "i/n" in the
 * status bar); the click selects what Tab reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, type App, startApp, stopApp } from './harness';
import { calibrate, tapPointer, type PlanMap, type Vec2 } from './plan-mouse';

let app: App;

type State = { hoverId?: string; hoverCandidates?: string[]; selection: string[] };
const state = () =>
  app.page.evaluate(() => {
    const s = (window as unknown as { __halltwin: { editor: { store: { getState(): State } } } }).__halltwin.editor.store.getState();
    return { hoverId: s.hoverId, hoverCandidates: s.hoverCandidates, selection: s.selection };
  });

describe('Tab cycling in the plan', () => {
  beforeAll(async () => {
    app = await startApp();
    await app.page.goto(app.url);
    await app.page.locator('[data-testid="findings-score"]').waitFor();
    await app.page.locator('[data-testid="viewport"] canvas').first().waitFor();
    // The first framing of the floor animates over a few frames: calibrate once the camera has settled.
    await app.page.waitForTimeout(1500);
    await tapPointer(app.page);
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('pre-highlights and names the candidate, Tab cycles, the click picks it', async () => {
    const map: PlanMap = await calibrate(app.page);
    // Doors of the first floor: one of them stands in a wall on a room's edge.
    const doors = await app.page.evaluate(() => {
      const ed = (window as unknown as { __halltwin: { editor: { floor: { elements: { kind: string; id: string; position?: [number, number] }[] } } } }).__halltwin.editor;
      return ed.floor.elements.filter((e) => e.kind === 'opening').map((e) => ({ id: e.id, at: e.position as [number, number] }));
    });
    let door: { id: string; at: Vec2 } | undefined;
    let stack: string[] = [];
    for (const d of doors) {
      const [x, y] = map.toScreen(d.at);
      await app.page.mouse.move(x, y, { steps: 2 });
      await app.page.waitForFunction(() => true);
      const s = await state();
      if ((s.hoverCandidates?.length ?? 0) >= 3 && s.hoverId === d.id) {
        door = d;
        stack = s.hoverCandidates!;
        break;
      }
    }
    expect(door, 'a door in a wall on a room edge').toBeDefined();
    await expect.poll(() => app.page.locator('[data-testid="hover-name"]').textContent()).toMatch(new RegExp(`1/${stack.length}`));
    await app.page.keyboard.press('Tab');
    await expect.poll(async () => (await state()).hoverId).toBe(stack[1]);
    expect(await app.page.locator('[data-testid="hover-name"]').textContent()).toMatch(new RegExp(`2/${stack.length}.*墙`));
    await app.page.keyboard.press('Tab');
    await expect.poll(async () => (await state()).hoverId).toBe(stack[2]);
    await shot(app.page, 'tab-cycle-room');
    await app.page.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await state()).hoverId).toBe(stack[1]);
    await shot(app.page, 'tab-cycle-wall');
    // Focus stayed on the plan: Tab was the editor's, not the browser's focus move.
    expect(await app.page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    const [x, y] = map.toScreen(door!.at);
    await app.page.mouse.down();
    await app.page.mouse.up();
    await expect.poll(async () => (await state()).selection).toEqual([stack[1]]);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    await shot(app.page, 'tab-cycle-selected');
    expect(app.errors).toEqual([]);
  });
});
