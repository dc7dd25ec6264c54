/**
 * The imported hall made whole: floor heights where the storeys did not give them, exterior doors inferred on the
 * ground floor, the hall's metadata (ours, else the model's), and a document the schema accepts.
 */
import { HallDocumentSchema, MetaSchema, type Floor, type HallDocument } from '../core/document';
import { exteriorDoors, groundFloor } from '../core/entrances';
import { PRESET_IDS, type PresetId } from '../core/presets';
import { HALL_LEVEL_IDS, type HallLevel } from '../core/vocab';
import { IfcImportError } from './errors';
import type { readGeoref } from './georef';
import type { Props } from './kinds/types';
import { oneOf, pBool, pStr, r6 } from './kinds/values';
import { certainlyValid, metaAsSchemaGives, type MetaInput } from './valid-hall';

/** Floors without a height take their tallest wall's, else the floor below's, else 3 m. */
export function fillHeights(floors: Floor[]): void {
  floors.forEach((f, i) => {
    if (f.height > 0) return;
    let top = -Infinity;
    for (const e of f.elements) if (e.kind === 'wall' && e.height) top = Math.max(top, e.height);
    f.height = r6(Number.isFinite(top) && top > 0.5 ? Math.min(top, 100) : (floors[i - 1]?.height ?? 3));
  });
}

/** Doors on the ground floor's outer walls are exterior (where our own property set does not say so). */
export function markExteriorDoors(floors: Floor[], ownDoors: ReadonlySet<string>, warnings: string[]): void {
  const street = groundFloor({ floors });
  const outer = street ? exteriorDoors(street).filter((d) => !ownDoors.has(d.id)) : [];
  if (!street || !outer.length) return;
  const found = new Set(outer.map((d) => d.id));
  street.elements = street.elements.map((e) => (e.kind === 'opening' && found.has(e.id) && e.exterior === undefined ? withExterior(e) : e));
  warnings.push(
    `${outer.length} exterior door${outer.length > 1 ? 's' : ''} found on the outer walls of "${street.name}"; confirm the main entrance / 在“${street.name}”外墙上找到 ${outer.length} 个外门，请确认主入口`,
  );
}

/** The door with `exterior: true` in the schema's key order (right after `entrance`), so valid-hall.ts can still vouch for it. */
function withExterior<T extends { entrance: unknown }>(e: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    out[k] = v;
    if (k === 'entrance') out.exterior = true;
  }
  return out as T;
}

export interface HallSource {
  fileName: string;
  schema: string;
  /** Our Pset_HallTwinHall, when the model is one of our exports. */
  hall: Props | undefined;
  names: { name?: string; projectGlobalId?: string };
  georef: ReturnType<typeof readGeoref>;
}

export function hallDocument(floors: Floor[], { fileName, schema, hall, names, georef }: HallSource, warnings: string[]): HallDocument {
  const metaInput: MetaInput = {
    name: (pStr(hall, 'Name') ?? names.name ?? fileName.replace(/\.ifc$/i, '')).slice(0, 500),
    ...(pStr(hall, 'NameEn') ? { nameEn: pStr(hall, 'NameEn') } : {}),
    ...(oneOf<PresetId>(pStr(hall, 'Preset'), PRESET_IDS) ? { preset: pStr(hall, 'Preset') } : {}),
    ...(oneOf<HallLevel>(pStr(hall, 'Level'), HALL_LEVEL_IDS) ? { level: pStr(hall, 'Level') } : {}),
    ...(georef.georef ? { georef: georef.georef } : {}),
    ...(pBool(hall, 'Sprinklers') !== undefined ? { sprinklers: pBool(hall, 'Sprinklers') } : {}),
    ...(pBool(hall, 'Crowded') !== undefined ? { crowded: pBool(hall, 'Crowded') } : {}),
    source: { kind: 'ifc', fileName: fileName.slice(0, 500), schema, ...(names.projectGlobalId ? { projectGlobalId: names.projectGlobalId } : {}) },
  };
  const meta = metaAsSchemaGives(metaInput) ?? MetaSchema.parse(metaInput);
  if (!georef.georef) warnings.push('no georeference (no IfcSite latitude/longitude or IfcMapConversion) / 无地理参照（无 IfcSite 经纬度或 IfcMapConversion）');
  const doc: HallDocument = { format: 'halltwin', version: 1, meta, floors };
  // Elements are built in the schema's key order, so a document that passes the cheap check is what the schema would return.
  return certainlyValid(doc) ? doc : validated(doc, warnings);
}

/** Keep the result loadable: drop (with a warning) any element the document schema rejects. */
function validated(doc: HallDocument, warnings: string[]): HallDocument {
  for (let round = 0; round < 5; round++) {
    const res = HallDocumentSchema.safeParse(doc);
    if (res.success) return res.data;
    const drop = new Set<string>();
    for (const issue of res.error.issues) {
      const [a, fi, b, ei] = issue.path;
      if (a === 'floors' && b === 'elements' && typeof fi === 'number' && typeof ei === 'number') {
        const el = doc.floors[fi]?.elements[ei];
        // One warning per element, however many of its coordinates the schema refused.
        if (el && !drop.has(el.id)) {
          drop.add(el.id);
          warnings.push(`${el.kind} "${el.id}"${el.ifcGlobalId ? ` (IFC ${el.ifcGlobalId})` : ''} dropped: ${issue.message} / 已舍弃`);
        }
      } else throw new IfcImportError(`imported model is not a valid hall: ${issue.path.join('.')}: ${issue.message}`, 'validate');
    }
    doc = { ...doc, floors: doc.floors.map((f) => ({ ...f, elements: f.elements.filter((e) => !drop.has(e.id)) })) };
  }
  return doc;
}
