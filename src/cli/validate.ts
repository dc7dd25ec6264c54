/** `halltwin validate FILE.hall.json`: exit 0 when the file is a valid hall, 2 with every problem's JSON path otherwise. */
import { parseHallBytes } from '../core/io';
import { validateOverrides } from '../rules/overrides';
import { type CliIO, parseArgs, readInputOrSay } from './io';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args);
  const file = positional[0];
  if (!file) {
    io.err('usage: halltwin validate FILE.hall.json');
    return 2;
  }
  const bytes = readInputOrSay(io, file);
  if (!bytes) return 2;
  const parsed = parseHallBytes(bytes);
  // Overrides need the preset to be judged; they are part of what makes a hall file valid.
  const res = parsed.ok ? withOverrideProblems(parsed) : parsed;
  if (!res.ok) {
    io.err(`${file}: not a valid hall file (${res.problems.length} problem${res.problems.length === 1 ? '' : 's'})`);
    for (const p of res.problems) io.err(`  ${p.path || '(file)'}: ${p.message}`);
    return 2;
  }
  const n = res.doc.floors.reduce((s, f) => s + f.elements.length, 0);
  io.out(
    `${file}: valid hall "${res.doc.meta.name}", format version ${res.doc.version}, ${res.doc.floors.length} floors, ${n} elements${res.migratedFrom !== undefined ? ` (migrated from version ${res.migratedFrom})` : ''}`,
  );
  return 0;
}

function withOverrideProblems(res: Extract<ReturnType<typeof parseHallBytes>, { ok: true }>): ReturnType<typeof parseHallBytes> {
  const bad = validateOverrides(res.doc.meta.preset, res.doc.meta.ruleOverrides);
  return bad.length ? { ok: false, problems: bad.map((p) => ({ path: `meta.ruleOverrides.${p.key}`, message: p.message })) } : res;
}
