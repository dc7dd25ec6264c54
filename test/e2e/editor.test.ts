/**
 * The editor in real Chromium: sample hall, drawing with the mouse, undo/redo, save and load back,
 * autosave restore after a reload, a broken file dropped on the page, English, 3D and stack views.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHallText } from '../../src/core';
import { type App, ROOT, replacingHall, shot, startApp, stopApp, waitEditor } from './harness';
import { calibrate, dragPlan, tapPointer, type PlanMap } from './plan-mouse';

const sample = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

let app: App;
let page: Page;
let map: PlanMap;

type Summary = { name: string; floors: number; counts: Record<string, number>; ids: string[] };

async function summary(): Promise<Summary> {
  return page.evaluate(() => {
    const ed = (window as unknown as { __halltwin: { editor: { doc: { meta: { name: string }; floors: { elements: { id: string; kind: string }[] }[] } } } }).__halltwin.editor;
    const counts: Record<string, number> = {};
    const ids: string[] = [];
    for (const f of ed.doc.floors)
      for (const e of f.elements) {
        counts[e.kind] = (counts[e.kind] ?? 0) + 1;
        ids.push(e.id);
      }
    return { name: ed.doc.meta.name, floors: ed.doc.floors.length, counts, ids };
  });
}

async function docJson(): Promise<string> {
  return page.evaluate(() => JSON.stringify((window as unknown as { __halltwin: { editor: { doc: unknown } } }).__halltwin.editor.doc));
}

/** A free rectangle in the sample's ground-floor back office (x 0–40, y 31.5–42), away from its counters. */
function emptySpot(): { a: [number, number]; b: [number, number] } {
  return { a: [2, 34], b: [7, 38] };
}

beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
  page = app.page;
});

afterAll(async () => {
  await stopApp(app);
});

