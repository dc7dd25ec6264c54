/**
 * The compliance report on real models: HTML size and build time for the largest building of the IFC
 * corpus (by bytes; the 19 MB railway file has no storeys, so no hall) and for the duplex office the
 * report's size target (< 1.5 MB) is set on. Also the BCF 2.1 zip for the same findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importIfc } from '../../src/ifc';
import { checkHall } from '../../src/rules';
import { renderReport } from '../../src/rules/report';
import { exportBcf } from '../../src/rules/bcf';

const DIR = resolve(import.meta.dirname, '../../../shared/ifc');
const FILES = ['AC20-FZK-Haus.ifc', 'duplex.ifc'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const file of FILES) {
    const path = resolve(DIR, file);
    if (!existsSync(path)) continue;
    const { doc } = await importIfc(new Uint8Array(readFileSync(path)), { fileName: file });
    const result = checkHall(doc);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      bytes = new TextEncoder().encode(renderReport(doc, result)).length;
      times.push(performance.now() - t);
    }
    const tb = performance.now();
    const bcf = exportBcf(doc, result, { version: '2.1' }).length;
    out[file] = {
      modelBytes: readFileSync(path).length,
      findings: result.findings.length,
      reportBytes: bytes,
      reportMs: Math.round(median(times) * 10) / 10,
      bcfBytes: bcf,
      bcfMs: Math.round((performance.now() - tb) * 10) / 10,
    };
  }
  return out;
}
