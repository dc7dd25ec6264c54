/**
 * What a live-check result renders when it arrives: in a hall with findings (models/failing-hall), a seat nudged
 * with Shift+Arrow changes none of them, and the result that follows must not render the findings list's rows
 * again (each row is a component; they re-rendered on every result, a large hall's panel on every check). The
 * heading renders (it shows the check's time): the control that the hook sees the result's commit. Components are
 * counted by the first DOM node they render (./render-hook.ts).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, ROOT, replacingHall, startApp, stopApp } from './harness';
import { RENDER_HOOK } from './render-hook';

let app: App;
let page: Page;

type Win = {
  __halltwin: {
    editor: {
      doc: { meta: { name: string }; floors: { id: string; elements: { id: string; kind: string; pointKind?: string; priority?: boolean }[] }[] };
      floorId: string;
      select(ids: string[]): void;
      keyDown(e: { key: string; shift?: boolean }): boolean;
    };
    checks: { getState(): { result?: { findings: unknown[] }; resultDoc?: unknown }; setState(...a: unknown[]): void };
  };
  __renderedHosts: Record<string, number>;
  __onResult: Record<string, number>[];
};

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.addInitScript(RENDER_HOOK);
  await page.goto(app.url);
  await page.waitForFunction(() => !!(window as unknown as Win).__halltwin?.checks.getState().result, undefined, { timeout: 60_000 });
  await replacingHall(page, () => page.locator('[data-testid="file-input"]').setInputFiles(resolve(ROOT, 'models/failing-hall.hall.json')));
  await page.waitForFunction(
    () => {
      const h = (window as unknown as Win).__halltwin;
      return h.editor.doc.meta.name.length > 0 && h.checks.getState().resultDoc === h.editor.doc && (h.checks.getState().result?.findings.length ?? 0) > 0;
    },
    undefined,
    { timeout: 60_000 },
  );
}, 90_000);

afterAll(async () => {
  await stopApp(app);
});

describe('a live-check result renders only what changed', () => {
  it('renders no finding row again when a nudge changes no finding', async () => {
    const counts = await page.evaluate(async () => {
      const w = window as unknown as Win;
      const h = w.__halltwin;
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const findings = h.checks.getState().result!.findings.length;
      // What renders from each result's arrival until two frames later.
      w.__onResult = [];
      const set = h.checks.setState;
      h.checks.setState = (...a: unknown[]) => {
        const before = { ...w.__renderedHosts };
        set(...a);
        void frames().then(() => {
          const d: Record<string, number> = {};
          for (const [k, v] of Object.entries(w.__renderedHosts)) if (v !== (before[k] ?? 0)) d[k] = v - (before[k] ?? 0);
          w.__onResult.push(d);
        });
      };
      const floor = h.editor.doc.floors.find((f) => f.id === h.editor.floorId)!;
      const seat = floor.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat' && !e.priority)!;
      h.editor.select([seat.id]);
      await frames();
      for (let i = 0; i < 3; i++) {
        const doc = h.editor.doc;
        h.editor.keyDown({ key: i % 2 ? 'ArrowLeft' : 'ArrowRight', shift: true });
        if (h.editor.doc === doc) throw new Error('the nudge did not move the seat');
        while (h.checks.getState().resultDoc !== h.editor.doc) await new Promise((r) => setTimeout(r, 20));
        await frames();
        await frames();
        // The nudge changed no finding: the list still holds as many.
        if (h.checks.getState().result!.findings.length !== findings) throw new Error('the nudge changed the findings');
      }
      return w.__onResult;
    });
    expect(counts).toHaveLength(3);
    for (const c of counts) {
      expect(c['findings-head'], JSON.stringify(c)).toBeGreaterThan(0);
      expect(c.finding ?? 0, JSON.stringify(c)).toBe(0);
    }
    expect(app.errors).toEqual([]);
  });
});
