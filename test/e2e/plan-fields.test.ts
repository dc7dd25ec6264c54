/**
 * Typed dimensions on the plan (a wall's length, an item's distances to the walls) stand over their plan point as the
 * view pans and zooms, and cost nothing while the view is idle: they move when the view has moved, not on every
 * animation frame. A value they refuse is explained in the UI's language only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, shot, type App, startApp, stopApp } from './harness';

type Vec2 = [number, number];
type El = { id: string; kind: string; a?: Vec2; b?: Vec2; position?: Vec2 };
type Win = {
  __halltwin: { editor: { floor: { elements: El[] }; select(ids: string[]): void } };
  __halltwin_frames?: number;
  __halltwin_planToScreen?: (p: Vec2) => Vec2 | undefined;
  __rafs: number;
};

let app: App;

beforeAll(async () => {
  app = await startApp();
  // Count every animation frame the page asks for, from before the app starts.
  await app.context.addInitScript(() => {
    const w = window as unknown as Win;
    w.__rafs = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => {
      w.__rafs++;
      return raf(cb);
    };
  });
});

afterAll(async () => {
  await stopApp(app);
});

const frames = () => app.page.evaluate(() => (window as unknown as Win).__halltwin_frames ?? 0);

/** Waits until the view has drawn no frame for 400 ms. */
async function settle(): Promise<void> {
  let last = await frames();
  for (let quiet = 0; quiet < 4; ) {
    await app.page.waitForTimeout(100);
    const n = await frames();
    quiet = n === last ? quiet + 1 : 0;
    last = n;
  }
}

/**
 * How far the wall's length field is from a place beside its wall (its box standing off the wall line at the
 * middle or a quarter from an end), in pixels: 0 when it is there now.
 */
function offBeside(a: Vec2, b: Vec2): Promise<number> {
  return app.page.evaluate(
    ([a, b]) => {
      const node = document.querySelector<HTMLElement>('[data-testid="wall-length"]')!;
      const host = node.parentElement!.getBoundingClientRect();
      const w = window as unknown as Win;
      const sa = w.__halltwin_planToScreen!(a)!;
      const sb = w.__halltwin_planToScreen!(b)!;
      const [ax, ay, bx, by] = [sa[0] - host.left, sa[1] - host.top, sb[0] - host.left, sb[1] - host.top];
      const len = Math.hypot(bx - ax, by - ay);
      const [nx, ny] = [-(by - ay) / len, (bx - ax) / len];
      const off = 6 + (Math.abs(nx) * node.offsetWidth + Math.abs(ny) * node.offsetHeight) / 2;
      const x = Number.parseFloat(node.style.left);
      const y = Number.parseFloat(node.style.top);
      let best = Number.POSITIVE_INFINITY;
      for (const t of [0.5, 0.25, 0.75])
        for (const side of [-1, 1]) best = Math.min(best, Math.hypot(x - (ax + (bx - ax) * t + side * nx * off), y - (ay + (by - ay) * t + side * ny * off)));
      return best;
    },
    [a, b] as const,
  );
}

/** The field's place as its style sets it, relative to the view's box, and whether it is hidden. */
const styleOf = (testid: string) =>
  app.page.evaluate((testid) => {
    const n = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!;
    return { x: Number.parseFloat(n.style.left), y: Number.parseFloat(n.style.top), visibility: n.style.visibility };
  }, testid);

const rafs = () => app.page.evaluate(() => (window as unknown as Win).__rafs);

