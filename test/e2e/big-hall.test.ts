/**
 * A city hall of 10,000 elements on 5 floors (test/fixtures/generated-hall.ts) in the built app: opened through
 * File → Open, a seat dragged with the mouse in one of its four wings, the live check answering for the dragged
 * hall, undo, and a floor switch. What is checked is what the user sees: the seat where the pointer left it, the
 * picture redrawn where it moved and nowhere else far away, the instanced kinds still a few draw calls, the
 * findings for the current document. No timings (see `npm run bench editor`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, ROOT, replacingHall, shot, startApp, stopApp } from './harness';
import { generateBigHall } from '../fixtures/generated-hall';

let app: App;
let page: Page;

type El = { id: string; kind: string; pointKind?: string; position?: [number, number] };
type Win = {
  __halltwin: {
    editor: {
      doc: { meta: { name: string }; floors: { id: string; elements: El[] }[] };
      floorId: string;
      state: { selection: string[] };
      frame(ids: string[], highlight?: boolean): void;
      undo(): void;
      setFloor(id: string): void;
    };
    checks: { getState(): { result?: { findings: unknown[] } } };
  };
  __halltwin_frames?: number;
  __halltwin_drawCalls?: number;
  __halltwin_planToScreen(p: [number, number]): [number, number] | undefined;
  __checkedDoc?: unknown;
};

const big = generateBigHall();
const FILE = resolve(ROOT, 'test-results/big-hall-e2e.hall.json');
const seatId = big.floors[0].elements.filter((e) => e.id.startsWith('gen-seat'))[200].id;

const seatAt = () =>
  page.evaluate((id) => {
    const ed = (window as unknown as Win).__halltwin.editor;
    return ed.doc.floors.flatMap((f) => f.elements).find((e) => e.id === id)!.position!;
  }, seatId);

/** Waits until no frame has been drawn for 400 ms. */
async function settle(): Promise<void> {
  let last = -1;
  for (let i = 0; i < 200; i++) {
    const n = await page.evaluate(() => (window as unknown as Win).__halltwin_frames ?? 0);
    if (n === last) return;
    last = n;
    await page.waitForTimeout(400);
  }
}

beforeAll(async () => {
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  writeFileSync(FILE, JSON.stringify(big));
  app = await startApp();
  page = app.page;
  await page.goto(app.url);
  await page.waitForFunction(() => !!(window as unknown as Win).__halltwin?.checks.getState().result, undefined, { timeout: 60_000 });
}, 90_000);

afterAll(async () => {
  await stopApp(app);
});

