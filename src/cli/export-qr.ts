/** `halltwin export qr FILE -o OUT.svg --base-url URL`: printable A4 sheets of "you are here" QR codes. */
import { exportQrSheet } from '../nav/export/qr';
import { type CliIO, parseArgs } from './io';
import { loadInput } from './load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  const base = typeof flags['base-url'] === 'string' ? flags['base-url'] : undefined;
  if (!positional[0] || !out || !base) {
    io.err('usage: halltwin export qr FILE -o OUT.svg --base-url https://…/nav.html');
    return 2;
  }
  try {
    io.write(out, exportQrSheet(await loadInput(positional[0], io), { baseUrl: base }));
    io.out(`wrote ${out}`);
    return 0;
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}
