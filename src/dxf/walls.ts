/**
 * Walls from wall-layer linework: a wall is drawn as its two faces, so two parallel segments a wall's
 * thickness apart that overlap along their length make one wall (centreline halfway, thickness their
 * distance). Face lines broken at doors and junctions pair piece by piece. Works in drawing units; the
 * caller filters by thickness once the unit is known.
 */
import { GridIndex } from './grid-index';
import type { Seg } from './types';

export interface FacePair {
  /** Centreline end points (drawing units). */
  ax: number;
  ay: number;
  bx: number;
  by: number;
  thickness: number;
}

const PARALLEL_SIN = Math.sin((2 * Math.PI) / 180);

/** The faces with their lengths and unit directions, and a grid over the ones long enough to pair. */
interface Faces {
  segs: Seg[];
  len: Float64Array;
  ux: Float64Array;
  uy: Float64Array;
  index: GridIndex;
}

function facesOf(segs: Seg[], maxGap: number, minLen: number): Faces {
  const n = segs.length;
  const len = new Float64Array(n);
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  let ox = Infinity;
  let oy = Infinity;
  for (let i = 0; i < n; i++) {
    const s = segs[i];
    const dx = s.bx - s.ax;
    const dy = s.by - s.ay;
    len[i] = Math.hypot(dx, dy);
    ux[i] = len[i] > 0 ? dx / len[i] : 0;
    uy[i] = len[i] > 0 ? dy / len[i] : 0;
    ox = Math.min(ox, s.ax, s.bx);
    oy = Math.min(oy, s.ay, s.by);
  }
  const index = new GridIndex(Math.max(maxGap, 1e-9) * 2, ox, oy);
  for (let i = 0; i < n; i++) {
    if (len[i] < minLen) continue;
    const s = segs[i];
    index.insert(i, Math.min(s.ax, s.bx), Math.min(s.ay, s.by), Math.max(s.ax, s.bx), Math.max(s.ay, s.by));
  }
  return { segs, len, ux, uy, index };
}

/**
 * One face's candidate partners as parallel lists, and the grid's answers, in lists reused from face to face (each
 * keeps its storage; `count` says how much is current): a face can have hundreds of candidates when the unit is
 * sought with a generous gap, and lists or objects made per face were most of an import's garbage.
 */
class Candidates {
  readonly near: number[] = [];
  readonly j: number[] = [];
  readonly d: number[] = [];
  readonly t0: number[] = [];
  readonly t1: number[] = [];
  readonly side: number[] = [];
  count = 0;

  add(j: number, d: number, t0: number, t1: number, side: number): void {
    put(this.j, this.count, j);
    put(this.d, this.count, d);
    put(this.t0, this.count, t0);
    put(this.t1, this.count, t1);
    put(this.side, this.count, side);
    this.count++;
  }
}

function put(list: number[], k: number, v: number): void {
  if (k < list.length) list[k] = v;
  else list.push(v);
}

/** Face i's parallel partners up to `maxGap` away that overlap it along enough of its length, in the order the grid finds them. */
function gather(f: Faces, i: number, maxGap: number, minLen: number, c: Candidates): void {
  const { segs, len, ux, uy } = f;
  const s = segs[i];
  const nx = -uy[i];
  const ny = ux[i];
  c.count = 0;
  const found = f.index.queryInto(c.near, Math.min(s.ax, s.bx) - maxGap, Math.min(s.ay, s.by) - maxGap, Math.max(s.ax, s.bx) + maxGap, Math.max(s.ay, s.by) + maxGap);
  for (let q = 0; q < found; q++) {
    const j = c.near[q];
    if (j === i) continue;
    if (Math.abs(ux[i] * uy[j] - uy[i] * ux[j]) > PARALLEL_SIN) continue;
    const t = segs[j];
    const mx = (t.ax + t.bx) / 2 - s.ax;
    const my = (t.ay + t.by) / 2 - s.ay;
    const signed = mx * nx + my * ny;
    const d = Math.abs(signed);
    if (d > maxGap || d < maxGap * 1e-3) continue;
    const ta = (t.ax - s.ax) * ux[i] + (t.ay - s.ay) * uy[i];
    const tb = (t.bx - s.ax) * ux[i] + (t.by - s.ay) * uy[i];
    const t0 = Math.max(0, Math.min(ta, tb));
    const t1 = Math.min(len[i], Math.max(ta, tb));
    if (t1 - t0 < Math.max(minLen, 0.3 * Math.min(len[i], len[j]))) continue;
    c.add(j, d, t0, t1, Math.sign(signed));
  }
}

/**
 * Every face pair among `segs`, each face with its nearest parallel partners up to `maxGap` apart.
 * `minLen`: shorter segments (hatch strokes, arrow heads) are left out.
 */
