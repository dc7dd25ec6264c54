/**
 * An IFC-imported hall saved and opened again offers its model back: the hall file names AC20-FZK-Haus.ifc, the
 * editor asks for it, a model of another project is refused with the reason, and the right file brings the model
 * layer back (it was gone after reopening, with nothing said).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot } from './harness';

const FZK = resolve(ROOT, '../shared/ifc/AC20-FZK-Haus.ifc');
const DUPLEX = resolve(ROOT, '../shared/ifc/duplex.ifc');
const app = sharedEditor({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

/** The open hall as Save (download) writes it. */
async function saved(): Promise<string> {
  await app.page.locator('[data-testid="file-menu"]').click();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('[data-testid="file-download"]').click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe.skipIf(!existsSync(FZK) || !existsSync(DUPLEX))('the IFC model of a reopened hall', () => {
  it('is asked for by name; another project is refused; the right file shows the model again', async () => {
    const page = app.page;
    const model = page.locator('[data-testid="ifc-model"]');
    const offer = page.locator('[data-testid="ifc-relink"]');
    await dropFile(page, FZK, 'AC20-FZK-Haus.ifc');
    await model.waitFor({ timeout: 120_000 });
    expect(await offer.count()).toBe(0);
    const text = await saved();
    expect(JSON.parse(text).meta.source).toMatchObject({ kind: 'ifc', fileName: 'AC20-FZK-Haus.ifc' });
    await dropFile(page, Buffer.from(text), 'fzk.hall.json');
    await offer.waitFor({ timeout: 60_000 });
    expect(await model.count()).toBe(0);
    expect(await offer.textContent()).toContain('AC20-FZK-Haus.ifc');
    await shot(page, 'ifc-relink-offer');

    await page.locator('[data-testid="ifc-relink-file"]').setInputFiles(DUPLEX);
    // Said in the dialog the user is looking at, not in a banner under its backdrop.
    const refused = page.locator('[data-testid="locate-files-error"]');
    await refused.waitFor({ timeout: 120_000 });
    expect(await refused.textContent()).toMatch(/duplex\.ifc 不是此大厅导入时所用的模型|duplex\.ifc is not the model/);
    expect(await page.locator('[data-testid="error-banner"]').count()).toBe(0);
    expect(await model.count()).toBe(0);
    expect(await offer.count()).toBe(1);

    await page.locator('[data-testid="ifc-relink-file"]').setInputFiles(FZK);
    await model.waitFor({ timeout: 120_000 });
    await offer.waitFor({ state: 'detached' });
    expect(await model.getAttribute('title')).toContain('AC20-FZK-Haus.ifc');
    await shot(page, 'ifc-relinked');
    expect(app.errors).toEqual([]);
  });
});
