/**
 * One floor per file, in real Chromium: an architect whose drawing set has one plan per DXF imports the ground floor,
 * then drops an upper floor's DXF and chooses "this hall, as new floors": the sheet goes to the storey its title
 * names (三层 to 3F, 2F not invented); the 二层 sheet becomes the 2F (at 1F's height, the drawing's linework under
 * it; the stairs and lift drawn on both go on up as one link each), in one undo step. A sheet naming a storey the
 * hall has is asked about before Import.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { sharedEditor } from './editor-app';
import { dropFile, ROOT, shot, viewAtRest } from './harness';

type Floor = { id: string; name: string; storey: number; elevation: number; height: number; elements: { id: string; kind: string; floors?: string[] }[] };
type Win = { __halltwin: { editor: { doc: { meta: { name: string }; floors: Floor[] }; store: { getState(): { floorId: string } } } } };

const app = sharedEditor();
const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
const floors = () => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors);

/** The county hall with a third storey like its second, its stairs and lift going on up: sheets 一层, 二层, 三层. */
function threeStoreys(): unknown {
  const up = (e: { kind: string; floors?: string[] }) => (e.kind === 'vlink' ? { ...e, floors: [...(e.floors ?? []), 'F3'] } : e);
  return { ...county, floors: [{ ...county.floors[0], elements: county.floors[0].elements.map(up) }, county.floors[1], { ...county.floors[1], id: 'F3' }] };
}

/** Drops the county drawing (or `hall`'s) and imports only plan `frame` (0 = 一层, 1 = 二层 …), into a new hall or as floors. */
async function importPlan(name: string, frame: number, into: 'hall' | 'floors', hall: unknown = county): Promise<void> {
  await pickPlan(name, frame, into, hall);
  await app.page.locator('[data-testid="dxf-import"]').click();
  await app.page.locator('[data-testid="dxf-dialog"]').waitFor({ state: 'detached', timeout: 60_000 });
}

/** Drops the drawing and ticks only plan `frame` in the dialog, which stays open. */
async function pickPlan(name: string, frame: number, into: 'hall' | 'floors', hall: unknown = county): Promise<void> {
  await dropFile(app.page, Buffer.from(hallToDxf(hall as typeof county)), name);
  const dialog = app.page.locator('[data-testid="dxf-dialog"]');
  await dialog.waitFor({ timeout: 60_000 });
  const boxes = app.page.locator('[data-testid^="dxf-frame-"][type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) if (i !== frame) await app.page.locator(`[data-testid="dxf-frame-${i}"]`).uncheck();
  if (into === 'floors') await app.page.locator('[data-testid="dxf-into-floors"]').check();
  else if (await app.page.locator('[data-testid="dxf-into-hall"]').count()) expect(await app.page.locator('[data-testid="dxf-into-hall"]').isChecked()).toBe(true);
  if (into === 'floors') await shot(app.page, 'dxf-into-floors-dialog');
}

describe('a drawing set with one floor per DXF file', () => {
  it('1F.dxf opens as a hall; 2F.dxf goes on top of it as its 2F, with its linework, one undo step', async () => {
    await importPlan('一层平面图.dxf', 0, 'hall');
    const one = await floors();
    expect(one.map((f) => f.name)).toEqual(['1F 一层平面图']);
    const hallName = await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.meta.name);

    // A lone 三层平面图 goes to 3F, two storeys up; the missing 2F is not invented, and the dialog says so first.
    await pickPlan('三层平面图.dxf', 2, 'floors', threeStoreys());
    expect(await app.page.locator('[data-testid="dxf-floors-as"]').textContent()).toContain('3F 三层平面图');
    await app.page.locator('[data-testid="dxf-import"]').click();
    await app.page.locator('[data-testid="dxf-dialog"]').waitFor({ state: 'detached', timeout: 60_000 });
    const gap = await floors();
    expect(gap.map((f) => [f.name, f.storey, f.elevation])).toEqual([
      ['1F 一层平面图', 1, one[0].elevation],
      ['3F 三层平面图', 3, one[0].elevation + 2 * one[0].height],
    ]);
    await shot(app.page, 'dxf-into-floors-3f-gap');
    await app.page.locator('[data-testid="undo"]').click();
    await expect.poll(async () => (await floors()).map((f) => f.name)).toEqual(['1F 一层平面图']);

    await importPlan('二层平面图.dxf', 1, 'floors');
    const two = await floors();
    expect(two.map((f) => f.name)).toEqual(['1F 一层平面图', '2F 二层平面图']);
    // The ground floor is untouched; the new one is the next storey, standing on it.
    expect({ ...two[0], elements: two[0].elements.filter((e) => e.kind !== 'vlink') }).toEqual({ ...one[0], elements: one[0].elements.filter((e) => e.kind !== 'vlink') });
    expect(two[1]).toMatchObject({ storey: one[0].storey + 1, elevation: one[0].elevation + one[0].height });
    const ids = new Set(two[0].elements.map((e) => e.id));
    expect(two[1].elements.filter((e) => ids.has(e.id))).toEqual([]);
    const upper = county.floors[1].elements as { kind: string }[];
    for (const kind of ['wall', 'opening', 'zone'])
      expect(two[1].elements.filter((e) => e.kind === kind).length, kind).toBeGreaterThan(upper.filter((e) => e.kind === kind).length / 2);
    expect(await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.meta.name)).toBe(hallName);
    // The stairs and the lift drawn in the same places on both plans are one link each, serving both floors.
    const links = two[0].elements.filter((e) => e.kind === 'vlink');
    expect(links).toHaveLength(3);
    for (const l of links) expect(l.floors).toEqual([two[0].id, two[1].id]);
    expect(two[1].elements.filter((e) => e.kind === 'vlink')).toEqual([]);
    // The new floor is shown, with the drawing's linework under it.
    expect(await app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().floorId)).toBe(two[1].id);
    await app.page.locator('[data-testid="dxf-context"]').waitFor();
    await viewAtRest(app.page);
    await shot(app.page, 'dxf-into-floors-2f');
    // One undo takes the added floor away again.
    await app.page.locator('[data-testid="undo"]').click();
    await expect.poll(async () => (await floors()).map((f) => f.name)).toEqual(['1F 一层平面图']);
    expect(app.errors).toEqual([]);
  });
});

