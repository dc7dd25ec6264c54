import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';

export const ROOT = resolve(import.meta.dirname, '../../..');

export function loadSample(name: 'county-hall' | 'township-hall' | 'failing-hall'): HallDocument {
  const r = parseHallText(readFileSync(resolve(ROOT, 'models', `${name}.hall.json`), 'utf8'));
  if (!r.ok) throw new Error(`sample ${name} invalid: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.doc;
}
