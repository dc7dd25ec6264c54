/**
 * A cheap proof that an imported document needs no repair: true only when HallDocumentSchema would
 * accept it and give it back unchanged (same keys, same order, no defaults to fill in). Zod costs up to
 * ~2 ms per import on the sample files (half of it the O(n²) crossing test of every polygon, with a
 * fresh array per edge pair); this walks the document once. Anything it is unsure of answers false, and
 * the importer then runs the schema as before, so a false "no" costs time, never correctness.
 *
 * Each element is vouched for by its kind's `asSchemaGives` (src/core/kinds/<kind>/); the kinds the importer makes
 * from IFC geometry have one, and a file holding an element of a kind without one goes through the schema.
 */
import { MAX_ELEMENTS, type HallDocument, type Meta } from '../core/document';
import { bool, fin, isId, isText, opt, simpleRing, within } from '../core/kinds/as-schema-gives';
import { refProblems } from '../core/kinds/refs';
import { kindOf } from '../core/kinds/registry';
import { floorSpanProblem } from '../core/limits';
import { DEFAULT_PRESET, isPresetId } from '../core/presets';
import { HALL_LEVEL_IDS } from '../core/vocab';

// The DXF importer vouches for its rings with the same test.
export { simpleRing } from '../core/kinds/as-schema-gives';

const FLOOR_KEYS = ['id', 'name', 'storey', 'elevation', 'height', 'outline', 'elements', 'ifcGlobalId'];
const DOC_KEYS = ['format', 'version', 'meta', 'floors'];

/**
 * True when the schema would take `doc` as it is. `meta` must already be MetaSchema's output (the
 * importer builds it with MetaSchema.parse); everything else, including the cross-references the
 * document schema checks (unique ids, doors' walls, links' floors), is checked here.
 */
export function certainlyValid(doc: HallDocument): boolean {
  if (Object.keys(doc).join() !== DOC_KEYS.join() || doc.format !== 'halltwin' || doc.version !== 1) return false;
  if (!Array.isArray(doc.floors) || doc.floors.length > 200) return false;
  const ids = new Set<string>();
  const floorIds = new Set<string>();
  let total = 0;
  for (const f of doc.floors) {
    const keys = Object.keys(f);
    const want = FLOOR_KEYS.filter((k) => (k !== 'ifcGlobalId' || f.ifcGlobalId !== undefined) && (k !== 'outline' || f.outline !== undefined));
    if (keys.join() !== want.join() || !opt(f.outline, simpleRing)) return false;
    if (!isId(f.id) || !isText(f.name) || !Number.isInteger(f.storey) || !within(f.storey, -20, 200) || !within(f.elevation, -1000, 5000)) return false;
    if (!(fin(f.height) && f.height > 0 && f.height <= 100) || !opt(f.ifcGlobalId, (g) => typeof g === 'string' && g.length <= 64)) return false;
    if (!Array.isArray(f.elements) || f.elements.length > 200000 || ids.has(f.id)) return false;
    total += f.elements.length;
    ids.add(f.id);
    floorIds.add(f.id);
  }
  if (total > MAX_ELEMENTS) return false;
  const kindById = new Map<string, string>();
  for (const f of doc.floors) kindById.set(f.id, 'floor');
  for (const f of doc.floors) {
    for (const e of f.elements) {
      if (ids.has(e.id) || !kindOf(e).asSchemaGives?.(e)) return false;
      ids.add(e.id);
      kindById.set(e.id, e.kind);
    }
    if (floorSpanProblem(f)) return false;
  }
  for (const f of doc.floors) {
    for (const e of f.elements) {
      if (e.kind === 'vlink' && !e.floors.every((id) => floorIds.has(id))) return false;
      if (refProblems(e, kindById).length) return false;
    }
  }
  return true;
}

/** What the importer hands MetaSchema: the meta fields it knows from the file. */
export interface MetaInput {
  name: string;
  nameEn?: string;
  preset?: string;
  level?: string;
  georef?: { lat: number; lon: number; rotation: number; altitude?: number };
  sprinklers?: boolean;
  crowded?: boolean;
  source: { kind: 'ifc'; fileName: string; schema: string; projectGlobalId?: string };
}

const META_INPUT_KEYS = new Set(['name', 'nameEn', 'preset', 'level', 'georef', 'sprinklers', 'crowded', 'source']);
const levels = new Set<string>(HALL_LEVEL_IDS);

/**
 * MetaSchema.parse(input) when the input is certainly valid, built the way the schema builds it (its
 * key order, its defaults), or undefined to let the schema decide. Zod's pass over the meta costs
 * ~40 µs of an import's unoptimised first runs, as much as bare web-ifc's whole pass over a small file.
 */
export function metaAsSchemaGives(input: MetaInput): Meta | undefined {
  for (const k of Object.keys(input)) if (!META_INPUT_KEYS.has(k) || (input as unknown as Record<string, unknown>)[k] === undefined) return undefined;
  const { name, nameEn, preset, level, georef: g, sprinklers, crowded, source: src } = input;
  if (!isText(name) || !opt(nameEn, isText) || !opt(preset, isPresetId) || !opt(level, (l) => levels.has(l as string))) return undefined;
  if (!opt(sprinklers, bool) || !opt(crowded, bool)) return undefined;
  if (g !== undefined) {
    const keys = Object.keys(g).join();
    if (keys !== 'lat,lon,rotation' && keys !== 'lat,lon,rotation,altitude') return undefined;
    if (!within(g.lat, -90, 90) || !within(g.lon, -180, 180) || !within(g.rotation, -360, 360) || !opt(g.altitude, fin)) return undefined;
  }
  if (!src || typeof src !== 'object') return undefined;
  const srcKeys = Object.keys(src).join();
  if (srcKeys !== 'kind,fileName,schema' && srcKeys !== 'kind,fileName,schema,projectGlobalId') return undefined;
  if (src.kind !== 'ifc' || !isText(src.fileName) || !isText(src.schema) || !opt(src.projectGlobalId, (v) => typeof v === 'string' && v.length <= 64)) return undefined;
  return {
    name,
    ...(nameEn !== undefined ? { nameEn } : {}),
    preset: preset ?? DEFAULT_PRESET,
    level: (level ?? 'county') as Meta['level'],
    ...(g ? { georef: { lat: g.lat, lon: g.lon, rotation: g.rotation, ...(g.altitude !== undefined ? { altitude: g.altitude } : {}) } } : {}),
    queue: {},
    ruleOverrides: {},
    disabledRules: [],
    sprinklers: sprinklers ?? false,
    crowded: crowded ?? false,
    source: { kind: 'ifc', fileName: src.fileName, schema: src.schema, ...(src.projectGlobalId !== undefined ? { projectGlobalId: src.projectGlobalId } : {}) },
  };
}
