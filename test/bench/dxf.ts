/**
 * DXF import vs dxf-parser alone on each plan of ../shared/dxf and on the generated county hall drawing.
 * Bare = decode the bytes + DxfParser.parseSync (what any importer built on dxf-parser must do). Ours =
 * importDxf with the proposals (parse, flatten, layers, unit, walls, doors, rooms, outline, obstacles,
 * context lines, schema check). Ratio target ≤ 1.5. The import hands dxf-parser only the sections and blocks
 * it reads (src/dxf/lean-text.ts), so its own parse stage can take less than the bare parse of the whole file. Runs alternate bare/ours; medians and minima of wall-clock and
 * of process CPU time (a shared machine stretches wall time more than CPU time); then, in runs of their own, the
 * CPU time per stage of the import (dxf-stages.ts). No collection is forced between
 * runs: a forced full collection ages out compiled code, so every run would pay for compiling again.
 * `hall` is a digest of everything the import gives (the hall, warnings, proposals, context lines, counts): a
 * change meant only to be faster leaves every file's digest as it was on main.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import DxfParser from 'dxf-parser';
import { importDxf } from '../../src/dxf';
import { decodeDxfBytes } from '../../src/dxf/text';
import { hallToDxf } from '../fixtures/cad-plan';
import { stageBreakdown } from './dxf-stages';

const DIR = resolve(import.meta.dirname, '../../../shared/dxf');
const FILES = ['barcelona-pavillion_plan.dxf', 'bjnortier-dxf_floorplan.dxf', 'dxf-json_A_000217.dxf', 'gama_house.dxf'];
const RUNS = 15;

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A digest of all the import gives but its timings. */
function digest(bytes: Uint8Array, name: string): string {
  const r = importDxf(bytes, { fileName: name });
  const { parseMs: _p, totalMs: _t, ...stats } = r.stats;
  const context = r.context.map((c) => ({ ...c, byRole: Object.fromEntries(Object.entries(c.byRole).map(([k, v]) => [k, Array.from(v ?? [])])) }));
  const all = JSON.stringify({ doc: r.doc, warnings: r.warnings, analysis: r.analysis, context, stats, alignedOn: r.alignedOn });
  return createHash('sha1').update(all).digest('hex').slice(0, 16);
}

function time(fn: () => void): { ms: number; cpuMs: number } {
  const c0 = cpuNow();
  const t0 = performance.now();
  fn();
  return { ms: performance.now() - t0, cpuMs: cpuNow() - c0 };
}

export async function bench(): Promise<Record<string, unknown>> {
  const inputs: [string, Uint8Array][] = [];
  for (const f of FILES) if (existsSync(resolve(DIR, f))) inputs.push([f, new Uint8Array(readFileSync(resolve(DIR, f)))]);
  const county = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../models/county-hall.hall.json'), 'utf8'));
  inputs.push(['generated county-hall (2 floors, mm, 天正 style)', new TextEncoder().encode(hallToDxf(county))]);
  const out: Record<string, unknown> = {};
  for (const [name, bytes] of inputs) {
    const bare: { ms: number; cpuMs: number }[] = [];
    const ours: { ms: number; cpuMs: number }[] = [];
    // One warm-up of each, not counted.
    new DxfParser().parseSync(decodeDxfBytes(bytes).text);
    importDxf(bytes, { fileName: name });
    for (let i = 0; i < RUNS; i++) {
      bare.push(time(() => void new DxfParser().parseSync(decodeDxfBytes(bytes).text)));
      ours.push(time(() => void importDxf(bytes, { fileName: name })));
    }
    const b = median(bare.map((x) => x.ms));
    const o = median(ours.map((x) => x.ms));
    const bc = median(bare.map((x) => x.cpuMs));
    const oc = median(ours.map((x) => x.cpuMs));
    const bMin = Math.min(...bare.map((x) => x.cpuMs));
    const oMin = Math.min(...ours.map((x) => x.cpuMs));
    out[name] = {
      bytes: bytes.length,
      hall: digest(bytes, name),
      parserMs: +b.toFixed(1),
      importMs: +o.toFixed(1),
      ratio: +(o / b).toFixed(2),
      parserCpuMs: +bc.toFixed(1),
      importCpuMs: +oc.toFixed(1),
      cpuRatio: +(oc / bc).toFixed(2),
      parserCpuMinMs: +bMin.toFixed(1),
      importCpuMinMs: +oMin.toFixed(1),
      cpuMinRatio: +(oMin / bMin).toFixed(2),
      runs: RUNS,
      stages: await stageBreakdown(bytes, name, RUNS),
    };
  }
  return out;
}