describe('HallTwin editor in Chromium', () => {
  it('opens with the county sample: name, floors, findings', async () => {
    await page.goto(app.url);
    await waitEditor(page);
    await expect.poll(() => page.locator('[data-testid="hall-name"]').textContent()).toBe(sample.meta.name);
    for (const f of sample.floors) await expect.poll(() => page.locator(`[data-testid="floor-${f.id}"]`).textContent()).toContain(f.name);
    expect(await page.title()).toContain('HallTwin 政务大厅数字孪生规划器');
    await tapPointer(page);
    map = await calibrate(page);
    expect(app.errors).toEqual([]);
  });

  it('checks the sample live and shows the score line', async () => {
    await page.locator('[data-testid="findings-score"]').waitFor();
    expect(await page.locator('[data-testid="findings-score"]').textContent()).toMatch(/错误 \d+ · 警告 \d+ · 提示 \d+ · 通过 \d+\/\d+ 条规则/);
    const sh = await shot(page, 'editor-sample');
    mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
    copyFileSync(sh, resolve(ROOT, 'docs/screenshot.png'));
  });

  it('draws a waiting zone by dragging with the zone tool', async () => {
    const before = await summary();
    await page.locator('[data-testid="cat-zone:waiting"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __halltwin: { editor: { store: { getState(): { tool: string } } } } }).__halltwin.editor.store.getState().tool))
      .toBe('zone-rect');
    const { a, b } = emptySpot();
    await dragPlan(page, map, a, b);
    await expect.poll(async () => (await summary()).counts.zone ?? 0).toBe((before.counts.zone ?? 0) + 1);
    const zone = await page.evaluate((known) => {
      const ed = (window as unknown as { __halltwin: { editor: { doc: { floors: { elements: { id: string; kind: string; type?: string; polygon?: [number, number][] }[] }[] } } } })
        .__halltwin.editor;
      return ed.doc.floors.flatMap((f) => f.elements).find((e) => e.kind === 'zone' && !known.includes(e.id))!;
    }, before.ids);
    expect(zone.type).toBe('waiting');
    const xs = zone.polygon!.map((p) => p[0]);
    const ys = zone.polygon!.map((p) => p[1]);
    // Snapping may move a corner to the nearest grid line or element edge (within a snap distance).
    const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(0.75);
    near(Math.min(...xs), a[0]);
    near(Math.max(...xs), b[0]);
    near(Math.min(...ys), a[1]);
    near(Math.max(...ys), b[1]);
  });

  it('places a row of counters by dragging with the row tool, then undoes and redoes it', async () => {
    const before = await summary();
    await page.locator('[data-testid="cat-counter-row"]').click();
    await dragPlan(page, map, [12, 39], [17, 39]);
    await expect.poll(async () => (await summary()).counts.counter ?? 0).toBeGreaterThan(before.counts.counter ?? 0);
    const added = ((await summary()).counts.counter ?? 0) - (before.counts.counter ?? 0);
    expect(added).toBeGreaterThanOrEqual(3);
    const after = await docJson();
    await shot(page, 'editor-drawn');

    // keyboard: focus the canvas area first so keys go to the editor, not a form field
    await page.locator('[data-testid="hall-name"]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await summary()).counts.counter ?? 0).toBe(before.counts.counter ?? 0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => docJson()).toBe(after);

    // buttons, with the command label in the tooltip
    expect(await page.locator('[data-testid="undo"]').getAttribute('title')).toMatch(/撤销/);
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(async () => (await summary()).counts.counter ?? 0).toBe(before.counts.counter ?? 0);
    await page.locator('[data-testid="redo"]').click();
    await expect.poll(() => docJson()).toBe(after);
  });

  it('saves a download that loads back to the same hall', async () => {
    await page.locator('[data-testid="file-menu"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="file-download"]').click()]);
    expect(download.suggestedFilename()).toBe(`${sample.meta.name}.hall.json`);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const parsed = parseHallText(text);
    expect(parsed.ok).toBe(true);
    const open = JSON.parse(await docJson());
    if (parsed.ok) expect(JSON.parse(JSON.stringify(parsed.doc))).toEqual(open);
    // and through the app's own loader: the hall it opens is the one that was saved
    const back = await page.evaluate((t) => {
      const ed = (window as unknown as { __halltwin: { editor: { loadFile(t: string, name?: string): { ok: boolean }; doc: unknown } } }).__halltwin.editor;
      const before = JSON.stringify(ed.doc);
      const r = ed.loadFile(t, 'saved.hall.json');
      return { ok: r.ok, before, after: JSON.stringify(ed.doc) };
    }, text);
    expect(back.ok).toBe(true);
    expect(JSON.parse(back.after)).toEqual(JSON.parse(back.before));
  });

  it('offers the autosave after a reload and restores it', async () => {
    const before = await docJson();
    // Autosave is debounced by the editor; wait until IndexedDB holds the current document.
    await page.waitForFunction(() => {
      const w = window as unknown as { __halltwin: { editor: { doc: unknown } }; __halltwinAutosavedDoc?: unknown };
      return w.__halltwinAutosavedDoc === w.__halltwin.editor.doc;
    });
    await page.reload();
    await waitEditor(page);
    await page.locator('[data-testid="restore-offer"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="restore-offer"]').textContent()).toContain('检测到未保存的自动备份');
    await page.locator('[data-testid="restore-accept"]').click();
    await expect.poll(async () => JSON.parse(await docJson())).toEqual(JSON.parse(before));
    await tapPointer(page);
  });

  it('a broken file dropped on the page shows where it is wrong and keeps the hall', async () => {
    const before = await docJson();
    const bad = JSON.parse(JSON.stringify(sample));
    const zi = bad.floors[0].elements.findIndex((e: { kind: string }) => e.kind === 'zone');
    bad.floors[0].elements[zi].polygon = [
      [0, 0],
      [1, 1],
    ];
    bad.floors[1].name = 42;
    await replacingHall(page, () =>
      page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'broken.hall.json', { type: 'application/json' }));
        for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, JSON.stringify(bad)),
    );
    const banner = page.locator('[data-testid="error-banner"]');
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('broken.hall.json');
    expect(text).toContain('floors[1].name');
    expect(text).toContain(`floors[0].elements[${zi}].polygon`);
    expect(await docJson()).toBe(before);
    await shot(page, 'editor-broken-file');
    await page.locator('[data-testid="error-dismiss"]').click();
    await banner.waitFor({ state: 'detached' });
  });

  it('shows a hostile hall name as text', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.evaluate(() => (window as unknown as { __halltwin: { editor: { select(ids: string[]): void } } }).__halltwin.editor.select([]));
    await page.locator('[data-testid="hall-settings"]').waitFor();
    const hostile = '<img src=x onerror=alert(1)>';
    await page.locator('[data-testid="hall-name-input"]').fill(hostile);
    await page.locator('[data-testid="hall-name-input"]').press('Enter');
    await expect.poll(() => page.locator('[data-testid="hall-name"]').textContent()).toBe(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(() => page.locator('[data-testid="hall-name"]').textContent()).toBe(sample.meta.name);
  });

  it('switches to English', async () => {
    await page.locator('[data-testid="locale"]').click();
    await expect.poll(() => page.locator('[data-testid="file-menu"]').textContent()).toContain('File');
    expect(await page.locator('[data-testid="findings-panel"]').textContent()).toContain('Findings');
    expect(await page.locator('[data-testid="findings-score"]').textContent()).toMatch(/Errors \d+ · Warnings \d+ · Info \d+ · Passed \d+\/\d+ rules/);
    await shot(page, 'editor-english');
    await page.locator('[data-testid="locale"]').click();
    await expect.poll(() => page.locator('[data-testid="file-menu"]').textContent()).toContain('文件');
  });

  it('switches rule overlays on and off', async () => {
    for (const id of ['aed-coverage', 'one-metre']) {
      await page.locator(`[data-testid="overlay-${id}"]`).check();
      await expect
        .poll(() =>
          page.evaluate(
            (k) =>
              (window as unknown as { __halltwin: { editor: { store: { getState(): { overlays: Record<string, boolean> } } } } }).__halltwin.editor.store.getState().overlays[k],
            id,
          ),
        )
        .toBe(true);
    }
    await shot(page, 'editor-overlays');
    const frames = () => page.evaluate(() => (window as unknown as { __halltwin_frames?: number }).__halltwin_frames ?? 0);
    const framesBefore = await frames();
    for (const id of ['aed-coverage', 'one-metre']) await page.locator(`[data-testid="overlay-${id}"]`).uncheck();
    // The view draws on demand: count draw calls only once the frame without those overlays has been drawn.
    await expect.poll(frames).toBeGreaterThan(framesBefore);
    await page.waitForTimeout(200);
    // Sign sight lines along the citizen routes: routes, lines to the signs seen from each turn, crosses at gaps.
    const calls = () => page.evaluate(() => (window as unknown as { __halltwin_drawCalls?: number }).__halltwin_drawCalls ?? 0);
    const before = await calls();
    await page.locator('[data-testid="overlay-sign-sight"]').check();
    await expect.poll(calls).toBeGreaterThan(before);
    await shot(page, 'editor-sign-sight');
    await page.locator('[data-testid="overlay-sign-sight"]').uncheck();
    expect(app.errors).toEqual([]);
  });

  it('renders the 3D and stack views', async () => {
    await page.locator('[data-testid="view-3d"]').click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __halltwin: { editor: { store: { getState(): { viewMode: string } } } } }).__halltwin.editor.store.getState().viewMode),
      )
      .toBe('3d');
    await page.locator('[data-testid="viewport"] canvas').first().waitFor();
    await shot(page, 'editor-3d');
    await page.locator('[data-testid="view-stack"]').click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __halltwin: { editor: { store: { getState(): { viewMode: string } } } } }).__halltwin.editor.store.getState().viewMode),
      )
      .toBe('stack');
    await shot(page, 'editor-stack');
    await page.locator('[data-testid="view-2d"]').click();
    expect(app.errors).toEqual([]);
  });

  it('adds a floor, renames it inline and deletes it after confirming', async () => {
    type E = { __halltwin: { editor: { doc: { floors: { id: string; name: string }[] }; store: { getState(): { floorId: string } } } } };
    const n = (await summary()).floors;
    await page.locator('[data-testid="floor-add"]').click();
    await expect.poll(async () => (await summary()).floors).toBe(n + 1);
    const id = await page.evaluate(() => (window as unknown as E).__halltwin.editor.store.getState().floorId);
    const row = page.locator(`[data-testid="floor-${id}"]`);
    await row.locator('.floor-name').dblclick();
    await row.locator('input.floor-rename').fill('3F 三层');
    await row.locator('input.floor-rename').press('Enter');
    await expect.poll(() => page.evaluate((fid) => (window as unknown as E).__halltwin.editor.doc.floors.find((f) => f.id === fid)?.name, id)).toBe('3F 三层');
    await expect.poll(() => row.textContent()).toContain('3F 三层');
    await page.locator(`[data-testid="floor-delete-${id}"]`).click();
    await page.locator('[data-testid="floor-delete-confirm"]').click();
    await expect.poll(async () => (await summary()).floors).toBe(n);
    expect(app.errors).toEqual([]);
  });
});
