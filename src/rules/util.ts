/** Small helpers every rule uses: making findings, finding the main entrance, walking reach. */
import type { HallDocument, Floor } from '../core/document';
import { kindOf, type ElementOf, type HallElement } from '../core/kinds/registry';
import { keptFindings } from './kept-findings';
import { all, pointsOf } from './element-index';
import { zoneHasType } from '../core/kinds/zone';
import { cachedBBox, centroid, pointOnBoundary, bbox, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import { MAX_POLYGON_SAMPLES, PlanTooLargeError } from '../core/limits';
import { groundFloor } from '../core/query';
import type { Term, ZoneType } from '../core/vocab';
import { describeRange, paramRange } from './param-ranges';
import { withParams } from './param-labels';
import { resolveParams } from './preset';
import type { Finding, RuleContext } from './types';
import { navFor, navOptions, fieldFor, wheelchairOptions, type DistanceField, type NavOptions, type NavPoint, type RouteOptions } from '../nav';

export interface FindingInput {
  elementIds?: string[];
  floorId?: string;
  at?: Vec2;
  zh: string;
  en: string;
  hintZh?: string;
  hintEn?: string;
  data?: Finding['data'];
  /** Tells apart two findings of one rule on the same elements. */
  disc?: string;
  stretches?: Finding['stretches'];
}

/** The rule's interpretation with its parameters named and valued, kept per setting while the parameters stay. */
const interpretations = new WeakMap<object, { params: object; preset: string; text: Term }>();
function interpretationOf(ctx: RuleContext): Term | undefined {
  const raw = ctx.setting.interpretation;
  if (!raw) return undefined;
  const preset = ctx.doc.meta.preset;
  const hit = interpretations.get(raw);
  if (hit && hit.params === ctx.params && hit.preset === preset) return hit.text;
  const text = withParams(raw, ctx.params, preset);
  interpretations.set(raw, { params: ctx.params, preset, text });
  return text;
}

export function finding(ruleId: string, ctx: RuleContext, f: FindingInput): Finding {
  const ids = [...(f.elementIds ?? [])].sort();
  return {
    key: `${ruleId}|${ids.join(',')}|${f.disc ?? f.floorId ?? ''}`,
    ruleId,
    severity: ctx.setting.severity,
    clause: ctx.setting.clause,
    ...(ctx.setting.clauseText ? { clauseText: ctx.setting.clauseText } : {}),
    ...(ctx.setting.interpretation ? { interpretation: interpretationOf(ctx) } : {}),
    elementIds: f.elementIds ?? [],
    floorId: f.floorId,
    at: f.at,
    message: { zh: f.zh, en: f.en },
    hint: f.hintZh ? { zh: f.hintZh, en: f.hintEn ?? '' } : undefined,
    data: f.data,
    ...(f.stretches ? { stretches: f.stretches } : {}),
  };
}

/**
 * A numeric preset parameter; a missing one is an error, never a value copied into the rule. A value outside the
 * parameter's declared range (an override that reached the engine unchecked) is an error too: the rule reading it
 * reports "could not be checked" with the range, instead of running unbounded work or judging on nonsense.
 */
export const param = (params: Readonly<Record<string, unknown>>, id: string): number => {
  const v = params[id];
  if (typeof v !== 'number') throw new Error(`preset parameter "${id}" is missing or not a number`);
  const r = paramRange(id);
  if (r && 'min' in r && !(v >= r.min && v <= r.max)) throw new Error(`parameter ${id} is ${v}; it must be ${describeRange(r)} / 参数 ${id} 为 ${v}，超出范围 ${r.min}–${r.max}`);
  return v;
};
export const num = (ctx: RuleContext, id: string): number => param(ctx.params, id);

export { all, onFloor, pointsOf } from './element-index';

export function zonesOfType(doc: HallDocument, t: ZoneType): { floor: Floor; el: ElementOf<'zone'> }[] {
  return all(doc, 'zone').filter(({ el }) => zoneHasType(el, t));
}

/**
 * The floors citizens use: those with a public zone, and those they enter by (a main or secondary entrance), so a
 * ground floor that is only a lobby and a stair up to the counters still makes the place multi-floor.
 */
export function publicFloors(doc: HallDocument): Floor[] {
  return doc.floors.filter((f) => f.elements.some((e) => kindOf(e).usedByCitizens?.(e) === true));
}

/**
 * The floors a lift must join: those citizens use, or with `wholePlace` (hainan §6.3.3.1 d 如场所为多楼层) every floor
 * the place has areas on, its back office's too.
 */
export function liftFloors(doc: HallDocument, wholePlace: boolean): Floor[] {
  const used = new Set(publicFloors(doc));
  return wholePlace ? doc.floors.filter((f) => used.has(f) || f.elements.some((e) => e.kind === 'zone')) : [...used];
}

/**
 * The floor a finding about the whole hall ("no AED", "no 24 h zone") points at: where citizens come in (storey 1),
 * not the first floor of the list, which in an imported model is often its foundation level.
 */
export const hallFloorId = (doc: HallDocument): string | undefined => groundFloor(doc)?.id;

/**
 * A finding when the hall has no point of `kind` (equipment a clause asks the place to be equipped with), else none.
 * Kept while no point of that kind comes, goes or moves: a seat dragged leaves the answer of every other kind.
 */
export function missingEquipment(ctx: RuleContext, ruleId: string, kind: ElementOf<'point'>['pointKind'], zh: string, en: string): Finding[] {
  return keptFindings(ruleId, ctx, pointOfKind(kind), () => (pointsOf(ctx.doc, kind).length ? [] : [finding(ruleId, ctx, { floorId: hallFloorId(ctx.doc), zh, en })]));
}

/** Whether an element is a point of `kind`, one predicate object per kind (the reads of a kept answer). */
const pointReads = new Map<string, (e: HallElement) => boolean>();
function pointOfKind(kind: ElementOf<'point'>['pointKind']): (e: HallElement) => boolean {
  let reads = pointReads.get(kind);
  if (!reads) pointReads.set(kind, (reads = (e) => e.kind === 'point' && e.pointKind === kind));
  return reads;
}

export function mainEntrance(doc: HallDocument): { floor: Floor; el: ElementOf<'opening'> } | undefined {
  const doors = all(doc, 'opening');
  return doors.find((d) => d.el.entrance === 'main') ?? doors.find((d) => d.el.entrance === 'secondary');
}

/**
 * The value `read` gives the first of `pts` that `settles` accepts, reading none after it; else the least of all
 * (Infinity for none), as the minimum over every point would be. A rule asking whether any part of an area is near
 * enough stops at the first near sample: its verdict is then settled and no value is printed.
 */
export function settledOrLeast(pts: Iterable<Vec2>, read: (p: Vec2) => number, settles: (v: number) => boolean): number {
  let least = Infinity;
  for (const p of pts) {
    const v = read(p);
    if (settles(v)) return v;
    if (v < least) least = v;
  }
  return least;
}

/** Grid sample points inside a polygon (cell centres at `step`), at least its centroid; memoised per polygon. */
const samples = new WeakMap<Polygon, Map<number, Vec2[]>>();
export function samplePolygon(poly: Polygon, step: number): Vec2[] {
  let m = samples.get(poly);
  if (!m) samples.set(poly, (m = new Map()));
  let out = m.get(step);
  if (out) return out;
  out = [];
  const { xs, ys } = sampleGrid(poly, step);
  const cols = xs.length;
  // pointInPolygon row by row: a row's edge crossings are found once, each with the same arithmetic
  // pointInPolygon uses, so a sample is inside exactly when pointInPolygon says so (off-crossing samples still
  // get its boundary test).
  const rows = ys.length;
  const inside = new Uint8Array(cols * rows);
  const cross: number[] = [];
  for (let r = 0; r < rows; r++) {
    const y = ys[r];
    rowCrossings(poly, y, cross);
    for (let c = 0; c < cols; c++) inside[c * rows + r] = sampleInside(poly, xs[c], y, cross) ? 1 : 0;
  }
  for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) if (inside[c * rows + r]) out.push([xs[c], ys[r]]);
  if (!out.length) out.push(centroid(poly));
  m.set(step, out);
  return out;
}

