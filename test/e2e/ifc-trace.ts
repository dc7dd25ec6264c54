/**
 * Recording the main thread while the app imports an IFC file: shared by the long-task browser test
 * (test/e2e/ifc-longtasks.test.ts) and the bench (test/bench/ifc-app.ts). A PerformanceObserver in the
 * page lists long tasks and frame gaps; a Chromium trace of the same time splits each long task into
 * `Commit` (the main thread waiting for the GPU process to draw the WebGL frame) and the rest.
 */
import type { Browser, Page } from 'playwright-core';

/** Installed in the page before recording: long tasks and frame gaps, in the page's performance.now() time. */
export const RECORDER = `(() => {
  const b = { tasks: [], gaps: [], stop: false };
  window.__bench = b;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!b.stop) b.tasks.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (t) => {
    if (b.stop) return;
    b.gaps.push({ at: t, gap: t - last });
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

export interface Recorded {
  tasks: { start: number; end: number; duration: number }[];
  gaps: { at: number; gap: number }[];
}
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, when the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string } };
}
export interface TracedTask {
  /** End, in trace microseconds. */
  end: number;
  ms: number;
  commitMs: number;
  /**
   * The same in main-thread CPU time (trace `tdur`): what the page itself ran, without the time the
   * thread waited (for the GPU process in Commit) or was not scheduled (another process on a busy CPU).
   * Undefined when the trace has no thread times.
   */
  cpuMs?: number;
  commitCpuMs?: number;
}

/**
 * Main-thread tasks over 50 ms in a trace, with their time in Commit; and the trace times of our
 * console.timeStamp marks (they also tell which thread is the page's main thread).
 */
export function tracedTasks(events: TraceEvent[]): { tasks: TracedTask[]; marks: Record<string, number> } {
  const marks: Record<string, number> = {};
  let thread = '';
  for (const e of events) {
    const m = e.name === 'TimeStamp' ? e.args?.data?.message : undefined;
    if (m?.startsWith('ifc-bench:')) {
      marks[m.slice(10)] = e.ts;
      thread = `${e.pid}:${e.tid}`;
    }
  }
  const mine = events.filter((e) => e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === thread);
  const commits = mine.filter((e) => e.name === 'Commit');
  const tasks = mine
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! > 50_000)
    .map((t) => {
      const end = t.ts + t.dur!;
      const inside = commits.filter((c) => c.ts >= t.ts && c.ts + c.dur! <= end);
      const commit = inside.reduce((sum, c) => sum + c.dur!, 0);
      const commitCpu = inside.reduce((sum, c) => sum + (c.tdur ?? 0), 0);
      return { end, ms: t.dur! / 1000, commitMs: commit / 1000, ...(t.tdur !== undefined ? { cpuMs: t.tdur / 1000, commitCpuMs: commitCpu / 1000 } : {}) };
    });
  return { tasks, marks };
}

/** How long the app gets after its first load (fonts, first check) before recording starts. */
const SETTLE_MS = 1500;

/**
 * Opens the app at `url` (the sample hall), waits for its viewport and lets the first load settle, then
 * starts the recorder and a trace. `mark(name)` stamps a moment on both clocks: it returns the page's
 * performance.now() and shows up in the trace's `marks`.
 */
export async function startImportRecording(browser: Browser, page: Page, url: string): Promise<{ mark: (name: string) => Promise<number> }> {
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
  await page.locator('[data-testid="viewport"] canvas').first().waitFor();
  await page.waitForTimeout(SETTLE_MS);
  // A string, not a function: tsx would add its __name helper, which the page does not have.
  await page.evaluate(RECORDER);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  return { mark: (name: string) => page.evaluate(`console.timeStamp('ifc-bench:${name}'), performance.now()`) as Promise<number> };
}

/** Picks `path` in the toolbar's IFC input and waits until the hall from `fileName` is open and the progress bar gone. */
export async function importThroughToolbar(page: Page, path: string, fileName: string, timeout: number): Promise<void> {
  await page.locator('[data-testid="ifc-input"]').setInputFiles(path);
  await page.waitForFunction(
    (name) => {
      const d = (window as unknown as { __halltwin: { editor: { doc: { meta: { source?: { fileName?: string } } } } } }).__halltwin.editor.doc;
      return d.meta.source?.fileName === name && !document.querySelector('[data-testid="busy"]');
    },
    fileName,
    { timeout, polling: 50 },
  );
}

/** Stops both recordings: the observer's long tasks and frame gaps, and the trace's long tasks and marks. */
export async function stopImportRecording(browser: Browser, page: Page): Promise<{ rec: Recorded; tasks: TracedTask[]; marks: Record<string, number> }> {
  const rec = (await page.evaluate('(() => { window.__bench.stop = true; return { tasks: window.__bench.tasks, gaps: window.__bench.gaps }; })()')) as Recorded;
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return { rec, ...tracedTasks(trace.traceEvents) };
}
