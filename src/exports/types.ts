/**
 * The export contract shared by the command line and the editor: an export is one module describing itself (id,
 * names, file extension, MIME type, options) and a typed function from the hall and its check result to the file.
 * Both front ends are generated from the registry (src/exports/registry.ts), so they cannot drift apart.
 */
import type { HallDocument } from '../core/document';
import type { Term } from '../core/vocab';
import type { CheckResult } from '../rules/types';

export interface ExportOption {
  /** Key in `options` and the command-line flag (`--base-url`). */
  key: string;
  label: Term;
  /** `url` must be http(s) or file; `choice` one of `choices`. */
  type: 'url' | 'text' | 'choice';
  choices?: readonly string[];
  default?: string;
  required?: boolean;
  /** Asked for in the editor before exporting; the others keep their default there. */
  ask?: boolean;
  /** The person exporting: the editor fills it with the name its user signs comments and acceptances with. */
  signer?: boolean;
  hint?: Term;
}

/** What differs between Node and the browser, supplied by the front end. */
export interface ExportEnv {
  /** The bundled phone app (the editor takes it from `virtual:navapp`); Node bundles it when absent. */
  navAppCode?: () => Promise<string>;
  /** The IFC the hall was imported from, for writing the hall's elements back into it. */
  originalIfc?: Uint8Array;
  /** Name of the file being written, for exports that record it (IFC FILE_NAME). */
  fileName?: string;
  /** Another version of the hall to compare with (the report's version comparison section). */
  compareWith?: { doc: HallDocument; name: string };
}

export interface ExportInput {
  doc: HallDocument;
  /** The check result of `doc` (only exports with `needsCheck` read it). */
  result?: CheckResult;
  options: Readonly<Record<string, string | undefined>>;
  env: ExportEnv;
}

export interface ExportOutput {
  data: string | Uint8Array;
  /** One line for the user (counts, sizes); the front end adds the file name. */
  summary?: string;
  /** Problems that did not stop the export, shown to the user. */
  warnings?: string[];
}

/** Something that will make the exported file poor, said before exporting (the CLI fails on it with --strict). */
export interface ExportWarning {
  code: string;
  zh: string;
  en: string;
  /** The elements concerned, for selecting them in the editor. */
  ids: string[];
}

/**
 * What an export reads from its front end besides the hall (`env`): the IFC model the hall was imported from
 * (`original-ifc`; the command line's `--original MODEL.ifc`, else the input itself when it is an IFC) and another
 * version of the hall to compare with (`other-version`; `--compare OLD`). The editor supplies both from its state.
 */
export type ExportReads = 'original-ifc' | 'other-version';

export interface ExportDef {
  id: string;
  label: Term;
  /** File name ending, appended to the hall's name in the editor (`-navmap.html`). */
  ext: string;
  mime: string;
  options: readonly ExportOption[];
  /** Reads the rule check (the CLI checks the hall first, with --preset/--level applied). */
  needsCheck: boolean;
  /** Seconds rather than milliseconds on a large hall: the editor shows a busy bar. */
  slow?: boolean;
  /** What it reads from `env` besides the hall: each is a flag of the command line. */
  reads?: readonly ExportReads[];
  /** Its HTML prints to PDF: the command line prints it when OUT ends in .pdf; the editor's menu has this item beside it. */
  printsToPdf?: { label: Term };
  /** What will make the file poor, checked before the export: the editor asks to go on, the CLI prints it. */
  preflight?(doc: HallDocument): Promise<ExportWarning[]>;
  run(input: ExportInput): Promise<ExportOutput>;
}

export function defineExport(def: ExportDef): ExportDef {
  return def;
}

/** Problems with the given options, each naming the option (empty when they are fine). */
export function optionProblems(def: ExportDef, options: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = [];
  for (const o of def.options) {
    const v = options[o.key] ?? o.default;
    if (v === undefined || v === '') {
      if (o.required) out.push(`--${o.key} is required (${o.label.en} / ${o.label.zh})`);
      continue;
    }
    if (o.type === 'choice' && o.choices && !o.choices.includes(v)) out.push(`--${o.key} must be one of ${o.choices.join(', ')} (got "${v}")`);
    if (o.type === 'url' && !/^(https?|file):\/\/\S+$/i.test(v)) out.push(`--${o.key} must be a URL starting with https:// (got "${v}")`);
  }
  return out;
}

/** The options with defaults filled in. */
export function withDefaults(def: ExportDef, options: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const o of def.options) out[o.key] = options[o.key] || o.default;
  return out;
}
