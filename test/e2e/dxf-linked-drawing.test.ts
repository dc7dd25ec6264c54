/**
 * A CAD drawing kept by file name: ticked 链接文件 in the drawing's controls, the saved hall holds no linework;
 * reopened, the editor asks for the drawing, and the file located shows the linework under the hall again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot } from './harness';

const app = sharedEditor({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

async function saved(): Promise<string> {
  await app.page.locator('[data-testid="file-menu"]').click();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('[data-testid="file-download"]').click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe('a CAD drawing linked by file name', () => {
  it('is saved without its linework, asked for on reopen, and shown again from the file located', async () => {
    const page = app.page;
    const dxf = hallToDxf(county);
    await dropFile(page, Buffer.from(dxf), 'county.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const controls = page.locator('[data-testid="dxf-context"]');
    await controls.waitFor();
    await page.locator('[data-testid="dxf-context-link"]').check();
    const text = await saved();
    const floors = JSON.parse(text).floors as { lines?: { name: string; link?: boolean; byRole: Record<string, string> } }[];
    expect(floors.map((f) => [f.lines?.name, f.lines?.link, Object.keys(f.lines?.byRole ?? {}).length])).toEqual([
      ['county.dxf', true, 0],
      ['county.dxf', true, 0],
    ]);
    await dropFile(page, Buffer.from(text), 'county.hall.json');
    const offer = page.locator('[data-testid="dxf-relink"]');
    await offer.waitFor({ timeout: 60_000 });
    expect(await controls.count()).toBe(0);
    await shot(page, 'dxf-relink-offer');
    const dir = mkdtempSync(join(tmpdir(), 'dxf-link-'));
    writeFileSync(join(dir, 'county.dxf'), dxf);
    await page.locator('[data-testid="dxf-relink-file"]').setInputFiles(join(dir, 'county.dxf'));
    await controls.waitFor({ timeout: 60_000 });
    await offer.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="dxf-context-link"]').isChecked()).toBe(true);
    await shot(page, 'dxf-relinked');
    expect(app.errors).toEqual([]);
  });
});
