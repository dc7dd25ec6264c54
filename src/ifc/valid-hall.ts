/**
 * A cheap proof that an imported document needs no repair: true only when HallDocumentSchema would
 * accept it and give it back unchanged (same keys, same order, no defaults to fill in). Zod costs up to
 * ~2 ms per import on the sample files (half of it the O(n²) crossing test of every polygon, with a
 * fresh array per edge pair); this walks the document once. Anything it is unsure of answers false, and
 * the importer then runs the schema as before, so a false "no" costs time, never correctness.
 *
 * Only the kinds the importer makes from IFC geometry are checked here (zones, walls, doors, stairs,
 * obstacles); a file with our designed counters, signs or points goes through the schema.
 */
import type { z } from 'zod';
import { MAX_ELEMENTS, type HallDocument, type HallElement, type Meta } from '../core/document';
import { area, type Polygon } from '../core/geometry/polygon';
import { MAX_COORD_M, MAX_LENGTH_M, floorSpanProblem } from '../core/limits';
import { dist, segmentsIntersect } from '../core/geometry/vec';
import { ObstacleSchema } from '../core/kinds/obstacle';
import { OpeningSchema } from '../core/kinds/opening';
import { VLinkSchema } from '../core/kinds/vlink';
import { WallSchema } from '../core/kinds/wall';
import { ZoneSchema } from '../core/kinds/zone';
import { DEFAULT_PRESET, isPresetId } from '../core/presets';
import { ENTRANCE_KIND_IDS, HALL_LEVEL_IDS, LINK_KIND_IDS, ZONE_TYPE_IDS } from '../core/vocab';

type Shape = Record<string, z.ZodType>;

/** Key order of a kind as the schema writes it, and which keys it would fill in (or demand) when absent. */
function layout(shape: Shape): { order: string[]; needed: Set<string> } {
  const order = Object.keys(shape);
  const needed = new Set(
    order.filter((k) => {
      const r = shape[k].safeParse(undefined);
      return !r.success || r.data !== undefined;
    }),
  );
  return { order, needed };
}

const LAYOUT = {
  zone: layout(ZoneSchema.shape as Shape),
  wall: layout(WallSchema.shape as Shape),
  opening: layout(OpeningSchema.shape as Shape),
  vlink: layout(VLinkSchema.shape as Shape),
  obstacle: layout(ObstacleSchema.shape as Shape),
};

const ID = /^[A-Za-z0-9_\-:.$]+$/;
const zoneTypes = new Set<string>(ZONE_TYPE_IDS);
const linkKinds = new Set<string>(LINK_KIND_IDS);
const entranceKinds = new Set<string>(ENTRANCE_KIND_IDS);

const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 80 && ID.test(v);
const isText = (v: unknown) => typeof v === 'string' && v.length <= 500;
const fin = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const within = (v: unknown, lo: number, hi: number) => fin(v) && v >= lo && v <= hi;
const posLen = (v: unknown) => fin(v) && v > 0 && v <= MAX_LENGTH_M;
const angle = (v: unknown) => within(v, -3600, 3600);
const vec2 = (v: unknown) => Array.isArray(v) && v.length === 2 && within(v[0], -MAX_COORD_M, MAX_COORD_M) && within(v[1], -MAX_COORD_M, MAX_COORD_M);
const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const bool = (v: unknown) => typeof v === 'boolean';

/** Keys exactly in the schema's order, none unknown, none missing that the schema would add or demand. */
function sameLayout(el: object, l: { order: string[]; needed: Set<string> }): boolean {
  let at = 0;
  let needed = 0;
  for (const k of Object.keys(el)) {
    while (at < l.order.length && l.order[at] !== k) at++;
    if (at === l.order.length) return false;
    if ((el as Record<string, unknown>)[k] === undefined) return false;
    if (l.needed.has(k)) needed++;
    at++;
  }
  return needed === l.needed.size;
}

/**
 * PolygonSchema's test (3–5000 points, no repeated point, no two non-adjacent edges touching, area ≥ 1e-6)
 * without its cost: core's segmentsIntersect makes four arrays per edge pair; this does the same
 * arithmetic in the same order (so the same rounding, the same answer on near-collinear edges) in place.
 */
