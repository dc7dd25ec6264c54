/** Small helpers every rule uses: making findings, finding the main entrance, walking reach. */
import type { HallDocument, Floor } from '../core/document';
import type { ElementOf, HallElement } from '../core/kinds/registry';
import { kindOf } from '../core/kinds/registry';
import { zoneHasType } from '../core/kinds/zone';
import { centroid, pointInPolygon, bbox, type Polygon } from '../core/geometry/polygon';
import type { Vec2 } from '../core/geometry/vec';
import type { ZoneType } from '../core/vocab';
import type { Finding, RuleContext } from './types';
import { navFor, distanceField, type DistanceField, type NavPoint, type RouteOptions } from '../nav';

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
}

export function finding(ruleId: string, ctx: RuleContext, f: FindingInput): Finding {
  const ids = [...(f.elementIds ?? [])].sort();
  return {
    key: `${ruleId}|${ids.join(',')}|${f.disc ?? f.floorId ?? ''}`,
    ruleId,
    severity: ctx.setting.severity,
    clause: ctx.setting.clause,
    elementIds: f.elementIds ?? [],
    floorId: f.floorId,
    at: f.at,
    message: { zh: f.zh, en: f.en },
    hint: f.hintZh ? { zh: f.hintZh, en: f.hintEn ?? '' } : undefined,
    data: f.data,
  };
}

export const num = (ctx: RuleContext, id: string, fallback?: number): number => {
  const v = ctx.params[id];
  if (typeof v === 'number') return v;
  if (fallback !== undefined) return fallback;
  throw new Error(`preset parameter "${id}" is missing`);
};

export function* elements<K extends HallElement['kind']>(doc: HallDocument, kind: K): Generator<{ floor: Floor; el: ElementOf<K> }> {
  for (const floor of doc.floors) for (const el of floor.elements) if (el.kind === kind) yield { floor, el: el as ElementOf<K> };
}

export const all = <K extends HallElement['kind']>(doc: HallDocument, kind: K) => [...elements(doc, kind)];

export function zonesOfType(doc: HallDocument, t: ZoneType): { floor: Floor; el: ElementOf<'zone'> }[] {
  return all(doc, 'zone').filter(({ el }) => zoneHasType(el, t));
}

export function mainEntrance(doc: HallDocument): { floor: Floor; el: ElementOf<'opening'> } | undefined {
  const doors = all(doc, 'opening');
  return doors.find((d) => d.el.entrance === 'main') ?? doors.find((d) => d.el.entrance === 'secondary');
}

export const anchorOf = (el: HallElement): Vec2 => kindOf(el).anchor(el);

/** Grid sample points inside a polygon (cell centres at `step`), at least its centroid. */
export function samplePolygon(poly: Polygon, step: number): Vec2[] {
  const b = bbox(poly);
  const out: Vec2[] = [];
  for (let x = b.minX + step / 2; x < b.maxX; x += step) for (let y = b.minY + step / 2; y < b.maxY; y += step) if (pointInPolygon([x, y], poly)) out.push([x, y]);
  if (!out.length) out.push(centroid(poly));
  return out;
}

/**
 * Walking distance fields, memoised per navigation graph and source set: rules sharing sources share the work, and
 * an edit that leaves walkable space and sources alone (a sign, a name, a counter number) reuses the fields.
 */
const fieldCache = new WeakMap<object, Map<string, DistanceField>>();
export function fieldFrom(doc: HallDocument, key: string, sources: NavPoint[], opts: RouteOptions & { audience?: 'public' | 'staff' } = {}): DistanceField {
  const g = navFor(doc, { audience: opts.audience });
  let m = fieldCache.get(g);
  if (!m) fieldCache.set(g, (m = new Map()));
  const k = `${key}|${opts.accessible ? 'acc' : ''}|${opts.minClearWidth ?? ''}|${JSON.stringify(sources)}`;
  let f = m.get(k);
  if (!f) m.set(k, (f = distanceField(g, sources, opts)));
  return f;
}

export const isPublicFloor = (floor: Floor): boolean => floor.elements.some((e) => e.kind === 'zone' && kindOf(e) && !['back-office', 'records', 'it-room', 'support', 'meeting'].includes(e.type));

export const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '∞');
