/** `halltwin import FILE.ifc -o OUT.hall.json`: convert an IFC model into a hall file. Exit 0 ok, 2 bad input. */
import { serializeHall } from '../core/io';
import { importIfcBounded } from './ifc-bounded';
import { type CliIO, parseArgs } from './io';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['quiet']);
  const file = positional[0];
  const out = typeof flags.o === 'string' ? flags.o : typeof flags.out === 'string' ? flags.out : undefined;
  if (!file || !out) {
    io.err('usage: halltwin import FILE.ifc -o OUT.hall.json');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(file);
  } catch (e) {
    io.err(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
    return 2;
  }
  let res;
  try {
    res = await importIfcBounded(bytes, file.split(/[\\/]/).pop() ?? file);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  if (flags.quiet !== true) for (const w of res.warnings) io.err(`warning: ${w}`);
  io.write(out, serializeHall(res.doc));
  const s = res.stats;
  io.out(`${file} → ${out}: ${res.doc.floors.length} floors, ${s.spaces} zones, ${s.walls} walls, ${s.doors} doors, ${s.links} vertical links, ${s.obstacles} obstacles (${s.schema}, ${Math.round(s.totalMs)} ms)`);
  return 0;
}
