/**
 * Live checking in Chromium: a seat placed with the mouse inside a counter's 1-metre strip raises
 * counter.one-metre-line in the findings panel; clicking the finding selects and highlights the counter;
 * the finding quotes the standard and shows the interpretation apart; undo makes the finding go away.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, ROOT, shot, startApp, stopApp } from './harness';
import { calibrate, clickPlan, tapPointer } from './plan-mouse';

let app: App;
let page: Page;

interface Target {
  counterId: string;
  floorId: string;
  /** Middle of the strip between the counter front and its 1-metre line. */
  stripMid: [number, number];
}

type W = {
  __halltwin: {
    editor: {
      doc: { floors: { id: string; elements: Record<string, unknown>[] }[] };
      store: { getState(): { floorId: string; selection: string[]; highlight: string[]; viewMode: string } };
      setFloor(id: string): void;
      frame(ids: string[]): void;
    };
  };
};

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await stopApp(app);
});

const oneMetreFindings = (counterId: string) => page.locator(`[data-testid="finding"][data-rule="counter.one-metre-line"][data-elements~="${counterId}"]`);

describe('live findings in Chromium', () => {
  it('a seat in front of a counter breaks its 1-metre line; the finding selects the counter; undo clears it', async () => {
    await openEditor(page, app.url, { checked: true });

    // A counter on the current floor, facing south or north, that has no 1-metre-line finding yet.
    const target = await page.evaluate((): Target | null => {
      const ed = (window as unknown as W).__halltwin.editor;
      const floorId = ed.store.getState().floorId;
      const floor = ed.doc.floors.find((f) => f.id === floorId)!;
      const flagged = new Set(
        Array.from(document.querySelectorAll('[data-testid="finding"][data-rule="counter.one-metre-line"]')).flatMap((el) => (el.getAttribute('data-elements') ?? '').split(' ')),
      );
      for (const e of floor.elements) {
        if (e.kind !== 'counter' || flagged.has(e.id as string)) continue;
        const c = e as { id: string; position: [number, number]; rotation: number; top: { depth: number }; type: string; oneMetreLine: { enabled: boolean } };
        if (c.type === 'consultation-desk' || !c.oneMetreLine.enabled) continue;
        const r = (c.rotation * Math.PI) / 180;
        const off = c.top.depth / 2 + 0.5;
        // citizens stand on local +y: rotate (0, off) by the counter's rotation
        return { counterId: c.id, floorId, stripMid: [c.position[0] - Math.sin(r) * off, c.position[1] + Math.cos(r) * off] };
      }
      return null;
    });
    expect(target, 'the sample hall has a counter with a clear 1-metre line').not.toBeNull();
    const { counterId, stripMid } = target!;
    expect(await oneMetreFindings(counterId).count()).toBe(0);

    // Zoom to the counter so the seat lands precisely, then place a seat with the mouse.
    await page.evaluate((id) => (window as unknown as W).__halltwin.editor.frame([id]), counterId);
    await tapPointer(page);
    await page.locator('[data-testid="cat-point:seat"]').click();
    const map = await calibrate(page);
    const seatsBefore = await page.evaluate(() => (window as unknown as W).__halltwin.editor.doc.floors.flatMap((f) => f.elements).filter((e) => e.pointKind === 'seat').length);
    await clickPlan(page, map, stripMid);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as W).__halltwin.editor.doc.floors.flatMap((f) => f.elements).filter((e) => e.pointKind === 'seat').length))
      .toBe(seatsBefore + 1);

    // The finding appears in the panel, live.
    await oneMetreFindings(counterId).first().waitFor();
    await shot(page, 'findings-seat-in-strip');

    // Clicking it selects and highlights the counter.
    await oneMetreFindings(counterId).first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__halltwin.editor.store.getState().selection)).toContain(counterId);
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__halltwin.editor.store.getState().highlight)).toContain(counterId);
    await expect.poll(() => oneMetreFindings(counterId).first().getAttribute('class')).toContain('active');
    // The detail quotes the standard's own words and shows the rule's reading of them apart.
    await expect.poll(() => page.locator('[data-testid="finding-detail"] .clause-text').textContent()).toContain('窗口前应设置一米线');
    await expect.poll(() => page.locator('[data-testid="finding-detail"] .interpretation').textContent()).toContain('解释 / Interpretation');
    await shot(page, 'findings-clicked');

    // Undo removes the seat and the finding.
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(() => oneMetreFindings(counterId).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('the findings panel is resized from its top edge (mouse or keys), and keeps its height at the next start', async () => {
    const failing = readFileSync(resolve(ROOT, 'models/failing-hall.hall.json'), 'utf8');
    await page.evaluate(
      (text) => (window as unknown as { __halltwin: { editor: { loadFile(t: string, n: string): unknown } } }).__halltwin.editor.loadFile(text, 'failing.hall.json'),
      failing,
    );
    await page.locator('[data-testid="finding"]').first().click();
    const detail = page.locator('[data-testid="finding-detail"]');
    await detail.waitFor();
    const panel = page.locator('[data-testid="findings-panel"]');
    const view = page.locator('[data-testid="viewport"]');
    const before = (await panel.boundingBox())!;
    const viewBefore = (await view.boundingBox())!;
    const grip = (await page.locator('[data-testid="findings-resize"]').boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 260, { steps: 6 });
    await page.mouse.up();
    const after = (await panel.boundingBox())!;
    expect(after.height).toBeGreaterThan(before.height + 250);
    expect(after.height).toBeLessThan(before.height + 270);
    // The view gives up the height; the detail shows its work controls without scrolling.
    expect((await view.boundingBox())!.height).toBeLessThan(viewBefore.height - 250);
    const box = (await detail.boundingBox())!;
    expect(box.height).toBeGreaterThan(440);
    const fixed = (await page.locator('[data-testid="mark-fixed"]').boundingBox())!;
    expect(fixed.y + fixed.height).toBeLessThanOrEqual(box.y + box.height);
    await shot(page, 'findings-resized');
    // Keys move the edge too; the view always keeps room.
    await page.locator('[data-testid="findings-resize"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => Math.round((await panel.boundingBox())!.height)).toBe(Math.round(after.height) - 40);
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowUp');
    expect((await view.boundingBox())!.height).toBeGreaterThanOrEqual(159);
    await page.locator('[data-testid="findings-resize"]').focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const kept = Math.round((await panel.boundingBox())!.height);
    expect(kept).toBe(190);
    await page.reload();
    await page.locator('[data-testid="findings-panel"]').waitFor();
    await expect.poll(async () => Math.round((await panel.boundingBox())!.height)).toBe(kept);
    expect(app.errors).toEqual([]);
  });
});
