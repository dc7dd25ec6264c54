/**
 * The province presets. A province is one file, `presets/<id>.json` (beside its standard's text in
 * ../shared/standards): its identity (id, names, the short label the hall settings list, its ISO 3166-2 code for
 * map exports, the files of its standard's text), its rules' clauses, severities and parameters, and its search words. Every such file is registered
 * when this module loads — through Vite's `import.meta.glob` in the app and the tests, by reading the folder in Node
 * (the CLI runs the sources through tsx) — so adding a province touches nothing in src/. `registerPreset` adds one at
 * run time (a test's fixture province). src/rules/preset.ts and src/nav/export/search-dictionary.ts read the rest of
 * a file through `presetFile`.
 */
import { z } from 'zod';
import { COUNTER_TYPE_IDS, type CounterType, type PresetId, ZONE_TYPE_IDS, type ZoneType } from './vocab';
import { clip } from './limits';

/** The files in presets/ that are not a province: the national rules every province includes, and parameter ranges. */
const SHARED_FILES: ReadonlySet<string> = new Set(['national', 'param-ranges']);

/** The preset a hall file without one is checked under (the file format's default since version 1). */
export const DEFAULT_PRESET = 'hunan';

/** What a preset id looks like (its file's name); which ids exist is the registry's business, not the schema's. */
export const PRESET_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** What a province's file must say about itself; the rest of the file is read by the modules that use it. */
const PresetIdentitySchema = z.looseObject({
  id: z.string().regex(PRESET_ID_PATTERN, 'a preset id is lower-case letters, digits and -'),
  name: Bilingual,
  /** The short name lists show (湖南 DB43/T / Hunan DB43/T). */
  label: Bilingual,
  /** ISO 3166-2 code of the province, e.g. CN-HN (the IMDF address's `province`). */
  iso3166: z.string().regex(/^CN-[A-Z]{2}$/, 'an ISO 3166-2 code of a Chinese province, e.g. CN-HN'),
  /** Its standard's text files in ../shared/standards, which every quoted clause is checked against (none: not supplied). */
  standards: z.array(z.string().regex(/^[\w.-]+\.txt$/, 'a file name in ../shared/standards, e.g. hunan-DB43.txt')),
  /**
   * Where its standard names a zone or counter type otherwise than the national vocabulary (src/core/vocab.ts), its
   * own words in both languages: the inspector, catalogue and findings use them for halls under this province.
   */
  terms: z
    .object({
      zone: z.partialRecord(z.enum(ZONE_TYPE_IDS as [ZoneType, ...ZoneType[]]), Bilingual).optional(),
      counter: z.partialRecord(z.enum(COUNTER_TYPE_IDS as [CounterType, ...CounterType[]]), Bilingual).optional(),
    })
    .optional(),
});
export type PresetFile = z.infer<typeof PresetIdentitySchema>;

export type { PresetId };

const FILES = new Map<PresetId, PresetFile>();
const IDS: PresetId[] = [];

/** The registered presets' ids, shipped ones sorted by id; a live view, so a province registered later is listed. */
export const PRESET_IDS: readonly PresetId[] = IDS;

/** Register a province from its file's parsed JSON; a malformed one is refused saying which file and field. */
export function registerPreset(raw: unknown, file = 'preset'): PresetFile {
  const r = PresetIdentitySchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  if (FILES.has(r.data.id)) throw new Error(`${file}: preset "${r.data.id}" is already registered`);
  FILES.set(r.data.id, r.data);
  IDS.push(r.data.id);
  return r.data;
}

export function isPresetId(id: unknown): id is PresetId {
  return typeof id === 'string' && FILES.has(id);
}

/** The whole file of a registered preset. */
export function presetFile(id: PresetId): PresetFile {
  const f = FILES.get(id);
  if (!f) throw new Error(`unknown preset "${clip(id)}": one of ${IDS.join(', ')}`);
  return f;
}

/** Vite's eager glob of presets/*.json; undefined where the sources run without Vite (tsx in Node). */
function bundledFiles(): Record<string, unknown> | undefined {
  try {
    return import.meta.glob('../../presets/*.json', { eager: true, import: 'default' });
  } catch {
    return undefined;
  }
}

/** presets/*.json read from disk (Node); nothing in a page built without Vite (the phone app never asks). */
function folderFiles(): Record<string, unknown> {
  const fs = typeof process === 'undefined' ? undefined : (process.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined);
  if (!fs) return {};
  const dir = new URL('../../presets/', import.meta.url);
  const out: Record<string, unknown> = {};
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.json')) out[name] = JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8'));
  return out;
}

const found = bundledFiles() ?? folderFiles();
for (const path of Object.keys(found).sort()) {
  const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
  if (!SHARED_FILES.has(id)) registerPreset(found[path], `presets/${id}.json`);
}
