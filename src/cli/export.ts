/** `halltwin export <format> FILE -o OUT`: each format in its own module `export-<format>.ts`. */
import type { CliIO } from './io';

const FORMATS: Record<string, () => Promise<{ run: (args: string[], io: CliIO) => Promise<number> }>> = {
  bcf: () => import('./export-bcf'),
  report: () => import('./export-report'),
  ifc: () => import('./export-ifc'),
  navmap: () => import('./export-navmap'),
  qr: () => import('./export-qr'),
  geojson: () => import('./export-geojson'),
  imdf: () => import('./export-imdf'),
};

export async function run(args: string[], io: CliIO): Promise<number> {
  const [format, ...rest] = args;
  const load = format ? FORMATS[format] : undefined;
  if (!load) {
    io.err(`usage: halltwin export ${Object.keys(FORMATS).join('|')} FILE -o OUT`);
    return 2;
  }
  return (await load()).run(rest, io);
}
