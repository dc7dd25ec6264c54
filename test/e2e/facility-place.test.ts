/**
 * A facility the standard asks for, placed from the palette: on the county sample without its suggestion box the
 * findings list shows facility.suggestion-box (hunan §6.5 意见评议箱); a box placed with the mouse in the lobby is
 * drawn on the plan and the finding goes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp } from './harness';
import { calibrate, clickPlan, tapPointer } from './plan-mouse';

type El = { id: string; kind: string; pointKind?: string; position?: [number, number] };
type W = {
  __halltwin: {
    editor: {
      doc: { floors: { id: string; elements: El[] }[] };
      select(ids: string[]): void;
      deleteSelection(): boolean;
      frame(ids: string[]): void;
    };
  };
};

let app: App;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});
afterAll(async () => {
  await stopApp(app);
});

const boxes = () =>
  page.evaluate(() => (window as unknown as W).__halltwin.editor.doc.floors.flatMap((f) => f.elements).filter((e) => e.kind === 'point' && e.pointKind === 'suggestion-box'));
const findings = () => page.locator('[data-testid="finding"][data-rule="facility.suggestion-box"]');

describe('a facility placed from the palette', () => {
  it('a suggestion box placed in the lobby is drawn and its finding goes', async () => {
    await openEditor(page, app.url, { checked: true });
    expect(await findings().count()).toBe(0);
    // The sample without its box: the requirement is reported.
    await page.evaluate(() => {
      const ed = (window as unknown as W).__halltwin.editor;
      ed.select(['f1-suggestion-box-01']);
      ed.deleteSelection();
    });
    await expect.poll(async () => (await boxes()).length).toBe(0);
    await findings().first().waitFor();
    await shot(page, 'facility-suggestion-box-missing');

    // Placed with the mouse from the palette, in the lobby (咨询导办区（门厅）, a public zone).
    await page.evaluate(() => (window as unknown as W).__halltwin.editor.frame(['f1-zone-05']));
    await tapPointer(page);
    await page.locator('.cat-filter').fill('意见箱');
    await page.locator('[data-testid="cat-point:suggestion-box"]').click();
    const map = await calibrate(page);
    await clickPlan(page, map, [40, 6]);
    await expect.poll(async () => (await boxes()).length).toBe(1);
    const [placed] = await boxes();
    expect(Math.hypot(placed.position![0] - 40, placed.position![1] - 6)).toBeLessThan(0.5);
    await expect.poll(() => findings().count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('.cat-filter').fill('');
    await shot(page, 'facility-suggestion-box-placed');
    expect(app.errors).toEqual([]);
  });
});
