/**
 * What React renders while a seat is dragged, in the county sample and in the 10,000-element hall
 * (test/fixtures/generated-hall.ts): each drag step must render no more components in the big hall than in the
 * county sample, or the hall's size would show in every pointer move. Components are counted through React's
 * devtools hook (both the page's and the 3D view's renderers report their commits to it): a component counts
 * when its fiber did work in a commit, once per commit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, ROOT, planPoint, replacingHall, shot, startApp, stopApp, viewAtRest } from './harness';
import { generateBigHall } from '../fixtures/generated-hall';
import { RENDER_HOOK } from './render-hook';

let app: App;
let page: Page;

type El = { id: string; kind: string; pointKind?: string; priority?: boolean; wheelchair?: boolean; position?: [number, number] };
type Win = {
  __halltwin: {
    editor: {
      doc: { meta: { name: string }; floors: { id: string; elements: El[] }[] };
      floorId: string;
      frame(ids: string[], highlight?: boolean): void;
    };
    checks: { getState(): { result?: unknown; resultDoc?: unknown } };
  };
  __halltwin_frames?: number;
  __renders: number;
  __rendered: Record<string, number>;
};

const big = generateBigHall();
const FILE = resolve(ROOT, 'test-results/big-hall-renders.hall.json');
const MOVES = 12;

const frames = () => page.evaluate(() => (window as unknown as Win).__halltwin_frames ?? 0);

/** An unprioritised seat in the middle of the current floor's list (in the big hall, one of the generated ones). */
function pickSeat(generated: boolean): Promise<string> {
  return page.evaluate((gen) => {
    const ed = (window as unknown as Win).__halltwin.editor;
    const floor = ed.doc.floors.find((f) => f.id === ed.floorId)!;
    const seats = floor.elements.filter((e) => e.kind === 'point' && e.pointKind === 'seat' && !e.priority && !e.wheelchair && (!gen || e.id.startsWith('gen-seat')));
    return seats[Math.floor(seats.length / 2)].id;
  }, generated);
}

/** Drags the seat with the mouse, one 0.5 m step at a time, each awaited until drawn; returns the components rendered per step. */
async function dragCounts(seatId: string, name: string): Promise<number[]> {
  await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.frame([id], false), seatId);
  await viewAtRest(page);
  const at = await page.evaluate((id) => {
    const ed = (window as unknown as Win).__halltwin.editor;
    return ed.doc.floors.find((f) => f.id === ed.floorId)!.elements.find((e) => e.id === id)!.position!;
  }, seatId);
  const [x0, y0] = await planPoint(page, at);
  const [x1] = await planPoint(page, [at[0] + 1, at[1]]);
  const metre = x1 - x0;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  // The first step starts the gesture (selection, handles): counted apart from the steady moves.
  await page.mouse.move(x0 + 0.5 * metre, y0);
  await viewAtRest(page);
  await page.evaluate(() => ((window as unknown as Win).__rendered = {}));
  const counts: number[] = [];
  for (let k = 2; k < MOVES + 2; k++) {
    const r0 = await page.evaluate(() => (window as unknown as Win).__renders);
    const f0 = await frames();
    await page.mouse.move(x0 + 0.5 * k * metre, y0 + 0.5 * metre * (k % 2));
    await page.waitForFunction((f) => ((window as unknown as Win).__halltwin_frames ?? 0) > f, f0);
    counts.push((await page.evaluate(() => (window as unknown as Win).__renders)) - r0);
  }
  await shot(page, `render-counts-${name}`);
  await page.mouse.up();
  await viewAtRest(page);
  return counts;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

beforeAll(async () => {
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  writeFileSync(FILE, JSON.stringify(big));
  app = await startApp();
  page = app.page;
  await page.addInitScript(RENDER_HOOK);
  await page.goto(app.url);
  await page.waitForFunction(() => !!(window as unknown as Win).__halltwin?.checks.getState().result, undefined, { timeout: 60_000 });
}, 90_000);

afterAll(async () => {
  await stopApp(app);
});

describe('React work per drag step does not grow with the hall', () => {
  let county: number[] = [];

  it('counts the components a drag step renders in the county sample', async () => {
    county = await dragCounts(await pickSeat(false), 'county');
    // Something renders on each step (the dragged seat's layer, the selection): the hook sees the commits.
    expect(Math.min(...county)).toBeGreaterThan(0);
  });

  it('renders no more components per step in the 10,000-element hall', async () => {
    await replacingHall(page, () => page.locator('[data-testid="file-input"]').setInputFiles(FILE));
    await page.waitForFunction((name) => (window as unknown as Win).__halltwin.editor.doc.meta.name === name, big.meta.name, { timeout: 60_000 });
    // Its first check has answered: the findings panel it fills is not counted in the drag.
    await page.waitForFunction(() => (window as unknown as Win).__halltwin.checks.getState().resultDoc === (window as unknown as Win).__halltwin.editor.doc, undefined, {
      timeout: 90_000,
    });
    await viewAtRest(page);
    const large = await dragCounts(await pickSeat(true), 'big');
    const rendered = await page.evaluate(() => (window as unknown as Win).__rendered);
    expect(median(large), `per step, county ${county.join(' ')}, big ${large.join(' ')}; big by component ${JSON.stringify(rendered)}`).toBeLessThanOrEqual(median(county));
    expect(app.errors).toEqual([]);
  });
});
