/** The editor benches' set-up of a drag: a seat framed as a user zooms in to drag it, where it is on screen, a step. */
import type { Page } from 'playwright-core';
import { cameraAtRest, type W } from './editor';

/** Frames seat `id` on the current floor and returns its screen position and the pixels a plan metre takes there. */
export async function seatOnScreen(page: Page, id: string): Promise<{ x0: number; y0: number; metre: number }> {
  await page.evaluate((seat) => (window as unknown as W).__halltwin.editor.frame([seat], false), id);
  await cameraAtRest(page);
  const at = await page.evaluate((seat) => {
    const w = window as unknown as W;
    const floor = w.__halltwin.editor.doc.floors.find((f) => f.id === w.__halltwin.editor.store.getState().floorId)!;
    return floor.elements.find((e) => e.id === seat)!.position!;
  }, id);
  const screen = async (dx: number) => (await page.evaluate((p) => (window as unknown as W).__halltwin_planToScreen(p), [at[0] + dx, at[1]] as [number, number]))!;
  const [x0, y0] = await screen(0);
  return { x0, y0, metre: (await screen(1))[0] - x0 };
}

/** Moves the mouse and waits until the editor has drawn a frame after it. */
export async function stepToFrame(page: Page, x: number, y: number): Promise<void> {
  const f0 = await page.evaluate(() => (window as unknown as W).__halltwin_frames);
  await page.mouse.move(x, y);
  await page.waitForFunction((f) => (window as unknown as W).__halltwin_frames > f, f0, { polling: 'raf', timeout: 60_000 });
}
