/**
 * `halltwin export navmap FILE -o OUT.html [--base-url URL] [--title T] [--strict]`: the offline indoor nav map for
 * phones. Lists on stderr what will make the map poor (navMapWarnings); with --strict those warnings fail the
 * export with exit 1 and nothing is written.
 */
import { exportNavMap } from '../nav/export/navmap';
import { navMapWarnings } from '../nav/export/navmap-warnings';
import { type CliIO, parseArgs } from './io';
import { loadInput } from './load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['strict']);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  if (!positional[0] || !out) {
    io.err('usage: halltwin export navmap FILE -o OUT.html [--base-url URL] [--title TITLE] [--strict]');
    return 2;
  }
  try {
    const doc = await loadInput(positional[0], io);
    const warnings = navMapWarnings(doc);
    for (const w of warnings) io.err(`warning [${w.code}]: ${w.en}\n  ${w.zh}`);
    if (flags.strict && warnings.length) {
      io.err(`not written: ${warnings.length} warning${warnings.length > 1 ? 's' : ''} with --strict`);
      return 1;
    }
    const html = await exportNavMap(doc, { baseUrl: typeof flags['base-url'] === 'string' ? flags['base-url'] : undefined, title: typeof flags.title === 'string' ? flags.title : undefined });
    io.write(out, html);
    io.out(`wrote ${out} (${Math.round(new TextEncoder().encode(html).length / 1024)} KB)${warnings.length ? `, ${warnings.length} warning${warnings.length > 1 ? 's' : ''}` : ''}`);
    return 0;
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}
