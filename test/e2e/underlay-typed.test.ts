/**
 * An underlay's typed values behave as in AutoCAD's properties palette: another page of a PDF set is shown without
 * a failure banner; a rotation of -12.5° typed key by key is -12.5° (not 12.5°) and one undo step; a typed position
 * applies when the field is left, as one undo step, not one per key.
 */
import { describe, expect, it } from 'vitest';
import { sharedEditor } from './editor-app';
import { shot } from './harness';
import { floorUnderlay, openUnderlayOnNewHall } from './underlay-page';

const app = sharedEditor();

/** A three-page A3 PDF set, printed by Chromium: each page a plan frame with its floor's name. */
async function pdfSet(): Promise<Buffer> {
  const p = await app.context.newPage();
  await p.setContent(
    ['一层平面图', '二层平面图', '三层平面图'].map((n) => `<div style="height:250mm;border:3px solid #000;page-break-after:always;font:40pt sans-serif">${n}</div>`).join(''),
  );
  const pdf = await p.pdf({ width: '420mm', height: '297mm' });
  await p.close();
  return pdf;
}

/** Types `text` into a field as a user does (select what is there, type key by key), then leaves it with `leave`. */
async function typeInto(testId: string, text: string, leave: 'Enter' | 'Tab'): Promise<void> {
  await app.page.locator(`[data-testid="${testId}"]`).click();
  await app.page.keyboard.press('Control+a');
  await app.page.keyboard.type(text);
  await app.page.keyboard.press(leave);
}

const undo = () => app.page.locator('[data-testid="undo"]').click();

describe('an underlay’s typed values', () => {
  it('page 2 of a PDF set: shown, no failure banner; one undo goes back to page 1', async () => {
    await openUnderlayOnNewHall(app.page, { name: 'drawing-set.pdf', mimeType: 'application/pdf', buffer: await pdfSet() });
    expect((await floorUnderlay(app.page)).page).toBe(1);
    await typeInto('underlay-page', '2', 'Enter');
    await expect.poll(async () => (await floorUnderlay(app.page)).page, { timeout: 20_000 }).toBe(2);
    await shot(app.page, 'underlay-pdf-page-2');
    expect(await app.page.locator('[data-testid="error-banner"]').count()).toBe(0);
    await undo();
    await expect.poll(async () => (await floorUnderlay(app.page)).page).toBe(1);
  });

  it('a rotation of -12.5° typed key by key is -12.5°, and one undo step', async () => {
    const before = await floorUnderlay(app.page);
    await typeInto('underlay-rotation', '-12.5', 'Enter');
    await expect.poll(async () => (await floorUnderlay(app.page)).rotation).toBe(-12.5);
    expect(await app.page.locator('[data-testid="underlay-rotation"]').inputValue()).toBe('-12.5');
    await shot(app.page, 'underlay-typed-rotation');
    await undo();
    expect((await floorUnderlay(app.page)).rotation).toBe(before.rotation);
  });

  it('a typed x applies when the field is left, as one undo step', async () => {
    const before = await floorUnderlay(app.page);
    // Typed key by key, a value whose keys pass through other numbers (12 on the way to 12.5) on the way.
    const x = before.position[0] + 12.5;
    await typeInto('underlay-x', String(x), 'Tab');
    await expect.poll(async () => (await floorUnderlay(app.page)).position[0]).toBe(x);
    await undo();
    expect((await floorUnderlay(app.page)).position).toEqual(before.position);
    expect(app.errors).toEqual([]);
  });
});