export function pairFaces(segs: Seg[], maxGap: number, minLen: number): FacePair[] {
  const n = segs.length;
  // No gap to look across (a plan with no extent found): nothing pairs, and a grid of zero-sized cells never ends.
  if (n === 0 || !(maxGap > 0)) return [];
  const f = facesOf(segs, maxGap, minLen);
  const { len, ux, uy } = f;
  const out: FacePair[] = [];
  // Pairs already made, as lo · n + hi: a number, not a string built per pair.
  const done = new Set<number>();
  const c = new Candidates();
  const order: number[] = [];
  const covered: number[] = [];
  for (let i = 0; i < n; i++) {
    if (len[i] < minLen) continue;
    gather(f, i, maxGap, minLen, c);
    const count = c.count;
    if (count === 0) continue;
    // Nearest partners first (a stable sort: equal distances stay in the order found); a farther one only where
    // the nearer ones leave this face uncovered (a face line that meets a wall-end cap close by still pairs with
    // its own other face further along).
    order.length = count;
    for (let k = 0; k < count; k++) order[k] = k;
    if (count > 1) order.sort((p, q) => c.d[p] - c.d[q]);
    const s = segs[i];
    const nx = -uy[i];
    const ny = ux[i];
    let ncov = 0;
    for (let o = 0; o < count; o++) {
      const k = order[o];
      const d = c.d[k];
      const t0 = c.t0[k];
      const t1 = c.t1[k];
      // A piece of wall is longer than it is thick: caps and jambs across a wall's end are not walls.
      if (t1 - t0 < 2.5 * d) continue;
      let free = t1 - t0;
      for (let m = 0; m < ncov; m += 2) free -= Math.max(0, Math.min(covered[m + 1], t1) - Math.max(covered[m], t0));
      if (free < 0.5 * (t1 - t0)) continue;
      put(covered, ncov++, t0);
      put(covered, ncov++, t1);
      const j = c.j[k];
      const key = i < j ? i * n + j : j * n + i;
      if (done.has(key)) continue;
      done.add(key);
      const off = (c.side[k] * d) / 2;
      out.push({
        ax: s.ax + ux[i] * t0 + nx * off,
        ay: s.ay + uy[i] * t0 + ny * off,
        bx: s.ax + ux[i] * t1 + nx * off,
        by: s.ay + uy[i] * t1 + ny * off,
        thickness: d,
      });
    }
  }
  return out;
}

/** Length-weighted median of the pairs' thickness (the drawing's typical wall), drawing units. */
export function typicalThickness(pairs: FacePair[]): number | undefined {
  if (pairs.length === 0) return undefined;
  const list = pairs.map((p) => ({ t: p.thickness, w: Math.hypot(p.bx - p.ax, p.by - p.ay) })).sort((a, b) => a.t - b.t);
  const total = list.reduce((s, x) => s + x.w, 0);
  let acc = 0;
  for (const x of list) {
    acc += x.w;
    if (acc >= total / 2) return x.t;
  }
  return list[list.length - 1].t;
}

export interface WallLine {
  a: [number, number];
  b: [number, number];
  thickness: number;
}

/**
 * Pairs that overlap the same stretch of wall (a face split in pieces pairs with each piece of the other
 * face) are merged, and wall ends are carried to the centreline of a wall they meet at a corner or T, so
 * walls join instead of leaving a notch at every junction. Metres in, metres out. A bucket grid finds the
 * walls near each one; candidates are taken in list order so the result is that of the all-pairs scan.
 */
export function tidyWalls(walls: WallLine[]): WallLine[] {
  const out = mergeCollinear(walls);
  joinEnds(out);
  return out.filter((w) => Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]) > 0.05);
}

/** A bucket grid over walls; `put` (re-)files wall i under its box grown by `pad` (stale cells only add candidates). */
function wallIndex(list: WallLine[]): { index: GridIndex; put: (i: number, w: WallLine, pad: number) => void } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const w of list) {
    x0 = Math.min(x0, w.a[0], w.b[0]);
    y0 = Math.min(y0, w.a[1], w.b[1]);
    x1 = Math.max(x1, w.a[0], w.b[0]);
    y1 = Math.max(y1, w.a[1], w.b[1]);
  }
  const finite = Number.isFinite(x0 + y0 + x1 + y1);
  // Cells of 2 m, coarser on a huge floor so that no wall's box spans more cells than the index keeps exactly.
  const cell = finite ? Math.max(2, Math.max(x1 - x0, y1 - y0) / 50) : 2;
  const index = new GridIndex(cell, finite ? x0 : 0, finite ? y0 : 0);
  const put = (i: number, w: WallLine, pad: number) =>
    index.insert(i, Math.min(w.a[0], w.b[0]) - pad, Math.min(w.a[1], w.b[1]) - pad, Math.max(w.a[0], w.b[0]) + pad, Math.max(w.a[1], w.b[1]) + pad);
  return { index, put };
}