export function simpleRing(v: unknown): boolean {
  if (!Array.isArray(v) || v.length < 3 || v.length > 5000) return false;
  for (const p of v) if (!vec2(p)) return false;
  const poly = v as Polygon;
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    const p = poly[i];
    for (let j = i + 1; j < n; j++) {
      const q = poly[j];
      // hypot is at least the larger difference: only close pairs need it.
      if (Math.abs(p[0] - q[0]) > 1e-9 || Math.abs(p[1] - q[1]) > 1e-9) continue;
      if (dist(p, q) < 1e-9) return false;
    }
  }
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsIntersect(a, b, poly[j], poly[(j + 1) % n])) return false;
    }
  }
  return area(poly) >= 1e-6;
}

function validElement(e: HallElement): boolean {
  if (!isId(e.id) || !opt(e.name, isText) || !opt(e.ifcGlobalId, (g) => typeof g === 'string' && g.length <= 64) || !opt(e.locked, bool)) return false;
  switch (e.kind) {
    case 'zone':
      return (
        sameLayout(e, LAYOUT.zone) &&
        zoneTypes.has(e.type) &&
        Array.isArray(e.also) &&
        e.also.length <= 10 &&
        e.also.every((t) => zoneTypes.has(t)) &&
        simpleRing(e.polygon) &&
        opt(e.department, isText) &&
        opt(e.nameEn, isText) &&
        opt(e.number, isText) &&
        opt(e.typeGuess, (g) => sameKeys(g, ['confidence', 'from']) && within((g as { confidence: unknown }).confidence, 0, 1) && isText((g as { from: unknown }).from))
      );
    case 'wall':
      return sameLayout(e, LAYOUT.wall) && vec2(e.a) && vec2(e.b) && posLen(e.thickness) && opt(e.height, posLen) && opt(e.glazed, bool);
    case 'opening':
      return (
        sameLayout(e, LAYOUT.opening) &&
        opt(e.wallId, isId) &&
        vec2(e.position) &&
        angle(e.rotation) &&
        posLen(e.width) &&
        posLen(e.height) &&
        entranceKinds.has(e.entrance) &&
        opt(e.exterior, bool) &&
        within(e.step, 0, 2) &&
        opt(e.ramp, bool) &&
        opt(e.tactilePaving, bool)
      );
    case 'vlink':
      return (
        sameLayout(e, LAYOUT.vlink) &&
        linkKinds.has(e.linkKind) &&
        Array.isArray(e.floors) &&
        e.floors.length >= 1 &&
        e.floors.length <= 100 &&
        e.floors.every(isId) &&
        vec2(e.position) &&
        angle(e.rotation) &&
        sameKeys(e.size, ['w', 'd']) &&
        posLen(e.size.w) &&
        posLen(e.size.d) &&
        bool(e.accessible) &&
        posLen(e.clearWidth) &&
        opt(e.slope, (s) => within(s, 0, 2)) &&
        e.runRise === undefined &&
        e.landing === undefined &&
        e.car === undefined
      );
    case 'obstacle':
      return sameLayout(e, LAYOUT.obstacle) && simpleRing(e.polygon) && posLen(e.height) && opt(e.seeThrough, bool);
    default:
      return false;
  }
}

const sameKeys = (o: unknown, keys: string[]) => !!o && typeof o === 'object' && Object.keys(o).join() === keys.join();

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
  const walls = new Set<string>();
  for (const f of doc.floors) {
    for (const e of f.elements) {
      if (ids.has(e.id) || !validElement(e)) return false;
      ids.add(e.id);
      if (e.kind === 'wall') walls.add(e.id);
    }
    if (floorSpanProblem(f)) return false;
  }
  for (const f of doc.floors) {
    for (const e of f.elements) {
      if (e.kind === 'vlink' && !e.floors.every((id) => floorIds.has(id))) return false;
      if (e.kind === 'opening' && e.wallId !== undefined && !walls.has(e.wallId)) return false;
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
