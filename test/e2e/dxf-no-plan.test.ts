/**
 * A DXF whose linework spans an absurd extent (four walls 9,000 km apart in millimetres) opens the layer dialog with
 * Import disabled: the dialog says why (no plan found, check the drawing and its unit) instead of a bare disabled
 * button beside "plan about 0.0 × 0.0 m"; the open hall is kept.
 */
import { describe, expect, it } from 'vitest';
import { sharedEditor } from './editor-app';
import { dropFile, shot } from './harness';

const app = sharedEditor();

const line = ([ax, ay, bx, by]: number[]) => `  0\nLINE\n  8\nWALL\n 10\n${ax}\n 20\n${ay}\n 11\n${bx}\n 21\n${by}\n`;
const absurd =
  '  0\nSECTION\n  2\nHEADER\n  9\n$INSUNITS\n 70\n4\n  0\nENDSEC\n  0\nSECTION\n  2\nENTITIES\n' +
  [
    [0, 0, 9e9, 0],
    [9e9, 0, 9e9, 5e9],
    [9e9, 5e9, 0, 5e9],
    [0, 5e9, 0, 0],
  ]
    .map(line)
    .join('') +
  '  0\nENDSEC\n  0\nEOF\n';

const hallText = () => app.page.evaluate(() => JSON.stringify((window as unknown as { __halltwin: { editor: { doc: unknown } } }).__halltwin.editor.doc));

describe('a DXF with no plan in it', () => {
  it('the dialog says why Import is disabled, in the UI language; Cancel keeps the hall', async () => {
    const before = await hallText();
    for (const [locale, says] of [
      ['zh', /图中找不到成片的平面图（4 个图元/],
      ['en', /No plan found in the drawing \(its 4 entities/],
    ] as const) {
      if (locale === 'en') await app.page.locator('[data-testid="locale"]').click();
      await dropFile(app.page, Buffer.from(absurd), 'far-apart.dxf');
      await app.page.locator('[data-testid="dxf-dialog"]').waitFor({ timeout: 60_000 });
      expect(await app.page.locator('[data-testid="dxf-no-plan"]').textContent()).toMatch(says);
      expect(await app.page.locator('.dxf-dialog__units').textContent()).not.toMatch(/0\.0 × 0\.0/);
      expect(await app.page.locator('[data-testid="dxf-import"]').isDisabled()).toBe(true);
      await shot(app.page, `dxf-no-plan-${locale}`);
      await app.page.locator('[data-testid="dxf-cancel"]').click();
    }
    expect(await hallText()).toBe(before);
    expect(app.errors).toEqual([]);
  });
});
