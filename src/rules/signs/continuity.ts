/**
 * sign.continuity: walk the public route from the main entrance to each public zone; at every decision point
 * (a turn sharper than `turnDeg`, a junction with another citizen route, a side way off the corridor the route
 * runs in, the arrival on another floor) a directional or zone sign must be in sight within `signSightM`.
 */
import { isStaffZone, zoneHasType } from '../../core/kinds/zone';
import type { ZoneType } from '../../core/vocab';
import { dist, type Vec2 } from '../../core/geometry/vec';
import { navFor, type NavGraph, type NavPoint } from '../../nav';
import { spaceFloorMask } from '../../nav/mask';
import { changedSince } from '../../nav/raster-patch';
import type { HallDocument } from '../../core/document';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { all, centroidOf, fieldFrom, finding, fmt, mainEntrance, num, walkMinWidth } from '../util';
import { insideOf } from '../zones/placement';
import { junctions } from './junctions';
import { forksPassed } from './forks-passed';
import { sideWaysOf, wallIndexes } from './side-ways';
import { seenOn, signSeenFrom, type SeenMemo } from './seen';

/** The angle in degrees (0–180) between the directions a→b and c→d. */
function turnDeg(a: Vec2, b: Vec2, c: Vec2, d: Vec2): number {
  const a1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const a2 = Math.atan2(d[1] - c[1], d[0] - c[0]);
  let t = ((a2 - a1) * 180) / Math.PI;
  while (t > 180) t -= 360;
  while (t < -180) t += 360;
  return Math.abs(t);
}

/**
 * Where a walked route asks the citizen to choose: every turn sharper than `minTurn` followed by a leg of at least
 * `minLeg`, and every arrival on another floor (off the stair or lift, the way on must be chosen). A corner the
 * path smoothing cut into several short legs is one turn, measured from the leg before it to the leg after it,
 * so a 50° corner is not lost as a 40° and a 10° bend.
 */
export function decisionPoints(pts: readonly NavPoint[], minTurn: number, minLeg: number): NavPoint[] {
  return decisionIndices(pts, minTurn, minLeg).map((k) => pts[k]);
}

/**
 * decisionPoints as indices into the route, so the caller knows each point's place without looking it up again
 * (a route runs to hundreds of points and has dozens of decision points).
 */
function decisionIndices(pts: readonly NavPoint[], minTurn: number, minLeg: number): number[] {
  const out: number[] = [];
  const last = pts.length - 1;
  for (let i = 1; i < last; i++) {
    const prev = pts[i - 1];
    if (prev.floorId !== pts[i].floorId) {
      if (pts[i + 1].floorId === pts[i].floorId) out.push(i);
      continue;
    }
    // The corner runs from i over every short leg to j, where the next leg is long enough to walk on.
    let j = i;
    while (j + 1 < last && pts[j + 1].floorId === pts[i].floorId && dist(pts[j].p, pts[j + 1].p) < minLeg) j++;
    const next = pts[j + 1];
    if (next.floorId !== pts[j].floorId || dist(pts[j].p, next.p) < minLeg) {
      i = j;
      continue;
    }
    if (turnDeg(prev.p, pts[i].p, pts[j].p, next.p) >= minTurn) out.push(j);
    i = j;
  }
  return out;
}

/** One decision point on a citizen route: where it is, which zone the route leads to, and the sign seen from it. */
export interface DecisionPoint {
  floorId: string;
  p: Vec2;
  zoneId: string;
  zoneName: string;
  zoneNameEn: string;
  /**
   * Why the citizen must choose here: the route turns, parts from another route, passes a side way off the
   * corridor it runs in, or arrives on another floor.
   */
  kind: 'turn' | 'junction' | 'crossing' | 'arrival';
  /** The nearest wayfinding sign in sight within reach, or undefined (a gap in the wayfinding). */
  sign?: { id: string; p: Vec2 };
}

const WAYFINDING = new Set(['directional', 'zone', 'floor-directory', 'layout-map']);

