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
 * Before the import, with the sample hall open and nothing changing, there must be no long task at
 * all (the view draws on demand; a continuous render loop made every frame one).
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CORPUS, IFC_DIR } from '../ifc/corpus';
import { launchBrowser, newPage, startPreview } from './harness';
import { importThroughToolbar, startImportRecording, stopImportRecording } from './ifc-trace';

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  if (!HAVE_CORPUS) return;
  ({ server, url } = await startPreview());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
});

describe.skipIf(!HAVE_CORPUS)('IFC import keeps the page responsive', () => {
  for (const file of ['LargeBuilding.ifc', 'AC20-FZK-Haus.ifc']) {
    it(`${file}: no long task while idle, and no task over 50 ms of the page's own work during the import`, async () => {
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
        console.log(`${file}: idle long tasks ${JSON.stringify(idle)}; during the import ${JSON.stringify(during)}`);
        expect(idle).toEqual([]);
        // The observer and the trace must agree that long tasks happened at all when the trace lists some.
        expect(rec.tasks.filter((t) => t.end >= tPick).length).toBeGreaterThanOrEqual(during.length > 0 ? 1 : 0);
        for (const t of during) expect(t.ownCpuMs, `a task of ${t.ms} ms (${t.commitMs} ms of it in Commit; ${t.cpuMs} ms of main-thread CPU)`).toBeLessThanOrEqual(50);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90_000);
  }
});
