/**
 * `halltwin export <id> FILE -o OUT [--option value …] [--preset P] [--level L] [--original MODEL.ifc]`, generated
 * from the export registry: each export's options are its flags. Exports that read the check run it after
 * --preset/--level are applied.
 */
import { EXPORTS, exportById } from '../exports/registry';
import { type ExportDef, optionProblems, withDefaults } from '../exports/types';
import { type CliIO, parseArgs, readInputOrSay } from './io';
import { loadWithOverrides } from './load-overrides';
import type { HallDocument } from '../core/document';
import { exitOnRulesThatCouldNotRun } from './verdict';

/** `FILE -o OUT.ext [--flag VALUE] …` for one export, from its options. */
function argsOf(def: ExportDef): string {
  const opts = def.options.map((o) => {
    const v = o.type === 'choice' && o.choices ? o.choices.join('|') : o.type === 'url' ? 'URL' : 'TEXT';
    return o.required ? `--${o.key} ${v}` : `[--${o.key} ${v}]`;
  });
  const extra = def.needsCheck ? ['[--preset P]', '[--level L]'] : [];
  if (def.preflight) extra.push('[--strict]');
  if (def.reads?.includes('original-ifc')) extra.push('[--original MODEL.ifc]');
  if (def.reads?.includes('other-version')) extra.push('[--compare OLD.hall.json|.ifc]');
  return ['FILE(.hall.json|.ifc)', `-o OUT${def.ext.replace(/^-[^.]*/, '')}`, ...opts, ...extra].join(' ');
}

const usageOf = (def: ExportDef) => `usage: halltwin export ${def.id} ${argsOf(def)}`;

/** Every export, one per line: its id, arguments and what it writes. */
export function exportUsage(): string {
  const w = Math.max(...EXPORTS.map((d) => d.id.length));
  return EXPORTS.map((d) => `  ${d.id.padEnd(w)}  ${argsOf(d)}\n  ${' '.repeat(w)}  ${d.label.en} / ${d.label.zh}`).join('\n');
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const [id, ...rest] = args;
  const def = id ? exportById(id) : undefined;
  if (!def) {
    io.err(`usage: halltwin export <${EXPORTS.map((d) => d.id).join('|')}> FILE -o OUT [options]\n\n${exportUsage()}`);
    return 2;
  }
  const { positional, flags } = parseArgs(rest, ['strict']);
  const file = positional[0];
  const out = typeof flags.o === 'string' ? flags.o : typeof flags.out === 'string' ? flags.out : undefined;
  const options: Record<string, string | undefined> = {};
  for (const o of def.options) if (typeof flags[o.key] === 'string') options[o.key] = flags[o.key] as string;
  const problems = optionProblems(def, options);
  if (!file || !out || problems.length) {
    io.err([...problems, usageOf(def)].join('\n'));
    return 2;
  }
  const doc = await loadWithOverrides(file, flags, io);
  if (!doc) return 2;
  let originalIfc: Uint8Array | undefined;
  const readsOriginal = def.reads?.includes('original-ifc');
  const orig = !readsOriginal ? undefined : typeof flags.original === 'string' ? flags.original : /\.ifc$/i.test(file) ? file : undefined;
  if (orig) {
    originalIfc = readInputOrSay(io, orig);
    if (!originalIfc) return 2;
  }
  // --compare OLD: the report adds what changed since that version of the hall.
  let compareWith: { doc: HallDocument; name: string } | undefined;
  if (def.reads?.includes('other-version') && typeof flags.compare === 'string') {
    const other = await loadWithOverrides(flags.compare, {}, io);
    if (!other) return 2;
    compareWith = { doc: other, name: flags.compare.split(/[\\/]/).pop() ?? flags.compare };
  }
  // What will make the file poor goes to stderr; with --strict it fails the export (exit 1) and nothing is written.
  const preflight = def.preflight ? await def.preflight(doc) : [];
  for (const w of preflight) io.err(`warning [${w.code}]: ${w.en}\n  ${w.zh}`);
  if (flags.strict && preflight.length) {
    io.err(`not written: ${preflight.length} warning${preflight.length > 1 ? 's' : ''} with --strict`);
    return 1;
  }
  try {
    const result = def.needsCheck ? (await import('../rules')).checkHall(doc) : undefined;
    const res = await def.run({ doc, result, options: withDefaults(def, options), env: { originalIfc, fileName: out.split(/[\\/]/).pop(), compareWith } });
    for (const w of res.warnings ?? []) io.err(`warning: ${w}`);
    // The report asked for as .pdf is the same A4 HTML printed by the system's Chromium.
    if (def.printsToPdf && /\.pdf$/i.test(out) && typeof res.data === 'string') io.write(out, (await import('./report-pdf')).htmlToPdf(res.data));
    else io.write(out, res.data);
    const warned = preflight.length ? `, ${preflight.length} warning${preflight.length > 1 ? 's' : ''}` : '';
    io.out(`wrote ${out}${res.summary ? `: ${res.summary}` : ''}${warned}`);
    // The file is kept (it shows the "could not be checked" findings), but its verdict is incomplete: exit 2, as `check`.
    return result ? exitOnRulesThatCouldNotRun(result, io) : 0;
  } catch (e) {
    io.err(`cannot export ${def.id}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
