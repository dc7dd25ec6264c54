/**
 * IFC import vs bare web-ifc on each file of ../shared/ifc, in the same run and the same engine.
 * Bare = OpenModel + StreamAllMeshes + StreamAllMeshesWithTypes([IfcSpace]) + reading every placed
 * geometry's vertex and index arrays (what any viewer has to do) + CloseModel. Ours = importIfc with
 * the context geometry on (what the app's worker does). Ratio target ≤ 1.25 (DESIGN.md).
 * Peak RSS (process.resourceUsage().maxRSS) is reported after the 19 MB file; target < 1.5 GB.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as W from 'web-ifc';
import { getIfcApi } from '../../src/ifc/api';
import { importIfc } from '../../src/ifc/import';

const DIR = resolve(import.meta.dirname, '../../../shared/ifc');
/**
 * Alternating bare/ours runs per file; the median of 5 keeps one slow run (another process on a shared
 * CPU) from deciding the ratio. Files over 10 MB (the railway model, which we refuse: it has no
 * storeys) get one run: they are here for peak memory, and a bare pass takes ~14 s.
 */
const RUNS = 5;
const runsFor = (bytes: number) => (bytes > 10e6 ? 1 : RUNS);


async function bare(bytes: Uint8Array): Promise<number> {
  const api = await getIfcApi();
  const t = performance.now();
  const m = api.OpenModel(bytes, { COORDINATE_TO_ORIGIN: false });
  let verts = 0;
  const onMesh = (mesh: W.FlatMesh) => {
    const g = mesh.geometries;
    for (let i = 0; i < g.size(); i++) {
      const geom = api.GetGeometry(m, g.get(i).geometryExpressID);
      verts += api.GetVertexArray(geom.GetVertexData(), geom.GetVertexDataSize()).length;
      api.GetIndexArray(geom.GetIndexData(), geom.GetIndexDataSize());
      geom.delete();
    }
  };
  api.StreamAllMeshes(m, onMesh);
  api.StreamAllMeshesWithTypes(m, [W.IFCSPACE], onMesh);
  api.CloseModel(m);
  if (verts < 0) throw new Error('unreachable');
  return performance.now() - t;
}

async function ours(bytes: Uint8Array, fileName: string): Promise<{ ms: number; error?: string }> {
  const t = performance.now();
  try {
    await importIfc(bytes, { fileName, withGeometry: true });
    return { ms: performance.now() - t };
  } catch (e) {
    return { ms: performance.now() - t, error: e instanceof Error ? e.message.slice(0, 120) : String(e) };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function bench(): Promise<Record<string, unknown>> {
  if (!existsSync(DIR)) return { skipped: `no corpus at ${DIR}` };
  // By name, but files over 10 MB last: the railway model leaves hundreds of MB of garbage, which would
  // otherwise be collected during the runs of whichever file came after it (and tilt that file's ratio).
  const big = (f: string) => (statSync(resolve(DIR, f)).size > 10e6 ? 1 : 0);
  const files = readdirSync(DIR)
    .filter((f) => f.toLowerCase().endsWith('.ifc'))
    .sort((a, b) => big(a) - big(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  await getIfcApi();
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(resolve(DIR, f)));
    // Warm up once each, then alternate so drift hits both equally.
    await bare(bytes);
    await ours(bytes, f);
    const b: number[] = [];
    const o: number[] = [];
    let error: string | undefined;
    for (let i = 0; i < runsFor(bytes.length); i++) {
      b.push(await bare(bytes));
      const res = await ours(bytes, f);
      o.push(res.ms);
      error = res.error;
    }
    const row: Record<string, unknown> = { bytes: bytes.length, bareMs: r1(median(b)), oursMs: r1(median(o)), ratio: Math.round((median(o) / median(b)) * 100) / 100 };
    if (error) row.oursError = error;
    if (bytes.length > 10e6) {
      row.rssAfterMB = Math.round(process.memoryUsage().rss / 1e6);
      row.peakRssMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
    }
    out[f] = row;
  }
  out.peakRssMB = Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
  return out;
}