/** How a finding names each kind of decision point. */
const WHAT: Record<DecisionPoint['kind'], { zh: string; en: string; placeZh: string; placeEn: string }> = {
  turn: { zh: '转弯', en: 'turns', placeZh: '转弯处', placeEn: 'turn' },
  junction: { zh: '与去往其他区域的路线分岔', en: 'parts from the way to other zones', placeZh: '岔口', placeEn: 'junction' },
  crossing: { zh: '经过通道交叉口', en: 'passes a side way off the corridor', placeZh: '交叉口', placeEn: 'crossing' },
  arrival: { zh: '到达本层（离开楼梯或电梯）', en: 'arrives on this floor', placeZh: '到达处', placeEn: 'landing' },
};

/**
 * A route's decision points as last found, kept per route object: while the walk, the forks and side ways found on
 * it and the floors' sign answers are the same objects, so are its decision points (a seat moved far from the way).
 */
interface RouteDecisions {
  tag: string;
  forks: readonly NavPoint[];
  passing: readonly NavPoint[];
  crossings: readonly NavPoint[];
  /** The sign memo of each floor the points were looked up on. */
  seen: [string, SeenMemo][];
  out: DecisionPoint[];
}
const keptDecisions = new WeakMap<readonly NavPoint[], RouteDecisions>();
/** Whether kept decision points name the zone as it is named now (a rename keeps the walk). */
const sameZone = (out: readonly DecisionPoint[], z: { id: string; name: string; nameEn: string }) =>
  out.every((d) => d.zoneId === z.id && d.zoneName === z.name && d.zoneNameEn === z.nameEn);

/**
 * The decision points of one signed route (turns and arrivals on it, the forks and side ways found on it), each
 * with the sign seen from it; kept for the route under `tag`.
 */
function routeDecisions(
  doc: HallDocument,
  pts: readonly NavPoint[],
  z: { id: string; name: string; nameEn: string },
  on: { forks: readonly NavPoint[]; passing: readonly NavPoint[]; crossings: readonly NavPoint[] },
  params: { turnDeg: number; decisionMinLegM: number },
  signsOf: (floorId: string) => [readonly { id: string; position: Vec2 }[], SeenMemo],
  tag: string,
): DecisionPoint[] {
  const at: { p: NavPoint; kind: DecisionPoint['kind'] }[] = decisionIndices(pts, params.turnDeg, params.decisionMinLegM).map((k) => ({
    p: pts[k],
    kind: k > 0 && pts[k - 1].floorId !== pts[k].floorId ? 'arrival' : 'turn',
  }));
  for (const p of on.forks) at.push({ p, kind: 'junction' });
  for (const p of on.passing) at.push({ p, kind: 'junction' });
  for (const p of on.crossings) at.push({ p, kind: 'crossing' });
  const out: DecisionPoint[] = [];
  const seen: [string, SeenMemo][] = [];
  for (const { p, kind } of at) {
    const [here, m] = signsOf(p.floorId);
    if (!seen.some(([f]) => f === p.floorId)) seen.push([p.floorId, m]);
    out.push({ floorId: p.floorId, p: p.p, zoneId: z.id, zoneName: z.name, zoneNameEn: z.nameEn, kind, sign: signSeenFrom(doc, p.floorId, p.p, here, m) });
  }
  keptDecisions.set(pts, { tag, ...on, seen, out });
  return out;
}

/**
 * The citizen routes (main entrance → every public zone, as walked) and their decision points (turns sharper than
 * `turnDeg` before a leg of at least `decisionMinLegM`, junctions where routes part by more than `junctionSplitM`,
 * arrivals on another floor), each with the sign that can be seen from it. The rule reports the points with none;
 * the editor's sign sight-line overlay draws all of it.
 */
