/** `halltwin export bcf FILE -o OUT.bcfzip [--bcf-version 2.1|3.0] [--preset P] [--level L]`. */
import { checkHall } from '../rules';
import { exportBcf } from '../rules/bcf';
import { type CliIO, parseArgs } from './io';
import { loadWithOverrides } from './load-overrides';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  const version = flags['bcf-version'] ?? '2.1';
  if (!positional[0] || !out || (version !== '2.1' && version !== '3.0')) {
    io.err('usage: halltwin export bcf FILE -o OUT.bcfzip [--bcf-version 2.1|3.0]');
    return 2;
  }
  const doc = await loadWithOverrides(positional[0], flags, io);
  if (!doc) return 2;
  const result = checkHall(doc);
  io.write(out, exportBcf(doc, result, { version }));
  io.out(`wrote ${out}: ${result.findings.length} topics, BCF ${version}`);
  return 0;
}
