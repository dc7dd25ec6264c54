/**
 * zone.office-separated: staff zones share no open boundary with public zones — they do not overlap, every
 * metre of boundary they share is wall, any door on it is staff-only, and no public route enters them.
 */
import type { Floor } from '../../core/document';
import type { ElementOf } from '../../core/kinds/registry';
import { isStaffZone } from '../../core/kinds/zone';
import { bboxOverlap, cachedBBox, distToPolygonBoundary, interiorsOverlap, pointInPolygon, type BBox } from '../../core/geometry/polygon';
import { overlapArea } from '../../core/geometry/clip';
import { cross, dot, normalize, segmentsIntersect, sub, type Vec2 } from '../../core/geometry/vec';
import { isExteriorDoor } from '../doors';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../define';
import { finding, fmt, num } from '../util';
import { elementsOn } from '../element-index';

/** Sine of the angle under which two edges count as parallel (about 1°): drawing noise, not a design quantity. */
const PARALLEL_SIN = 0.02;

type Zone = ElementOf<'zone'>;
type Wall = ElementOf<'wall'>;

/** Intervals (along edge a→b, in metres from a) where the other ring's edges lie on this edge. */
function sharedIntervals(a: Vec2, b: Vec2, ring: Vec2[], tol: number): [number, number][] {
  const d = sub(b, a);
  const len = Math.hypot(d[0], d[1]);
  if (len < 1e-9) return [];
  const u = normalize(d);
  const out: [number, number][] = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    const v = normalize(sub(q, p));
    if (Math.abs(cross(u, v)) > PARALLEL_SIN) continue;
    if (Math.abs(cross(u, sub(p, a))) > tol) continue;
    const t0 = dot(sub(p, a), u);
    const t1 = dot(sub(q, a), u);
    const lo = Math.max(0, Math.min(t0, t1));
    const hi = Math.min(len, Math.max(t0, t1));
    if (hi - lo > 1e-6) out.push([lo, hi]);
  }
  return out;
}

/** The point `t` metres from `a` along the unit direction `u`. */
const along = (a: Vec2, u: Vec2, t: number): Vec2 => [a[0] + u[0] * t, a[1] + u[1] * t];

/** Rounding slack on the reach tests below, far under any drawing tolerance. */
const ROUNDING = 1e-6;

/**
 * Whether a ring whose box is `box` can share any stretch with the edge a→b (sharedIntervals): a ring edge lying
 * along a→b starts within `tol` of its line and turns from it by at most PARALLEL_SIN, so every point of it over
 * the edge stays within tol + PARALLEL_SIN × (the ring's size) of the edge. Rings farther away are not looked at.
 */
function mayShare(a: Vec2, b: Vec2, box: BBox, tol: number): boolean {
  const m = tol + PARALLEL_SIN * Math.hypot(box.maxX - box.minX, box.maxY - box.minY) + ROUNDING;
  return box.minX <= Math.max(a[0], b[0]) + m && box.maxX >= Math.min(a[0], b[0]) - m && box.minY <= Math.max(a[1], b[1]) + m && box.maxY >= Math.min(a[1], b[1]) - m;
}

function subtractIntervals(base: [number, number], cuts: [number, number][]): [number, number][] {
  let parts: [number, number][] = [base];
  for (const [c0, c1] of cuts) {
    const next: [number, number][] = [];
    for (const [p0, p1] of parts) {
      if (c1 <= p0 || c0 >= p1) next.push([p0, p1]);
      else {
        if (c0 > p0) next.push([p0, c0]);
        if (c1 < p1) next.push([c1, p1]);
      }
    }
    parts = next;
  }
  return parts;
}

/** A wall's centre line's box. */
const wallBox = (w: ElementOf<'wall'>): BBox => ({
  minX: Math.min(w.a[0], w.b[0]),
  minY: Math.min(w.a[1], w.b[1]),
  maxX: Math.max(w.a[0], w.b[0]),
  maxY: Math.max(w.a[1], w.b[1]),
});

