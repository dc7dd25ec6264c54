/**
 * The DXF layer dialog speaks the UI's language only: A_000217 sets no unit, and the note saying the unit was
 * judged from the plan's size reads in Chinese in the Chinese UI (not "the drawing sets no unit … / 图纸未设单位…"
 * joined, English first), and in English after switching; the unit field says the drawing sets no unit in words
 * of the UI's language (not "图纸标为 unitless").
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot } from './harness';

const FILE = resolve(ROOT, '../shared/dxf/dxf-json_A_000217.dxf');
const app = sharedEditor();

async function dialogNotes(): Promise<string> {
  const dialog = app.page.locator('[data-testid="dxf-dialog"]');
  await dialog.waitFor({ timeout: 90_000 });
  return (await dialog.locator('.dxf-dialog__warnings').textContent()) ?? '';
}

describe.skipIf(!existsSync(FILE))('DXF dialog notes in the UI language', () => {
  it('the unit note of a drawing with no unit, in Chinese and then in English', async () => {
    await dropFile(app.page, FILE, 'A_000217.dxf');
    const zh = await dialogNotes();
    await shot(app.page, 'dxf-dialog-unit-zh');
    expect(zh).toMatch(/图纸未设单位（\$INSUNITS），按尺寸判断为 in/);
    expect(zh).not.toMatch(/[A-Za-z]{4,} (sets|measures|unit)/);
    // The unit field's reason too: "图纸未设单位", not "图纸标为 unitless".
    expect(await app.page.locator('.dxf-dialog__units').textContent()).toMatch(/按尺寸判断（图纸未设单位）/);
    await app.page.locator('[data-testid="dxf-cancel"]').click();
    await app.page.locator('[data-testid="locale"]').click();
    await dropFile(app.page, FILE, 'A_000217.dxf');
    const en = await dialogNotes();
    await shot(app.page, 'dxf-dialog-unit-en');
    expect(en).toMatch(/the drawing sets no unit \(\$INSUNITS\); it measures like in/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await app.page.locator('.dxf-dialog__units').textContent()).toMatch(/from the plan's size \(the drawing sets no unit\)/);
    await app.page.locator('[data-testid="dxf-cancel"]').click();
  });
});
