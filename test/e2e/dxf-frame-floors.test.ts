/**
 * The frame picker says which floor each ticked plan becomes, as the import will make it: a plan whose title names
 * its storey goes there wherever it lies in the drawing (二层平面图 drawn left of 一层平面图 is still 2F), instead of the
 * old legend's "left to right is 1F, 2F …"; the floors imported are the ones named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot } from './harness';

type Win = { __halltwin: { editor: { doc: { floors: { name: string; storey: number }[] } } } };

const app = sharedEditor();
const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
/** The county drawing with its sheets' titles swapped: 二层平面图 on the left, 一层平面图 on the right. */
const swapped = hallToDxf(county).replace(/一层平面图|二层平面图/g, (t) => (t === '一层平面图' ? '二层平面图' : '一层平面图'));

describe('the DXF frame picker names the floor each plan becomes', () => {
  it('titles naming storeys decide, not left to right; the import makes the floors named', async () => {
    const page = app.page;
    await dropFile(page, Buffer.from(swapped), 'county.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    const floorOf = (i: number) => page.locator(`[data-testid="dxf-frame-floor-${i}"]`);
    expect(await floorOf(0).textContent()).toMatch(/→ 2F 二层平面图/);
    expect(await floorOf(1).textContent()).toMatch(/→ 1F 一层平面图/);
    expect(await page.locator('[data-testid="dxf-frames"] legend').textContent()).not.toMatch(/从左到右为/);
    await shot(page, 'dxf-frame-floors');
    // An unticked plan becomes nothing; the one left keeps the storey its title names.
    await page.locator('[data-testid="dxf-frame-1"]').uncheck();
    expect(await floorOf(1).count()).toBe(0);
    expect(await floorOf(0).textContent()).toMatch(/→ 2F 二层平面图/);
    await page.locator('[data-testid="dxf-frame-1"]').check();
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const floors = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors.map((f) => [f.name, f.storey]));
    expect(floors).toEqual([
      ['1F 一层平面图', 1],
      ['2F 二层平面图', 2],
    ]);
    expect(app.errors).toEqual([]);
  });
});