describe('the unsaved-edits question and a drawing', () => {
  const hallName = () => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.meta.name);
  const prompt = () => app.page.locator('[data-testid="unsaved-prompt"]');

  it('adding floors to an edited hall asks nothing and keeps the edit; replacing it asks at Import, and cancel keeps both', async () => {
    const input = app.page.locator('[data-testid="hall-name-input"]');
    await input.fill('改过的大厅 Edited hall');
    await input.press('Enter');
    await expect.poll(hallName).toBe('改过的大厅 Edited hall');
    const before = (await floors()).length;

    await dropFile(app.page, Buffer.from(hallToDxf(county)), '三层平面图.dxf');
    const dialog = app.page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await prompt().count()).toBe(0);
    await app.page.locator('[data-testid="dxf-frame-1"]').uncheck();
    await app.page.locator('[data-testid="dxf-into-floors"]').check();
    // Its plan is titled 一层, which the hall has: stacked on top on request.
    await app.page.locator('[data-testid="dxf-stack"]').check();
    await app.page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await prompt().count()).toBe(0);
    expect((await floors()).length).toBe(before + 1);
    expect(await hallName()).toBe('改过的大厅 Edited hall');

    // Into a new hall: the question comes at Import, over the dialog; cancelled, the dialog and the hall stay.
    await dropFile(app.page, Buffer.from(hallToDxf(county)), '新大厅.dxf');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await prompt().count()).toBe(0);
    await app.page.locator('[data-testid="dxf-into-hall"]').check();
    await app.page.locator('[data-testid="dxf-import"]').click();
    await prompt().waitFor();
    expect(await prompt().textContent()).toContain('新大厅.dxf');
    await shot(app.page, 'dxf-replace-asks-at-import');
    await app.page.locator('[data-testid="unsaved-cancel"]').click();
    await prompt().waitFor({ state: 'detached' });
    expect(await dialog.count()).toBe(1);
    expect(await hallName()).toBe('改过的大厅 Edited hall');
    expect((await floors()).length).toBe(before + 1);
    // Don't save: the drawing replaces the hall.
    await app.page.locator('[data-testid="dxf-import"]').click();
    await app.page.locator('[data-testid="unsaved-discard"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(hallName).not.toBe('改过的大厅 Edited hall');
    expect((await floors()).length).toBe(2);
    expect(app.errors).toEqual([]);
  });

  it('the 一层 sheet of a second drawing set: asked about, then stacked on top, named by the storey it becomes', async () => {
    const before = await floors();
    await pickPlan('另一套-一层平面图.dxf', 0, 'floors');
    // The hall has 1F: Import waits until the user picks another plan or stacks this one on top.
    const clash = app.page.locator('[data-testid="dxf-floor-clash"]');
    expect(await clash.textContent()).toContain('1F');
    expect(await app.page.locator('[data-testid="dxf-import"]').isDisabled()).toBe(true);
    await shot(app.page, 'dxf-floor-clash-asks');
    await app.page.locator('[data-testid="dxf-stack"]').check();
    expect(await app.page.locator('[data-testid="dxf-floors-as"]').textContent()).toContain(`${before.length + 1}F`);
    await app.page.locator('[data-testid="dxf-import"]').click();
    await app.page.locator('[data-testid="dxf-dialog"]').waitFor({ state: 'detached', timeout: 60_000 });
    const after = await floors();
    expect(after.length).toBe(before.length + 1);
    const added = after[after.length - 1];
    expect(new Set(after.map((f) => f.name)).size).toBe(after.length);
    expect(added.name.startsWith(`${added.storey}F `)).toBe(true);
    expect(added.name).toContain('一层平面图');
    await shot(app.page, 'dxf-same-sheet-added-floor-names');
    expect(app.errors).toEqual([]);
  });
});
