/**
 * Zoom to fit as an AutoCAD or Revit user expects it: the whole floor with room round it, the scale bar and the
 * north arrow clear of the walls; and when the view grows just after a framing (a banner withdrawn when a file
 * is opened), the floor is framed again for the new size instead of staying small in the middle.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp } from './harness';
import { cameraAtRest } from '../bench/editor';

type Win = { __halltwin: { editor: { floor: { outline?: [number, number][] } } }; __halltwin_planToScreen(p: [number, number]): [number, number] | undefined };

let app: App;
let page: Page;

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await openEditor(page, app.url);
});

afterAll(async () => {
  await stopApp(app);
});

/** The floor outline's box on the page, in CSS pixels (planToScreen gives page coordinates). */
async function outlineBox(): Promise<{ x0: number; y0: number; x1: number; y1: number }> {
  const pts = await page.evaluate(() => {
    const w = window as unknown as Win;
    return w.__halltwin.editor.floor.outline!.map((p) => w.__halltwin_planToScreen(p)!);
  });
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

describe('framing the plan', () => {
  it('zoom to fit leaves room round the floor: the scale bar and north arrow stay off the walls', async () => {
    await page.locator('[data-testid="zoom-fit"]').click();
    await cameraAtRest(page);
    const view = (await page.locator('[data-testid="viewport"]').boundingBox())!;
    const hud = (await page.locator('[data-testid="plan-hud"]').boundingBox())!;
    const b = await outlineBox();
    await shot(page, 'framing-fit');
    expect(b.x0 - view.x).toBeGreaterThanOrEqual(30);
    expect(view.x + view.width - b.x1).toBeGreaterThanOrEqual(30);
    expect(b.y0 - view.y).toBeGreaterThanOrEqual(24);
    // the HUD sits below the floor's bottom edge, not on it
    expect(hud.y).toBeGreaterThan(b.y1);
  });

  it('frames the floor again when the view grows just after a framing, and not after the user zoomed', async () => {
    await page.setViewportSize({ width: 1440, height: 700 });
    await page.locator('[data-testid="zoom-fit"]').click();
    await cameraAtRest(page);
    const small = await outlineBox();
    await page.setViewportSize({ width: 1440, height: 900 });
    await cameraAtRest(page);
    const grown = await outlineBox();
    await shot(page, 'framing-after-resize');
    expect(grown.y1 - grown.y0).toBeGreaterThan((small.y1 - small.y0) * 1.15);
    // after a zoom with the wheel, a resize keeps the user's view
    const view = (await page.locator('[data-testid="viewport"]').boundingBox())!;
    await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
    await page.mouse.wheel(0, -200);
    await cameraAtRest(page);
    const zoomed = await outlineBox();
    await page.setViewportSize({ width: 1440, height: 800 });
    await cameraAtRest(page);
    const kept = await outlineBox();
    expect(Math.abs(kept.x1 - kept.x0 - (zoomed.x1 - zoomed.x0))).toBeLessThan(2);
  });
});
