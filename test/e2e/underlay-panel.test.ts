/**
 * The underlay panel sits over the plan's top-left corner: folded to one row it covers none of a framed plan;
 * while a two-point scale runs it shows only that command; the fold is remembered in the next session;
 * opened again, every control is back.
 */
import { describe, expect, it } from 'vitest';
import { drawPng } from '../fixtures/png';
import { sharedEditor } from './editor-app';
import { openEditor, planPoint, shot } from './harness';
import { type Box, floorUnderlay, openUnderlayOnNewHall, underlayBox } from './underlay-page';

type Vec2 = [number, number];

const app = sharedEditor();

// A 600 × 400 px evacuation plan: a frame round the edge and a wall across the middle.
const png = drawPng(600, 400, (x, y) => x < 3 || y < 3 || x > 596 || y > 396 || (x === 300 && y > 100));

const underlay = () => floorUnderlay(app.page);

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function panelBox(): Promise<Box> {
  const b = await app.page.locator('[data-testid="underlay-panel"]').boundingBox();
  if (!b) throw new Error('no underlay panel');
  return b;
}

describe('the underlay panel keeps the plan in view', () => {
  it('opened on a new hall the plan is framed; folded, the panel is one row clear of it', async () => {
    await openUnderlayOnNewHall(app.page, { name: 'evacuation-plan.png', mimeType: 'image/png', buffer: png });
    const fold = app.page.locator('[data-testid="underlay-fold"]');
    // A retry finds the fold remembered from the first try: start open.
    if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
    await app.page.locator('[data-testid="underlay-remove"]').waitFor();
    const open = await panelBox();
    await shot(app.page, 'underlay-panel-open');
    await app.page.locator('[data-testid="underlay-fold"]').click();
    await app.page.locator('[data-testid="underlay-remove"]').waitFor({ state: 'detached' });
    const folded = await panelBox();
    const plan = await underlayBox(app.page);
    await shot(app.page, 'underlay-panel-folded');
    expect(folded.height).toBeLessThan(open.height);
    expect(folded.height).toBeLessThanOrEqual(32);
    expect(overlap(folded, plan), `panel ${JSON.stringify(folded)} over plan ${JSON.stringify(plan)}`).toBe(false);
    // Folded, it still shows the underlay and offers the scale.
    await app.page.locator('[data-testid="underlay-visible"]').waitFor();
    await app.page.locator('[data-testid="underlay-calibrate"]').waitFor();
    expect(await app.page.locator('[data-testid="underlay-fold"]').getAttribute('aria-expanded')).toBe('false');
  });

  it('a two-point scale runs from the folded panel, which shows only the command while it runs', async () => {
    const before = await underlay();
    await app.page.locator('[data-testid="underlay-calibrate"]').click();
    await app.page.locator('[data-testid="underlay-hint"]').waitFor();
    expect(await app.page.locator('[data-testid="underlay-visible"]').count()).toBe(0);
    // The image's two top corners: the width of the sheet, 600 px.
    const m = before.metresPerPixel;
    const a: Vec2 = [before.position[0], before.position[1]];
    const b: Vec2 = [before.position[0] + 600 * m, before.position[1]];
    for (const p of [a, b]) {
      const [x, y] = await planPoint(app.page, p);
      await app.page.mouse.click(x, y);
    }
    await app.page.locator('[data-testid="underlay-distance"]').waitFor();
    expect(overlap(await panelBox(), await underlayBox(app.page))).toBe(false);
    await shot(app.page, 'underlay-panel-scaling');
    await app.page.keyboard.type('45');
    await app.page.keyboard.press('Enter');
    await app.page.locator('[data-testid="underlay-calibrate"]').waitFor();
    const after = await underlay();
    // The sheet's width is now 45 m (it was not before); clicks land on the nearest snap or screen pixel: within 2 %.
    expect(before.metresPerPixel * 600).not.toBeCloseTo(45, 0);
    expect(after.metresPerPixel * 600).toBeGreaterThan(45 * 0.98);
    expect(after.metresPerPixel * 600).toBeLessThan(45 * 1.02);
    expect(await app.page.locator('[data-testid="underlay-fold"]').getAttribute('aria-expanded')).toBe('false');
  });

  it('the fold is remembered in the next session; opened again, every control is back', async () => {
    const next = await app.context.newPage();
    try {
      await openEditor(next, app.url);
      await next.locator('[data-testid="file-input"]').setInputFiles({ name: 'evacuation-plan.png', mimeType: 'image/png', buffer: png });
      await next.locator('[data-testid="underlay-fold"]').waitFor({ timeout: 30_000 });
      expect(await next.locator('[data-testid="underlay-fold"]').getAttribute('aria-expanded')).toBe('false');
      expect(await next.locator('[data-testid="underlay-remove"]').count()).toBe(0);
      await next.locator('[data-testid="underlay-fold"]').click();
      for (const id of ['underlay-visible', 'underlay-handles', 'underlay-link', 'underlay-calibrate', 'underlay-remove']) await next.locator(`[data-testid="${id}"]`).waitFor();
      expect(await next.locator('[data-testid="underlay-fold"]').getAttribute('aria-expanded')).toBe('true');
      await shot(next, 'underlay-panel-reopened');
    } finally {
      await next.close();
    }
    expect(app.errors).toEqual([]);
  });
});
