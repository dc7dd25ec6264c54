/**
 * Rows of the fourth hand walk, clicked through in the built app: a clicked wall corner never moves the view under
 * the hand; a stair joining two floors is drawn on both; a placing tool keeps saying what its next click places;
 * an acceptance is signed with the remembered name, in the editor and in BCF; another finding opens at its title.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, clickPlan, drawWalls, newHall, openEditor, planPoint, replacingHall, shot, startApp, stopApp, viewAtRest } from './harness';
import { snapCanvas } from './canvas-pixels';

type Vec2 = [number, number];
type El = { id: string; kind: string; pointKind?: string; floors?: string[] };
type State = { status: string; reason?: string; acceptedBy?: string };
type Win = {
  __halltwin: {
    editor: {
      floor: { elements: El[] };
      doc: { floors: { elements: El[] }[]; meta: { findingStates?: Record<string, State> } };
    };
  };
};

let app: App;

const ofKind = (kind: string) => app.page.evaluate((k) => (window as unknown as Win).__halltwin.editor.floor.elements.filter((e) => e.kind === k), kind);

/**
 * Grid-line pixels in strips along the canvas's left and right edges: pixels darker than the background there, at
 * least one vertical grid line's worth in each strip.
 */
async function gridLinesNearEdges(): Promise<number> {
  await snapCanvas(app.page, 'grid');
  const box = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
  return app.page.evaluate(
    ([w, h]) => {
      const data = (window as unknown as { __snaps: Record<string, Uint8ClampedArray> }).__snaps.grid;
      const darker = (x0: number, x1: number) => {
        let n = 0;
        for (let y = Math.round(h * 0.1); y < h * 0.9; y++)
          for (let x = Math.round(w * x0); x < w * x1; x++) {
            const i = (y * w + x) * 4;
            if (data[i] + data[i + 1] + data[i + 2] < 3 * 236) n++;
          }
        return n;
      };
      return Math.min(darker(0.02, 0.1), darker(0.9, 0.98));
    },
    [Math.round(box.width), Math.round(box.height)] as const,
  );
}

