/**
 * zone.office-separated: staff zones share no open boundary with public zones — they do not overlap, every
 * metre of boundary they share is wall, any door on it is staff-only, and no public route enters them.
 */
import type { Floor } from '../../core/document';
import type { ElementOf } from '../../core/kinds/registry';
import { isStaffZone } from '../../core/kinds/zone';
import { bboxOverlap, cachedBBox, distToPolygonBoundary, interiorsOverlap, pointInPolygon } from '../../core/geometry/polygon';
import { overlapArea } from '../../core/geometry/clip';
import { cross, dot, normalize, segmentsIntersect, sub, type Vec2 } from '../../core/geometry/vec';
import { isExteriorDoor } from '../doors';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../define';
import { finding, fmt, num } from '../util';

/** Sine of the angle under which two edges count as parallel (about 1°): drawing noise, not a design quantity. */
const PARALLEL_SIN = 0.02;

type Zone = ElementOf<'zone'>;

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

const wallOf = (walls: ElementOf<'wall'>[], d: ElementOf<'opening'>) => (d.wallId ? walls.find((w) => w.id === d.wallId) : undefined);

function checkFloor(ctx: RuleContext, floor: Floor): Finding[] {
  const out: Finding[] = [];
  const tol = num(ctx, 'separationTolM');
  const minGap = num(ctx, 'separationMinGapM');
  const minOverlap = num(ctx, 'overlapMinM2');
  const probe = num(ctx, 'doorSideProbeM');
  const exteriorTol = num(ctx, 'exteriorDoorTolM');
  const zones = floor.elements.filter((e): e is Zone => e.kind === 'zone');
  const staff = zones.filter(isStaffZone);
  const pub = zones.filter((z) => !isStaffZone(z) && z.type !== 'unclassified');
  const walls = floor.elements.filter((e): e is ElementOf<'wall'> => e.kind === 'wall');
  const pubBoxes = pub.map((p) => cachedBBox(p.polygon));
  for (const s of staff) {
    const sb = cachedBBox(s.polygon);
    for (let pi = 0; pi < pub.length; pi++) {
      const p = pub[pi];
      if (!bboxOverlap(sb, pubBoxes[pi], tol)) continue;
      const ov = interiorsOverlap(s.polygon, p.polygon) ? overlapArea(s.polygon, p.polygon) : 0;
      if (ov > minOverlap) {
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
        continue;
      }
      for (let i = 0; i < s.polygon.length; i++) {
        const a = s.polygon[i];
        const b = s.polygon[(i + 1) % s.polygon.length];
        const u = normalize(sub(b, a));
        for (const iv of sharedIntervals(a, b, p.polygon, tol)) {
          const covered: [number, number][] = [];
          for (const w of walls) {
            const wv = normalize(sub(w.b, w.a));
            if (Math.abs(cross(u, wv)) > PARALLEL_SIN || Math.abs(cross(u, sub(w.a, a))) > tol + w.thickness / 2) continue;
            const t0 = dot(sub(w.a, a), u);
            const t1 = dot(sub(w.b, a), u);
            covered.push([Math.min(t0, t1), Math.max(t0, t1)]);
          }
          for (const [g0, g1] of subtractIntervals(iv, covered)) {
            if (g1 - g0 < minGap) continue;
            const mid: Vec2 = [a[0] + (u[0] * (g0 + g1)) / 2, a[1] + (u[1] * (g0 + g1)) / 2];
            out.push(
              finding('zone.office-separated', ctx, {
                elementIds: [s.id, p.id],
                floorId: floor.id,
                at: mid,
                disc: `open:${fmt(mid[0], 2)},${fmt(mid[1], 2)}`,
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
    }
  }
  // Doors on a staff zone's edge that let the public in: not staff-only, and the far side is not staff space.
  // Whether a door is exterior comes from where it stands (the outer boundary), never from its entrance kind:
  // a `secondary` entrance in an interior wall into the back office is still a public door into it.
  for (const d of floor.elements) {
    if (d.kind !== 'opening' || d.entrance === 'staff' || isExteriorDoor(floor, d, exteriorTol)) continue;
    for (const s of staff) {
      if (distToPolygonBoundary(d.position, s.polygon) > tol + (wallOf(walls, d)?.thickness ?? 0) / 2) continue;
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
  // Hand-drawn public routes must not enter staff zones.
  for (const r of floor.elements) {
    if (r.kind !== 'route') continue;
    for (const s of staff) {
      const enters =
        r.points.some((q) => pointInPolygon(q, s.polygon) && distToPolygonBoundary(q, s.polygon) > tol) ||
        r.points
          .slice(1)
          .some((q, i) =>
            s.polygon.some(
              (v, j) =>
                segmentsIntersect(r.points[i], q, v, s.polygon[(j + 1) % s.polygon.length]) &&
                pointInPolygon([(r.points[i][0] + q[0]) / 2, (r.points[i][1] + q[1]) / 2], s.polygon),
            ),
          );
      if (enters)
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
  }
  return out;
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
