/**
 * The viewport in real Chromium (SwiftShader), in the built app on the county sample: 2D plan, 3D orbit and the floor
 * stack render, stay within the draw-call budget (instancing), and frame a requested element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp, viewAtRest } from './harness';
import { snapCanvas } from './canvas-pixels';

let app: App;

type Win = {
  __halltwin: {
    editor: {
      store: { getState(): Record<string, unknown>; setState(s: Record<string, unknown>): void };
      frame(ids: string[], highlight?: boolean): void;
      select(ids: string[]): void;
    };
  };
  __halltwin_drawCalls?: number;
  __halltwin_planToScreen?: (p: [number, number]) => [number, number] | undefined;
};

async function settle(): Promise<number> {
  // two fresh frames after a change, then the last frame's draw calls
  await app.page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
  return app.page.evaluate(() => (window as unknown as Win).__halltwin_drawCalls ?? -1);
}

/** Distinct colours in the last frame drawn (a blank or failed WebGL canvas has one or two). */
async function canvasColours(): Promise<number> {
  await snapCanvas(app.page, 'colours', { width: 200, height: 120 });
  return app.page.evaluate(() => {
    const d = (window as unknown as { __snaps: Record<string, Uint8ClampedArray> }).__snaps.colours;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4));
    return seen.size;
  });
}

beforeAll(async () => {
  app = await startApp();
  await openEditor(app.page, app.url);
  await app.page.waitForFunction(() => ((window as unknown as Win).__halltwin_drawCalls ?? 0) > 0);
});

afterAll(async () => {
  await stopApp(app);
});

describe('viewport', () => {
  it('draws the 2D plan with few draw calls', async () => {
    const calls = await settle();
    await shot(app.page, 'viewport-2d');
    console.info(`draw calls 2d: ${calls}`);
    expect(calls).toBeGreaterThan(5);
    expect(calls).toBeLessThanOrEqual(150);
    expect(await canvasColours()).toBeGreaterThan(8);
    // the zone labels are DOM text in Chinese
    expect(await app.page.locator('[data-label="zone"]').count()).toBeGreaterThan(5);
    expect(app.errors).toEqual([]);
  });

  it('draws the 3D orbit and the stack within the budget', async () => {
    // One floor in 3D (its ghost floors off), to compare with the stack below.
    await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.setState({ viewMode: '3d', ghostFloors: false }));
    const calls3d = await settle();
    await shot(app.page, 'viewport-3d');
    await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.setState({ viewMode: 'stack', ghostFloors: true }));
    const callsStack = await settle();
    await shot(app.page, 'viewport-stack');
    console.info(`draw calls 3d: ${calls3d}, stack: ${callsStack}`);
    expect(calls3d).toBeLessThanOrEqual(150);
    expect(callsStack).toBeLessThanOrEqual(150);
    // the stack draws both floors: more calls than one floor
    expect(callsStack).toBeGreaterThan(calls3d);
    expect(await canvasColours()).toBeGreaterThan(8);
    expect(app.errors).toEqual([]);
  });

  it('frames a requested element in 2D: it ends near the middle of the canvas', async () => {
    await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.setState({ viewMode: '2d' }));
    await settle();
    const target = await app.page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      const doc = ed.store.getState().doc as { floors: { elements: { id: string; kind: string; position?: [number, number] }[] }[] };
      const c = doc.floors[0].elements.filter((e) => e.kind === 'counter').at(-1)!;
      ed.frame([c.id]);
      ed.select([c.id]);
      return c.position!;
    });
    // framing is animated: wait until the camera has arrived
    await app.page.waitForFunction(
      (p) => {
        const w = window as unknown as Win;
        const s = w.__halltwin_planToScreen?.(p);
        const r = document.querySelector('[data-testid="viewport"] canvas')!.getBoundingClientRect();
        return !!s && Math.abs(s[0] - (r.left + r.width / 2)) < 60 && Math.abs(s[1] - (r.top + r.height / 2)) < 60;
      },
      target as [number, number],
      { timeout: 10_000 },
    );
    await settle();
    await shot(app.page, 'viewport-framed');
    expect(app.errors).toEqual([]);
  });

  it('paints sign text in 3D from one atlas without adding draw calls per sign', async () => {
    await app.page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      ed.store.setState({ viewMode: '3d' });
    });
    await settle();
    await app.page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      const doc = ed.store.getState().doc as { floors: { elements: { id: string; kind: string; signKind?: string }[] }[] };
      const s = doc.floors[0].elements.find((e) => e.kind === 'sign' && e.signKind === 'layout-map') ?? doc.floors[0].elements.find((e) => e.kind === 'sign')!;
      ed.frame([s.id], false);
    });
    await viewAtRest(app.page);
    const calls = await settle();
    await shot(app.page, 'viewport-3d-sign');
    expect(calls).toBeLessThanOrEqual(150);
    expect(app.errors).toEqual([]);
  });
});
