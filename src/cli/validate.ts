/** `halltwin validate FILE.hall.json`: exit 0 when the file is a valid hall, 2 with every problem's JSON path otherwise. */
import { parseHallText } from '../core/io';
import { type CliIO, parseArgs } from './io';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args);
  const file = positional[0];
  if (!file) {
    io.err('usage: halltwin validate FILE.hall.json');
    return 2;
  }
  let text: string;
  try {
    text = io.readText(file);
  } catch (e) {
    io.err(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
    return 2;
  }
  const res = parseHallText(text);
  if (!res.ok) {
    io.err(`${file}: not a valid hall file (${res.problems.length} problem${res.problems.length === 1 ? '' : 's'})`);
    for (const p of res.problems) io.err(`  ${p.path || '(file)'}: ${p.message}`);
    return 2;
  }
  const n = res.doc.floors.reduce((s, f) => s + f.elements.length, 0);
  io.out(`${file}: valid hall "${res.doc.meta.name}", format version ${res.doc.version}, ${res.doc.floors.length} floors, ${n} elements${res.migratedFrom !== undefined ? ` (migrated from version ${res.migratedFrom})` : ''}`);
  return 0;
}
