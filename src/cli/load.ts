/** Reads a CLI input file: a `.hall.json` or an `.ifc` (imported on the fly). Throws with a clear message. */
import type { HallDocument } from '../core/document';
import { describeProblems, parseHallBytes } from '../core/io';
import { validateOverrides } from '../rules/overrides';
import { importIfcBounded } from './ifc-bounded';
import { type CliIO, readInput } from './io';

export async function loadInput(path: string, io: CliIO): Promise<HallDocument> {
  if (/\.ifc$/i.test(path)) {
    const res = await importIfcBounded(readInput(io, path), path.split(/[\\/]/).pop() ?? path);
    for (const w of res.warnings) io.err(`warning: ${w}`);
    return res.doc;
  }
  const res = parseHallBytes(readInput(io, path));
  if (!res.ok) throw new Error(`${path}: not a valid hall file\n${describeProblems(res.problems, 20)}`);
  return res.doc;
}

/** Throws when the hall's parameter overrides do not fit its preset (unknown id, wrong type, out of range). */
export function assertOverrides(doc: HallDocument, file: string): void {
  const problems = validateOverrides(doc.meta.preset, doc.meta.ruleOverrides);
  if (problems.length)
    throw new Error(
      `${file}: bad parameter overrides\n${problems
        .slice(0, 20)
        .map((p) => `meta.ruleOverrides.${p.key}: ${p.message}`)
        .join('\n')}`,
    );
}
