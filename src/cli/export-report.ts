/** `halltwin export report FILE -o OUT.html|OUT.pdf [--preset P] [--level L]`: the printable compliance report (PDF through Chromium). */
import { checkHall } from '../rules';
import { renderReport } from '../rules/report';
import { type CliIO, parseArgs } from './io';
import { loadWithOverrides } from './load-overrides';
import { htmlToPdf } from './report-pdf';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const out = typeof flags.o === 'string' ? flags.o : undefined;
  if (!positional[0] || !out) {
    io.err('usage: halltwin export report FILE -o OUT.html|OUT.pdf [--preset P] [--level L]');
    return 2;
  }
  const doc = await loadWithOverrides(positional[0], flags, io);
  if (!doc) return 2;
  const html = renderReport(doc, checkHall(doc));
  if (/\.pdf$/i.test(out)) {
    try {
      io.write(out, htmlToPdf(html));
    } catch (e) {
      io.err(`${out}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  } else io.write(out, html);
  io.out(`wrote ${out}`);
  return 0;
}
