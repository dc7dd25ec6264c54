/**
 * The main-thread tasks of opening the 10,000-element hall through File → Open (`npm run build` first):
 * `node --import tsx test/bench/editor-open-tasks.ts [outDir]`, outDir a build of the app (default dist; another
 * build's directory compares two builds back to back). Prints the longest tasks after the file input changed by
 * their CPU time (what the page ran, steady however busy the machine is) with the time each waited for the GPU
 * process to read the canvas back (software GL: the main thread waits for the frame to be drawn), and the longest
 * CPU + GPU wait of one task and the number of WebGL frames read back (drawn) meanwhile. The editor bench's wall-clock figures are the measure; this is for comparing builds
 * on a loaded machine.
 */
import { resolve } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { ROOT, launchBrowser } from '../e2e/harness';
import { generateBigHall } from '../fixtures/generated-hall';
import type { TraceEvent } from '../e2e/ifc-trace';
import { openApp, settle, type W } from './editor';

const outDir = process.argv[2] ?? 'dist';
const server = await preview({ root: ROOT, build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const addr = server.httpServer.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
const browser = await launchBrowser();
const file = resolve(ROOT, 'test-results/big-hall.hall.json');
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
writeFileSync(file, JSON.stringify(generateBigHall()));
try {
  const { page } = await openApp(browser, url);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata', 'gpu'] });
  await page.evaluate(`console.timeStamp('open0')`);
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.waitForFunction(() => (window as unknown as W).__editorBench.docAt.length > 1, undefined, { timeout: 120_000 });
  await settle(page, 1500);
  const t = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = t.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')!;
  const t0 = t.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'open0')!.ts;
  const tasks = t.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === main.pid && e.tid === main.tid && e.ts > t0);
  const waits = t.filter((e) => e.ph === 'X' && e.name === 'GLES2::ReadPixels' && e.pid === main.pid && e.tid === main.tid);
  const rows = tasks.map((k) => {
    const wait = waits.filter((w) => w.ts >= k.ts && w.ts <= k.ts + (k.dur ?? 0)).reduce((s, w) => s + (w.dur ?? 0), 0);
    return { at: Math.round((k.ts - t0) / 1000), wall: Math.round((k.dur ?? 0) / 1000), cpu: Math.round((k.tdur ?? 0) / 1000), gpuWait: Math.round(wait / 1000) };
  });
  const byCpu = [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, 6);
  console.log(
    JSON.stringify({
      outDir,
      maxCpu: byCpu[0].cpu,
      canvasReadBacks: waits.filter((w) => w.ts > t0).length,
      over50cpu: rows.filter((r) => r.cpu > 50).length,
      top: byCpu.map((r) => `${r.cpu}cpu/${r.gpuWait}gpu/${r.wall}wall@${r.at}`).join(' '),
      cpuPlusGpu: Math.max(...rows.map((r) => r.cpu + r.gpuWait)),
    }),
  );
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
