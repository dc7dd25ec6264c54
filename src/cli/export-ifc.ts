/**
 * `halltwin export ifc FILE -o OUT.ifc [--original MODEL.ifc]`: write the hall as IFC4; with --original,
 * the hall's designed elements are appended to that model (see src/ifc/export.ts for what is kept).
 */
import { loadInput } from './load';
import { type CliIO, parseArgs } from './io';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const file = positional[0];
  const out = typeof flags.o === 'string' ? flags.o : typeof flags.out === 'string' ? flags.out : undefined;
  if (!file || !out) {
    io.err('usage: halltwin export ifc FILE(.hall.json|.ifc) -o OUT.ifc [--original MODEL.ifc]');
    return 2;
  }
  let doc;
  try {
    doc = await loadInput(file, io);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  let original: Uint8Array | undefined;
  const orig = typeof flags.original === 'string' ? flags.original : /\.ifc$/i.test(file) ? file : undefined;
  if (orig) {
    try {
      original = io.readBytes(orig);
    } catch (e) {
      io.err(`${orig}: cannot read (${e instanceof Error ? e.message : String(e)})`);
      return 2;
    }
  }
  const { exportIfc } = await import('../ifc/export');
  let bytes: Uint8Array;
  try {
    bytes = exportIfc(doc, { original, fileName: out.split(/[\\/]/).pop() });
  } catch (e) {
    io.err(`cannot write IFC: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  io.write(out, bytes);
  const n = doc.floors.reduce((s, f) => s + f.elements.length, 0);
  io.out(`${file} → ${out}: IFC${original ? ' (written back into the original model)' : '4'}, ${doc.floors.length} floors, ${n} elements, ${bytes.length} bytes`);
  return 0;
}
