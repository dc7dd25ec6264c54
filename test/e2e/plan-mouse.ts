/**
 * Mouse in plan coordinates for the browser tests. The plan view is an affine image of the plan, so three
 * pointer positions and the plan points the editor saw for them give the screen position of any plan point.
 */
import type { Page } from 'playwright-core';
import { viewAtRest } from './harness';

export type Vec2 = [number, number];

/** The plan point the editor last received from the viewport, or null before any. */
async function lastPlanPoint(page: Page): Promise<Vec2 | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __halltwin: { editor: { store: { getState(): Record<string, unknown> } } }; __lastPlan?: [number, number] };
    const s = w.__halltwin.editor.store.getState() as { cursor?: [number, number]; overlay?: { cursor?: [number, number] } };
    return (s.cursor ?? s.overlay?.cursor ?? w.__lastPlan ?? null) as [number, number] | null;
  });
}

/** Record every plan point the viewport forwards to the editor (works whatever the store keeps). */
export async function tapPointer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __halltwin: { editor: Record<string, unknown> }; __lastPlan?: [number, number]; __tapped?: boolean };
    if (w.__tapped) return;
    w.__tapped = true;
    const ed = w.__halltwin.editor as unknown as { pointerMove(e: { point: [number, number] }): void };
    const proto = Object.getPrototypeOf(ed) as { pointerMove(e: { point: [number, number] }): void };
    const orig = proto.pointerMove;
    ed.pointerMove = function (this: unknown, e: { point: [number, number] }) {
      w.__lastPlan = e.point;
      return orig.call(ed, e);
    };
  });
}

export interface PlanMap {
  toScreen(p: Vec2): Vec2;
}

async function planAt(page: Page, x: number, y: number): Promise<Vec2> {
  await page.mouse.move(x, y, { steps: 2 });
  let last: Vec2 | null = null;
  // The viewport converts on pointermove; wait until it reports the new position.
  await page.waitForFunction(
    (prev) => {
      const w = window as unknown as { __halltwin: { editor: { store: { getState(): Record<string, unknown> } } }; __lastPlan?: [number, number] };
      const s = w.__halltwin.editor.store.getState() as { cursor?: [number, number]; overlay?: { cursor?: [number, number] } };
      const p = s.cursor ?? s.overlay?.cursor ?? w.__lastPlan;
      return !!p && (prev === null || p[0] !== prev[0] || p[1] !== prev[1]);
    },
    last,
    { timeout: 10_000 },
  );
  last = await lastPlanPoint(page);
  return last!;
}

/** Solve the affine plan→screen map from three probes inside the canvas box. */
export async function calibrate(page: Page, canvasSelector = '[data-testid="viewport"] canvas'): Promise<PlanMap> {
  // Probed while a framing still moves the camera, the map would be off by the rest of the move.
  await viewAtRest(page);
  const box = (await page.locator(canvasSelector).first().boundingBox())!;
  const s: Vec2[] = [
    [box.x + box.width * 0.3, box.y + box.height * 0.3],
    [box.x + box.width * 0.7, box.y + box.height * 0.35],
    [box.x + box.width * 0.4, box.y + box.height * 0.7],
  ];
  const p: Vec2[] = [];
  for (const [x, y] of s) p.push(await planAt(page, x, y));
  // screen = A·plan + b: solve with the plan differences as basis.
  const d1: Vec2 = [p[1][0] - p[0][0], p[1][1] - p[0][1]];
  const d2: Vec2 = [p[2][0] - p[0][0], p[2][1] - p[0][1]];
  const e1: Vec2 = [s[1][0] - s[0][0], s[1][1] - s[0][1]];
  const e2: Vec2 = [s[2][0] - s[0][0], s[2][1] - s[0][1]];
  const det = d1[0] * d2[1] - d1[1] * d2[0];
  if (Math.abs(det) < 1e-9) throw new Error('calibration probes are collinear in plan space');
  // Inverse of [d1 d2] (columns) applied to plan delta gives coefficients for [e1 e2].
  return {
    toScreen([x, y]) {
      const dx = x - p[0][0];
      const dy = y - p[0][1];
      const a = (dx * d2[1] - dy * d2[0]) / det;
      const b = (d1[0] * dy - d1[1] * dx) / det;
      return [s[0][0] + a * e1[0] + b * e2[0], s[0][1] + a * e1[1] + b * e2[1]];
    },
  };
}

export async function dragPlan(page: Page, map: PlanMap, from: Vec2, to: Vec2): Promise<void> {
  const a = map.toScreen(from);
  const b = map.toScreen(to);
  await page.mouse.move(a[0], a[1]);
  await page.mouse.down();
  await page.mouse.move((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, { steps: 4 });
  await page.mouse.move(b[0], b[1], { steps: 4 });
  await page.mouse.up();
}

export async function clickPlan(page: Page, map: PlanMap, at: Vec2): Promise<void> {
  const a = map.toScreen(at);
  await page.mouse.move(a[0], a[1], { steps: 2 });
  await page.mouse.down();
  await page.mouse.up();
}