/**
 * Intervals (along the edge a→b from `a` in direction `u`, in metres) that walls on the edge's line cover. A wall
 * that cannot reach the edge (mayShare, grown by its half thickness) covers none of it and is not looked at.
 */
function wallCover(walls: readonly Wall[], boxes: readonly BBox[], a: Vec2, b: Vec2, u: Vec2, tol: number, doors: readonly ElementOf<'opening'>[] = []): [number, number][] {
  const covered: [number, number][] = [];
  // A door on the line fills its own width: whether the public may pass it is the door check's question.
  for (const d of doors) {
    if (Math.abs(cross(u, sub(d.position, a))) > tol) continue;
    const t = dot(sub(d.position, a), u);
    covered.push([t - d.width / 2, t + d.width / 2]);
  }
  for (let i = 0; i < walls.length; i++) {
    const w = walls[i];
    if (!mayShare(a, b, boxes[i], tol + w.thickness / 2)) continue;
    const wv = normalize(sub(w.b, w.a));
    if (Math.abs(cross(u, wv)) > PARALLEL_SIN || Math.abs(cross(u, sub(w.a, a))) > tol + w.thickness / 2) continue;
    const t0 = dot(sub(w.a, a), u);
    const t1 = dot(sub(w.b, a), u);
    covered.push([Math.min(t0, t1), Math.max(t0, t1)]);
  }
  return covered;
}

/**
 * Stretches of a staff zone's boundary with no wall that face neither another staff zone, nor a drawn public zone
 * (those are reported pair by pair), nor the outside: open to the hall, where the public walks in
 * (建筑布局分隔开, 以避免服务对象误入工作区域).
 */
function openToHall(fp: FloorParts, s: Zone): { at: Vec2; length: number; stretch: [Vec2, Vec2] }[] {
  const { zones, zoneBoxes, walls, wallBoxes, doors, tol, minGap } = fp;
  const outline = fp.floor.outline;
  const out: { at: Vec2; length: number; stretch: [Vec2, Vec2] }[] = [];
  // What cannot reach the zone's box cannot reach any of its edges (each edge's box lies in it, and a door cuts an
  // edge only within its half width along it and `tol` across): the tests per edge run over what is left, in order.
  const box = cachedBBox(s.polygon);
  const lo: Vec2 = [box.minX, box.minY];
  const hi: Vec2 = [box.maxX, box.maxY];
  const others: Zone[] = [];
  const otherBoxes: BBox[] = [];
  for (let i = 0; i < zones.length; i++) {
    const z = zones[i];
    if (z === s || z.type === 'unclassified' || !mayShare(lo, hi, zoneBoxes[i], tol)) continue;
    others.push(z);
    otherBoxes.push(zoneBoxes[i]);
  }
  const nearWalls: Wall[] = [];
  const nearBoxes: BBox[] = [];
  for (let i = 0; i < walls.length; i++) {
    if (!mayShare(lo, hi, wallBoxes[i], tol + walls[i].thickness / 2)) continue;
    nearWalls.push(walls[i]);
    nearBoxes.push(wallBoxes[i]);
  }
  const nearDoors = doors.filter((d) => {
    const m = tol + d.width / 2 + ROUNDING;
    return d.position[0] >= box.minX - m && d.position[0] <= box.maxX + m && d.position[1] >= box.minY - m && d.position[1] <= box.maxY + m;
  });
  for (let i = 0; i < s.polygon.length; i++) {
    const a = s.polygon[i];
    const b = s.polygon[(i + 1) % s.polygon.length];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 1e-9) continue;
    const u = normalize(sub(b, a));
    const cuts = wallCover(nearWalls, nearBoxes, a, b, u, tol, nearDoors);
    for (let k = 0; k < others.length; k++) if (mayShare(a, b, otherBoxes[k], tol)) cuts.push(...sharedIntervals(a, b, others[k].polygon, tol));
    if (outline) cuts.push(...sharedIntervals(a, b, outline, tol));
    for (const [g0, g1] of subtractIntervals([0, len], cuts)) {
      if (g1 - g0 < minGap) continue;
      out.push({ at: along(a, u, (g0 + g1) / 2), length: g1 - g0, stretch: [along(a, u, g0), along(a, u, g1)] });
    }
  }
  return out;
}

