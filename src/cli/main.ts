/**
 * `halltwin` sub-command dispatch. Each sub-command lives in its own module exporting
 * `run(args: string[], io: CliIO): Promise<number>` (exit code: 0 ok, 1 findings with errors, 2 bad input or a rule that could not run).
 */
import type { CliIO } from './io';
import { nodeIO } from './io';
import { EXPORTS } from '../exports/registry';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[], io: CliIO) => Promise<number> }> }> = {
  validate: { summary: 'validate FILE.hall.json            check a hall file against the format', load: () => import('./validate') },
  check: { summary: 'check FILE [--preset P] [--level L] [--json]   run the layout rules', load: () => import('./check') },
  import: {
    summary: 'import FILE.ifc|FILE.dxf -o OUT.hall.json [--units mm] [--layers walls=A-WALL,...] [--frames 1,2|all]   convert an IFC model or a CAD plan into a hall',
    load: () => import('./import'),
  },
  export: { summary: `export ${EXPORTS.map((d) => d.id).join('|')} FILE -o OUT   (halltwin export: each one's options)`, load: () => import('./export') },
};

export function usage(): string {
  return ['usage: halltwin <command> [options]', '', ...Object.values(COMMANDS).map((c) => '  ' + c.summary)].join('\n');
}

export async function main(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.out(usage());
    return cmd ? 0 : 2;
  }
  const entry = COMMANDS[cmd];
  if (!entry) {
    io.err(`halltwin: unknown command "${cmd}"\n${usage()}`);
    return 2;
  }
  try {
    const mod = await entry.load();
    return await mod.run(rest, io);
  } catch (e) {
    io.err(`halltwin ${cmd}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
