/** `halltwin export navmap FILE -o OUT.html [--base-url URL] [--title T]`: the offline indoor nav map for phones. */
import { exportNavMap } from '../nav/export/navmap';
import { type CliIO, parseArgs } from './io';
import { loadInput } from './load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  if (!positional[0] || !out) {
    io.err('usage: halltwin export navmap FILE -o OUT.html [--base-url URL] [--title TITLE]');
    return 2;
  }
  try {
    const doc = await loadInput(positional[0], io);
    const html = await exportNavMap(doc, { baseUrl: typeof flags['base-url'] === 'string' ? flags['base-url'] : undefined, title: typeof flags.title === 'string' ? flags.title : undefined });
    io.write(out, html);
    io.out(`wrote ${out} (${Math.round(new TextEncoder().encode(html).length / 1024)} KB)`);
    return 0;
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}