const wallOf = (walls: readonly Wall[], d: ElementOf<'opening'>) => (d.wallId ? walls.find((w) => w.id === d.wallId) : undefined);

/** What the separation checks of one floor read: its zones by side, walls and doors, and the rule's tolerances. */
interface FloorParts {
  ctx: RuleContext;
  floor: Floor;
  zones: readonly Zone[];
  /** Each zone's box, in the order of `zones`: every staff zone's edges are tested against every zone's. */
  zoneBoxes: readonly BBox[];
  staff: Zone[];
  pub: Zone[];
  walls: readonly Wall[];
  /** Each wall's centre line's box, in the order of `walls`. */
  wallBoxes: readonly BBox[];
  doors: readonly ElementOf<'opening'>[];
  tol: number;
  minGap: number;
}

function partsOf(ctx: RuleContext, floor: Floor): FloorParts {
  // From the floor's element index: three scans of thousands of seats found the few dozen zones, walls and doors.
  const zones = elementsOn(floor, 'zone');
  const walls = elementsOn(floor, 'wall');
  return {
    ctx,
    floor,
    zones,
    zoneBoxes: zones.map((z) => cachedBBox(z.polygon)),
    staff: zones.filter(isStaffZone),
    pub: zones.filter((z) => !isStaffZone(z) && z.type !== 'unclassified'),
    walls,
    wallBoxes: walls.map(wallBox),
    doors: elementsOn(floor, 'opening'),
    tol: num(ctx, 'separationTolM'),
    minGap: num(ctx, 'separationMinGapM'),
  };
}

/** Stretches of the boundary a staff zone shares with a public zone where no wall (or door) stands. */
function unwalledShared(fp: FloorParts, s: Zone, p: Zone): Finding[] {
  const { ctx, floor, walls, wallBoxes, doors, tol, minGap } = fp;
  const out: Finding[] = [];
  for (let i = 0; i < s.polygon.length; i++) {
    const a = s.polygon[i];
    const b = s.polygon[(i + 1) % s.polygon.length];
    const u = normalize(sub(b, a));
    for (const iv of sharedIntervals(a, b, p.polygon, tol)) {
      for (const [g0, g1] of subtractIntervals(iv, wallCover(walls, wallBoxes, a, b, u, tol, doors))) {
        if (g1 - g0 < minGap) continue;
        const mid = along(a, u, (g0 + g1) / 2);
        out.push(
          finding('zone.office-separated', ctx, {
            elementIds: [s.id, p.id],
            floorId: floor.id,
            at: mid,
            disc: `open:${fmt(mid[0], 2)},${fmt(mid[1], 2)}`,
            stretches: [[along(a, u, g0), along(a, u, g1)]],
            zh: `办公区“${s.name ?? s.id}”与“${p.name ?? p.id}”之间有 ${fmt(g1 - g0)} m 边界没有墙`,
            en: `${fmt(g1 - g0)} m of the boundary between staff zone "${s.name ?? s.id}" and "${p.name ?? p.id}" has no wall`,
            hintZh: '沿边界补墙，必要处设工作人员专用门',
            hintEn: 'Add a wall along the boundary, with staff-only doors where needed',
            data: { openLengthM: g1 - g0 },
          }),
        );
      }
    }
  }
  return out;
}

/**
 * Staff zones drawn over public ones (one finding per pair, and their edges inside say nothing more), and the
 * unwalled boundary of the pairs that only touch. Returns the overlapping staff zones too.
 */
