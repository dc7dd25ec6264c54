/**
 * A PDF plan shown whole looks like the drawing: its thin lines stay dark instead of washing out to pale grey
 * (the underlay starts at full strength, fading only when asked, and its smaller copies keep a line's darkest texel);
 * the page is encoded, and its smaller copies built, without holding up the page.
 */
import { describe, expect, it } from 'vitest';
import { snapCanvas } from './canvas-pixels';
import { sharedEditor } from './editor-app';
import { shot, viewAtRest } from './harness';
import { floorUnderlay, openUnderlayOnNewHall, underlayBox } from './underlay-page';

const app = sharedEditor();

/** An A3 landscape PDF of a plan drawn in hairlines (one CSS pixel, about 0.26 mm), as CAD plots thin walls. */
async function hairlinePdf(): Promise<Buffer> {
  const p = await app.context.newPage();
  const rooms = ['办事大厅', '等候区', '办公区', '卫生间', '档案室', '母婴室'];
  await p.setContent(`<div style="margin:20mm;height:240mm;border:1px solid #000;display:grid;grid-template-columns:1fr 1fr 1fr;font:9pt sans-serif">
    ${rooms.map((n) => `<div style="border:1px solid #000;padding:4mm">${n}</div>`).join('')}</div>`);
  const pdf = await p.pdf({ width: '420mm', height: '297mm', printBackground: true });
  await p.close();
  return pdf;
}

type SnapWin = { __snaps: Record<string, Uint8ClampedArray> };

describe('a PDF plan underlay shown whole', () => {
  it('draws its hairlines dark, at full strength until the user fades it', async () => {
    await openUnderlayOnNewHall(app.page, { name: 'hairline-plan.pdf', mimeType: 'application/pdf', buffer: await hairlinePdf() });
    expect(
      await app.page.evaluate(() => (window as unknown as { __halltwin: { editor: { floor: { underlay: { opacity: number } } } } }).__halltwin.editor.floor.underlay.opacity),
    ).toBe(1);
    const u = await floorUnderlay(app.page);
    const box = await underlayBox(app.page);
    const canvas = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
    // The sheet is shrunk several times over on screen: each line is a fraction of a screen pixel.
    expect(u.widthPx / box.width).toBeGreaterThan(3);
    // The line-keeping levels are built in a worker: shown once they are in.
    await app.page.waitForFunction(() => (window as unknown as { __halltwin_underlayMips?: string }).__halltwin_underlayMips === 'line', undefined, { timeout: 30_000 });
    await viewAtRest(app.page);
    await shot(app.page, 'underlay-hairlines-whole');
    await snapCanvas(app.page, 'whole');
    // The darkest pixel in each screen column across the middle of the sheet: the plan's vertical walls.
    const darkest = await app.page.evaluate(
      ([x0, x1, y0, y1, w]) => {
        const d = (window as unknown as SnapWin).__snaps.whole;
        const cols: number[] = [];
        for (let x = x0; x < x1; x++) {
          let m = 255;
          for (let y = y0; y < y1; y++) {
            const o = (y * w + x) * 4;
            m = Math.min(m, Math.round(0.3 * d[o] + 0.59 * d[o + 1] + 0.11 * d[o + 2]));
          }
          cols.push(m);
        }
        return cols.sort((a, b) => a - b);
      },
      [
        Math.round(box.x - canvas.x + box.width * 0.02),
        Math.round(box.x - canvas.x + box.width * 0.98),
        Math.round(box.y - canvas.y + box.height * 0.45),
        Math.round(box.y - canvas.y + box.height * 0.55),
        Math.round(canvas.width),
      ] as const,
    );
    // The sheet's frame and the room walls: four vertical lines, each as dark as ink, not a pale grey.
    expect(darkest[3]).toBeLessThan(90);
    expect(app.errors).toEqual([]);
  });

  it('encodes the rendered page off the page\u2019s thread: no synchronous PNG encode of the page', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { __bigDataUrls: number };
      w.__bigDataUrls = 0;
      const own = HTMLCanvasElement.prototype.toDataURL;
      HTMLCanvasElement.prototype.toDataURL = function (this: HTMLCanvasElement, ...args: Parameters<typeof own>) {
        if (this.width * this.height > 1_000_000) w.__bigDataUrls++;
        return own.apply(this, args);
      };
    });
    await openUnderlayOnNewHall(app.page, { name: 'hairline-plan-2.pdf', mimeType: 'application/pdf', buffer: await hairlinePdf() });
    const u = await floorUnderlay(app.page);
    expect(u.widthPx * u.heightPx).toBeGreaterThan(1_000_000);
    expect(await app.page.evaluate(() => (window as unknown as { __bigDataUrls: number }).__bigDataUrls)).toBe(0);
  });

  it('builds the line-keeping levels off the page\u2019s thread: the page reads back no pixels of the sheet', async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as { __bigReads: number };
      w.__bigReads = 0;
      const own = CanvasRenderingContext2D.prototype.getImageData;
      CanvasRenderingContext2D.prototype.getImageData = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof own>) {
        if (args[2] * args[3] > 1_000_000) w.__bigReads++;
        return own.apply(this, args);
      };
    });
    await openUnderlayOnNewHall(app.page, { name: 'hairline-plan-3.pdf', mimeType: 'application/pdf', buffer: await hairlinePdf() });
    await app.page.waitForFunction(() => (window as unknown as { __halltwin_underlayMips?: string }).__halltwin_underlayMips === 'line', undefined, { timeout: 30_000 });
    const u = await floorUnderlay(app.page);
    expect(u.widthPx * u.heightPx).toBeGreaterThan(1_000_000);
    expect(await app.page.evaluate(() => (window as unknown as { __bigReads: number }).__bigReads)).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
