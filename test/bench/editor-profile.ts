/**
 * Where the editor's main-thread time goes (`npm run build` first): `node --import tsx test/bench/editor-profile.ts
 * [county|big] [drag|paced|open]` (MOVES=30). Samples the page's JavaScript with the V8 profiler (CDP) over the same sequential seat
 * moves as the editor bench (or over opening the big hall) and traces the main thread, then prints the functions
 * with the most self time and the trace events with the most thread (CPU) time. For finding what to fix; the
 * editor bench is the measure.
 */
import { resolve } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TraceEvent } from '../e2e/ifc-trace';
import { ROOT, launchBrowser, startPreview } from '../e2e/harness';
import { generateBigHall } from '../fixtures/generated-hall';
import { openApp, pickSeat, settle, type W } from './editor';
import { seatOnScreen, stepToFrame } from './seat-on-screen';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const hall = process.argv[2] === 'big' ? 'big' : 'county';
const phase = process.argv[3] === 'open' ? 'open' : process.argv[3] === 'paced' ? 'paced' : 'drag';
const MOVES = Number(process.env.MOVES ?? 30);

/** Self time per function (ms), by name and source position. */
function selfTimes(p: Profile): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const acc = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]);
    if (!n) continue;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    acc.set(key, (acc.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/** Total time per function (ms): samples in it or in anything it called, each function counted once per sample. */
function totalTimes(p: Profile): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const acc = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      seen.add(`${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`);
    }
    for (const k of seen) acc.set(k, (acc.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/** The longest main-thread tasks (CPU time), each with the functions that took most of it (total time inside the task). */
function longTasks(p: Profile, events: TraceEvent[], n: number): string {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main && e.pid === main.pid && e.tid === main.tid);
  // By thread (CPU) time: on a loaded machine a task's wall time is mostly waiting for a core.
  tasks.sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0));
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const times: number[] = [];
  let t = p.startTime;
  for (const d of p.timeDeltas) times.push((t += d));
  const out: string[] = [];
  for (const task of tasks.slice(0, n)) {
    const acc = new Map<string, number>();
    for (let i = 0; i < p.samples.length; i++) {
      if (times[i] < task.ts || times[i] > task.ts + (task.dur ?? 0)) continue;
      const seen = new Set<string>();
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        if (f.functionName && f.url) seen.add(`${f.functionName} ${f.url.split('/').pop()}:${f.lineNumber + 1}`);
      }
      for (const k of seen) acc.set(k, (acc.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    }
    const top = [...acc].sort((a, b) => b[1] - a[1]).slice(0, 14);
    const inner = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts > task.ts + (task.dur ?? 0)) continue;
      inner.set(e.name, (inner.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    top.push(
      ...[...inner]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => [`[${k}]`, v] as [string, number]),
    );
    out.push(`task ${((task.dur ?? 0) / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms cpu: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | ')}`);
  }
  return out.join('\n');
}

/** For functions named in CALLERS (comma-separated): their self time split by the chain of their 4 nearest callers. */
function callers(p: Profile, names: string[]): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const acc = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]);
    if (!n || !names.includes(n.callFrame.functionName)) continue;
    const chain = [label(n)];
    for (let id = parent.get(n.id), k = 0; id !== undefined && k < Number(process.env.DEPTH ?? 6); id = parent.get(id), k++) chain.push(label(byId.get(id)!));
    const key = chain.join(' < ');
    acc.set(key, (acc.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/** Thread time per trace event name on the page's main thread (nested events overlap). */
function eventTimes(events: TraceEvent[]): [string, number][] {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const acc = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    acc.set(e.name, (acc.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/** Frames a seat, presses on it and moves once; returns the sequential moves to profile (selection and framing are not in them). */
async function pressSeat(page: Page): Promise<() => Promise<void>> {
  const seat = await pickSeat(page, hall === 'big');
  const { x0, y0, metre } = await seatOnScreen(page, seat);
  const step = (x: number, y: number) => stepToFrame(page, x, y);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await step(x0 + 0.25 * metre, y0);
  return async () => {
    for (let k = 0; k < MOVES; k++) {
      const at: [number, number] = [x0 + 0.5 * (1 + (k % 10)) * metre, y0 + 0.5 * metre * (k % 2)];
      // 'paced': a move every 16 ms as a hand does, not waiting for frames (the editor bench's paced drag).
      if (phase === 'paced') await Promise.all([page.mouse.move(...at), page.waitForTimeout(16)]);
      else await step(...at);
    }
    await page.mouse.up();
  };
}

const { server, url } = await startPreview();
const browser = await launchBrowser();
try {
  const { page } = await openApp(browser, url);
  const file = resolve(ROOT, 'test-results/big-hall.hall.json');
  if (hall === 'big' || phase === 'open') {
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    writeFileSync(file, JSON.stringify(generateBigHall()));
  }
  const cdp = await page.context().newCDPSession(page);
  const run = async (what: () => Promise<void>) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];
    if (process.env.STYLE) categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
    if (process.env.CATEGORIES) categories.push(...process.env.CATEGORIES.split(','));
    await browser.startTracing(page, { categories });
    await cdp.send('Profiler.start');
    await what();
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const raw = await browser.stopTracing();
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, raw);
    const trace = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] };
    const top = (xs: [string, number][], n: number) =>
      xs
        .slice(0, n)
        .map(([k, v]) => `${v.toFixed(1).padStart(9)}  ${k}`)
        .join('\n');
    process.stdout.write(
      `# ${hall} ${phase}: JS self time (ms)\n${top(selfTimes(profile), 45)}\n# JS total time (ms)\n${top(totalTimes(profile), Number(process.env.TOTALS ?? 60))}\n# main-thread trace events, thread time (ms)\n${top(eventTimes(trace.traceEvents), 25)}\n`,
    );
    if (process.env.TASKS) process.stdout.write(`# longest tasks\n${longTasks(profile, trace.traceEvents, Number(process.env.TASKS))}\n`);
    if (process.env.STYLE) {
      let elements = 0;
      let dirty = 0;
      let total = 0;
      for (const e of trace.traceEvents) {
        const a = e.args as { elementCount?: number; beginData?: { dirtyObjects?: number; totalObjects?: number } } | undefined;
        if (e.name === 'UpdateLayoutTree' && a?.elementCount) elements += a.elementCount;
        if (e.name === 'Layout' && a?.beginData) (dirty += a.beginData.dirtyObjects ?? 0), (total += a.beginData.totalObjects ?? 0);
      }
      process.stdout.write(`# style recalc: ${elements} elements; layout: ${dirty} dirty of ${total} objects\n`);
      const why = new Map<string, number>();
      for (const e of trace.traceEvents) {
        if (!/InvalidationTracking/.test(e.name)) continue;
        const d = (
          e.args as
            | { data?: { nodeName?: string; reason?: string; invalidationSet?: unknown; changedClass?: string; changedAttribute?: string; changedId?: string; subtree?: boolean } }
            | undefined
        )?.data;
        if (process.env.STYLE === 'roots' && (d?.subtree || e.name.startsWith('StyleRecalc'))) continue;
        const k = `${e.name} ${d?.reason ?? ''} ${d?.nodeName ?? ''} ${JSON.stringify(d?.invalidationSet ?? '').slice(0, 160)} ${d?.changedClass ?? d?.changedAttribute ?? d?.changedId ?? ''}${d?.subtree ? ' subtree' : ''}`;
        why.set(k, (why.get(k) ?? 0) + 1);
      }
      process.stdout.write(
        `${[...why]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([k, v]) => `${String(v).padStart(7)}  ${k}`)
          .join('\n')}\n`,
      );
    }
    if (process.env.PAINTS) {
      const paints = trace.traceEvents.filter((e) => e.name === 'Paint' && e.ph === 'X');
      const byNode = new Map<string, { n: number; ms: number }>();
      for (const e of paints) {
        const d = (e.args as { data?: { nodeId?: number; clip?: number[]; layerId?: number } } | undefined)?.data;
        const k = `layer ${d?.layerId} node ${d?.nodeId} clip ${d?.clip?.map(Math.round).join(',')}`;
        const v = byNode.get(k) ?? { n: 0, ms: 0 };
        v.n++;
        v.ms += (e.tdur ?? 0) / 1000;
        byNode.set(k, v);
      }
      process.stdout.write(
        `# paints\n${[...byNode]
          .sort((a, b) => b[1].ms - a[1].ms)
          .slice(0, 15)
          .map(([k, v]) => `${v.ms.toFixed(1).padStart(9)} ${v.n}x ${k}`)
          .join('\n')}\n`,
      );
    }
    if (process.env.CALLERS) process.stdout.write(`# callers\n${top(callers(profile, process.env.CALLERS.split(',')), 20)}\n`);
  };
  if (phase === 'open') {
    await run(async () => {
      await page.setInputFiles('[data-testid="file-input"]', file);
      await page.waitForFunction(() => (window as unknown as W).__editorBench.docAt.length > 1, undefined, { timeout: 120_000 });
      await settle(page, 1500);
    });
  } else {
    if (hall === 'big') {
      await page.setInputFiles('[data-testid="file-input"]', file);
      await page.waitForFunction(() => (window as unknown as W).__editorBench.docAt.length > 1, undefined, { timeout: 120_000 });
      await settle(page, 1500);
    }
    await run(await pressSeat(page));
  }
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
