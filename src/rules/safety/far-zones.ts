/**
 * Public zones whose farthest point is beyond a walking limit from the nearest source (an AED, an exit). After an
 * edit the walking field is repaired, not solved again, and a zone's answer stands while the field's values over
 * it do: a zone's finding (or its absence) is kept with the field version it was measured on, and a floor where
 * no walking distance changed keeps every zone's without asking the field zone by zone. A zone whose every point
 * the field bounds within the limit (the largest distance near it) passes without being sampled.
 */
import type { Floor, HallDocument } from '../../core/document';
import { isStaffZone } from '../../core/kinds/zone';
import type { ElementOf } from '../../core/kinds/registry';
import { cachedBBox, centroid, type Polygon } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import type { DistanceField, NavPoint } from '../../nav';
import type { Finding, RuleContext } from '../types';
import { all, atMost, fieldFrom, finding, fmtLimit, fmtMeasured, num, samplePolygon } from '../util';
import { farthestWalked } from '../walk';
import { recordingWalks, walkReads, walksHold, type WalkReads } from '../walk-reads';

interface Kept {
  floorId: string;
  /** The field version the answer holds for. */
  viewId: number;
  /** The floor the answer holds for. */
  floor: Floor;
  /**
   * Measured taut (see Walk): kept past its field version only while the walks measured read nothing that changed
   * (walk-reads.ts).
   */
  taut: boolean;
  reads?: WalkReads;
  finding: Finding | null;
}

/** Per settings object, per rule, field and parameters (`tag`), per zone. */
const memo = new WeakMap<HallDocument['meta'], Map<string, WeakMap<ElementOf<'zone'>, Kept>>>();
/** Counts since start, for tests that want to see which path a zone took. */
export const farZoneStats = { kept: 0, bounded: 0, measured: 0 };
const EVERYWHERE = { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity };

function keptFor(ctx: RuleContext, tag: string): WeakMap<ElementOf<'zone'>, Kept> {
  let m = memo.get(ctx.doc.meta);
  if (!m) memo.set(ctx.doc.meta, (m = new Map()));
  let kept = m.get(tag);
  if (!kept) m.set(tag, (kept = new WeakMap()));
  return kept;
}

/** Whether no walking distance on the floor changed since field version `viewId`, asked once per floor and version. */
function cleanFloors(field: DistanceField): (viewId: number, floorId: string) => boolean {
  const asked = new Map<string, boolean>();
  let askedOf = -1;
  return (viewId, floorId) => {
    if (viewId !== askedOf) {
      asked.clear();
      askedOf = viewId;
    }
    let clean = asked.get(floorId);
    if (clean === undefined) asked.set(floorId, (clean = field.unchangedSince(viewId, floorId, EVERYWHERE)));
    return clean;
  };
}

/**
 * The points a zone's far side is measured at where a clause says 任一点 (escape travel): the sample grid's cell
 * centres, which stop up to a step short of its edge, and its corners, where the far side of a room lies (a corner
 * 31 m from the exit fails 30 m although every centre is within it). A corner inside a wall is not reached and is
 * left out, as the centres are.
 */
const farPts = new WeakMap<Polygon, Map<number, Vec2[]>>();
export function farSamples(poly: Polygon, step: number): Vec2[] {
  let m = farPts.get(poly);
  if (!m) farPts.set(poly, (m = new Map()));
  let out = m.get(step);
  if (!out) m.set(step, (out = [...samplePolygon(poly, step), ...poly]));
  return out;
}

/** The finding for a zone whose far side (`at`) is `worst` m walk from the nearest source, beyond `limit`. */
export function farFinding(ctx: RuleContext, ruleId: string, el: ElementOf<'zone'>, floorId: string, worst: number, at: Vec2, limit: number, what: [string, string]): Finding {
  return finding(ruleId, ctx, {
    elementIds: [el.id],
    floorId,
    at,
    zh: `“${el.name ?? el.id}”最远处距${what[0]}步行 ${fmtMeasured(worst, limit)} m（应不超过 ${fmtLimit(limit)} m）`,
    en: `The far side of "${el.nameEn || el.name || el.id}" is ${fmtMeasured(worst, limit)} m walk from ${what[1]} (max ${fmtLimit(limit)} m)`,
    data: { walkM: worst, maxM: limit },
  });
}

/** `corners`: measure the far side at the zone's corners too (`farSamples`), not only at the sample grid's centres. */
export function farZones(ctx: RuleContext, ruleId: string, key: string, sources: readonly NavPoint[], limit: number, what: [string, string], corners = false): Finding[] {
  if (!sources.length) return [];
  const field = fieldFrom(ctx.doc, key, sources);
  const out: Finding[] = [];
  // Read at the first zone measured, as a parameter out of range is reported only where it is used.
  let step: number | undefined;
  let kept: WeakMap<ElementOf<'zone'>, Kept> | undefined;
  const clean = cleanFloors(field);
  for (const { floor, el } of all(ctx.doc, 'zone')) {
    if (isStaffZone(el) || el.type === 'unclassified') continue;
    const stepM = (step ??= num(ctx, 'serviceSampleStepM'));
    // Kept per limit too: the walk is measured taut only where the field's figure fails that limit.
    kept ??= keptFor(ctx, `${ruleId}|${key}|${stepM}|${limit}|${num(ctx, 'toleranceM')}|${corners}`);
    const hit = kept.get(el);
    if (
      hit &&
      hit.floorId === floor.id &&
      (hit.viewId === field.id || clean(hit.viewId, floor.id) || field.unchangedSince(hit.viewId, floor.id, cachedBBox(el.polygon))) &&
      (!hit.taut || hit.floor === floor || (hit.reads !== undefined && walksHold(hit.reads, field, hit.floor, floor)))
    ) {
      hit.viewId = field.id;
      hit.floor = floor;
      farZoneStats.kept++;
      if (hit.finding) out.push(hit.finding);
      continue;
    }
    // Every point of the zone provably within the limit: it passes, as measuring each sample would find.
    if (atMost(ctx, field.boundOver(floor.id, cachedBBox(el.polygon)), limit)) {
      farZoneStats.bounded++;
      kept.set(el, { floorId: floor.id, viewId: field.id, floor, taut: false, finding: null });
      continue;
    }
    farZoneStats.measured++;
    const pts = corners ? farSamples(el.polygon, stepM) : samplePolygon(el.polygon, stepM);
    const reads = walkReads();
    const { d, k, taut } = recordingWalks(reads, () => farthestWalked(ctx, field, floor.id, pts, limit));
    const worst = k < 0 ? 0 : d;
    const at = k < 0 ? centroid(el.polygon) : pts[k];
    const f = atMost(ctx, worst, limit) ? null : farFinding(ctx, ruleId, el, floor.id, worst, at, limit, what);
    kept.set(el, { floorId: floor.id, viewId: field.id, floor, taut: taut === true, reads: taut ? reads : undefined, finding: f });
    if (f) out.push(f);
  }
  return out;
}
