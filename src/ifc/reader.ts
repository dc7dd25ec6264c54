/** Thin typed access to an open web-ifc model: lines, attribute values, units, placements, our property sets. */
import type { IfcAPI } from 'web-ifc';
import * as W from 'web-ifc';
import { type FullLine, hasNonDerivedStars, STAR, StarLines } from './star-lines';
import { type RawLine, StepLines } from './step-lines';

export type Line = any;

/** A 3D affine placement in file units, IFC axes (z up): origin and the three unit axes. */
export interface Frame {
  o: [number, number, number];
  x: [number, number, number];
  y: [number, number, number];
  z: [number, number, number];
}

const IDENTITY: Frame = { o: [0, 0, 0], x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };

export const str = (v: any): string | undefined => {
  const x = v?.value ?? v;
  // web-ifc has decoded the STEP escapes already (and our text reader takes only texts without any).
  return typeof x === 'string' && x !== '' ? x : undefined;
};
export const num = (v: any): number | undefined => {
  const x = v?.value ?? v?._representationValue ?? v;
  const n = typeof x === 'string' ? Number(x) : x;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
export const ref = (v: any): number | undefined => (v && typeof v === 'object' && v.type === 5 && typeof v.value === 'number' ? v.value : typeof v === 'number' ? v : undefined);
export const refs = (v: any): number[] => (Array.isArray(v) ? v.map(ref).filter((x): x is number => x !== undefined) : []);

/**
 * Where web-ifc's own line reader (FromRawLineData) takes each attribute of a line type from, and in
 * what shape it gives it: attribute name → index in the raw arguments (derived attributes, written `*`,
 * are not in them) and shape. Learnt once per schema and type by running that reader on marker
 * arguments, so it is web-ifc's reading whatever the schema; null when the reader does something the
 * markers cannot follow (such lines are read in full).
 */
type Shape = 'value' | 'list' | 'valueList' | 'numberList' | 'textList';
const attributeMaps = new Map<number, Map<number, [string, number, Shape][] | null>>();
const MARK = 2 ** 40;

function attributeMap(schema: number, type: number): [string, number, Shape][] | null {
  let ofSchema = attributeMaps.get(schema);
  if (!ofSchema) attributeMaps.set(schema, (ofSchema = new Map()));
  let map = ofSchema.get(type);
  if (map !== undefined) return map;
  map = null;
  const read = (W.FromRawLineData as unknown as Record<number, Record<number, ((args: unknown[]) => object) | undefined> | undefined>)[schema]?.[type];
  if (read) {
    // Argument k is a one-element list that also answers .value (the marker as text): web-ifc reads it as
    // a value, a reference, an enum or a list, and converts the text to a number where it reads a number.
    const marker = (k: number) => Object.assign([{ type: 5, value: String(MARK + k) }], { type: 5, value: String(MARK + k) });
    const args = new Proxy([] as unknown[], { get: (t, p) => (typeof p === 'string' && /^\d+$/.test(p) ? marker(Number(p)) : Reflect.get(t, p)) });
    const index = (x: unknown) => {
      const n = Number(x);
      return (typeof x === 'number' || typeof x === 'string') && n >= MARK && n < MARK + 1000 ? n - MARK : undefined;
    };
    try {
      const line = read(args) as Record<string, any>;
      const found: [string, number, Shape][] = [];
      const seen = new Set<number>();
      let ok = true;
      for (const [name, v] of Object.entries(line)) {
        let k: number | undefined;
        let shape: Shape = 'value';
        // An argument passed on as it is (an enum) is the marker itself: a list that has a value.
        if (Array.isArray(v) && (k = index((v as { value?: unknown }).value)) === undefined) {
          if ((k = index(v[0]?.value)) !== undefined) shape = 'list';
          else if ((k = index(v[0])) !== undefined) shape = typeof v[0] === 'number' ? 'numberList' : 'textList';
        } else if ((k = index(v?.value)) !== undefined) shape = 'value';
        else if ((k = index(v?.value?.[0])) !== undefined) shape = 'valueList';
        if (k === undefined) continue;
        if (seen.has(k)) ok = false;
        seen.add(k);
        found.push([name, k, shape]);
      }
      if (ok && found.length) map = found;
    } catch {
      // not a reader the markers can follow
    }
  }
  ofSchema.set(type, map);
  return map;
}

/** A raw argument as web-ifc's reader gives it: reals as numbers (parseFloat, as its NumberHandle does), `$` as null. */
function rawValue(v: any): any {
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return v.map(rawValue);
  if (v.type === 4 && typeof v.value === 'string') return { type: 4, value: parseFloat(v.value) };
  if (v.type === 2) throw new Error('typed value');
  return v;
}

const present = (p: any) => p?.value !== undefined && p?.value !== null && p?.value !== '';

/** An argument in one of web-ifc's shapes (see attributeMap). */
function shaped(v: any, shape: Shape): any {
  if (v === undefined || v === null || v === '') return null;
  switch (shape) {
    case 'value':
      return rawValue(v);
    case 'list':
      return Array.isArray(v) ? v.map(rawValue) : null;
    case 'valueList':
      return Array.isArray(v) ? { value: v.map((x: any) => x?.value) } : null;
    case 'numberList':
      return Array.isArray(v) ? v.map((p: any) => (present(p) ? Number(p.value) : null)) : null;
    case 'textList':
      return Array.isArray(v) ? v.map((p: any) => (present(p) ? p.value : null)) : null;
  }
}

export class ModelReader {
  private frames = new Map<number, Frame>();
  private cache = new Map<number, Line | undefined>();
  private idCache = new Map<number, number[]>();
  private text?: StepLines;
  /** Set when the file writes `*` for attributes that are not derived (star-lines.ts): such lines are lined up here. */
  private star?: StarLines;
  private schema?: number;
  constructor(
    readonly api: IfcAPI,
    readonly model: number,
  ) {
    const schema = (api as unknown as { modelSchemaList?: number[] }).modelSchemaList?.[model];
    if (typeof schema === 'number') this.schema = schema;
  }

  /**
   * Read lines from the model's STEP text where they are plain (step-lines.ts), as the plain objects
   * `rawLines` makes, instead of through web-ifc; the others through web-ifc as before.
   */
  readFromText(bytes: Uint8Array): void {
    if (this.schema === undefined) return;
    const codes = W as unknown as Record<string, unknown>;
    this.text = new StepLines(
      bytes,
      (name) => (typeof codes[name] === 'number' ? (codes[name] as number) : undefined),
      (id) => {
        try {
          return this.api.GetLineType(this.model, id);
        } catch {
          return 0;
        }
      },
    );
  }

  /** Caches the plain object of a raw line; false when web-ifc's reader of its type or one of its values is not covered. */
  private plain(r: RawLine): boolean {
    const map = this.schema === undefined ? null : attributeMap(this.schema, r.type);
    if (!map) return false;
    try {
      const l: Record<string, unknown> = { expressID: r.ID, type: r.type };
      for (const [name, k, shape] of map) l[name] = shaped(r.arguments[k], shape);
      this.cache.set(r.ID, l);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Looks for `*` written where an attribute is not derived (one byte search, ~0.3 ns a byte, so only
   * asked when a storey has no Elevation, which exporters that do not write such stars always write);
   * if there is one, every line is read again with the stars in place. Returns whether it did.
   */
  lineUpStars(bytes: Uint8Array): boolean {
    if (this.star || this.schema === undefined || !hasNonDerivedStars(bytes)) return false;
    this.star = new StarLines(bytes);
    this.cache.clear();
    this.frames.clear();
    return true;
  }

  /** Whether lines are re-read with `*` kept in place (the file writes it for attributes that are not derived). */
  get starred(): boolean {
    return this.star !== undefined;
  }

  /**
   * Caches a line read with every position kept, when its type has no derived attribute (as many
   * arguments as web-ifc's reader takes): a `*` there is an unset attribute. Where the type has derived
   * attributes and the stars are exactly those, web-ifc's own reading is right: false, read it so.
   */
  private plainStarred(full: FullLine): boolean {
    const code = (W as unknown as Record<string, unknown>)[full.name];
    const map = this.schema === undefined || typeof code !== 'number' ? null : attributeMap(this.schema, code);
    if (!map || full.arguments.length !== map.length) return false;
    const fix = (v: any): any => {
      if (v === STAR) return null;
      if (Array.isArray(v)) return v.map(fix);
      if (v && v.type === 2) return { type: typeof v.value === 'number' ? 4 : 1, name: v.label, value: v.value };
      return v;
    };
    try {
      const l: Record<string, unknown> = { expressID: full.ID, type: code };
      for (const [name, k, shape] of map) l[name] = shaped(fix(full.arguments[k]), shape);
      this.cache.set(full.ID, l);
      return true;
    } catch {
      return false;
    }
  }

  /** Reads what it can of `ids` (not cached) from the text; returns the rest. */
  private fromText(ids: number[]): number[] {
    const star = this.star;
    if (star)
      ids = ids.filter((id) => {
        const f = star.read(id);
        return !(f && this.plainStarred(f));
      });
    const text = this.text;
    if (!text) return ids;
    const rest: number[] = [];
    for (const id of ids) {
      const r = text.read(id);
      if (!r || !this.plain(r)) rest.push(id);
    }
    return rest;
  }

  /** Ids of the lines of one type; asked of web-ifc once per type (a call scans the model: 10–30 µs on the samples). */
  ids(type: number): number[] {
    const hit = this.idCache.get(type);
    if (hit) return hit.slice();
    const v = this.api.GetLineIDsWithType(this.model, type);
    const out: number[] = new Array(v.size());
    for (let i = 0; i < out.length; i++) out[i] = v.get(i);
    this.idCache.set(type, out);
    return out.slice();
  }

  /**
   * The ids of several types with one call into web-ifc instead of one each (~6 µs a call, and an import
   * asks for some twenty types, most of them absent from a small model). When the types have few lines
   * between them, each line's type sorts them out (a cheap lookup); with many, later `ids` calls ask per type.
   */
  prefetchIds(types: readonly number[], maxSplit = 64): void {
    const todo = [...new Set(types)].filter((t) => !this.idCache.has(t));
    if (todo.length < 2) return;
    const wasm = this.api.wasmModule as { GetLineIDsWithType?: (model: number, types: number[]) => { size(): number; get(i: number): number } } | undefined;
    if (!wasm?.GetLineIDsWithType) return;
    try {
      const v = wasm.GetLineIDsWithType(this.model, todo);
      const n = v.size();
      if (n > maxSplit) return;
      const byType = new Map<number, number[]>(todo.map((t) => [t, []]));
      for (let i = 0; i < n; i++) {
        const id = v.get(i);
        const list = byType.get(this.api.GetLineType(this.model, id));
        if (!list) return;
        list.push(id);
      }
      for (const [t, list] of byType) this.idCache.set(t, list);
    } catch {
      // per-type calls will do
    }
  }

  /**
   * Reads the lines the header reads will ask for (project, units, storeys, building, site, map
   * conversion and its CRS, the model contexts and their north) in three calls into web-ifc, one per
   * level of reference, instead of one call per line: the first runs of an import are not optimised
   * yet, and there a batch of nine lines cost 55–70 % of nine single reads (a small model's import is
   * little else). Only lines those reads use are read (a line costs 5–35 µs even in a batch): the
   * building only when the project has no name, the sites only when `siteNeeded` says no map
   * conversion places the model (asked once the conversions and their CRS are read). What is read is
   * cached for those reads.
   */
  prefetchHeaderLines(storeyIds: readonly number[], siteNeeded: () => boolean = () => true): void {
    const project = this.ids(W.IFCPROJECT)[0];
    const mapConversions = this.ids(W.IFCMAPCONVERSION);
    const contexts = this.ids(W.IFCGEOMETRICREPRESENTATIONCONTEXT);
    const sites = this.ids(W.IFCSITE);
    // Without a map conversion the site is always read; with one, only if the conversion does not place the model.
    const top = [...(project !== undefined ? [project] : []), ...storeyIds, ...mapConversions, ...contexts, ...(mapConversions.length ? [] : sites)];
    this.rawLines(top);
    const at = (id: number | undefined) => (id === undefined ? undefined : this.cache.get(id));
    const second: number[] = [];
    const add = (id: number | undefined, to: number[]) => {
      if (id !== undefined && !this.cache.has(id)) to.push(id);
    };
    add(ref(at(project)?.UnitsInContext), second);
    for (const id of mapConversions) add(ref(at(id)?.TargetCRS), second);
    // North comes from the first context whose TrueNorth is a direction (georef.ts); the others' only if that one's is not.
    const norths = contexts.map((id) => ref(at(id)?.TrueNorth)).filter((id): id is number => id !== undefined);
    add(norths[0], second);
    // The building names the hall only when the project has no name.
    if (str(at(project)?.LongName) === undefined && str(at(project)?.Name) === undefined) add(this.ids(W.IFCBUILDING)[0], second);
    this.rawLines(second);
    const third: number[] = [];
    // The length unit usually comes first; the others are read only if it does not.
    add(refs(at(ref(at(project)?.UnitsInContext))?.Units)[0], third);
    for (const id of mapConversions) add(ref(at(ref(at(id)?.TargetCRS))?.MapUnit), third);
    if (mapConversions.length && siteNeeded()) for (const id of sites) add(id, third);
    const firstNorth = (at(norths[0])?.DirectionRatios ?? []).map((v: unknown) => num(v) ?? 0);
    if (!(firstNorth.length >= 2 && (firstNorth[0] !== 0 || firstNorth[1] !== 0))) for (const id of norths.slice(1)) add(id, third);
    this.rawLines(third);
  }

  /**
   * Like `lines`, but the lines come as plain objects built from web-ifc's raw arguments, named as its
   * reader names them (attributeMap), instead of through its reader's classes: for the header lines of
   * every import that reader's code for their types is cold in a small file's first runs (the only
   * file of its schema so far costs 100–200 µs for ten lines, twice the raw read). A line whose type or
   * values the plain form does not cover is read in full.
   */
  rawLines(ids: readonly number[]): void {
    const missing = this.fromText(ids.filter((id) => !this.cache.has(id)));
    if (missing.length === 0) return;
    let raw: RawLine[] | undefined;
    if (this.schema !== undefined) {
      try {
        raw = this.api.GetRawLinesData(this.model, missing) as RawLine[];
      } catch {
        raw = undefined;
      }
    }
    const got = new Set<number>();
    for (const r of raw ?? []) if (r && typeof r.ID === 'number' && this.plain(r)) got.add(r.ID);
    this.lines(missing.filter((id) => !got.has(id)));
  }

  count(type: number): number {
    return this.api.GetLineIDsWithType(this.model, type).size();
  }

  line(id: number | undefined, flatten = false): Line | undefined {
    if (id === undefined) return undefined;
    if (!flatten) {
      const hit = this.cache.get(id);
      if (hit !== undefined || this.cache.has(id)) return hit;
      if (this.text && this.fromText([id]).length === 0) return this.cache.get(id);
    }
    let l: Line | undefined;
    try {
      l = this.api.GetLine(this.model, id, flatten);
    } catch {
      l = undefined;
    }
    if (!flatten) this.cache.set(id, l);
    return l;
  }

  /**
   * The lines of many ids at once: one call into wasm instead of one per line (a GetLine costs ~10 µs,
   * most of it crossing into wasm and back). Later `line(id)` calls for these ids are served from memory.
   */
  lines(ids: readonly number[]): (Line | undefined)[] {
    const missing = this.fromText(ids.filter((id) => !this.cache.has(id)));
    if (missing.length > 1) {
      try {
        const got = this.api.GetLines(this.model, missing);
        // GetLines skips lines it cannot read (without an id) instead of failing: match them up by id.
        for (const l of got) if (l && typeof l.expressID === 'number') this.cache.set(l.expressID, l);
      } catch {
        // one unreadable line fails the batch: read them one by one below
      }
    }
    return ids.map((id) => this.line(id));
  }

  /**
   * The element each door sits in: door → the RelatingBuildingElement of the IfcRelVoidsElement whose
   * opening the door fills (IfcRelFillsElement); where several relations say so, the last one read.
   * By default through web-ifc's inverse lookup, which reads only the relations of these doors; a model
   * has a pair for every window and opening too (60 of each for 18 doors in LargeBuilding), and reading a
   * line costs ~5–10 µs. `allRelations` reads every relation instead (what the lookup must agree with).
   */
  hostsOfDoors(doorIds: readonly number[], allRelations = false): Map<number, number> {
    const out = new Map<number, number>();
    if (doorIds.length === 0) return out;
    const wasm = this.api.wasmModule as
      | { GetInversePropertyForItem?: (model: number, id: number, types: number[], position: number, set: boolean) => { size(): number; get(i: number): number } }
      | undefined;
    // web-ifc's inverse lookup counts argument positions without the `*`s, so a starred file reads every relation.
    const inverse = allRelations || this.star ? undefined : wasm?.GetInversePropertyForItem;
    if (!inverse) {
      const openingOfDoor = new Map<number, number>();
      for (const rel of this.lines(this.ids(W.IFCRELFILLSELEMENT))) {
        const o = ref(rel?.RelatingOpeningElement);
        const d = ref(rel?.RelatedBuildingElement);
        if (o !== undefined && d !== undefined) openingOfDoor.set(d, o);
      }
      const wallOfOpening = new Map<number, number>();
      for (const rel of this.lines(this.ids(W.IFCRELVOIDSELEMENT))) {
        const w = ref(rel?.RelatingBuildingElement);
        const o = ref(rel?.RelatedOpeningElement);
        if (o !== undefined && w !== undefined) wallOfOpening.set(o, w);
      }
      for (const d of doorIds) {
        const o = openingOfDoor.get(d);
        const w = o === undefined ? undefined : wallOfOpening.get(o);
        if (w !== undefined) out.set(d, w);
      }
      return out;
    }
    // Relations whose attribute 5 (RelatedBuildingElement, RelatedOpeningElement: the same place in IFC2X3 and IFC4) is `id`.
    const pointingAt = (id: number, type: number): number[] => {
      const v = inverse.call(wasm, this.model, id, [type], 5, true);
      const ids: number[] = new Array(v.size());
      for (let i = 0; i < ids.length; i++) ids[i] = v.get(i);
      return ids;
    };
    // Each step's relations are read in one batch.
    const fills = doorIds.map((d) => pointingAt(d, W.IFCRELFILLSELEMENT));
    this.lines(fills.flat());
    const openings = doorIds.map((d, i) => {
      let o: number | undefined;
      for (const rel of this.lines(fills[i])) {
        const x = ref(rel?.RelatingOpeningElement);
        if (x !== undefined && ref(rel?.RelatedBuildingElement) === d) o = x;
      }
      return o;
    });
    const voids = openings.map((o) => (o === undefined ? [] : pointingAt(o, W.IFCRELVOIDSELEMENT)));
    this.lines(voids.flat());
    doorIds.forEach((d, i) => {
      const o = openings[i];
      let w: number | undefined;
      for (const rel of this.lines(voids[i])) {
        const x = ref(rel?.RelatingBuildingElement);
        if (x !== undefined && ref(rel?.RelatedOpeningElement) === o) w = x;
      }
      if (w !== undefined) out.set(d, w);
    });
    return out;
  }

  typeName(id: number): string {
    try {
      const t = this.api.GetLineType(this.model, id);
      return this.api.GetNameFromTypeCode(t) ?? 'IFCUNKNOWN';
    } catch {
      return 'IFCUNKNOWN';
    }
  }

  /** Metres per file length unit, from the project's IfcUnitAssignment (1 when absent). */
  lengthScale(): number {
    return this.lengthUnit().scale;
  }

  /**
   * The file's length unit and where it was found: the IfcProject's units, else the file's first
   * IfcUnitAssignment (no project), else metres assumed.
   */
  lengthUnit(): { scale: number; from: 'project' | 'assignment' | 'assumed' } {
    const proj = this.ids(W.IFCPROJECT)[0];
    const p = this.line(proj);
    const own = ref(p?.UnitsInContext);
    const uaId = own ?? this.ids(W.IFCUNITASSIGNMENT)[0];
    const ua = this.line(uaId);
    for (const uid of refs(ua?.Units)) {
      const u = this.line(uid);
      if (str(u?.UnitType) !== 'LENGTHUNIT') continue;
      const s = this.unitScale(uid);
      if (s) return { scale: s, from: own !== undefined ? 'project' : 'assignment' };
    }
    return { scale: 1, from: 'assumed' };
  }

  /** Metres per unit for an IfcSIUnit or IfcConversionBasedUnit of length. */
  unitScale(unitId: number | undefined): number | undefined {
    const u = this.line(unitId);
    if (!u) return undefined;
    const PREFIX: Record<string, number> = { MILLI: 1e-3, CENTI: 1e-2, DECI: 1e-1, KILO: 1e3, MICRO: 1e-6, DECA: 10, HECTO: 100 };
    const name = str(u.Name);
    if (u.type === W.IFCSIUNIT) return name === 'METRE' ? (PREFIX[str(u.Prefix) ?? ''] ?? 1) : undefined;
    if (u.type === W.IFCCONVERSIONBASEDUNIT) {
      const m = this.line(ref(u.ConversionFactor));
      const v = num(m?.ValueComponent);
      const base = this.unitScale(ref(m?.UnitComponent)) ?? 1;
      if (v) return v * base;
      const n = (name ?? '').toUpperCase();
      if (n.includes('FOOT')) return 0.3048;
      if (n.includes('INCH')) return 0.0254;
    }
    return undefined;
  }

  /**
   * Height of an IfcObjectPlacement's origin (file units): web-ifc's own world transform of it, one call
   * into the engine instead of a line read per placement, point and direction up the PlacementRelTo chain.
   */
  placementZ(placementId: number | undefined): number {
    if (placementId === undefined) return 0;
    try {
      // Only local placements: for others (grid placements) frame() has always answered the identity.
      if (this.api.GetLineType(this.model, placementId) === W.IFCLOCALPLACEMENT) {
        const m = this.api.GetWorldTransformMatrix(this.model, placementId);
        if (m && Number.isFinite(m[14])) return m[14];
      }
    } catch {
      // not a placement web-ifc can resolve: walk it ourselves
    }
    return this.frame(placementId).o[2];
  }

  /** World frame of an IfcObjectPlacement (file units), following PlacementRelTo. */
  frame(placementId: number | undefined, depth = 0): Frame {
    if (placementId === undefined || depth > 64) return IDENTITY;
    const hit = this.frames.get(placementId);
    if (hit) return hit;
    const pl = this.line(placementId);
    let f = IDENTITY;
    if (pl && pl.type === W.IFCLOCALPLACEMENT) {
      const parent = this.frame(ref(pl.PlacementRelTo), depth + 1);
      f = compose(parent, this.axisPlacement(ref(pl.RelativePlacement)));
    }
    this.frames.set(placementId, f);
    return f;
  }

  private axisPlacement(id: number | undefined): Frame {
    const a = this.line(id);
    if (!a) return IDENTITY;
    const loc = this.line(ref(a.Location));
    const c = (loc?.Coordinates ?? []).map((v: any) => num(v) ?? 0);
    const o: [number, number, number] = [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0];
    const dir = (rid: number | undefined): [number, number, number] | undefined => {
      const d = this.line(rid);
      const r = (d?.DirectionRatios ?? []).map((v: any) => num(v) ?? 0);
      if (r.length < 2) return undefined;
      return normalize3([r[0], r[1], r[2] ?? 0]);
    };
    const z = dir(ref(a.Axis)) ?? [0, 0, 1];
    let x = dir(ref(a.RefDirection)) ?? [1, 0, 0];
    // Gram-Schmidt: x orthogonal to z.
    const d = x[0] * z[0] + x[1] * z[1] + x[2] * z[2];
    x = normalize3([x[0] - d * z[0], x[1] - d * z[1], x[2] - d * z[2]]);
    const y: [number, number, number] = [z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]];
    return { o, x, y, z };
  }

  /**
   * Map from element id to the property sets named `prefix…` that define it: set name → property name → value.
   * `bytes` (the file) lets us skip the scan of every property set when the name never occurs in it.
   */
  psetsWithPrefix(prefix: string, bytes?: Uint8Array): Map<number, Map<string, Record<string, string | number | boolean>>> {
    const out = new Map<number, Map<string, Record<string, string | number | boolean>>>();
    if (bytes && !containsAscii(bytes, `'${prefix}`)) return out;
    const wanted = new Map<number, { name: string; props: Record<string, string | number | boolean> }>();
    // In batches (see `lines`): a model has thousands of property sets, and ours (when the file has
    // them at all) a few hundred properties.
    const setIds = this.ids(W.IFCPROPERTYSET);
    const ours: [number, Line][] = [];
    this.lines(setIds).forEach((ps, i) => {
      if (str(ps?.Name)?.startsWith(prefix)) ours.push([setIds[i], ps]);
    });
    this.lines(ours.flatMap(([, ps]) => refs(ps.HasProperties)));
    for (const [id, ps] of ours) {
      const name = str(ps.Name)!;
      const props: Record<string, string | number | boolean> = {};
      for (const pid of refs(ps.HasProperties)) {
        const p = this.line(pid);
        const pn = str(p?.Name);
        const v = p?.NominalValue?.value;
        if (!pn || v === undefined || v === null) continue;
        if (typeof v === 'boolean') props[pn] = v;
        else if (typeof v === 'string') {
          // IfcBoolean/IfcLogical come back as enum text 'T'/'F'.
          props[pn] = p.NominalValue.type === 3 && (v === 'T' || v === 'F') ? v === 'T' : v;
        } else props[pn] = typeof v === 'number' ? v : (num(v) ?? String(v));
      }
      wanted.set(id, { name, props });
    }
    if (wanted.size === 0) return out;
    const relIds = this.ids(W.IFCRELDEFINESBYPROPERTIES);
    this.lines(relIds);
    for (const rid of relIds) {
      const rel = this.line(rid);
      const ps = wanted.get(ref(rel?.RelatingPropertyDefinition) ?? -1);
      if (!ps) continue;
      for (const el of refs(rel.RelatedObjects)) {
        let m = out.get(el);
        if (!m) out.set(el, (m = new Map()));
        m.set(ps.name, ps.props);
      }
    }
    return out;
  }
}

/**
 * Byte search for an ASCII needle (no string conversion of a large file). Boyer–Moore–Horspool: it
 * skips up to the needle's length at each step, where a scan for the first character would stop at
 * every quote of the file (IFC is full of them).
 */
export function containsAscii(hay: Uint8Array, needle: string): boolean {
  const n = needle.length;
  if (n === 0) return true;
  const pat = new Uint8Array(n);
  for (let k = 0; k < n; k++) pat[k] = needle.charCodeAt(k);
  const skip = new Int32Array(256).fill(n);
  for (let k = 0; k < n - 1; k++) skip[pat[k]] = n - 1 - k;
  const last = pat[n - 1];
  for (let i = n - 1; i < hay.length; i += skip[hay[i]]) {
    if (hay[i] !== last) continue;
    let k = n - 2;
    while (k >= 0 && hay[i - (n - 1 - k)] === pat[k]) k--;
    if (k < 0) return true;
  }
  return false;
}

function normalize3(v: [number, number, number]): [number, number, number] {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}

function compose(p: Frame, l: Frame): Frame {
  const m = (v: [number, number, number]): [number, number, number] => [
    p.x[0] * v[0] + p.y[0] * v[1] + p.z[0] * v[2],
    p.x[1] * v[0] + p.y[1] * v[1] + p.z[1] * v[2],
    p.x[2] * v[0] + p.y[2] * v[1] + p.z[2] * v[2],
  ];
  const o = m(l.o);
  return { o: [p.o[0] + o[0], p.o[1] + o[1], p.o[2] + o[2]], x: m(l.x), y: m(l.y), z: m(l.z) };
}
