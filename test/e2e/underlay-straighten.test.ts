/**
 * A photo of an evacuation plan taken at an angle, straightened by its four corners before it is scaled: the four
 * numbered handles dragged onto the plan's corners in the photo, Straighten, and the underlay is the plan as a
 * rectangle (its frame along the image's edges, the wall across it upright, the exit mark where it is drawn), its
 * first corner where the handle was; one undo gives the photo back.
 */
import { describe, expect, it } from 'vitest';
import { applyHomography, homography, type Pt, straightSize } from '../../src/ui/underlay/perspective';
import { cameraAtRest } from '../bench/editor';
import { drawPng } from '../fixtures/png';
import { sharedEditor } from './editor-app';
import { planPoint, shot } from './harness';
import { floorUnderlay, openUnderlayOnNewHall, type Underlay, underlayBox } from './underlay-page';

const app = sharedEditor();

/** The plan as drawn: 300 × 200, a 4-pixel frame, a wall down the middle, a 12 × 12 exit mark at (230, 50). */
const PW = 300;
const PH = 200;
function planInk(x: number, y: number): boolean {
  if (x < 4 || y < 4 || x >= PW - 4 || y >= PH - 4) return true;
  if (Math.abs(x - PW / 2) < 2 && y > 60) return true;
  return Math.abs(x - 230) < 6 && Math.abs(y - 50) < 6;
}

/** The plan photographed from low on its left: a 640 × 480 photo, the plan's corners at Q. */
const Q: Pt[] = [
  [170, 70],
  [520, 110],
  [590, 430],
  [60, 390],
];
const toPlan = homography(Q, [
  [0, 0],
  [PW, 0],
  [PW, PH],
  [0, PH],
]);
const photo = drawPng(640, 480, (x, y) => {
  if (!toPlan) return false;
  const [u, v] = applyHomography(toPlan, x + 0.5, y + 0.5);
  return u >= 0 && v >= 0 && u < PW && v < PH && planInk(Math.floor(u), Math.floor(v));
});

type Win = { __halltwin: { editor: { undo(): void } } };

function pixelToPlan(u: Underlay, x: number, y: number): Pt {
  const r = (u.rotation * Math.PI) / 180;
  const m = u.metresPerPixel;
  return [u.position[0] + x * m * Math.cos(r) + y * m * Math.sin(r), u.position[1] + x * m * Math.sin(r) - y * m * Math.cos(r)];
}

/** Darkness of the underlay image's pixels at the given points (0 black … 255 white), read in the page. */
function underlayPixels(points: Pt[]): Promise<number[]> {
  return app.page.evaluate(async (pts) => {
    type W = { __halltwin: { editor: { floor: { underlay?: { data?: string } } } } };
    const data = (window as unknown as W).__halltwin.editor.floor.underlay?.data ?? '';
    const img = new Image();
    img.src = data;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    return pts.map(([x, y]) => ctx.getImageData(x, y, 1, 1).data[0]);
  }, points);
}

/** Drags the four numbered handles onto the plan's corners in the photo (Q), as placed by `u`. */
async function dragCornersOnto(u: Underlay): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const handle = app.page.locator(`[data-testid="underlay-corner-${i + 1}"]`);
    const box = await handle.boundingBox();
    if (!box) throw new Error(`no corner handle ${i + 1}`);
    const [tx, ty] = await planPoint(app.page, pixelToPlan(u, Q[i][0], Q[i][1]));
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(tx, ty, { steps: 6 });
    await app.page.mouse.up();
  }
}

