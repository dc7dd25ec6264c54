/**
 * Where a DXF import's CPU time goes, stage by stage (src/dxf/stage-clock.ts names the stages): the process's
 * CPU time read at each stage switch, and V8's collections (PerformanceObserver 'gc' entries) put on the stage
 * that was running when each started. Collections are timed by the wall clock (a loaded machine stretches them
 * as it stretches everything), so their share is of the import's wall time. Medians over runs per stage, so the
 * stages do not quite add up to the median import.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { importDxf } from '../../src/dxf';
import { DXF_WORK_STAGES, type DxfWorkStage } from '../../src/dxf/stage-clock';

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;

interface Switch {
  stage: DxfWorkStage;
  t: number;
  cpu: number;
}

/** One import, its stage switches closed by an 'end' reading. */
function run(bytes: Uint8Array, fileName: string): { switches: Switch[]; endT: number; endCpu: number } {
  const switches: Switch[] = [];
  importDxf(bytes, { fileName, onStage: (stage) => switches.push({ stage, t: performance.now(), cpu: cpuNow() }) });
  return { switches, endT: performance.now(), endCpu: cpuNow() };
}

export interface StageBreakdown {
  /** Median CPU ms per stage (all floors together), and wall ms of the collections that started in it. */
  cpuMs: Partial<Record<DxfWorkStage, number>>;
  gcWallMs: Partial<Record<DxfWorkStage, number>>;
  /** Median per import of all collections' wall time, and its share of the import's wall time. */
  gcWallTotalMs: number;
  gcShare: number;
}

export async function stageBreakdown(bytes: Uint8Array, fileName: string, runs: number): Promise<StageBreakdown> {
  const gcs: { start: number; ms: number }[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration });
  });
  obs.observe({ entryTypes: ['gc'] });
  const cpu = new Map<DxfWorkStage, number[]>();
  const gc = new Map<DxfWorkStage, number[]>();
  const gcTotal: number[] = [];
  const share: number[] = [];
  run(bytes, fileName);
  for (let r = 0; r < runs; r++) {
    // Let the observer deliver the previous run's entries first (it does so from a timer, not at once).
    await new Promise((resolve) => setTimeout(resolve, 0));
    gcs.length = 0;
    const { switches, endT, endCpu } = run(bytes, fileName);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const cpuOf = new Map<DxfWorkStage, number>();
    const gcOf = new Map<DxfWorkStage, number>();
    switches.forEach((s, i) => {
      const next = switches[i + 1];
      cpuOf.set(s.stage, (cpuOf.get(s.stage) ?? 0) + (next ? next.cpu : endCpu) - s.cpu);
      const until = next ? next.t : endT;
      for (const g of gcs) if (g.start >= s.t && g.start < until) gcOf.set(s.stage, (gcOf.get(s.stage) ?? 0) + g.ms);
    });
    for (const st of DXF_WORK_STAGES) {
      cpu.set(st, [...(cpu.get(st) ?? []), cpuOf.get(st) ?? 0]);
      gc.set(st, [...(gc.get(st) ?? []), gcOf.get(st) ?? 0]);
    }
    const start = switches[0];
    const inRun = gcs.filter((g) => start && g.start >= start.t && g.start < endT).reduce((t, g) => t + g.ms, 0);
    gcTotal.push(inRun);
    share.push(start ? inRun / Math.max(1e-9, endT - start.t) : 0);
  }
  obs.disconnect();
  const out: StageBreakdown = { cpuMs: {}, gcWallMs: {}, gcWallTotalMs: round(median(gcTotal)), gcShare: round(median(share)) };
  for (const st of DXF_WORK_STAGES) {
    const c = median(cpu.get(st) ?? [0]);
    const g = median(gc.get(st) ?? [0]);
    if (c >= 0.005) out.cpuMs[st] = round(c);
    if (g >= 0.005) out.gcWallMs[st] = round(g);
  }
  return out;
}
