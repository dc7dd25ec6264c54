/** What the underlay browser tests read of the page: the floor's underlay and where the app draws it. */
import type { Page } from 'playwright-core';
import { cameraAtRest } from '../bench/editor';
import { replacingHall } from './harness';

type Vec2 = [number, number];
export type Underlay = { widthPx: number; heightPx: number; metresPerPixel: number; position: Vec2; rotation: number; page?: number };
type Win = {
  __halltwin: { editor: { floor: { elements: unknown[]; underlay?: Underlay } } };
  __halltwin_planToScreen(p: Vec2): [number, number] | undefined;
};
export type Box = { x: number; y: number; width: number; height: number };

export const floorUnderlay = (page: Page): Promise<Underlay> => page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.underlay!);

/** The (unrotated) underlay's box on the page, as the app projects it, once the camera is at rest. */
export async function underlayBox(page: Page): Promise<Box> {
  await cameraAtRest(page);
  const pts = await page.evaluate(() => {
    const w = window as unknown as Win;
    const u = w.__halltwin.editor.floor.underlay!;
    const [x, y] = u.position;
    // Pixel (0, 0) at the top left, image y down.
    return [
      [x, y],
      [x + u.widthPx * u.metresPerPixel, y - u.heightPx * u.metresPerPixel],
    ].map((p) => w.__halltwin_planToScreen(p as Vec2)!);
  });
  const x = Math.min(pts[0][0], pts[1][0]);
  const y = Math.min(pts[0][1], pts[1][1]);
  return { x, y, width: Math.abs(pts[1][0] - pts[0][0]), height: Math.abs(pts[1][1] - pts[0][1]) };
}

/** File → New over the open hall, then File → Open of a plan image or PDF, until it lies on the floor as an underlay. */
export async function openUnderlayOnNewHall(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator('[data-testid="file-menu"]').click();
  await replacingHall(page, () => page.locator('[data-testid="file-new"]').click());
  await page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length === 0);
  await page.locator('[data-testid="file-input"]').setInputFiles(file);
  await page.waitForFunction(() => !!(window as unknown as Win).__halltwin.editor.floor.underlay, undefined, { timeout: 30_000 });
}