/** Merge collinear overlapping walls of the same thickness (thickest first, each into the first it continues). */
function mergeCollinear(walls: WallLine[]): WallLine[] {
  const out: WallLine[] = [];
  const sorted = [...walls].sort((p, q) => q.thickness - p.thickness);
  const { index, put } = wallIndex(sorted);
  for (const w of sorted) {
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const L = Math.hypot(dx, dy);
    if (L < 1e-6) continue;
    let merged = false;
    const near = index.query(Math.min(w.a[0], w.b[0]) - 0.05, Math.min(w.a[1], w.b[1]) - 0.05, Math.max(w.a[0], w.b[0]) + 0.05, Math.max(w.a[1], w.b[1]) + 0.05);
    near.sort((p, q) => p - q);
    for (const k of near) {
      const o = out[k];
      const ox = o.b[0] - o.a[0];
      const oy = o.b[1] - o.a[1];
      const OL = Math.hypot(ox, oy);
      if (Math.abs(dx * oy - dy * ox) > PARALLEL_SIN * L * OL) continue;
      if (Math.abs(o.thickness - w.thickness) > 0.02) continue;
      const nx = -oy / OL;
      const ny = ox / OL;
      if (Math.abs((w.a[0] - o.a[0]) * nx + (w.a[1] - o.a[1]) * ny) > 0.02) continue;
      const t0 = ((w.a[0] - o.a[0]) * ox + (w.a[1] - o.a[1]) * oy) / OL;
      const t1 = ((w.b[0] - o.a[0]) * ox + (w.b[1] - o.a[1]) * oy) / OL;
      const lo = Math.min(t0, t1);
      const hi = Math.max(t0, t1);
      if (lo > OL + 1e-3 || hi < -1e-3) continue;
      const nlo = Math.min(0, lo);
      const nhi = Math.max(OL, hi);
      const a: [number, number] = [o.a[0] + (ox / OL) * nlo, o.a[1] + (oy / OL) * nlo];
      const b: [number, number] = [o.a[0] + (ox / OL) * nhi, o.a[1] + (oy / OL) * nhi];
      o.a = a;
      o.b = b;
      put(k, o, 0);
      merged = true;
      break;
    }
    if (!merged) {
      out.push({ a: [...w.a], b: [...w.b], thickness: w.thickness });
      put(out.length - 1, w, 0);
    }
  }
  return out;
}

/** Carry each end to the centreline of a crossing wall within reach (half of both thicknesses and a little). */
function joinEnds(out: WallLine[]): void {
  let maxT = 0;
  for (const w of out) maxT = Math.max(maxT, w.thickness);
  const { index, put } = wallIndex(out);
  for (let i = 0; i < out.length; i++) put(i, out[i], out[i].thickness);
  out.forEach((w, wi) => {
    for (const end of ['a', 'b'] as const) {
      const p = w[end];
      const q = end === 'a' ? w.b : w.a;
      const dx = p[0] - q[0];
      const dy = p[1] - q[1];
      const L = Math.hypot(dx, dy);
      let bestT = Infinity;
      let best: [number, number] | undefined;
      const pad = (w.thickness + maxT) * 0.75 + 0.05 + 1e-6;
      const near = index.query(p[0] - pad, p[1] - pad, p[0] + pad, p[1] + pad);
      near.sort((x, y) => x - y);
      for (const k of near) {
        const o = out[k];
        if (o === w) continue;
        const ox = o.b[0] - o.a[0];
        const oy = o.b[1] - o.a[1];
        const OL = Math.hypot(ox, oy);
        const den = dx * oy - dy * ox;
        if (Math.abs(den) < 0.5 * L * OL) continue; // only junctions steeper than 30°
        // p + s·(p − q)/L meets o.a + r·(o.b − o.a)/OL
        const s = ((o.a[0] - p[0]) * oy - (o.a[1] - p[1]) * ox) / (den / L);
        const reach = (w.thickness + o.thickness) * 0.75 + 0.05;
        if (Math.abs(s) > reach) continue;
        const ix = p[0] + (s * dx) / L;
        const iy = p[1] + (s * dy) / L;
        const r = ((ix - o.a[0]) * ox + (iy - o.a[1]) * oy) / OL;
        if (r < -o.thickness || r > OL + o.thickness) continue;
        if (Math.abs(s) < bestT) {
          bestT = Math.abs(s);
          best = [ix, iy];
        }
      }
      if (best) {
        w[end] = best;
        put(wi, w, w.thickness);
      }
    }
  });
}
