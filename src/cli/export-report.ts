/** `halltwin export report FILE -o OUT.html [--preset P] [--level L]`: the printable compliance report. */
import { checkHall } from '../rules';
import { renderReport } from '../rules/report';
import { type CliIO, parseArgs } from './io';
import { loadWithOverrides } from './load-overrides';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  if (!positional[0] || !out) {
    io.err('usage: halltwin export report FILE -o OUT.html [--preset P] [--level L]');
    return 2;
  }
  const doc = await loadWithOverrides(positional[0], flags, io);
  if (!doc) return 2;
  io.write(out, renderReport(doc, checkHall(doc)));
  io.out(`wrote ${out}`);
  return 0;
}
