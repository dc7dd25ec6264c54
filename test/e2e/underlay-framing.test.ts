/**
 * A plan opened as an underlay is where the user can see it: File → Open of a PDF plan on a new hall lands at
 * a first scale of 1:100 (an A3 sheet spans 42 m) and the view frames it; after zooming in, zoom to fit (F)
 * frames the underlay too, as AutoCAD's ZOOM EXTENTS takes in an attached image.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraAtRest } from '../bench/editor';
import { type App, openEditor, replacingHall, shot, startApp, stopApp } from './harness';

type Vec2 = [number, number];
type Underlay = { widthPx: number; heightPx: number; metresPerPixel: number; position: Vec2; rotation: number };
type Win = {
  __halltwin: { editor: { floor: { elements: unknown[]; underlay?: Underlay } } };
  __halltwin_planToScreen(p: Vec2): [number, number] | undefined;
};

let app: App;

beforeAll(async () => {
  app = await startApp({ viewport: { width: 1440, height: 900 } });
  await openEditor(app.page, app.url);
});

afterAll(async () => {
  await stopApp(app);
});

/** An A3 landscape PDF of a plan: four rooms in a frame, printed by Chromium itself. */
async function planPdf(): Promise<Buffer> {
  const p = await app.context.newPage();
  await p.setContent(`<div style="margin:20mm;height:240mm;border:3px solid #000;display:grid;grid-template-columns:1fr 1fr;font:20pt sans-serif">
    ${['办事大厅', '等候区', '办公区', '卫生间'].map((n) => `<div style="border:2px solid #000;padding:8mm">${n}</div>`).join('')}</div>`);
  const pdf = await p.pdf({ width: '420mm', height: '297mm', printBackground: true });
  await p.close();
  return pdf;
}

/** The underlay's corners on the page, as the app projects them. */
async function underlayBox(): Promise<{ x0: number; y0: number; x1: number; y1: number }> {
  const pts = await app.page.evaluate(() => {
    const w = window as unknown as Win;
    const u = w.__halltwin.editor.floor.underlay!;
    const m = u.metresPerPixel;
    const [x, y] = u.position;
    // Unrotated: pixel (0, 0) at the top left, image y down.
    return [
      [x, y],
      [x + u.widthPx * m, y - u.heightPx * m],
    ].map((p) => w.__halltwin_planToScreen(p as Vec2)!);
  });
  return { x0: Math.min(pts[0][0], pts[1][0]), y0: Math.min(pts[0][1], pts[1][1]), x1: Math.max(pts[0][0], pts[1][0]), y1: Math.max(pts[0][1], pts[1][1]) };
}

async function expectFramed(name: string): Promise<void> {
  await cameraAtRest(app.page);
  await shot(app.page, name);
  const view = (await app.page.locator('[data-testid="viewport"]').boundingBox())!;
  const b = await underlayBox();
  // Whole, inside the view…
  expect(b.x0).toBeGreaterThanOrEqual(view.x);
  expect(b.y0).toBeGreaterThanOrEqual(view.y);
  expect(b.x1).toBeLessThanOrEqual(view.x + view.width);
  expect(b.y1).toBeLessThanOrEqual(view.y + view.height);
  // …and filling most of it in one direction, not a grey corner.
  expect(Math.max((b.x1 - b.x0) / view.width, (b.y1 - b.y0) / view.height)).toBeGreaterThan(0.6);
}

describe('a plan underlay in view', () => {
  it('File → Open of a PDF plan on a new hall: drawn at 1:100 and framed', async () => {
    const pdf = await planPdf();
    await app.page.locator('[data-testid="file-menu"]').click();
    await replacingHall(app.page, () => app.page.locator('[data-testid="file-new"]').click());
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length === 0);
    await app.page.locator('[data-testid="file-input"]').setInputFiles({ name: 'plan-scan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await app.page.waitForFunction(() => !!(window as unknown as Win).__halltwin.editor.floor.underlay, undefined, { timeout: 30_000 });
    const u = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.underlay!);
    // An A3 sheet (420 mm) at 1:100 is 42 m wide.
    expect(u.widthPx * u.metresPerPixel).toBeCloseTo(42, 0);
    await expectFramed('underlay-pdf-opened');
  });

  it('after zooming into a corner of the plan, F frames the whole underlay again', async () => {
    const view = (await app.page.locator('[data-testid="viewport"]').boundingBox())!;
    await app.page.mouse.move(view.x + view.width * 0.3, view.y + view.height * 0.3);
    for (let i = 0; i < 10; i++) await app.page.mouse.wheel(0, -400);
    await cameraAtRest(app.page);
    const away = await underlayBox();
    // The plan now runs past the view's edges.
    expect(away.x0 < view.x || away.x1 > view.x + view.width).toBe(true);
    await app.page.keyboard.press('f');
    await expectFramed('underlay-fit');
  });
});