export function wayfinding(
  doc: HallDocument,
  params: { turnDeg: number; signSightM: number; entranceInsideM: number; decisionMinLegM: number; junctionSplitM: number },
  /** The zone types whose routes are signed, where the clause names them (hunan §5.4.7: the waiting areas); else all public ones. */
  zoneTypes?: readonly string[],
): { routes: { zoneId: string; points: NavPoint[] }[]; decisions: DecisionPoint[] } {
  const main = mainEntrance(doc);
  if (!main) return { routes: [], decisions: [] };
  // The same field as the entrance-distance rules: one solve (or repair) serves them all.
  const tree = fieldFrom(doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: insideOf(doc, main.floor.id, main.el, params.entranceInsideM) }]);
  // Wayfinding signs per floor, and what can be seen from where on it (kept across edits that leave both alone).
  const signsOn = new Map<string, { id: string; position: Vec2 }[]>();
  for (const { floor, el } of all(doc, 'sign')) if (WAYFINDING.has(el.signKind)) (signsOn.get(floor.id) ?? signsOn.set(floor.id, []).get(floor.id)!).push(el);
  const memos = new Map<string, SeenMemo>();
  const memoOf = (floorId: string) => {
    let m = memos.get(floorId);
    if (!m) memos.set(floorId, (m = seenOn(doc, floorId, signsOn.get(floorId) ?? [], params.signSightM)));
    return m;
  };
  // Every public zone's route: where any of them parts from a signed one, the citizen on the signed one must choose.
  const walked: { zoneId: string; points: NavPoint[] }[] = [];
  const zones: { id: string; name: string; nameEn: string; signed: boolean }[] = [];
  for (const { floor, el } of all(doc, 'zone')) {
    if (isStaffZone(el) || el.type === 'circulation' || el.type === 'unclassified') continue;
    const pts = tree.pathTo({ floorId: floor.id, p: centroidOf(el.polygon) });
    if (!pts) continue;
    walked.push({ zoneId: el.id, points: pts });
    zones.push({ id: el.id, name: el.name ?? el.id, nameEn: el.nameEn || el.name || el.id, signed: !zoneTypes || zoneTypes.some((t) => zoneHasType(el, t as ZoneType)) });
  }
  const routes = walked.filter((_, i) => zones[i].signed);
  const forks = junctions(
    walked.map((r) => r.points),
    params.junctionSplitM,
    params.decisionMinLegM,
  );
  const crossings = crossingsOf(doc, routes, params.decisionMinLegM, params.junctionSplitM / 2);
  const passing = forksPassed(
    walked.map((r) => r.points),
    forks,
    zones.map((z) => z.signed),
    params.junctionSplitM,
    params.decisionMinLegM,
  );
  const decisions: DecisionPoint[] = [];
  let signedAt = 0;
  const tag = `${params.turnDeg}|${params.decisionMinLegM}`;
  walked.forEach(({ points: pts }, i) => {
    const z = zones[i];
    if (!z.signed) return;
    const on = { forks: forks[i], passing: passing[i], crossings: crossings[signedAt++] };
    const hit = keptDecisions.get(pts);
    const kept =
      hit &&
      hit.tag === tag &&
      hit.forks === on.forks &&
      hit.passing === on.passing &&
      hit.crossings === on.crossings &&
      sameZone(hit.out, z) &&
      hit.seen.every(([f, m]) => memoOf(f) === m);
    const out = kept ? hit.out : routeDecisions(doc, pts, z, on, params, (floorId) => [signsOn.get(floorId) ?? [], memoOf(floorId)], tag);
    for (const d of out) decisions.push(d);
  });
  return { routes, decisions };
}

/**
 * Whether the public may walk the short straight line a–b: the cells under points half a cell apart are open
 * (a probe across a gap, not a route: clipping a cell's corner does not matter), open as the walking fields have
 * them: a passage narrower than `minWalkWidth` (the preset's walkMinWidthM) is no way, wherever it falls on the
 * cells. The mask is kept per floor raster, so probes on several floors in turn rebuild nothing (the nav graph's
 * own line test keeps one floor's maps at a time).
 */
