/**
 * An AutoCAD user looks for the drawing under File, not for a drop target: File names 导入 CAD 图纸（DXF）… and
 * 添加底图（图片 / PDF）… beside 导入 IFC…, each offering only the files it takes, and each leads into its journey
 * (the DXF's layer dialog; the image laid under the current floor). The drop hint and the refusal of an unknown file
 * name every kind the editor opens.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { drawPng } from '../fixtures/png';
import { sharedEditor } from './editor-app';
import { ROOT, shot } from './harness';

const app = sharedEditor();
const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

describe('File menu imports', () => {
  it('导入 CAD 图纸（DXF）… takes a .dxf into the layer dialog', async () => {
    const page = app.page;
    await page.locator('[data-testid="file-menu"]').click();
    const item = page.locator('[data-testid="file-import-dxf"]');
    expect(await item.textContent()).toBe('导入 CAD 图纸（DXF）…');
    await shot(page, 'file-menu-imports');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), item.click()]);
    expect(await (await chooser.element()).getAttribute('accept')).toBe('.dxf,.dwg');
    await chooser.setFiles({ name: '县政务服务中心.dxf', mimeType: 'application/dxf', buffer: Buffer.from(hallToDxf(county)) });
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-cancel"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('添加底图（图片 / PDF）… lays a PNG under the current floor, the hall kept', async () => {
    const page = app.page;
    const before = await page.evaluate(() => (window as unknown as { __halltwin: { editor: { floor: { elements: unknown[] } } } }).__halltwin.editor.floor.elements.length);
    await page.locator('[data-testid="file-menu"]').click();
    const item = page.locator('[data-testid="file-add-underlay"]');
    expect(await item.textContent()).toBe('添加底图（图片 / PDF）…');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), item.click()]);
    expect(await (await chooser.element()).getAttribute('accept')).toBe('.png,.jpg,.jpeg,.pdf');
    const png = drawPng(200, 100, (x, y) => x < 4 || y < 4 || x > 195 || y > 95);
    await chooser.setFiles({ name: '疏散图.png', mimeType: 'image/png', buffer: png });
    await page.locator('[data-testid="underlay-panel"]').waitFor({ timeout: 30_000 });
    const after = await page.evaluate(() => (window as unknown as { __halltwin: { editor: { floor: { elements: unknown[] } } } }).__halltwin.editor.floor.elements.length);
    expect(after).toBe(before);
  });

  it('an unknown file is refused naming every kind the editor opens', async () => {
    const page = app.page;
    await page.locator('[data-testid="file-input"]').setInputFiles({ name: 'plan.skp', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
    const banner = page.locator('[data-testid="error-banner"]');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/plan\.skp[\s\S]*\.hall\.json、\.ifc、\.dxf，或以 PNG、JPEG、PDF 作为底图/);
  });
});
