/** The shared IFC sample corpus (../shared/ifc) and its SOURCES.md table, read as the tests' expectations. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const IFC_DIR = resolve(ROOT, '../shared/ifc');
export const HAVE_CORPUS = existsSync(resolve(IFC_DIR, 'SOURCES.md'));

export interface CorpusRow {
  file: string;
  schema: string;
  storey: number;
  space: number;
  door: number;
  stair: number;
  stairFlight: number;
  wall: number;
  wallStdCase: number;
  latLon: boolean;
  mapConv: number;
}

/** Rows of the first table in SOURCES.md (file, bytes, schema, counts …). */
export function corpusTable(): CorpusRow[] {
  const md = readFileSync(resolve(IFC_DIR, 'SOURCES.md'), 'utf8');
  const rows: CorpusRow[] = [];
  let header: string[] | null = null;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      if (header && rows.length) break;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      continue;
    }
    if (cells[0].startsWith('---')) continue;
    const get = (name: string) => cells[header!.indexOf(name)] ?? '';
    const n = (name: string) => Number(get(name).replace(/[^0-9]/g, '') || '0');
    rows.push({
      file: get('file'),
      schema: get('schema'),
      storey: n('storey'),
      space: n('space'),
      door: n('door'),
      stair: n('stair'),
      stairFlight: n('stairflight'),
      wall: n('wall'),
      wallStdCase: n('wallstdcase'),
      latLon: /^yes/i.test(get('latlon')),
      mapConv: Number(/^\d+/.exec(get('mapconv'))?.[0] ?? '0'),
    });
  }
  return rows;
}

export const readIfc = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(IFC_DIR, file)));
