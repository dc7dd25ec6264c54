/**
 * `halltwin export geojson FILE -o OUT`: OUT ending in .geojson/.json with one floor writes that file (several
 * floors: a FeatureCollection per floor named after OUT); otherwise OUT is a directory of floor-N.geojson files.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportGeoJson } from '../nav/export/geojson';
import { type CliIO, parseArgs } from './io';
import { loadInput } from './load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  if (!positional[0] || !out) {
    io.err('usage: halltwin export geojson FILE -o OUTDIR|OUT.geojson');
    return 2;
  }
  try {
    const files = exportGeoJson(await loadInput(positional[0], io));
    if (/\.(geo)?json$/i.test(out)) {
      if (files.size === 1) io.write(out, JSON.stringify([...files.values()][0]));
      else for (const [name, fc] of files) io.write(out.replace(/\.(geo)?json$/i, `-${name}`), JSON.stringify(fc));
    } else {
      mkdirSync(out, { recursive: true });
      for (const [name, fc] of files) io.write(join(out, name), JSON.stringify(fc));
    }
    io.out(`wrote ${files.size} floor${files.size === 1 ? '' : 's'} to ${out}`);
    return 0;
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}