describe('fourth walk rows, fixed', () => {
  beforeAll(async () => {
    app = await startApp({ acceptDownloads: true });
    await openEditor(app.page, app.url, { checked: true });
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('wall corners clicked near the edge of the view leave the view where it is', async () => {
    await newHall(app.page);
    const box = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
    const y = box.y + box.height * 0.5;
    await app.page.mouse.move(box.x + box.width * 0.5, y);
    await app.page.keyboard.press('w');
    await app.page.mouse.click(box.x + box.width * 0.2, y);
    // the second corner in the outer tenth of the view, where a user draws a wall that fills it
    await app.page.mouse.move(box.x + box.width * 0.95, y, { steps: 4 });
    await app.page.mouse.click(box.x + box.width * 0.95, y);
    const [wall] = await ofKind('wall');
    const a = (wall as unknown as { a: Vec2 }).a;
    const b = (wall as unknown as { b: Vec2 }).b;
    await viewAtRest(app.page);
    await shot(app.page, 'walk4-corner-at-edge');
    const [ax] = await planPoint(app.page, a);
    const [bx] = await planPoint(app.page, b);
    expect(Math.abs(ax - (box.x + box.width * 0.2))).toBeLessThan(12);
    expect(Math.abs(bx - (box.x + box.width * 0.95))).toBeLessThan(12);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Escape');
  });

  it('a stair that joins 1F and 2F is drawn and named on 2F too, with the floor below hidden', async () => {
    await newHall(app.page);
    await app.page.keyboard.press('l');
    await app.page.locator('[data-testid="tool-choice-select"]').waitFor();
    await clickPlan(app.page, [10, 10]);
    await app.page.keyboard.press('Escape');
    await app.page.locator('[data-testid="floor-add"]').click();
    await app.page.locator('[data-testid="link-extend-yes"]').click();
    await app.page.locator('[data-testid="link-extend-offer"]').waitFor({ state: 'detached' });
    const onFloors = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors.flatMap((f) => f.elements).find((e) => e.kind === 'vlink')?.floors);
    expect(onFloors).toHaveLength(2);
    // 2F is shown, stores no stair of its own, and the faded floor below is turned off
    expect(await ofKind('vlink')).toEqual([]);
    const below = app.page.locator('[data-testid="underlay-below"]');
    if ((await below.getAttribute('aria-pressed')) !== 'false') await below.click();
    await expect.poll(() => below.getAttribute('aria-pressed')).toBe('false');
    await viewAtRest(app.page);
    await shot(app.page, 'walk4-stair-on-2f');
    await expect.poll(() => app.page.locator('[data-testid="labels"]').textContent()).toContain('楼梯');
    await app.page.locator('[data-testid="view-3d"]').click();
    await viewAtRest(app.page);
    await shot(app.page, 'walk4-stair-on-2f-3d');
    await app.page.locator('[data-testid="view-2d"]').click();
  });

  it('a new floor copied from below gets the outer windows in its copied walls, not the doors', async () => {
    await newHall(app.page);
    await drawWalls(app.page, [
      [0, 0],
      [16, 0],
      [16, 10],
      [0, 10],
      [0, 0],
    ]);
    await app.page.keyboard.press('n');
    await clickPlan(app.page, [4, 10]);
    await clickPlan(app.page, [12, 10]);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('d');
    await clickPlan(app.page, [8, 0]);
    await app.page.keyboard.press('Escape');
    expect(await ofKind('window')).toHaveLength(2);
    expect(await ofKind('opening')).toHaveLength(1);
    await app.page.locator('[data-testid="floor-add"]').click();
    await app.page.locator('[data-testid="floor-copy-yes"]').click();
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length > 0);
    await app.page.locator('[data-testid="view-3d"]').click();
    await viewAtRest(app.page);
    await shot(app.page, 'walk4-2f-copied-windows');
    await app.page.locator('[data-testid="view-2d"]').click();
    expect(await ofKind('wall')).toHaveLength(4);
    expect(await ofKind('window')).toHaveLength(2);
    expect(await ofKind('opening')).toEqual([]);
  });

  it('the facility tool keeps its type choice after a click: AED, then seats, without leaving the tool', async () => {
    await newHall(app.page);
    await app.page.keyboard.press('a');
    const choice = app.page.locator('[data-testid="tool-choice-select"]');
    await choice.selectOption('aed');
    await clickPlan(app.page, [5, 5]);
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length === 1);
    // the AED just placed is selected, and the panel still says what the next click places
    await choice.waitFor();
    await viewAtRest(app.page);
    await shot(app.page, 'walk4-tool-choice-after-click');
    // the plan grid still reaches the view's edges (it once shrank to a patch around the first element)
    expect(await gridLinesNearEdges()).toBeGreaterThan(0);
    await choice.selectOption('seat');
    await clickPlan(app.page, [8, 5]);
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.floor.elements.length === 2);
    expect((await ofKind('point')).map((p) => p.pointKind)).toEqual(['aed', 'seat']);
    await app.page.keyboard.press('Escape');
  });
  it('an acceptance asks for the name once and is signed with it, in the editor and in the BCF comment', async () => {
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    const first = app.page.locator('[data-testid="finding"]').first();
    const key = (await first.getAttribute('data-key'))!;
    await first.click();
    await app.page.locator('[data-testid="finding-detail"]').waitFor();
    const state = () => app.page.evaluate((k) => (window as unknown as Win).__halltwin.editor.doc.meta.findingStates?.[k], key);
    await app.page.locator('[data-testid="accept-reason"]').fill('既有结构，业主同意');
    await app.page.locator('[data-testid="accept"]').click();
    // no name yet: nothing is accepted unsigned, the name is asked for
    await app.page.locator('[data-testid="accept-ask-name"]').waitFor();
    await shot(app.page, 'walk4-accept-asks-name');
    expect((await state())?.status ?? 'open').toBe('open');
    await app.page.locator('[data-testid="comment-author"]').fill('王工');
    await app.page.locator('[data-testid="accept"]').click();
    await expect.poll(async () => (await state())?.status).toBe('accepted');
    expect(await state()).toMatchObject({ reason: '既有结构，业主同意', acceptedBy: '王工' });
    expect(await app.page.locator('[data-testid="accepted-by"]').textContent()).toContain('王工');
    await shot(app.page, 'walk4-accepted-signed');

    await app.page.locator('[data-testid="file-menu"]').click();
    await app.page.locator('[data-testid="export-bcf"]').click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('[data-testid="export-run"]').click()]);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const markups = Object.entries(zip)
      .filter(([name]) => name.endsWith('markup.bcf'))
      .map(([, bytes]) => strFromU8(bytes));
    const reasons = markups.flatMap((m) => [...m.matchAll(/<Author>([^<]*)<\/Author><Comment>接受理由 \/ Accepted: ([^<]*)<\/Comment>/g)].map((r) => [r[1], r[2]]));
    expect(reasons).toEqual([['王工', '既有结构，业主同意']]);
  });

  it('the next finding opens at its title, not scrolled to where the last one was left', async () => {
    const detail = app.page.locator('[data-testid="finding-detail"]');
    await detail.evaluate((n) => void (n.scrollTop = n.scrollHeight));
    expect(await detail.evaluate((n) => n.scrollTop)).toBeGreaterThan(0);
    const second = app.page.locator('[data-testid="finding"]').nth(1);
    const key = (await second.getAttribute('data-key'))!;
    await second.click();
    await app.page.locator(`[data-testid="finding-detail"][data-key="${key}"]`).waitFor();
    await shot(app.page, 'walk4-next-finding-top');
    expect(await detail.evaluate((n) => n.scrollTop)).toBe(0);
  });

  it('a search typed for one hall is cleared when another hall is opened, so its findings are listed', async () => {
    const search = app.page.locator('[data-testid="filter-search"]');
    await search.fill('敞开');
    await expect.poll(() => app.page.locator('[data-testid="finding"]').count()).toBe(0);
    await app.page.locator('[data-testid="file-menu"]').click();
    await replacingHall(app.page, () => app.page.locator('[data-testid="file-new"]').click());
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    await shot(app.page, 'walk4-search-cleared');
    expect(await search.inputValue()).toBe('');
    await expect.poll(() => app.page.locator('[data-testid="finding"]').count()).toBeGreaterThan(0);
  });
});
