/**
 * A plan opened as an underlay is where the user can see it: File → Open of a PDF plan on a new hall lands at
 * a first scale of 1:100 (an A3 sheet spans 42 m) and the view frames it; after zooming in, zoom to fit (F)
 * frames the underlay too, as AutoCAD's ZOOM EXTENTS takes in an attached image.
 */
import { describe, expect, it } from 'vitest';
import { cameraAtRest } from '../bench/editor';
import { sharedEditor } from './editor-app';
import { shot } from './harness';
import { floorUnderlay, openUnderlayOnNewHall, underlayBox } from './underlay-page';

const app = sharedEditor();

/** An A3 landscape PDF of a plan: four rooms in a frame, printed by Chromium itself. */
async function planPdf(): Promise<Buffer> {
  const p = await app.context.newPage();
  await p.setContent(`<div style="margin:20mm;height:240mm;border:3px solid #000;display:grid;grid-template-columns:1fr 1fr;font:20pt sans-serif">
    ${['办事大厅', '等候区', '办公区', '卫生间'].map((n) => `<div style="border:2px solid #000;padding:8mm">${n}</div>`).join('')}</div>`);
  const pdf = await p.pdf({ width: '420mm', height: '297mm', printBackground: true });
  await p.close();
  return pdf;
}

async function expectFramed(name: string): Promise<void> {
  await cameraAtRest(app.page);
  await shot(app.page, name);
  const view = (await app.page.locator('[data-testid="viewport"]').boundingBox())!;
  const box = await underlayBox(app.page);
  const b = { x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height };
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
    await openUnderlayOnNewHall(app.page, { name: 'plan-scan.pdf', mimeType: 'application/pdf', buffer: pdf });
    const u = await floorUnderlay(app.page);
    // An A3 sheet (420 mm) at 1:100 is 42 m wide.
    expect(u.widthPx * u.metresPerPixel).toBeCloseTo(42, 0);
    await expectFramed('underlay-pdf-opened');
  });

  it('after zooming into a corner of the plan, F frames the whole underlay again', async () => {
    const view = (await app.page.locator('[data-testid="viewport"]').boundingBox())!;
    await app.page.mouse.move(view.x + view.width * 0.3, view.y + view.height * 0.3);
    for (let i = 0; i < 10; i++) await app.page.mouse.wheel(0, -400);
    await cameraAtRest(app.page);
    const away = await underlayBox(app.page);
    // The plan now runs past the view's edges.
    expect(away.x < view.x || away.x + away.width > view.x + view.width).toBe(true);
    await app.page.keyboard.press('f');
    await expectFramed('underlay-fit');
  });
});
