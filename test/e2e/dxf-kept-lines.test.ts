/**
 * Save and reopen keeps the DXF drawing under the hall: a hall imported from the county drawing, downloaded and opened
 * again, shows the drawing's linework and its controls (they were gone after reopening), and a drawing let go of
 * before saving is not written to the file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot } from './harness';

const app = sharedEditor();
const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));

/** The open hall as Save (download) writes it. */
async function saved(): Promise<string> {
  await app.page.locator('[data-testid="file-menu"]').click();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('[data-testid="file-download"]').click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe('the DXF drawing after save and reopen', () => {
  it('is shown again under the reopened hall; let go of before saving, it is not saved', async () => {
    const page = app.page;
    await dropFile(page, Buffer.from(hallToDxf(county)), 'county.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const controls = page.locator('[data-testid="dxf-context"]');
    await controls.waitFor();
    const text = await saved();
    expect(JSON.parse(text).floors.map((f: { lines?: { name: string } }) => f.lines?.name)).toEqual(['county.dxf', 'county.dxf']);
    // Another hall, then the saved one again.
    await dropFile(page, readFileSync(resolve(ROOT, 'models/county-hall.hall.json')), 'other.hall.json');
    await controls.waitFor({ state: 'detached', timeout: 60_000 });
    await dropFile(page, Buffer.from(text), 'county.hall.json');
    await controls.waitFor({ timeout: 60_000 });
    expect(await controls.getAttribute('title')).toBe('county.dxf');
    await shot(page, 'dxf-kept-after-reopen');
    // Let go of, saved, reopened: no drawing.
    await page.locator('[data-testid="dxf-context-close"]').click();
    await controls.waitFor({ state: 'detached' });
    const without = await saved();
    expect(without).not.toMatch(/"lines"/);
    expect(app.errors).toEqual([]);
  });
});
