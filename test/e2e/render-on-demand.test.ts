/**
 * The viewport draws on demand (frameloop="demand"): no frames while nothing changes, and a new frame for
 * every change that shows. A missed request would not fail anything else: the canvas would just keep
 * the old picture. So this compares the canvas's pixels before and after edits, undo, hover, zoom and a
 * floor switch, and counts frames while idle.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp } from './harness';
import { snapCanvas } from './canvas-pixels';

let app: App;
let page: Page;

type El = { id: string; kind: string; position?: [number, number] };
type Ed = {
  doc: { floors: { id: string; elements: El[] }[] };
  floorId: string;
  state: { hoverId?: string };
  select(ids: string[]): void;
  keyDown(e: { key: string; shift?: boolean }): boolean;
  undo(): void;
  setFloor(id: string): void;
  frame(ids: string[], highlight?: boolean): void;
};
type Win = {
  __halltwin: { editor: Ed };
  __halltwin_frames?: number;
  __halltwin_planToScreen?: (p: [number, number]) => [number, number] | undefined;
  __snaps?: Record<string, Uint8ClampedArray>;
  __halltwin_redraw?: () => void;
  __halltwin_materialVersions?: () => number;
};

const frames = () => page.evaluate(() => (window as unknown as Win).__halltwin_frames ?? 0);

/** Waits until no frame has been drawn for 400 ms (at most `maxMs`); returns the frame count. */
async function settle(maxMs = 8000): Promise<number> {
  const t0 = Date.now();
  let last = await frames();
  let since = Date.now();
  while (Date.now() - since < 400) {
    if (Date.now() - t0 > maxMs) throw new Error(`still drawing after ${maxMs} ms (${last} frames)`);
    await page.waitForTimeout(100);
    const n = await frames();
    if (n !== last) {
      last = n;
      since = Date.now();
    }
  }
  return last;
}

/** Keeps the last frame's pixels under `name` (test/e2e/canvas-pixels.ts). */
const snap = (name: string) => snapCanvas(page, name);

/** Pixels that differ between two snapshots (any channel by more than 8). */
const diff = (a: string, b: string) =>
  page.evaluate(
    ([a, b]) => {
      const s = (window as unknown as Win).__snaps!;
      const x = s[a];
      const y = s[b];
      let n = 0;
      for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i] - y[i]) > 8 || Math.abs(x[i + 1] - y[i + 1]) > 8 || Math.abs(x[i + 2] - y[i + 2]) > 8) n++;
      return n;
    },
    [a, b],
  );

const firstOf = (kind: string) =>
  page.evaluate((kind) => {
    const ed = (window as unknown as Win).__halltwin.editor;
    const el = ed.doc.floors.find((f) => f.id === ed.floorId)!.elements.find((e) => e.kind === kind)!;
    return { id: el.id, position: el.position };
  }, kind);

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await openEditor(page, app.url);
  await settle();
}, 60_000);

afterAll(async () => {
  await stopApp(app);
});

describe('the viewport draws on demand', () => {
  it('draws no frame while nothing changes', async () => {
    const n = await settle();
    expect(n).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    expect(await frames()).toBe(n);
  });

  it('a frame that changes nothing selects no shader program again (no material flips its version)', async () => {
    await settle();
    const versions = () => page.evaluate(() => (window as unknown as Win).__halltwin_materialVersions!());
    const before = await versions();
    for (let i = 0; i < 3; i++) {
      const n = await frames();
      await page.evaluate(() => (window as unknown as Win).__halltwin_redraw!());
      await page.waitForFunction((n) => ((window as unknown as Win).__halltwin_frames ?? 0) > n, n);
    }
    // Zones, obstacles and counter strips are transparent and double-sided: drawn in two passes, three.js set
    // needsUpdate twice a frame on each of their materials.
    expect(await versions()).toBe(before);
  });

  it('redraws an edit, and the undo puts back the same picture', async () => {
    const counter = await firstOf('counter');
    await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), counter.id);
    await settle();
    await snap('before');
    const before = await frames();
    // Three 1 m nudges to the east.
    await page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      for (let i = 0; i < 3; i++) ed.keyDown({ key: 'ArrowRight', shift: true });
    });
    expect((await firstOf('counter')).position?.[0]).toBeCloseTo(counter.position![0] + 3, 6);
    expect(await settle()).toBeGreaterThan(before);
    await snap('moved');
    await shot(page, 'render-on-demand-moved');
    expect(await diff('before', 'moved')).toBeGreaterThan(100);
    await page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      for (let i = 0; i < 3; i++) ed.undo();
    });
    await settle();
    await snap('undone');
    expect(await diff('moved', 'undone')).toBeGreaterThan(100);
    expect(await diff('before', 'undone')).toBeLessThan(20);
  });

  it('redraws the hover outline under the mouse', async () => {
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.select([]));
    const counter = await firstOf('counter');
    const at = await page.evaluate((p) => (window as unknown as Win).__halltwin_planToScreen!(p), counter.position!);
    await page.mouse.move(at![0] - 200, at![1] - 200);
    await settle();
    await snap('no-hover');
    await page.mouse.move(at![0], at![1], { steps: 4 });
    // Whatever is under the pointer there (the counter or the evaluator point in front of it).
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__halltwin.editor.state.hoverId)).toBeTruthy();
    await settle();
    await snap('hover');
    expect(await diff('no-hover', 'hover')).toBeGreaterThan(20);
  });

  it('redraws a zoom with the wheel, and stops once the camera has come to rest', async () => {
    await settle();
    await snap('unzoomed');
    const box = (await page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    const n = await settle();
    await snap('zoomed');
    expect(await diff('unzoomed', 'zoomed')).toBeGreaterThan(1000);
    await page.waitForTimeout(1000);
    expect(await frames()).toBe(n);
  });

  it('redraws a floor switch, and a finding highlight pulses and then rests', async () => {
    await settle();
    await snap('floor-a');
    const other = await page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      const f = ed.doc.floors.find((f) => f.id !== ed.floorId)!;
      ed.setFloor(f.id);
      return f.id;
    });
    expect(other).toBeTruthy();
    await settle();
    await snap('floor-b');
    expect(await diff('floor-a', 'floor-b')).toBeGreaterThan(1000);
    const counter = await firstOf('counter');
    const start = await frames();
    await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.frame([id], true), counter.id);
    // The camera glides there and the highlight pulses for a few seconds: many frames, then none.
    const end = await settle(10_000);
    expect(end - start).toBeGreaterThan(10);
    await page.waitForTimeout(1000);
    expect(await frames()).toBe(end);
    expect(app.errors).toEqual([]);
  });
});