describe('a photo of a plan straightened by its four corners', () => {
  it('four handles onto the corners, Straighten: the plan as a rectangle, placed at the first corner; undo gives the photo back', async () => {
    await openUnderlayOnNewHall(app.page, { name: 'evacuation-photo.png', mimeType: 'image/png', buffer: photo });
    const fold = app.page.locator('[data-testid="underlay-fold"]');
    if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
    // Linked by file name, as a photo kept on disk is.
    await app.page.locator('[data-testid="underlay-link"]').check();
    const before = await floorUnderlay(app.page);
    expect((before as Underlay & { link?: boolean }).link).toBe(true);
    await app.page.locator('[data-testid="underlay-straighten"]').click();
    await app.page.locator('[data-testid="underlay-straighten-hint"]').waitFor();
    // Only the command while it runs: the other controls are folded away.
    expect(await app.page.locator('[data-testid="underlay-remove"]').count()).toBe(0);
    await dragCornersOnto(before);
    await shot(app.page, 'underlay-straighten-corners');
    await app.page.locator('[data-testid="underlay-straighten-apply"]').click();
    await app.page.locator('[data-testid="underlay-straighten"]').waitFor({ timeout: 30_000 });
    const after = await floorUnderlay(app.page);
    await shot(app.page, 'underlay-straightened');
    // Embedded under a name of its own: the linked file on disk is the crooked original, so ticking "link" again
    // must not find it.
    const named = after as Underlay & { name: string; link?: boolean; data?: string };
    expect(named.name).toBe('evacuation-photo（已拉正）.png');
    expect(named.link).toBeUndefined();
    expect(named.data?.startsWith('data:image/png')).toBe(true);
    // The view frames the straightened plan as zoom to fit (F) does: F moves it no more than a pixel.
    const framed = await underlayBox(app.page);
    await app.page.keyboard.press('f');
    const fit = await underlayBox(app.page);
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(framed[k] - fit[k])).toBeLessThanOrEqual(1);

    // The rectangle's size from the four corners as placed (within a few pixels of where they were meant to go).
    const [w, h] = straightSize(Q);
    expect(Math.abs(after.widthPx - w)).toBeLessThanOrEqual(4);
    expect(Math.abs(after.heightPx - h)).toBeLessThanOrEqual(4);
    // Placed at the first corner, at the photo's scale and turn.
    const first = pixelToPlan(before, Q[0][0], Q[0][1]);
    expect(Math.hypot(after.position[0] - first[0], after.position[1] - first[1])).toBeLessThan(4 * before.metresPerPixel);
    expect(after.metresPerPixel).toBe(before.metresPerPixel);
    expect(after.rotation).toBe(before.rotation);

    // The plan's frame runs along the straightened image's edges, paper just inside it; the wall is upright down the
    // middle; the exit mark is where it is drawn (plan coordinates scaled to the image).
    const sx = after.widthPx / PW;
    const sy = after.heightPx / PH;
    const at = (x: number, y: number): Pt => [Math.round(x * sx), Math.round(y * sy)];
    const frame: Pt[] = [];
    const paper: Pt[] = [];
    for (let k = 1; k < 10; k++) {
      const x = (PW * k) / 10 + 7;
      const y = (PH * k) / 10;
      frame.push(at(x, 2), at(x, PH - 2), at(2, y), at(PW - 2, y));
      paper.push(at(x, 25), at(25, y));
    }
    const wall: Pt[] = [at(PW / 2, 90), at(PW / 2, 130), at(PW / 2, 170)];
    const mark = at(230, 50);
    const ink = await underlayPixels([...frame, ...wall, mark]);
    const light = await underlayPixels(paper);
    expect(ink.filter((v) => v > 100)).toEqual([]);
    expect(light.filter((v) => v < 160)).toEqual([]);

    await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    const undone = await floorUnderlay(app.page);
    expect([undone.widthPx, undone.heightPx]).toEqual([640, 480]);
    expect(app.errors).toEqual([]);
  });

  it('with the plan\u2019s real width and depth typed in: its exact proportions, and scaled at once', async () => {
    // The photo is back from the undo above.
    const before = await floorUnderlay(app.page);
    expect(before.widthPx).toBe(640);
    // The view still frames the straightened plan: the whole photo in view again, its corners within reach.
    await app.page.keyboard.press('f');
    await cameraAtRest(app.page);
    await app.page.locator('[data-testid="underlay-straighten"]').click();
    await dragCornersOnto(before);
    await app.page.locator('[data-testid="underlay-straighten-width"]').fill('30');
    await app.page.locator('[data-testid="underlay-straighten-depth"]').fill('20');
    await app.page.locator('[data-testid="underlay-straighten-apply"]').click();
    await app.page.locator('[data-testid="underlay-straighten"]').waitFor({ timeout: 30_000 });
    const after = await floorUnderlay(app.page);
    await shot(app.page, 'underlay-straightened-sized');
    // 30 m wide exactly, 20 m deep within a pixel's rounding: the plan's 3 : 2, not the photo's 532 : 338.
    expect(after.widthPx * after.metresPerPixel).toBeCloseTo(30, 6);
    expect(Math.abs(after.heightPx * after.metresPerPixel - 20)).toBeLessThanOrEqual(after.metresPerPixel);
    const sx = after.widthPx / PW;
    const sy = after.heightPx / PH;
    const at = (x: number, y: number): Pt => [Math.round(x * sx), Math.round(y * sy)];
    const ink = await underlayPixels([at(150, 2), at(150, PH - 2), at(2, 100), at(PW - 2, 100), at(230, 50), at(PW / 2, 130)]);
    expect(ink.filter((v) => v > 100)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('started from the 3D view, it shows the plan first, where the corners are placed; Cancel leaves the photo', async () => {
    const before = await floorUnderlay(app.page);
    await app.page.evaluate(() => (window as unknown as { __halltwin: { editor: { store: { setState(s: object): void } } } }).__halltwin.editor.store.setState({ viewMode: '3d' }));
    await app.page.locator('[data-testid="underlay-straighten"]').click();
    await app.page.locator('[data-testid="underlay-corner-4"]').waitFor();
    expect(
      await app.page.evaluate(() => (window as unknown as { __halltwin: { editor: { store: { getState(): { viewMode: string } } } } }).__halltwin.editor.store.getState().viewMode),
    ).toBe('2d');
    await app.page.locator('[data-testid="underlay-straighten-cancel"]').click();
    await app.page.locator('[data-testid="underlay-corner-1"]').waitFor({ state: 'detached' });
    expect(await floorUnderlay(app.page)).toEqual(before);
    expect(app.errors).toEqual([]);
  });
});
