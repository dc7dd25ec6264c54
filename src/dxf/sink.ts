/**
 * Where flattening puts model space: segments, arcs, closed outlines and hatch boundaries in world
 * coordinates, each piece taken through the affine map of the block inserts it sits in.
 */
import { apX, apY, det, type M } from './affine';
import { ARC_STEPS } from './arc-points';
import { bulgeArc, bulgePoints } from './bulge';
import { type Group, hatchPaths } from './hatch';
import type { Arc, HatchFill, Loop, Seg } from './types';

export interface Pt {
  x: number;
  y: number;
  bulge?: number;
}

export const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** Points per bulge when a closed outline follows an arc. */
const LOOP_BULGE_STEPS = 8;

export class DrawingSink {
  readonly segs: Seg[] = [];
  readonly arcs: Arc[] = [];
  readonly loops: Loop[] = [];
  readonly hatches: HatchFill[] = [];

  seg(m: M, x1: number, y1: number, x2: number, y2: number, layer: string, ins: number): void {
    const ax = apX(m, x1, y1);
    const ay = apY(m, x1, y1);
    const bx = apX(m, x2, y2);
    const by = apY(m, x2, y2);
    if (!Number.isFinite(ax + ay + bx + by)) return;
    if (ax === bx && ay === by) return;
    this.segs.push({ ax, ay, bx, by, layer, ins });
  }

  arc(m: M, cx: number, cy: number, r: number, a0: number, a1: number, layer: string, ins: number): void {
    if (!(r > 0) || !Number.isFinite(cx + cy + r)) return;
    const d = det(m);
    const sx = Math.hypot(m[0], m[1]);
    const sy = Math.hypot(m[2], m[3]);
    let sweep = a1 - a0;
    while (sweep <= 0) sweep += 2 * Math.PI;
    if (Math.abs(sx - sy) > 1e-6 * Math.max(sx, sy)) {
      // Stretched by a non-uniform block scale: no longer a circle, drawn as segments.
      const n = Math.max(2, Math.ceil((ARC_STEPS * sweep) / (2 * Math.PI)));
      for (let i = 0; i < n; i++) {
        const t0 = a0 + (sweep * i) / n;
        const t1 = a0 + (sweep * (i + 1)) / n;
        this.seg(m, cx + r * Math.cos(t0), cy + r * Math.sin(t0), cx + r * Math.cos(t1), cy + r * Math.sin(t1), layer, ins);
      }
      return;
    }
    const ncx = apX(m, cx, cy);
    const ncy = apY(m, cx, cy);
    const nr = r * Math.sqrt(Math.abs(d));
    if (sweep >= 2 * Math.PI - 1e-9) {
      this.arcs.push({ cx: ncx, cy: ncy, r: nr, a0: 0, a1: 2 * Math.PI, layer, ins });
      return;
    }
    const px0 = cx + r * Math.cos(a0);
    const py0 = cy + r * Math.sin(a0);
    const px1 = cx + r * Math.cos(a0 + sweep);
    const py1 = cy + r * Math.sin(a0 + sweep);
    let t0 = Math.atan2(apY(m, px0, py0) - ncy, apX(m, px0, py0) - ncx);
    let t1 = Math.atan2(apY(m, px1, py1) - ncy, apX(m, px1, py1) - ncx);
    if (d < 0) [t0, t1] = [t1, t0];
    while (t1 <= t0) t1 += 2 * Math.PI;
    this.arcs.push({ cx: ncx, cy: ncy, r: nr, a0: t0, a1: t1, layer, ins });
  }

  /** A polyline's pieces; a closed one (flag, or first point repeated) is also kept whole as an outline. */
  polyline(m: M, pts: Pt[], closed: boolean, layer: string, ins: number): void {
    const n = pts.length;
    if (n < 2) return;
    const first = pts[0];
    const lastPt = pts[n - 1];
    if (closed || (n > 3 && num(first.x) === num(lastPt.x) && num(first.y) === num(lastPt.y))) this.loop(m, pts, layer, ins);
    const last = closed ? n : n - 1;
    for (let i = 0; i < last; i++) {
      const a = pts[i];
      const b = pts[(i + 1) % n];
      const bulge = num(a.bulge);
      if (Math.abs(bulge) > 1e-9) {
        const arc = bulgeArc(num(a.x), num(a.y), num(b.x), num(b.y), bulge);
        if (!arc) continue;
        if (arc.theta > 0) this.arc(m, arc.cx, arc.cy, arc.r, arc.sa, arc.ea, layer, ins);
        else this.arc(m, arc.cx, arc.cy, arc.r, arc.ea, arc.sa, layer, ins);
      } else {
        this.seg(m, num(a.x), num(a.y), num(b.x), num(b.y), layer, ins);
      }
    }
  }

  private ring(m: M, pts: Pt[]): [number, number][] | undefined {
    const ring: [number, number][] = [];
    const n = pts.length;
    for (let i = 0; i < n; i++) {
      const a = pts[i];
      ring.push([apX(m, num(a.x), num(a.y)), apY(m, num(a.x), num(a.y))]);
      const bulge = num(a.bulge);
      if (Math.abs(bulge) > 1e-9) {
        const b = pts[(i + 1) % n];
        const arc = bulgeArc(num(a.x), num(a.y), num(b.x), num(b.y), bulge);
        if (!arc) continue;
        for (const [x, y] of bulgePoints(arc, LOOP_BULGE_STEPS)) ring.push([apX(m, x, y), apY(m, x, y)]);
      }
    }
    const f = ring[0];
    const l = ring[ring.length - 1];
    if (ring.length > 3 && f[0] === l[0] && f[1] === l[1]) ring.pop();
    return ring.length >= 3 && ring.every((p) => Number.isFinite(p[0] + p[1])) ? ring : undefined;
  }

  loop(m: M, pts: Pt[], layer: string, ins: number): void {
    const ring = this.ring(m, pts);
    if (ring) this.loops.push({ pts: ring, layer, ins });
  }

  /** A hatch, its boundary paths read (and taken through `m`) only when asked for. */
  hatch(m: M, groups: Group[], layer: string, ins: number): void {
    if (groups.length === 0) return;
    let loops: Loop[] | undefined;
    const loopsOf = (): Loop[] => {
      if (loops) return loops;
      loops = [];
      for (const path of hatchPaths(groups)) {
        const ring = this.ring(
          m,
          path.map(([x, y]) => ({ x, y })),
        );
        if (ring) loops.push({ pts: ring, layer, ins });
      }
      return loops;
    };
    this.hatches.push({ layer, ins, loops: loopsOf });
  }
}
