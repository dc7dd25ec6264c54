/**
 * A zone dragged in the plan keeps its name on screen at every step, at its moving centre: the name of what moves
 * is placed before the snap's name (which stood on the zone's centre when the centre aligned) and before the still
 * names it passes over.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, planPoint, startApp, stopApp, viewAtRest } from './harness';

let app: App;
let page: Page;

type Zone = { id: string; kind: string; name?: string; polygon: [number, number][] };
type Win = {
  __halltwin: { editor: { doc: { floors: { id: string; elements: Zone[] }[] }; floorId: string; select(ids: string[]): void } };
  __halltwin_planToScreen(p: [number, number]): [number, number] | undefined;
};

/** The zone's name node: whether it is shown, and its box's centre on the page. */
const nameNode = (name: string) =>
  page.evaluate((name) => {
    const n = [...document.querySelectorAll<HTMLElement>('[data-testid="labels"] > [data-label="zone"]')].find((s) => s.querySelector('[data-form="full"]')?.textContent === name);
    if (!n) return undefined;
    const r = n.getBoundingClientRect();
    return { visible: n.dataset.visible === '1', x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, name);

/** The zone's centre on the page now (its box's middle, where its name is anchored). */
const centreOnScreen = (id: string) =>
  page.evaluate((id) => {
    const w = window as unknown as Win;
    const z = w.__halltwin.editor.doc.floors.find((f) => f.id === w.__halltwin.editor.floorId)!.elements.find((e) => e.id === id)!;
    const xs = z.polygon.map((p) => p[0]);
    const ys = z.polygon.map((p) => p[1]);
    return w.__halltwin_planToScreen([(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2])!;
  }, id);

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await openEditor(page, app.url, { checked: true });
}, 60_000);

afterAll(async () => {
  await stopApp(app);
});

describe('the name of a dragged zone', () => {
  it.each([
    ['from near its edge', [18, 14.3]],
    ['from between its seat rows', [12, 18.6]],
  ] as const)('stays on screen at its moving centre, dragged %s', async (_, from) => {
    const zone = await page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      const z = ed.doc.floors.find((f) => f.id === ed.floorId)!.elements.find((e) => e.kind === 'zone' && e.name === '第一等候区')!;
      ed.select([z.id]);
      return { id: z.id, name: z.name! };
    });
    const [x, y] = await planPoint(page, [...from]);
    await page.mouse.move(x, y);
    await viewAtRest(page);
    expect((await nameNode(zone.name))?.visible).toBe(true);
    await page.mouse.down();
    for (const [dx, dy] of [
      [40, 20],
      [90, 10],
      [130, -30],
    ]) {
      await page.mouse.move(x + dx, y + dy, { steps: 4 });
      await viewAtRest(page);
      const node = await nameNode(zone.name);
      const [cx, cy] = await centreOnScreen(zone.id);
      expect(node?.visible, `shown after a move of ${dx},${dy} px`).toBe(true);
      // Centred on the zone, or just above or below its centre when something else holds that spot.
      expect(Math.abs(node!.x - cx)).toBeLessThan(2);
      expect(Math.abs(node!.y - cy)).toBeLessThan(30);
    }
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await viewAtRest(page);
    expect(app.errors).toEqual([]);
  });
});
