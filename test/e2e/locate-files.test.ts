/**
 * A hall that names an underlay image, a CAD drawing and an IFC model by file name, opened where none of them is
 * loaded: one dialog asks for all three (it was a modal for the image and a banner each for the drawing and the
 * model); a file found leaves the list, "Later" leaves the rest, and the hall is open behind it all along.
 */
import { describe, expect, it } from 'vitest';
import { emptyDocument, serializeHall, type HallDocument } from '../../src/core';
import { drawPng } from '../fixtures/png';
import { sharedEditor } from './editor-app';
import { dropFile, shot } from './harness';

const app = sharedEditor({ viewport: { width: 1440, height: 900 } });
const png = drawPng(80, 60, (x, y) => x === y);

function hallNamingThree(): HallDocument {
  const d = emptyDocument('三个外部文件');
  const f = d.floors[0];
  return {
    ...d,
    meta: { ...d.meta, source: { kind: 'ifc', fileName: 'AC20-FZK-Haus.ifc', schema: 'IFC4', projectGlobalId: '0lY6P5Ur90TAQnnnI6wtnb' } },
    floors: [
      {
        ...f,
        underlay: { name: 'plan.png', link: true, widthPx: 80, heightPx: 60, position: [0, 6], metresPerPixel: 0.1, rotation: 0, opacity: 0.5, visible: true },
        lines: { name: 'county.dxf', byRole: {}, link: true, from: { units: 'mm', layers: {}, frames: [], index: 0 } },
      },
    ],
  };
}

describe('files a reopened hall names but the session has not loaded', () => {
  it('are asked for in one dialog; the image found leaves it; Later leaves the rest', async () => {
    const page = app.page;
    await dropFile(page, Buffer.from(serializeHall(hallNamingThree())), 'linked.hall.json');
    const dialog = page.locator('[data-testid="locate-files"]');
    await dialog.waitFor({ timeout: 60_000 });
    const kinds = await dialog.locator('li[data-kind]').evaluateAll((li) => li.map((l) => l.getAttribute('data-kind')));
    expect(kinds).toEqual(['underlay', 'drawing', 'model']);
    const text = (await dialog.textContent()) ?? '';
    for (const name of ['plan.png', 'county.dxf', 'AC20-FZK-Haus.ifc', '底图', 'CAD 图纸', 'IFC 模型']) expect(text).toContain(name);
    // One place asks: no banner of its own for the drawing or the model, no second dialog.
    expect(await page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(1);
    expect(await page.locator('.banner.info').count()).toBe(0);
    await shot(page, 'locate-files-three');

    const floorId = await page.evaluate(() => (window as unknown as { __halltwin: { editor: { doc: HallDocument } } }).__halltwin.editor.doc.floors[0].id);
    await page.locator(`[data-testid="underlay-locate-${floorId}"]`).setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: png });
    await page.locator(`[data-testid="underlay-link-${floorId}"]`).waitFor({ state: 'detached' });
    expect(await dialog.locator('li[data-kind]').evaluateAll((li) => li.map((l) => l.getAttribute('data-kind')))).toEqual(['drawing', 'model']);

    await page.locator('[data-testid="locate-files-later"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(0);
    await page.locator('[data-testid="underlay-panel"]').waitFor();
    await shot(page, 'locate-files-later');
    expect(app.errors).toEqual([]);
  });
});
