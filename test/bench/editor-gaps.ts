/**
 * What each long frame gap of a paced seat drag holds (`npm run build` first): `node --import tsx
 * test/bench/editor-gaps.ts [county|big]` (MOVES=90). The editor bench's paced drag (a move every 16 ms, not
 * waiting for frames) traced in Chromium; for every gap between two animation frames over GAP_MS (33) it prints
 * the main-thread tasks inside it with their thread (CPU) time and what they ran (trace event names), the check
 * results that arrived, the still frames drawn, and the GPU process's CPU time over the same span. Then the
 * counts over the whole drag: still frames drawn, check results, main-thread tasks over 16/33/50 ms of CPU.
 * For finding what to fix on a loaded machine, where wall times are mostly waiting for a core: a task's CPU time is
 * what it costs on an idle one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TraceEvent } from '../e2e/ifc-trace';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, chromiumPath, startPreview } from '../e2e/harness';
import { generateBigHall } from '../fixtures/generated-hall';
import { openApp, pickSeat, processCpu, settle, type W } from './editor';
import { seatOnScreen, stepToFrame } from './seat-on-screen';

const hall = process.argv[2] === 'county' ? 'county' : 'big';
const MOVES = Number(process.env.MOVES ?? 90);
const GAP_MS = Number(process.env.GAP_MS ?? 33);

/** Per animation frame: its time and the still frames drawn so far. */
const FRAMES = `(() => {
  const f = [];
  window.__gapFrames = f;
  const tick = (t) => { f.push([t, window.__halltwin_stillFrame?.drawn ?? 0]); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

interface Ev extends TraceEvent {
  args?: { data?: { message?: string }; name?: string };
}

const { server, url } = await startPreview();
// JS_FLAGS: V8 flags for the page (e.g. --trace-deopt; with DEBUG=pw:browser the browser's output is shown).
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_ARGS, ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])],
});
try {
  const { page } = await openApp(browser, url, FRAMES);
  if (hall === 'big') {
    const file = resolve(ROOT, 'test-results/big-hall.hall.json');
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    writeFileSync(file, JSON.stringify(generateBigHall()));
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForFunction(() => (window as unknown as W).__editorBench.docAt.length > 1, undefined, { timeout: 120_000 });
    await settle(page, 1500);
  }
  const seat = await pickSeat(page, hall === 'big');
  const { x0, y0, metre } = await seatOnScreen(page, seat);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await stepToFrame(page, x0 + 0.25 * metre, y0);
  const cpu0 = await processCpu(browser);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata', ...(process.env.CATEGORIES?.split(',') ?? [])],
  });
  const from = await page.evaluate(() => {
    const t = performance.now();
    console.timeStamp(`gaps:${t}`);
    return t;
  });
  if (process.env.JS_FLAGS) process.stderr.write(`${new Date().toISOString()} paced drag starts\n`);
  const offset = (k: number) => 0.5 * (1 + (k % 10)) * (Math.floor(k / 10) % 2 ? -1 : 1);
  for (let k = 0; k < MOVES; k++) {
    const t0 = performance.now();
    await page.mouse.move(x0 + offset(k) * metre + 0.2 * metre, y0 - 0.5 * metre * (k % 2));
    const left = 16 - (performance.now() - t0);
    if (left > 0) await page.waitForTimeout(left);
  }
  const to = await page.evaluate(() => performance.now());
  const cpu1 = await processCpu(browser);
  if (process.env.JS_FLAGS) process.stderr.write(`${new Date().toISOString()} paced drag ends\n`);
  await page.mouse.up();
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] }).traceEvents;
  const rec = await page.evaluate(() => ({
    frames: (window as unknown as { __gapFrames: [number, number][] }).__gapFrames,
    checks: (window as unknown as W).__editorBench.checkAt,
  }));
  // Trace time (µs) of the page's performance.now() origin, from the mark.
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('gaps:'))!;
  const origin = mark.ts - Number(mark.args!.data!.message!.slice(5)) * 1000;
  const main = mark;
  const gpuMain = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrGpuMain');
  const at = (ms: number) => origin + ms * 1000;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === main.pid && e.tid === main.tid);
  const gpuTasks = gpuMain ? events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === gpuMain.pid && e.tid === gpuMain.tid) : [];
  const inner = (task: Ev) => {
    const acc = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts > task.ts + (task.dur ?? 0)) continue;
      if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') continue;
      acc.set(e.name, (acc.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    return [...acc]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
  };
  const cpuIn = (xs: Ev[], a: number, b: number) => xs.filter((e) => e.ts + (e.dur ?? 0) > a && e.ts < b).reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  const frames = rec.frames.filter(([t]) => t >= from && t <= to);
  const out: string[] = [];
  let gapsOver = 0;
  let maxGap = 0;
  for (let i = 1; i < frames.length; i++) {
    const [t0, s0] = frames[i - 1];
    const [t1, s1] = frames[i];
    maxGap = Math.max(maxGap, t1 - t0);
    if (t1 - t0 <= GAP_MS) continue;
    gapsOver++;
    const a = at(t0);
    const b = at(t1);
    const inGap = tasks.filter((e) => e.ts + (e.dur ?? 0) > a && e.ts < b && (e.tdur ?? 0) > 1000);
    const checks = rec.checks.filter((c) => c.t > t0 && c.t <= t1).length;
    out.push(
      `gap ${(t1 - t0).toFixed(0)} ms at ${(t0 - from).toFixed(0)}: still frames ${s1 - s0}, checks ${checks}, main cpu ${cpuIn(tasks, a, b).toFixed(1)} ms, gpu cpu ${cpuIn(gpuTasks, a, b).toFixed(1)} ms`,
      ...inGap.map((e) => `  task ${((e.dur ?? 0) / 1000).toFixed(0)} ms wall ${((e.tdur ?? 0) / 1000).toFixed(1)} cpu: ${inner(e)}`),
    );
  }
  if (process.env.THREADS) {
    const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
    const procs = new Map(events.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args?.name ?? '']));
    const acc = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !/^(ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/.test(e.name) || e.ts < at(from) || e.ts > at(to)) continue;
      const k = `${procs.get(e.pid)} ${e.pid} ${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
      acc.set(k, (acc.get(k) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    for (const [k, v] of [...acc].sort((a, b) => b[1] - a[1])) process.stdout.write(`thread ${k}: ${v.toFixed(0)} ms cpu\n`);
    const pool = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || e.pid !== main.pid || names.get(`${e.pid}:${e.tid}`) !== 'ThreadPoolForegroundWorker' || e.ts < at(from) || e.ts > at(to)) continue;
      const src = (e.args as { src_func?: string; src_file?: string } | undefined) ?? {};
      const k = e.name === 'ThreadPool_RunTask' ? `${e.name} ${JSON.stringify(e.args).slice(0, 140)}` : e.name;
      void src;
      pool.set(k, (pool.get(k) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    for (const [k, v] of [...pool].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  pool ${k}: ${v.toFixed(0)} ms cpu\n`);
  }
  const span = tasks.filter((e) => e.ts >= at(from) && e.ts <= at(to));
  // The worker's replies: tasks that handle a message posted to the page.
  const replies = span.filter((t) => events.some((e) => e.name === 'HandlePostMessage' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)));
  process.stdout.write(`# worker replies handled: ${replies.length}, cpu ${replies.map((e) => ((e.tdur ?? 0) / 1000).toFixed(1)).join(' ')}\n`);
  const workerThread = events.find((e) => e.name === 'thread_name' && e.pid === main.pid && e.args?.name === 'DedicatedWorker thread');
  const checks = workerThread
    ? events.filter(
        (e) =>
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.pid === workerThread.pid &&
          e.tid === workerThread.tid &&
          e.ts >= at(from) &&
          e.ts <= at(to) &&
          (e.tdur ?? 0) > 1000,
      )
    : [];
  const wcpu = checks.map((e) => (e.tdur ?? 0) / 1000).sort((a, b) => a - b);
  process.stdout.write(
    `# worker tasks over 1 ms: ${wcpu.length}, cpu median ${wcpu[Math.floor(wcpu.length / 2)]?.toFixed(1)} max ${wcpu[wcpu.length - 1]?.toFixed(1)} total ${wcpu.reduce((s, x) => s + x, 0).toFixed(0)} ms\n`,
  );
  if (process.env.REPLIES)
    for (const t of replies.filter((e) => (e.tdur ?? 0) > 2000).slice(0, 4)) {
      const hp = events.filter((e) => e.name === 'HandlePostMessage' && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
      process.stdout.write(
        `reply task ${((t.tdur ?? 0) / 1000).toFixed(1)} cpu, HandlePostMessage ${hp.map((e) => `${e.ph} ${((e.tdur ?? 0) / 1000).toFixed(1)} at +${((e.ts - t.ts) / 1000).toFixed(1)}`).join(', ')}: ${inner(t)}\n`,
      );
    }
  for (const e of [...span].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, Number(process.env.TOP ?? 8)))
    process.stdout.write(`top task ${((e.tdur ?? 0) / 1000).toFixed(1)} ms cpu at ${((e.ts - at(from)) / 1000).toFixed(0)}: ${inner(e)}\n`);
  const cpu = span.map((e) => (e.tdur ?? 0) / 1000);
  process.stdout.write(
    `${out.join('\n')}\n# ${hall}: ${frames.length} frames over ${(to - from).toFixed(0)} ms, max gap ${maxGap.toFixed(0)} ms, ${gapsOver} gaps over ${GAP_MS} ms; still frames ${frames.length ? frames[frames.length - 1][1] - frames[0][1] : 0}; checks ${rec.checks.filter((c) => c.t >= from && c.t <= to).length}; main-thread tasks cpu >16: ${cpu.filter((x) => x > 16).length}, >33: ${cpu.filter((x) => x > 33).length}, >50: ${cpu.filter((x) => x > 50).length}, max ${Math.max(0, ...cpu).toFixed(1)} ms, total ${cpu.reduce((s, x) => s + x, 0).toFixed(0)} ms; process cpu per frame: gpu ${((cpu1.gpu - cpu0.gpu) / frames.length).toFixed(1)} ms, renderer ${((cpu1.renderer - cpu0.renderer) / frames.length).toFixed(1)} ms\n`,
  );
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
