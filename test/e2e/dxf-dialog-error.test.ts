/**
 * The wrong unit picked (the county plan read in metres is 64 km wide) is said in the dialog as soon as it is picked;
 * an Import that fails with the dialog left open says why inside the dialog, where the unit is changed; the page's error banner, which the dialog's backdrop
 * covers, is not shown under it. Cancel takes the reason away with the dialog; the right unit imports, with no error
 * left anywhere.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot } from './harness';

const app = sharedEditor();
const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

describe('a failed DXF Import with the dialog open', () => {
  it('Cancel after a failed Import closes the dialog and its reason: no banner is left behind', async () => {
    const page = app.page;
    await dropFile(page, Buffer.from(hallToDxf(county)), '县政务服务中心.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-units"]').selectOption('m');
    await page.locator('[data-testid="dxf-import"]').click();
    await page.locator('[data-testid="dxf-dialog-error"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-cancel"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('[data-testid="error-banner"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: { floors: unknown[] } } } }).__halltwin.editor.doc.floors.length)).toBe(
      county.floors.length,
    );
  });

  it('the reason is in the dialog, readable and on top; the right unit then imports', async () => {
    const page = app.page;
    await dropFile(page, Buffer.from(hallToDxf(county)), '县政务服务中心.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    const size = page.locator('[data-testid="dxf-size-problem"]');
    expect(await size.count()).toBe(0);
    await page.locator('[data-testid="dxf-units"]').selectOption('m');
    // Said as soon as the unit is picked, before Import.
    expect(await size.textContent()).toMatch(/按 m 计，平面为 64300 × 42300 m，建筑不会这么大/);
    await page.locator('[data-testid="dxf-import"]').click();
    const error = page.locator('[data-testid="dxf-dialog-error"]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(/县政务服务中心\.dxf[\s\S]*按 m 计/);
    expect(await page.locator('[data-testid="error-banner"]').count()).toBe(0);
    // Nothing covers it: the point at its centre is the message itself.
    const box = await error.boundingBox();
    if (!box) throw new Error('no error box');
    const hit = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('[data-testid="dxf-dialog-error"]'), [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe(true);
    await shot(page, 'dxf-dialog-error');
    await page.locator('[data-testid="dxf-units"]').selectOption('mm');
    expect(await size.count()).toBe(0);
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.locator('[data-testid="error-banner"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: { floors: unknown[] } } } }).__halltwin.editor.doc.floors.length)).toBe(2);
    expect(app.errors).toEqual([]);
  });
});
