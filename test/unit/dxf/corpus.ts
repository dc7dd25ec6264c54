/** The third-party DXF corpus in ../shared/dxf (see its SOURCES.md), read once per test file. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DXF_DIR = join(process.cwd(), '..', 'shared', 'dxf');
export const hasCorpus = existsSync(join(DXF_DIR, 'SOURCES.md'));

const cache = new Map<string, Uint8Array>();
export function corpusFile(name: string): Uint8Array {
  let b = cache.get(name);
  if (!b) cache.set(name, (b = new Uint8Array(readFileSync(join(DXF_DIR, name)))));
  return b;
}
