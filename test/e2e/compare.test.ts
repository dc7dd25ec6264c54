/**
 * Version comparison in Chromium: the county sample is edited as a user would (a CCTV camera deleted, a seat nudged),
 * then compared with the saved sample through File → Compare with another version: the drawer lists the
 * removed AED and the moved seat, the new finding and what stayed open; a click frames each.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallDocument } from '../../src/core/document';
import { checkHall } from '../../src/rules';
import { ROOT, shot, type App, startApp, stopApp } from './harness';

let app: App;

type El = { id: string; kind: string; pointKind?: string };
type Ed = {
  floor: { elements: El[] };
  select(ids: string[]): void;
  store: { getState(): { selection: string[]; floorId: string; cameraRequest?: { ids: string[]; points?: [number, number][]; nonce: number } } };
};

describe('version comparison', () => {
  beforeAll(async () => {
    app = await startApp({ acceptDownloads: true });
    await app.page.goto(app.url);
    await app.page.locator('[data-testid="findings-score"]').waitFor();
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('lists what changed since the saved version, and a click frames it', async () => {
    const pick = (kind: string, pointKind: string) =>
      app.page.evaluate(
        ([k, p]) => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.floor.elements.find((e) => e.kind === k && e.pointKind === p)!.id,
        [kind, pointKind],
      );
    const select = (id: string) => app.page.evaluate((i) => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.select([i]), id);
    const cctv = await pick('point', 'cctv');
    await select(cctv);
    await app.page.keyboard.press('Delete');
    const seat = await pick('point', 'seat');
    await select(seat);
    await app.page.keyboard.press('ArrowRight');

    await app.page.locator('[data-testid="file-menu"]').click();
    await app.page.locator('[data-testid="file-compare"]').waitFor();
    await app.page.locator('[data-testid="compare-input"]').setInputFiles(resolve(ROOT, 'models/county-hall.hall.json'));
    await app.page.locator('[data-testid="compare-summary"]').waitFor({ timeout: 60_000 });
    const count = async (k: string) => Number(await app.page.locator(`[data-testid="compare-${k}-count"]`).textContent());
    expect(await count('added')).toBe(0);
    expect(await count('removed')).toBe(1);
    expect(await count('changed')).toBe(1);
    expect(await count('new')).toBeGreaterThanOrEqual(1);
    expect(await count('fixed')).toBe(0);
    expect(await app.page.locator('[data-testid="compare-removed-row"]').textContent()).toMatch(/监控|CCTV/);
    await shot(app.page, 'compare-panel');

    // The removed camera is framed where it stood (it is no longer in the hall).
    const before = await app.page.evaluate(() => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.store.getState().cameraRequest?.nonce ?? 0);
    await app.page.locator('[data-testid="compare-removed-row"]').click();
    const req = await app.page.evaluate(() => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.store.getState().cameraRequest);
    expect(req?.nonce).not.toBe(before);
    expect(req?.points?.length).toBe(1);
    // The moved seat is framed and selected.
    await app.page.locator('[data-testid="compare-changed-row"]').click();
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.store.getState().selection)).toEqual([seat]);
    await shot(app.page, 'compare-framed-seat');

    // While the comparison is open, the report carries it (before the sign-off).
    await app.page.locator('[data-testid="file-menu"]').click();
    const [download] = await Promise.all([app.page.waitForEvent('download', { timeout: 90_000 }), app.page.locator('[data-testid="export-report"]').click()]);
    const html = readFileSync(await download.path(), 'utf8');
    const section = html.slice(html.indexOf('<section class="comparison">'), html.indexOf('<section class="signoff">'));
    expect(section).toContain('county-hall.hall.json');
    expect(section).toMatch(/删除 Removed/);
    expect(section).toMatch(/新问题 New/);

    // Undo both edits and compare again: nothing differs any more.
    await app.page.keyboard.press('Control+z');
    await app.page.keyboard.press('Control+z');
    await app.page.locator('[data-testid="compare-refresh"]').click();
    await app.page.locator('[data-testid="compare-summary"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => count('removed'), { timeout: 60_000 }).toBe(0);
    expect(await count('changed')).toBe(0);
    expect(await count('new')).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('lists a finding whose status changed since the saved version, with its status then and now', async () => {
    // The saved version: the county hall without its first camera, the finding that leaves marked in progress.
    const base = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8')) as HallDocument;
    const f1 = base.floors[0];
    const cctv = f1.elements.find((e) => e.kind === 'point' && e.pointKind === 'cctv')!;
    base.floors[0] = { ...f1, elements: f1.elements.filter((e) => e !== cctv) };
    const found = checkHall(base).findings;
    expect(found.length).toBeGreaterThan(0);
    base.meta = { ...base.meta, findingStates: { [found[0].key]: { status: 'in-progress' } } };
    const file = join(mkdtempSync(join(tmpdir(), 'halltwin-compare-')), 'in-progress.hall.json');
    writeFileSync(file, JSON.stringify(base));

    // The open hall: the same camera deleted, its finding left open.
    await app.page.evaluate((id) => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.select([id]), cctv.id);
    await app.page.keyboard.press('Delete');
    await app.page.locator('[data-testid="file-menu"]').click();
    await app.page.locator('[data-testid="compare-input"]').setInputFiles(file);
    await expect.poll(() => app.page.locator('[data-testid="compare-status-count"]').textContent(), { timeout: 60_000 }).toBe('1');
    expect(await app.page.locator('[data-testid="compare-summary"]').textContent()).toMatch(/状态变化 1/);
    expect(await app.page.locator('[data-testid="compare-status-note"]').textContent()).toMatch(/处理中 → 待处理/);
    await shot(app.page, 'compare-status-changed');
    expect(app.errors).toEqual([]);
  });
});
