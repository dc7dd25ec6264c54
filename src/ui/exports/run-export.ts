/** Running a registry export in the editor: the browser's pieces of the environment and a check result if needed. */
import type { HallDocument } from '../../core/document';
import type { ExportDef, ExportOutput } from '../../exports/types';
import { withDefaults } from '../../exports/types';
import type { CheckResult } from '../../rules/types';
import { rememberedAuthor } from '../findings/useRememberedAuthor';

export interface EditorExportInput {
  doc: HallDocument;
  options: Record<string, string | undefined>;
  /** The live check's result when it is of `doc`; otherwise the hall is checked here. */
  result?: CheckResult;
  originalIfc?: Uint8Array;
  fileName: string;
  compareWith?: { doc: HallDocument; name: string };
}

const navAppCode = async (): Promise<string> => ((await import('virtual:navapp')) as { default: string }).default;

export async function runEditorExport(def: ExportDef, input: EditorExportInput): Promise<ExportOutput> {
  let result = input.result;
  if (def.needsCheck && !result) result = (await import('../../rules')).checkHall(input.doc);
  // The name the user signs comments and acceptances with also signs what they export (the report's 编制 row).
  const options = { ...input.options };
  for (const o of def.options) if (o.signer && !options[o.key]?.trim()) options[o.key] = rememberedAuthor() || undefined;
  return def.run({
    doc: input.doc,
    result,
    options: withDefaults(def, options),
    env: { navAppCode, originalIfc: input.originalIfc, fileName: input.fileName, compareWith: input.compareWith },
  });
}

const STORAGE = 'halltwin.export.';

/** Option values the user typed last time (a base URL is the same for every export of a hall). */
export function rememberedOptions(def: ExportDef): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const o of def.options) {
    try {
      out[o.key] = localStorage.getItem(STORAGE + o.key) ?? o.default;
    } catch {
      out[o.key] = o.default;
    }
  }
  return out;
}

export function rememberOptions(def: ExportDef, options: Record<string, string | undefined>): void {
  for (const o of def.options) {
    const v = options[o.key];
    if (!o.ask || v === undefined) continue;
    try {
      localStorage.setItem(STORAGE + o.key, v);
    } catch {
      // Private mode or full storage: the value is simply asked for again next time.
    }
  }
}
