/**
 * The plan grid lies under an underlay, as CAD shows a reference drawing: the paper covers the grid instead of the
 * grid's lines crossing the drawing at full strength.
 */
import { describe, expect, it } from 'vitest';
import { snapCanvas } from './canvas-pixels';
import { sharedEditor } from './editor-app';
import { shot } from './harness';
import { openUnderlayOnNewHall, underlayBox } from './underlay-page';

const app = sharedEditor();

/** A blank sheet of paper with a thin border, as a scanned plan's margin looks. */
async function blankSheet(): Promise<Buffer> {
  const p = await app.context.newPage();
  await p.setViewportSize({ width: 1600, height: 1100 });
  await p.setContent('<body style="margin:0;background:#fff"><div style="margin:20px;height:1058px;border:1px solid #000"></div></body>');
  const png = await p.screenshot({ type: 'png' });
  await p.close();
  return png;
}

type SnapWin = { __snaps: Record<string, Uint8ClampedArray> };

describe('the plan grid under an underlay', () => {
  it('is hidden by the paper of an underlay shown at full strength', async () => {
    await openUnderlayOnNewHall(app.page, { name: 'blank-sheet.png', mimeType: 'image/png', buffer: await blankSheet() });
    const box = await underlayBox(app.page);
    const canvas = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
    await shot(app.page, 'underlay-over-grid');
    await snapCanvas(app.page, 'sheet');
    // The darkest pixel inside the middle of the sheet, clear of its border and of the panels at the view's edges.
    const darkest = await app.page.evaluate(
      ([x0, x1, y0, y1, w]) => {
        const d = (window as unknown as SnapWin).__snaps.sheet;
        let m = 255;
        for (let y = y0; y < y1; y++)
          for (let x = x0; x < x1; x++) {
            const o = (y * w + x) * 4;
            m = Math.min(m, Math.round(0.3 * d[o] + 0.59 * d[o + 1] + 0.11 * d[o + 2]));
          }
        return m;
      },
      [
        Math.round(box.x - canvas.x + box.width * 0.25),
        Math.round(box.x - canvas.x + box.width * 0.75),
        Math.round(box.y - canvas.y + box.height * 0.25),
        Math.round(box.y - canvas.y + box.height * 0.75),
        Math.round(canvas.width),
      ] as const,
    );
    expect(darkest).toBeGreaterThan(245);
    expect(app.errors).toEqual([]);
  });
});