describe('a 10,000-element hall in the editor', () => {
  it('opens through File → Open and is checked', async () => {
    await replacingHall(page, () => page.locator('[data-testid="file-input"]').setInputFiles(FILE));
    await page.waitForFunction((name) => (window as unknown as Win).__halltwin.editor.doc.meta.name === name, big.meta.name, { timeout: 60_000 });
    expect(await page.locator('[data-testid="hall-name"]').textContent()).toBe(big.meta.name);
    const counts = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors.map((f) => f.elements.length));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    // The live check answers for this hall (its findings name its elements).
    await page.waitForFunction(
      () => {
        const h = (window as unknown as Win).__halltwin;
        const r = h.checks.getState().result as { findings: { elementIds: string[] }[] } | undefined;
        return !!r && r.findings.some((f) => f.elementIds.some((id) => id.endsWith('-w1')));
      },
      undefined,
      { timeout: 90_000 },
    );
    await settle();
    // Instancing: draw calls grow with kinds, not with the 2,000 elements of the floor.
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin_drawCalls ?? 0)).toBeLessThanOrEqual(150);
    await shot(page, 'big-hall-opened');
  });

  it('drags a seat with the mouse: it lands where the pointer left it, and undo puts it back', async () => {
    await page.evaluate((id) => (window as unknown as Win).__halltwin.editor.frame([id], false), seatId);
    await page.waitForTimeout(1200);
    await settle();
    const from = await seatAt();
    const screen = (p: [number, number]) => page.evaluate((q) => (window as unknown as Win).__halltwin_planToScreen(q)!, p);
    const [x0, y0] = await screen(from);
    const [x1] = await screen([from[0] + 1, from[1]]);
    const metre = x1 - x0;
    // Nothing outside the hall changes while it is dragged: a write to <html lang> (even the same value) restyles
    // every element of the page on every pointer move; the tab title stays as it is.
    await page.evaluate(() => {
      const w = window as unknown as { __pageWrites: string[] };
      w.__pageWrites = [];
      new MutationObserver((ms) => w.__pageWrites.push(...ms.map((m) => `${m.type} ${m.target.nodeName} ${m.attributeName ?? ''}`))).observe(document.documentElement, {
        attributes: true,
      });
      new MutationObserver((ms) => w.__pageWrites.push(...ms.map((m) => `${m.type} title`))).observe(document.querySelector('title')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let k = 1; k <= 6; k++) await page.mouse.move(x0 + k * 0.5 * metre, y0 - k * 0.25 * metre);
    await page.mouse.up();
    await settle();
    expect(await page.evaluate(() => (window as unknown as { __pageWrites: string[] }).__pageWrites)).toEqual([]);
    const to = await seatAt();
    // Snapped to the 0.5 m grid (or an alignment) 3 m east and 1.5 m north, give or take the snap.
    expect(to[0] - from[0]).toBeGreaterThan(2.4);
    expect(to[0] - from[0]).toBeLessThan(3.6);
    expect(to[1] - from[1]).toBeGreaterThan(0.9);
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin.editor.state.selection)).toEqual([seatId]);
    await shot(page, 'big-hall-seat-dragged');
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    await settle();
    expect(await seatAt()).toEqual(from);
  });

  it('switches floors and keeps the hall whole', async () => {
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.setFloor('F3'));
    await settle();
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin.editor.floorId)).toBe('F3');
    expect(await page.evaluate(() => (window as unknown as Win).__halltwin_drawCalls ?? 0)).toBeLessThanOrEqual(150);
    await shot(page, 'big-hall-floor-3');
    expect(app.errors).toEqual([]);
  });

  it('lists hundreds of findings in a virtualised list: few rows in the page, scrolling shows the last', async () => {
    // The same hall with every counter top at 0.95 m: one desk-height finding per counter.
    const high = structuredClone(big);
    high.meta.name = `${big.meta.name}（高台面）`;
    let counters = 0;
    for (const f of high.floors)
      for (const e of f.elements)
        if (e.kind === 'counter') {
          e.top = { ...e.top, height: 0.95 };
          counters++;
        }
    const file = resolve(ROOT, 'test-results/big-hall-high-counters.hall.json');
    writeFileSync(file, JSON.stringify(high));
    await replacingHall(page, () => page.locator('[data-testid="file-input"]').setInputFiles(file));
    await page.waitForFunction((name) => (window as unknown as Win).__halltwin.editor.doc.meta.name === name, high.meta.name, { timeout: 60_000 });
    const list = page.locator('[data-testid="findings-list"]');
    await expect.poll(async () => Number(await list.getAttribute('data-rows')), { timeout: 90_000 }).toBeGreaterThan(counters);
    const rows = Number(await list.getAttribute('data-rows'));
    // Only the rows in view (and a few beyond) are in the page.
    const inPage = await list.locator('.vrow').count();
    expect(inPage).toBeGreaterThan(3);
    expect(inPage).toBeLessThan(60);
    await list.evaluate((el) => void (el.scrollTop = el.scrollHeight));
    await expect
      .poll(() =>
        list
          .locator('.vrow')
          .last()
          .evaluate((el) => Number.parseFloat((el as HTMLElement).style.top)),
      )
      .toBe((rows - 1) * 30);
    expect(await list.locator('.vrow').count()).toBeLessThan(60);
    await expect.poll(() => list.locator('[data-testid="finding"]').last().textContent()).toBeTruthy();
    await shot(page, 'big-hall-findings-scrolled');
    expect(app.errors).toEqual([]);
  });
});