function pairFindings(fp: FloorParts): { out: Finding[]; overlapping: Set<Zone> } {
  const { ctx, floor, staff, pub, tol } = fp;
  const minOverlap = num(ctx, 'overlapMinM2');
  const out: Finding[] = [];
  const pubBoxes = pub.map((p) => cachedBBox(p.polygon));
  const overlapping = new Set<Zone>();
  for (const s of staff) {
    const sb = cachedBBox(s.polygon);
    for (let pi = 0; pi < pub.length; pi++) {
      const p = pub[pi];
      if (!bboxOverlap(sb, pubBoxes[pi], tol)) continue;
      const ov = interiorsOverlap(s.polygon, p.polygon) ? overlapArea(s.polygon, p.polygon) : 0;
      if (ov <= minOverlap) {
        out.push(...unwalledShared(fp, s, p));
        continue;
      }
      overlapping.add(s);
      out.push(
        finding('zone.office-separated', ctx, {
          elementIds: [s.id, p.id],
          floorId: floor.id,
          at: s.polygon[0],
          disc: 'overlap',
          zh: `办公区“${s.name ?? s.id}”与公众区域“${p.name ?? p.id}”重叠 ${fmt(ov)} m²`,
          en: `Staff zone "${s.name ?? s.id}" overlaps public zone "${p.name ?? p.id}" by ${fmt(ov)} m²`,
          hintZh: '调整边界，使办公区与公众区域只以墙相邻',
          hintEn: 'Adjust the outlines so the two only meet at a wall',
          data: { overlapM2: ov },
        }),
      );
    }
  }
  return { out, overlapping };
}

/** Staff-zone boundary open to the hall (no wall, no zone beyond, not the outside), per gap. */
function openEdgeFindings(fp: FloorParts, skip: Set<Zone>): Finding[] {
  const { ctx, floor } = fp;
  const out: Finding[] = [];
  for (const s of fp.staff) {
    if (skip.has(s)) continue;
    for (const gap of openToHall(fp, s))
      out.push(
        finding('zone.office-separated', ctx, {
          elementIds: [s.id],
          floorId: floor.id,
          at: gap.at,
          disc: `open:${fmt(gap.at[0], 2)},${fmt(gap.at[1], 2)}`,
          stretches: [gap.stretch],
          zh: `办公区“${s.name ?? s.id}”有 ${fmt(gap.length)} m 边界没有墙，向大厅敞开`,
          en: `${fmt(gap.length)} m of staff zone "${s.name ?? s.id}"'s boundary has no wall and opens onto the hall`,
          hintZh: '沿边界补墙，必要处设工作人员专用门',
          hintEn: 'Add a wall along the boundary, with staff-only doors where needed',
          data: { openLengthM: gap.length },
        }),
      );
  }
  return out;
}

/**
 * Doors on a staff zone's edge that let the public in: not staff-only, and the far side is not staff space.
 * Whether a door is exterior comes from where it stands (the outer boundary), never from its entrance kind: a
 * `secondary` entrance in an interior wall into the back office is still a public door into it.
 */
