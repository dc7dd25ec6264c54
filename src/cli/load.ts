/** Reads a CLI input file: a `.hall.json` or an `.ifc` (imported on the fly). Throws with a clear message. */
import type { HallDocument } from '../core/document';
import { describeProblems, parseHallText } from '../core/io';
import type { CliIO } from './io';

export async function loadInput(path: string, io: CliIO): Promise<HallDocument> {
  if (/\.ifc$/i.test(path)) {
    const { importIfc } = await import('../ifc');
    const bytes = io.readBytes(path);
    const res = await importIfc(bytes, { fileName: path.split(/[\\/]/).pop() });
    for (const w of res.warnings) io.err(`warning: ${w}`);
    return res.doc;
  }
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    throw new Error(`${path}: cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
  const res = parseHallText(text);
  if (!res.ok) throw new Error(`${path}: not a valid hall file\n${describeProblems(res.problems, 20)}`);
  return res.doc;
}
