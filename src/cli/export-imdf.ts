/** `halltwin export imdf FILE -o OUT.zip`: IMDF 1.0.0 archive (needs meta.georef); validated before writing. */
import { exportImdf } from '../nav/export/imdf';
import { validateImdf } from '../nav/export/imdf-validate';
import { type CliIO, parseArgs } from './io';
import { loadInput } from './load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  if (!positional[0] || !out) {
    io.err('usage: halltwin export imdf FILE -o OUT.zip');
    return 2;
  }
  try {
    const zip = exportImdf(await loadInput(positional[0], io));
    const problems = validateImdf(zip);
    for (const p of problems.slice(0, 20)) io.err(`imdf: ${p}`);
    if (problems.length) return 1;
    io.write(out, zip);
    io.out(`wrote ${out}`);
    return 0;
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}