function publicDoorFindings(fp: FloorParts): Finding[] {
  const { ctx, floor, staff, walls, tol } = fp;
  const probe = num(ctx, 'doorSideProbeM');
  const exteriorTol = num(ctx, 'exteriorDoorTolM');
  const out: Finding[] = [];
  const staffBoxes = staff.map((s) => cachedBBox(s.polygon));
  for (const d of fp.doors) {
    if (d.entrance === 'staff' || isExteriorDoor(floor, d, exteriorTol)) continue;
    const reach = tol + (wallOf(walls, d)?.thickness ?? 0) / 2;
    const [x, y] = d.position;
    for (let si = 0; si < staff.length; si++) {
      const s = staff[si];
      // A zone whose box lies beyond the reach cannot have its edge within it (its edge lies in its box).
      const b = staffBoxes[si];
      const m = reach + ROUNDING;
      if (x < b.minX - m || x > b.maxX + m || y < b.minY - m || y > b.maxY + m) continue;
      if (distToPolygonBoundary(d.position, s.polygon) > reach) continue;
      const n: Vec2 = [-Math.sin((d.rotation * Math.PI) / 180), Math.cos((d.rotation * Math.PI) / 180)];
      const sides: Vec2[] = [
        [d.position[0] + n[0] * probe, d.position[1] + n[1] * probe],
        [d.position[0] - n[0] * probe, d.position[1] - n[1] * probe],
      ];
      const outside = sides.find((q) => !pointInPolygon(q, s.polygon));
      if (!outside || staff.some((z) => pointInPolygon(outside, z.polygon))) continue;
      out.push(
        finding('zone.office-separated', ctx, {
          elementIds: [d.id, s.id],
          floorId: floor.id,
          at: d.position,
          disc: 'door',
          zh: `门“${d.name ?? d.id}”从公众区域直通办公区“${s.name ?? s.id}”，但不是工作人员专用门${d.entrance !== 'none' ? `（出入口类型“${d.entrance}”不改变它是内门）` : ''}`,
          en: `Door "${d.name ?? d.id}" opens from public space into staff zone "${s.name ?? s.id}" but is not staff-only${d.entrance !== 'none' ? ` (its entrance kind "${d.entrance}" does not make an interior door exterior)` : ''}`,
          hintZh: '把门的出入口类型设为“工作人员通道”（门禁）',
          hintEn: 'Set the door to staff-only (access control)',
        }),
      );
    }
  }
  return out;
}

/** Whether a hand-drawn route has a point, or a leg, inside the staff zone. */
function routeEnters(r: ElementOf<'route'>, s: Zone, tol: number): boolean {
  if (r.points.some((q) => pointInPolygon(q, s.polygon) && distToPolygonBoundary(q, s.polygon) > tol)) return true;
  return r.points
    .slice(1)
    .some((q, i) =>
      s.polygon.some(
        (v, j) =>
          segmentsIntersect(r.points[i], q, v, s.polygon[(j + 1) % s.polygon.length]) && pointInPolygon([(r.points[i][0] + q[0]) / 2, (r.points[i][1] + q[1]) / 2], s.polygon),
      ),
    );
}

/** Hand-drawn public routes must not enter staff zones. */
function routeFindings(fp: FloorParts): Finding[] {
  const { ctx, floor, staff, tol } = fp;
  const out: Finding[] = [];
  for (const r of elementsOn(floor, 'route')) {
    for (const s of staff)
      if (routeEnters(r, s, tol))
        out.push(
          finding('zone.office-separated', ctx, {
            elementIds: [r.id, s.id],
            floorId: floor.id,
            at: r.points[0],
            disc: 'route',
            zh: `公众路线进入了办公区“${s.name ?? s.id}”`,
            en: `A public route enters staff zone "${s.name ?? s.id}"`,
          }),
        );
  }
  return out;
}

function checkFloor(ctx: RuleContext, floor: Floor): Finding[] {
  const fp = partsOf(ctx, floor);
  const pairs = pairFindings(fp);
  return [...pairs.out, ...openEdgeFindings(fp, pairs.overlapping), ...publicDoorFindings(fp), ...routeFindings(fp)];
}

export const zoneOfficeSeparated = defineRule({
  id: 'zone.office-separated',
  group: 'zones',
  title: { zh: '办公区与公众区域分隔', en: 'Back office separated from public areas' },
  scope: 'floor',
  reads: ['wall', 'zone', 'opening'],
  params: ['separationTolM', 'separationMinGapM', 'overlapMinM2', 'doorSideProbeM', 'exteriorDoorTolM'],
  check: (ctx) => (ctx.floor ? checkFloor(ctx, ctx.floor) : []),
});