/** The sample grid of `poly` at `step` (cell centres over its box), refusing a polygon too large to measure. */
export function sampleGrid(poly: Polygon, step: number): { xs: number[]; ys: number[] } {
  const b = bbox(poly);
  const n = Math.ceil((b.maxX - b.minX) / step) * Math.ceil((b.maxY - b.minY) / step);
  if (!(n <= MAX_POLYGON_SAMPLES))
    throw new PlanTooLargeError(`a polygon of ${Math.round(b.maxX - b.minX)} × ${Math.round(b.maxY - b.minY)} m is too large to measure at ${step} m / 多边形过大，无法测量`);
  const xs: number[] = [];
  for (let x = b.minX + step / 2; x < b.maxX; x += step) xs.push(x);
  const ys: number[] = [];
  for (let y = b.minY + step / 2; y < b.maxY; y += step) ys.push(y);
  return { xs, ys };
}

/** The x of every edge crossing of the row at `y` into `out`, with the arithmetic pointInPolygon uses. */
export function rowCrossings(poly: Polygon, y: number, out: number[]): void {
  out.length = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const xi = poly[i][0];
    const yi = poly[i][1];
    const xj = poly[j][0];
    const yj = poly[j][1];
    if (yi > y !== yj > y) out.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
}

/** Whether the sample at (x, y) is inside `poly` (or on its boundary), given its row's crossings: pointInPolygon's answer. */
export function sampleInside(poly: Polygon, x: number, y: number, cross: readonly number[]): boolean {
  let odd = false;
  for (let k = 0; k < cross.length; k++) if (x < cross[k]) odd = !odd;
  return odd || pointOnBoundary([x, y], poly, 1e-9);
}

