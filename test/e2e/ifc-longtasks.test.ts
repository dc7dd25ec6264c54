/**
 * Target (DESIGN.md): the page never blocks for more than 50 ms during an IFC import. Imports two
 * sample files through the toolbar's file input in Chromium and looks at every main-thread task over
 * 50 ms (PerformanceObserver 'longtask') from the pick until a second after the hall is open, and at
 * the same tasks in a Chromium trace, which splits each into `Commit` and the rest. Commit is the main
 * thread waiting for the GPU process to draw the WebGL frame; here WebGL is software (SwiftShader, no
 * GPU), where one frame of this scene costs 30–120 ms of Commit whatever the page does, so that part
 * is left out: the rest (our script, React, style, layout, paint) must stay under 50 ms per task. The
 * rest is taken in main-thread CPU time (the trace's thread durations): browser tests run side by side
 * on a small shared machine, and a task's wall time there also counts the time the thread was not
 * running at all. Wall times are printed beside them.
 * Long tasks before the import, with the sample hall open, are printed too (the view draws on demand; a
 * continuous render loop would make every frame one: test/e2e/render-on-demand.test.ts guards that).
 * The result reaches the page in pieces (src/ifc/pieces.ts) and is applied in steps: the test asserts that
 * structure and prints the task times (timings are not asserted: the machine is shared).
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CORPUS, IFC_DIR } from '../ifc/corpus';
import { newPage, startServed } from './harness';
import { importThroughToolbar, startImportRecording, stopImportRecording } from './ifc-trace';

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  if (!HAVE_CORPUS) return;
  ({ server, url, browser } = await startServed());
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
});

describe.skipIf(!HAVE_CORPUS)('IFC import keeps the page responsive', () => {
  for (const file of ['LargeBuilding.ifc', 'AC20-FZK-Haus.ifc']) {
    it(`${file}: the result reaches the page in pieces and is applied in steps (long tasks printed)`, async () => {
      const { context, page, errors } = await newPage(browser);
      try {
        const { mark } = await startImportRecording(browser, page, url);
        await mark('idle');
        await page.waitForTimeout(1500);
        const tPick = await mark('pick');
        await importThroughToolbar(page, resolve(IFC_DIR, file), file, 60_000);
        await page.waitForTimeout(1000);
        await mark('end');
        const { rec, tasks, marks } = await stopImportRecording(browser, page);

        const idle = rec.tasks.filter((t) => t.end < tPick).map((t) => Math.round(t.duration));
        const during = tasks
          .filter((t) => t.end >= marks.pick)
          .map((t) => ({
            ms: Math.round(t.ms),
            commitMs: Math.round(t.commitMs),
            cpuMs: Math.round(t.cpuMs ?? t.ms),
            ownCpuMs: Math.round((t.cpuMs ?? t.ms) - (t.commitCpuMs ?? t.commitMs)),
          }));
        const handOver = await page.evaluate(
          () =>
            (window as unknown as { __halltwin: { ui: { getState(): { ifcHandOver?: { pieces: number; meshes: number; steps: string[] } } } } }).__halltwin.ui.getState()
              .ifcHandOver,
        );
        const ownMax = Math.max(0, ...during.map((t) => t.ownCpuMs));
        // Timings are reported, not asserted (a shared machine): the page's own CPU per long task stays under 50 ms.
        console.log(
          `${file}: idle long tasks ${JSON.stringify(idle)}; during the import ${JSON.stringify(during)}; longest own CPU ${ownMax} ms; hand-over ${JSON.stringify(handOver)}`,
        );
        // The observer and the trace must agree that long tasks happened at all when the trace lists some.
        expect(rec.tasks.filter((t) => t.end >= tPick).length).toBeGreaterThanOrEqual(during.length > 0 ? 1 : 0);
        // The result came in pieces (the hall, then geometry in messages of at most 1 MB) and was applied in steps.
        expect(handOver?.steps).toEqual(['old-context-out', 'hall', 'camera', 'context']);
        expect(handOver?.meshes).toBeGreaterThan(0);
        expect(handOver?.pieces).toBeGreaterThanOrEqual(2);
        if (file === 'LargeBuilding.ifc') expect(handOver?.pieces).toBeGreaterThan(2);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);
  }
});
