/** Thin typed access to an open web-ifc model: lines, attribute values, units, placements, our property sets. */
import type { IfcAPI } from 'web-ifc';
import * as W from 'web-ifc';
import { type FullLine, hasNonDerivedStars, STAR, StarLines } from './star-lines';
import { type RawLine, StepLines } from './step-lines';
import { attributeMap, shaped } from './raw-attributes';
import { hostsOfDoors } from './door-hosts';
import { axisPlacement, compose, type Frame, IDENTITY } from './placements';
import { psetsWithPrefix } from './psets';
import { lengthUnit } from './units';

export { type Line, num, ref, refs, str } from './line-values';
import { type Line, num, ref, refs, str } from './line-values';

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

  /** Which wall each door sits in (see door-hosts.ts). */
  hostsOfDoors(doorIds: readonly number[], allRelations = false): Map<number, number> {
    return hostsOfDoors(this, doorIds, allRelations);
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

  /** The file's length unit and where it was found (see units.ts). */
  lengthUnit(): { scale: number; from: 'project' | 'assignment' | 'assumed' } {
    return lengthUnit(this);
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
      f = compose(
        parent,
        axisPlacement((x) => this.line(x), ref(pl.RelativePlacement)),
      );
    }
    this.frames.set(placementId, f);
    return f;
  }

  /** Our property sets by name prefix, keyed by the elements they define (see psets.ts). */
  psetsWithPrefix(prefix: string, bytes?: Uint8Array): Map<number, Map<string, Record<string, string | number | boolean>>> {
    return psetsWithPrefix(this, prefix, bytes);
  }
}
