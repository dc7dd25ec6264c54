/**
 * What the plan asks software WebGL to draw, on the county sample while a seat is dragged. Its boxes (seats, desks,
 * walls, signs…) are plain meshes of their top faces, never instanced draws (SwiftShader runs an instanced draw
 * instance by instance, each with a set-up cost: a floor's seats in view made a drag's frames slow on a large hall),
 * and the seat is drawn where the pointer takes it. Nothing is drawn that shows nothing: a draw at opacity 0 (the
 * pointer's input plane was one, blending every pixel of the canvas each frame).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, planPoint, startApp, stopApp, viewAtRest } from './harness';
import { snapCanvas } from './canvas-pixels';

let app: App;
let page: Page;

type Win = {
  __halltwin: {
    editor: {
      doc: { floors: { id: string; elements: { id: string; kind: string; pointKind?: string; position?: [number, number] }[] }[] };
      floorId: string;
      frame(ids: string[], highlight?: boolean): void;
    };
  };
  __halltwin_frames?: number;
  __draws: { instanced: number; plain: number; invisible: number };
  __snaps?: Record<string, Uint8ClampedArray>;
};

/** Counts the page's WebGL draw calls, instanced and plain. */
const COUNTER = () => {
  const w = window as unknown as Win;
  w.__draws = { instanced: 0, plain: 0, invisible: 0 };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<string, (...a: unknown[]) => unknown>[]) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const f = proto[name];
      if (!f) continue;
      proto[name] = function (this: WebGL2RenderingContext, ...a: unknown[]) {
        if (name.endsWith('Instanced')) w.__draws.instanced++;
        else w.__draws.plain++;
        const program = this.getParameter(this.CURRENT_PROGRAM) as WebGLProgram | null;
        const opacity = program && this.getUniformLocation(program, 'opacity');
        if (opacity && this.getUniform(program, opacity) === 0) w.__draws.invisible++;
        return f.apply(this, a);
      };
    }
  }
};

/** How many pixels of a 24 px square round a page point differ between two snapshots of the canvas. */
const changedAround = (a: string, b: string, at: [number, number]) =>
  page.evaluate(
    ([a, b, at]) => {
      const c = document.querySelector('[data-testid="viewport"] canvas') as HTMLCanvasElement;
      const r = c.getBoundingClientRect();
      const s = (window as unknown as Win).__snaps!;
      const w = Math.round(r.width);
      let n = 0;
      for (let y = Math.round(at[1] - r.top) - 12; y < Math.round(at[1] - r.top) + 12; y++)
        for (let x = Math.round(at[0] - r.left) - 12; x < Math.round(at[0] - r.left) + 12; x++) {
          const i = (y * w + x) * 4;
          if ([0, 1, 2].some((k) => Math.abs(s[a][i + k] - s[b][i + k]) > 8)) n++;
        }
      return n;
    },
    [a, b, at] as const,
  );

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await app.context.addInitScript(COUNTER);
  await openEditor(page, app.url);
}, 60_000);

afterAll(async () => {
  await stopApp(app);
});

describe('plan draws', () => {
  it('drags a seat with no instanced draw and nothing drawn at opacity 0, and draws the seat where it is dropped', async () => {
    const seat = await page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      const s = ed.doc.floors.find((f) => f.id === ed.floorId)!.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
      ed.frame([s.id], false);
      return { id: s.id, position: s.position! };
    });
    const from = await planPoint(page, seat.position);
    const to = await planPoint(page, [seat.position[0], seat.position[1] - 3]);
    await viewAtRest(page);
    await snapCanvas(page, 'before');
    await page.evaluate(() => Object.assign((window as unknown as Win).__draws, { instanced: 0, plain: 0, invisible: 0 }));
    const frames0 = await page.evaluate(() => (window as unknown as Win).__halltwin_frames ?? 0);
    await page.mouse.move(...from);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 6 });
    await page.mouse.up();
    await viewAtRest(page);
    const draws = await page.evaluate(() => (window as unknown as Win).__draws);
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin_frames ?? 0)).toBeGreaterThan(frames0);
    expect(draws.plain).toBeGreaterThan(0);
    expect(draws.instanced).toBe(0);
    expect(draws.invisible).toBe(0);
    const at = await page.evaluate((id) => {
      const ed = (window as unknown as Win).__halltwin.editor;
      return ed.doc.floors.find((f) => f.id === ed.floorId)!.elements.find((e) => e.id === id)!.position;
    }, seat.id);
    expect(at![1]).toBeCloseTo(seat.position[1] - 3, 0);
    await snapCanvas(page, 'after');
    // The seat left its place and is drawn at the new one.
    expect(await changedAround('before', 'after', from)).toBeGreaterThan(20);
    expect(await changedAround('before', 'after', await planPoint(page, at!))).toBeGreaterThan(20);
  });
});
