/**
 * Rows of the fifth hand walk (the retrofit planner), clicked through in the built app: the report is signed by the
 * remembered name in its 编制 row; an open-boundary finding marks the open stretch itself, not the whole zone; a
 * finding about the whole hall goes to the entrance floor, not to an imported model's foundation level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, dropFile, openEditor, planPoint, shot, startAppCountingPrints, stopApp, viewAtRest } from './harness';
import { snapCanvas } from './canvas-pixels';
import { wall, walledHall } from './walled-hall';

type Vec2 = [number, number];
type Win = { __halltwin: { editor: { store: { getState(): { highlightStretches?: { stretches: [Vec2, Vec2][] } } } } } };

let app: App;

beforeAll(async () => {
  app = await startAppCountingPrints();
  await openEditor(app.page, app.url, { checked: true });
});

afterAll(async () => {
  await stopApp(app);
});

/** A back office in the south-west corner, walled to the east, its 8 m north side open to the hall. */
const OPEN_OFFICE = walledHall(
  '敞开办公区',
  [24, 16],
  [
    wall('w5', [8, 0], [8, 8]),
    { kind: 'opening', id: 'd1', wallId: 'w1', position: [16, 0], width: 2, entrance: 'main' },
    {
      kind: 'zone',
      id: 'office',
      type: 'back-office',
      name: '后台办公区',
      polygon: [
        [0, 0],
        [8, 0],
        [8, 8],
        [0, 8],
      ],
    },
  ],
);

/** How red the view is at a plan point (red minus the larger of green and blue, 0–255), in the last frame drawn. */
async function redAt(name: string, p: Vec2): Promise<number> {
  const [x, y] = await planPoint(app.page, p);
  const box = (await app.page.locator('[data-testid="viewport"] canvas').first().boundingBox())!;
  await snapCanvas(app.page, name, { width: Math.round(box.width), height: Math.round(box.height) });
  return app.page.evaluate(
    ([name, px, py, w]) => {
      const d = (window as unknown as { __snaps: Record<string, Uint8ClampedArray> }).__snaps[name];
      const i = (Math.round(py) * w + Math.round(px)) * 4;
      return d[i] - Math.max(d[i + 1], d[i + 2]);
    },
    [name, x - box.x, y - box.y, Math.round(box.width)] as const,
  );
}

describe('walk 5: the retrofit planner', () => {
  it('a finding about 8 m of boundary without a wall marks those 8 m, not the whole back office', async () => {
    await dropFile(app.page, Buffer.from(JSON.stringify(OPEN_OFFICE)), 'open-office.hall.json');
    await app.page.locator('[data-testid="hall-name"]', { hasText: '敞开办公区' }).waitFor();
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    await app.page.locator('[data-testid="filter-search"]').fill('敞开');
    const open = app.page.locator('[data-testid="finding"]', { hasText: '8.0 m 边界没有墙' });
    await open.click();
    await expect
      .poll(() => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().highlightStretches?.stretches))
      .toEqual([
        [
          [8, 8],
          [0, 8],
        ],
      ]);
    await viewAtRest(app.page);
    await shot(app.page, 'walk5-open-stretch');
    // the open side is marked red; the office's inside is not filled with the highlight
    expect(await redAt('stretch', [4, 8])).toBeGreaterThan(40);
    expect(await redAt('inside', [4, 4])).toBeLessThan(20);
    // closing the finding takes the mark away
    await app.page.locator('[data-testid="finding-detail"] button.close').click();
    await expect.poll(() => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().highlightStretches)).toBeUndefined();
    await app.page.locator('[data-testid="filter-search"]').fill('');
  });

  it('a finding about the whole hall takes the view to the entrance floor, not the foundation level listed first', async () => {
    const hall = structuredClone(OPEN_OFFICE);
    hall.meta.name = '基础层在前';
    hall.floors.unshift({ id: 'FDN', name: 'T/FDN', storey: -1, elevation: -1.25, height: 1.25, outline: hall.floors[0].outline, elements: [wall('f1', [0, 0], [24, 0])] });
    await dropFile(app.page, Buffer.from(JSON.stringify(hall)), 'foundation-first.hall.json');
    await app.page.locator('[data-testid="hall-name"]', { hasText: '基础层在前' }).waitFor();
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    // first a finding on an element (its highlight), then one about the whole hall
    await app.page.locator('[data-testid="filter-search"]').fill('敞开');
    await app.page.locator('[data-testid="finding"]').first().click();
    await app.page.locator('[data-testid="filter-search"]').fill('缺少');
    const missing = app.page.locator('[data-testid="finding"]', { hasText: '缺少' }).first();
    expect(await missing.textContent()).toContain('1F');
    await missing.click();
    const state = () =>
      app.page.evaluate(() =>
        (window as unknown as { __halltwin: { editor: { store: { getState(): { floorId: string; highlight: string[] } } } } }).__halltwin.editor.store.getState(),
      );
    await expect.poll(async () => (await state()).floorId).toBe('F1');
    expect((await state()).highlight).toEqual([]);
    await viewAtRest(app.page);
    await shot(app.page, 'walk5-hall-wide-floor');
    await app.page.locator('[data-testid="filter-search"]').fill('');
  });

  it('the printed report names the remembered author in its 编制 Prepared-by row, dated', async () => {
    // the planner signs a comment once: the name is remembered
    await app.page.locator('[data-testid="finding"]').first().click();
    await app.page.locator('[data-testid="comment-author"]').fill('王工');
    await app.page.locator('[data-testid="comment-text"]').fill('已核对');
    await app.page.locator('[data-testid="add-comment"]').click();
    await app.page.locator('[data-testid="file-menu"]').click();
    await app.page.locator('[data-testid="print-report-pdf"]').click();
    await app.page.waitForFunction(() => ((window as unknown as { __prints?: number }).__prints ?? 0) > 0);
    const frame = await (await app.page.locator('[data-testid="report-print-frame"]').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no print frame');
    const row = frame.locator('.signoff tbody tr').first();
    expect(await row.locator('td').allTextContents()).toEqual(['编制 Prepared by', '王工', '', new Date().toISOString().slice(0, 10)]);
    expect(app.errors).toEqual([]);
  });
});
