/** `halltwin import FILE.ifc|FILE.dxf -o OUT.hall.json`: convert an IFC model or a CAD plan into a hall file. Exit 0 ok, 2 bad input. */
import { serializeHall } from '../core/io';
import { importIfcBounded } from './ifc-bounded';
import { type CliIO, parseArgs, readInputOrSay } from './io';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['quiet', 'no-drawing']);
  const file = positional[0];
  const out = typeof flags.o === 'string' ? flags.o : typeof flags.out === 'string' ? flags.out : undefined;
  if (!file || !out) {
    io.err(
      'usage: halltwin import FILE.ifc -o OUT.hall.json\n       halltwin import FILE.dxf -o OUT.hall.json [--units mm|cm|m|in|ft] [--layers walls=LAYER,doors=LAYER,...] [--frames 1,2|all] [--no-drawing]',
    );
    return 2;
  }
  if (/\.dxf$/i.test(file)) return (await import('./import-dxf')).runDxf(file, out, flags, io);
  if (/\.dwg$/i.test(file)) {
    io.err(`${file}: DWG is not read (its open readers are GPL); save the drawing as DXF (AutoCAD/中望/浩辰: 另存为 → DXF; 天正: 图形导出 → T3 then 另存为 DXF) / 请另存为 DXF`);
    return 2;
  }
  const bytes = readInputOrSay(io, file);
  if (!bytes) return 2;
  let res: Awaited<ReturnType<typeof importIfcBounded>>;
  try {
    res = await importIfcBounded(bytes, file.split(/[\\/]/).pop() ?? file);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  if (flags.quiet !== true) for (const w of res.warnings) io.err(`warning: ${w.en} / ${w.zh}`);
  io.write(out, serializeHall(res.doc));
  const s = res.stats;
  io.out(
    `${file} → ${out}: ${res.doc.floors.length} floors, ${s.spaces} zones, ${s.walls} walls, ${s.doors} doors, ${s.links} vertical links, ${s.obstacles} obstacles (${s.schema}, ${Math.round(s.totalMs)} ms)`,
  );
  return 0;
}