export function publicLine(g: NavGraph, floorId: string, a: Vec2, b: Vec2, minWalkWidth: number): boolean {
  const grid = g.grids[g.floorIndex.get(floorId) ?? -1];
  if (!grid) return false;
  const mask = spaceFloorMask(grid, 'public', { minWalkWidth });
  const steps = Math.ceil((dist(a, b) * 2) / grid.cell);
  for (let k = 0; k <= steps; k++) {
    const t = steps ? k / steps : 0;
    const c = Math.floor((a[0] + (b[0] - a[0]) * t - grid.origin[0]) / grid.cell);
    const r = Math.floor((a[1] + (b[1] - a[1]) * t - grid.origin[1]) / grid.cell);
    if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows || mask[r * grid.cols + c] !== 1) return false;
  }
  return true;
}

/** The side ways each route passes (side-ways.ts), probed every `step` with the reach of a turn's leg. */
function crossingsOf(doc: HallDocument, routes: readonly { points: NavPoint[] }[], reach: number, step: number): NavPoint[][] {
  const g = navFor(doc);
  const minWalk = walkMinWidth(doc);
  const walls = all(doc, 'wall');
  const wallEls = walls.map((w) => w.el);
  return sideWaysOf(
    routes.map((r) => r.points),
    wallEls,
    [...g.grids, ...wallEls],
    `${reach}|${step}|${minWalk}`,
    {
      version: (floorId) => g.grids[g.floorIndex.get(floorId) ?? -1],
      changedSince: (floorId, from) => {
        const now = g.grids[g.floorIndex.get(floorId) ?? -1];
        return now ? changedSince(from, now) : null;
      },
    },
    () => {
      const index = wallIndexes(walls, 2 * reach);
      return { walls: (id) => index.get(id), walkable: (floorId, a, b) => publicLine(g, floorId, a, b, minWalk), step, reach };
    },
  );
}

export const signContinuity = defineRule({
  id: 'sign.continuity',
  group: 'signs',
  title: { zh: '导向标识连续性', en: 'Continuous wayfinding' },
  scope: 'hall',
  reads: ['nav', 'sign', 'wall', 'opening', 'zone', 'obstacle'],
  params: ['turnDeg', 'signSightM', 'entranceInsideM', 'decisionMinLegM', 'decisionMergeM', 'junctionSplitM', 'walkMinWidthM'],
  check(ctx) {
    const sight = num(ctx, 'signSightM');
    const merge = num(ctx, 'decisionMergeM');
    const { decisions } = wayfinding(
      ctx.doc,
      {
        turnDeg: num(ctx, 'turnDeg'),
        signSightM: sight,
        entranceInsideM: num(ctx, 'entranceInsideM'),
        decisionMinLegM: num(ctx, 'decisionMinLegM'),
        junctionSplitM: num(ctx, 'junctionSplitM'),
      },
      ctx.setting.options?.zoneTypes as string[] | undefined,
    );
    const seen = new Map<string, Finding>();
    const reported: { at: DecisionPoint; f: Finding }[] = [];
    for (const b of decisions) {
      if (b.sign) continue;
      // Decision points within `decisionMergeM` of one already reported are one place to sign: the finding names
      // every zone whose walk meets it there.
      const same = reported.find((r) => r.at.floorId === b.floorId && dist(r.at.p, b.p) <= merge);
      if (same) {
        if (!same.f.elementIds.includes(b.zoneId)) same.f.elementIds.push(b.zoneId);
        continue;
      }
      const key = `${b.floorId}:${Math.round(b.p[0] / merge)}:${Math.round(b.p[1] / merge)}`;
      const at = `(${fmt(b.p[0])}, ${fmt(b.p[1])})`;
      const what = WHAT[b.kind];
      const f = finding('sign.continuity', ctx, {
        elementIds: [b.zoneId],
        floorId: b.floorId,
        at: b.p,
        disc: key,
        zh: `去往“${b.zoneName}”的路线在 ${at} 处${what.zh}，${sight} m 内看不到导向标识`,
        en: `The route to "${b.zoneNameEn}" ${what.en} at ${at} with no directional sign in sight within ${sight} m`,
        hintZh: `在该${what.placeZh}设置导向标识`,
        hintEn: `Put a directional sign at this ${what.placeEn}`,
      });
      reported.push({ at: b, f });
      seen.set(key, f);
    }
    return [...seen.values()];
  },
});