describe('plan fields follow the view', () => {
  it('a selected wall\u2019s length field stays beside its wall through a zoom and a pan, hides when panned out of view, and asks for no frames while idle', async () => {
    await openEditor(app.page, app.url, { checked: true });
    // The wall whose middle is nearest the middle of the view.
    const mid = await app.page.evaluate(() => {
      const w = window as unknown as Win;
      const ed = w.__halltwin.editor;
      const c = document.querySelector('[data-testid="viewport"] canvas')!.getBoundingClientRect();
      const centre = [c.left + c.width / 2, c.top + c.height / 2];
      const mids = ed.floor.elements.filter((e) => e.kind === 'wall').map((e) => ({ id: e.id, mid: [(e.a![0] + e.b![0]) / 2, (e.a![1] + e.b![1]) / 2] as Vec2 }));
      const off = (m: Vec2) => {
        const s = w.__halltwin_planToScreen!(m)!;
        return Math.hypot(s[0] - centre[0], s[1] - centre[1]);
      };
      const best = mids.sort((p, q) => off(p.mid) - off(q.mid))[0];
      ed.select([best.id]);
      const wall = ed.floor.elements.find((e) => e.id === best.id)!;
      return { a: wall.a!, b: wall.b! };
    });
    await app.page.locator('[data-testid="wall-length"]').waitFor();
    await settle();
    expect(await offBeside(mid.a, mid.b)).toBeLessThan(1);
    const before = await styleOf('wall-length');
    expect(before.visibility).toBe('');

    // Idle: the field is shown, nothing moves, and nothing asks for animation frames.
    const r0 = await rafs();
    await app.page.waitForTimeout(600);
    expect((await rafs()) - r0).toBe(0);

    const canvas = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
    await app.page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.4);
    await app.page.mouse.wheel(0, 300);
    await settle();
    expect(await offBeside(mid.a, mid.b)).toBeLessThan(1);
    const zoomed = await styleOf('wall-length');
    expect(Math.hypot(zoomed.x - before.x, zoomed.y - before.y)).toBeGreaterThan(5);

    // Pan with the middle button.
    const drag = async (dx: number, dy: number) => {
      await app.page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      await app.page.mouse.down({ button: 'middle' });
      await app.page.mouse.move(canvas.x + canvas.width / 2 + dx, canvas.y + canvas.height / 2 + dy, { steps: 6 });
      await app.page.mouse.up({ button: 'middle' });
      await settle();
    };
    await drag(80, 40);
    expect(await offBeside(mid.a, mid.b)).toBeLessThan(1);
    const panned = await styleOf('wall-length');
    expect(Math.hypot(panned.x - zoomed.x, panned.y - zoomed.y)).toBeGreaterThan(40);
    expect(panned.visibility).toBe('');
    await shot(app.page, 'plan-anchor-wall-length');
    // Panned out of the view, the field goes with its wall instead of floating over the panels.
    await drag(0, -canvas.height * 0.95);
    await drag(0, -canvas.height * 0.95);
    expect(await offBeside(mid.a, mid.b)).toBeLessThan(1);
    expect((await styleOf('wall-length')).visibility).toBe('hidden');
    await expect.poll(() => app.page.locator('[data-testid="wall-length"]').isVisible()).toBe(false);
    await app.page.locator('[data-testid="zoom-fit"]').click();
    await settle();
    expect(app.errors).toEqual([]);
  });

  it('an AED\u2019s distance fields keep their plan points through a zoom, and ask for no frames while idle', async () => {
    const aed = await app.page.evaluate(() => {
      const ed = (window as unknown as Win).__halltwin.editor;
      const e = ed.floor.elements.find((x) => (x as { pointKind?: string }).pointKind === 'aed')!;
      ed.select([e.id]);
      return e.id;
    });
    expect(aed).toBeTruthy();
    const fields = app.page.locator('[data-testid^="wall-distance-"]');
    await fields.first().waitFor();
    await settle();
    const r0 = await rafs();
    await app.page.waitForTimeout(600);
    expect((await rafs()) - r0).toBe(0);
    const before = await fieldPlanPoints();
    expect(before.length).toBeGreaterThan(0);
    const canvas = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
    await app.page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + canvas.height * 0.5);
    await app.page.mouse.wheel(0, 300);
    await settle();
    const after = await fieldPlanPoints();
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    for (let i = 0; i < after.length; i++) {
      // Same plan point to a centimetre, though the screen moved under it.
      expect(Math.hypot(after[i].plan[0] - before[i].plan[0], after[i].plan[1] - before[i].plan[1])).toBeLessThan(0.01);
      expect(Math.hypot(after[i].screen[0] - before[i].screen[0], after[i].screen[1] - before[i].screen[1])).toBeGreaterThan(2);
    }
    await shot(app.page, 'plan-anchor-aed-distances');
    expect(app.errors).toEqual([]);
  });
});

describe('a refused typed value', () => {
  it('is explained in the UI language only, and in the other one after switching', async () => {
    await app.page.locator('[data-testid="locale"]').click();
    await expect.poll(() => app.page.locator('[data-testid="locale"]').getAttribute('title')).toMatch(/[A-Za-z]/);
    const field = app.page.locator('[data-testid^="wall-distance-"] input').first();
    await field.fill('-1');
    await field.press('Enter');
    const banner = app.page.locator('[data-testid="error-banner"] strong');
    await expect.poll(() => banner.textContent()).toBe('A distance is a number of at least 0');
    await shot(app.page, 'error-banner-en');
    await app.page.locator('[data-testid="locale"]').click();
    await expect.poll(() => banner.textContent()).toBe('距离须为不小于 0 的数');
    await shot(app.page, 'error-banner-zh');
    expect(app.errors).toEqual([]);
  });
});

/** Each distance field's place: on screen, and the plan point there (through the view's own plan → screen map). */
function fieldPlanPoints(): Promise<{ id: string; screen: Vec2; plan: Vec2 }[]> {
  return app.page.evaluate(() => {
    const f = (window as unknown as Win).__halltwin_planToScreen!;
    const o = f([0, 0])!;
    const ex = f([1, 0])!;
    const ey = f([0, 1])!;
    const [a, b, c, d] = [ex[0] - o[0], ey[0] - o[0], ex[1] - o[1], ey[1] - o[1]];
    const det = a * d - b * c;
    return [...document.querySelectorAll<HTMLElement>('[data-testid^="wall-distance-"]')].map((n) => {
      const host = n.parentElement!.getBoundingClientRect();
      const sx = Number.parseFloat(n.style.left) + host.left;
      const sy = Number.parseFloat(n.style.top) + host.top;
      const plan: Vec2 = [(d * (sx - o[0]) - b * (sy - o[1])) / det, (-c * (sx - o[0]) + a * (sy - o[1])) / det];
      return { id: n.dataset.testid!, screen: [sx, sy] as Vec2, plan };
    });
  });
}