/**
 * Walking distance fields, shared per navigation graph and source set: rules sharing sources share the work, an
 * edit that leaves walkable space and sources alone (a sign, a name, a counter number) reuses the fields, and one
 * that changes a little of it (a seat moved) repairs them (src/nav/fields.ts). With `within`, the field reads
 * Infinity beyond that walk and is solved only as far: for a rule that needs figures only up to its limit.
 */
export function fieldFrom(
  doc: HallDocument,
  key: string,
  sources: readonly NavPoint[],
  opts: RouteOptions & { audience?: 'public' | 'staff'; within?: number } = {},
): DistanceField {
  const { audience, within, ...o } = opts;
  const nav = navOptionsOf(doc, audience);
  return fieldFor(navFor(doc, nav), key, sources, { minWalkWidth: nav.walkMinWidth, ...o }, within);
}

/**
 * The wheelchair route options of the accessible-route rule (GB 55019): the preset's route width (the crowded
 * one in a crowded hall) and door width (the existing building's where one is altered), less the tolerance.
 * Throws as `param` does for a parameter out of its range, in the same order the rule reads them.
 */
export function wheelchairOptionsOf(params: Readonly<Record<string, unknown>>, crowded: boolean): RouteOptions {
  const width = param(params, crowded ? 'accessibleWidthCrowdedM' : 'accessibleWidthM');
  const door = param(params, params.buildingWork === 'existing' ? 'accessibleDoorExistingMinM' : 'accessibleDoorMinM');
  return wheelchairOptions(width, door, param(params, 'toleranceM'));
}

/**
 * The options the rules' nav graphs are built with (src/nav navOptions) under the hall's preset and overrides,
 * per settings object and audience.
 */
