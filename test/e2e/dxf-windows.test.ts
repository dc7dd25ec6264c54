/**
 * Windows in a CAD drawing arrive as windows, in real Chromium: the county hall written as a 天正-style DXF
 * (its 外窗 as $WinLib2D$ blocks on 门窗) is dropped and imported; the plan holds the same windows, each set
 * into its wall at the sill and head its 天正 number (C2418, GC2406 beside it) and hidden 窗台高 attribute give,
 * and the doors are still only the doors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot, viewAtRest } from './harness';

type El = { id: string; kind: string; wallId?: string; width?: number; exterior?: boolean; sillHeight?: number; headHeight?: number };
type Win = { __halltwin: { editor: { doc: { meta: { source?: { kind: string } }; floors: { elements: El[] }[] } } } };

const app = sharedEditor();

describe('DXF windows', () => {
  it('drop the county drawing, import: its windows come back as windows in their walls, not doors', async () => {
    const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8')) as { floors: { elements: El[] }[] };
    await dropFile(app.page, Buffer.from(hallToDxf(county as never)), 'county-windows.dxf');
    const dialog = app.page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    await app.page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await app.page.waitForFunction(() => (window as unknown as Win).__halltwin.editor.doc.meta.source?.kind === 'dxf');
    const floors = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors.map((f) => f.elements));
    floors.forEach((els, k) => {
      const was = county.floors[k].elements;
      const windows = els.filter((e) => e.kind === 'window');
      expect(windows).toHaveLength(was.filter((e) => e.kind === 'window').length);
      for (const w of windows) {
        expect(w.exterior).toBe(true);
        expect(els.find((e) => e.id === w.wallId)?.kind).toBe('wall');
      }
      expect(els.filter((e) => e.kind === 'opening')).toHaveLength(was.filter((e) => e.kind === 'opening').length);
      // The high windows (sill 1.8 m) and the tall ones (2.4 × 1.8 m over 0.9 m) keep their heights, not the defaults.
      const heights = (list: El[]) => list.flatMap((e) => (e.kind === 'window' ? [`${e.sillHeight}–${e.headHeight}`] : [])).sort();
      expect(heights(windows)).toEqual(heights(was));
    });
    await viewAtRest(app.page);
    await shot(app.page, 'dxf-windows-plan');
    expect(app.errors).toEqual([]);
  });
});