const navOpts = new WeakMap<HallDocument['meta'], Map<string, NavOptions>>();
export function navOptionsOf(doc: HallDocument, audience: 'public' | 'staff' = 'public'): NavOptions {
  let m = navOpts.get(doc.meta);
  if (!m) navOpts.set(doc.meta, (m = new Map()));
  let o = m.get(audience);
  if (o) return o;
  let wheelchair: RouteOptions | undefined;
  if (audience === 'public') {
    try {
      wheelchair = wheelchairOptionsOf(resolveParams(doc.meta.preset, doc.meta.ruleOverrides), doc.meta.crowded);
    } catch {
      // A parameter out of range: the route rule reports it as not checked; the graph just comes without the space.
    }
  }
  o = navOptions(audience, walkMinWidth(doc), wheelchair);
  m.set(audience, o);
  return o;
}

/**
 * The narrowest passage anyone walks through under the hall's preset and overrides (`walkMinWidthM`), per meta
 * object: every walking field and reach the rules ask for closes narrower gaps, wherever they fall on the cells.
 */
const walkMins = new WeakMap<HallDocument['meta'], number>();
export function walkMinWidth(doc: HallDocument): number {
  let w = walkMins.get(doc.meta);
  if (w === undefined) walkMins.set(doc.meta, (w = param(resolveParams(doc.meta.preset, doc.meta.ruleOverrides), 'walkMinWidthM')));
  return w;
}

/**
 * A per-polygon result computed from a walking-distance field, kept while the field's values over the polygon
 * stay the same (an edit elsewhere repaired the field without touching them). `tag` tells apart the rules and
 * parameters that share a polygon.
 */
// By tag, then floor: both are strings a rule run keeps, so no key is put together (and hashed) per polygon.
const zoneMemo = new WeakMap<Polygon, Map<string, Map<string, { viewId: number; value: unknown }>>>();
export function perPolygon<T>(field: DistanceField, tag: string, floorId: string, poly: Polygon, compute: () => T): T {
  let m = zoneMemo.get(poly);
  if (!m) zoneMemo.set(poly, (m = new Map()));
  let onFloor = m.get(tag);
  if (!onFloor) m.set(tag, (onFloor = new Map()));
  const hit = onFloor.get(floorId);
  if (hit && field.unchangedSince(hit.viewId, floorId, cachedBBox(poly))) {
    hit.viewId = field.id;
    return hit.value as T;
  }
  const value = compute();
  onFloor.set(floorId, { viewId: field.id, value });
  return value;
}

/** A polygon's centroid, per polygon object (zones are walked to and tested at their centre on every check). */
const centroids = new WeakMap<Polygon, Vec2>();
export function centroidOf(poly: Polygon): Vec2 {
  let c = centroids.get(poly);
  if (!c) centroids.set(poly, (c = centroid(poly)));
  return c;
}

export const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '∞');

/**
 * The preset's one measuring tolerance (`toleranceM`): a value within it of a limit meets the limit, so "不小于
 * 0.80 m" accepts 0.80 m (and 0.799 from rounding) but not 0.79 m. Comparisons are inclusive, as 不大于/不小于 are.
 */
export const atLeast = (ctx: RuleContext, value: number, min: number): boolean => value >= min - num(ctx, 'toleranceM');
export const atMost = (ctx: RuleContext, value: number, max: number): boolean => value <= max + num(ctx, 'toleranceM');

/**
 * A measured value printed with enough digits to agree with its verdict: never "4.0 m² below the 4.0 m² minimum"
 * for 3.96 m². Starts at `digits` and adds digits (up to 4) while the rounded value would equal the limit it
 * fails, or fall on the wrong side of it.
 */
export function fmtMeasured(value: number, limit: number, digits = 2): string {
  if (!Number.isFinite(value)) return fmt(value, digits);
  let d = digits;
  const MAX_DIGITS = 4;
  while (d < MAX_DIGITS) {
    const shown = Number(value.toFixed(d));
    if (Math.sign(shown - limit) === Math.sign(value - limit)) break;
    d++;
  }
  return value.toFixed(d);
}

/** A limit printed as the preset states it (1.2 → "1.20"): metres to the centimetre. */
export const fmtLimit = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** A fraction as a whole percentage, for messages. */
export const percent = (x: number): number => Math.round(x * PERCENT);
const PERCENT = 100;
