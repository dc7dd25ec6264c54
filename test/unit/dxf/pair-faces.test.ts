/**
 * Face pairing keeps one face's candidates in lists reused from face to face instead of an object each: the pairs
 * are those of the straightforward version below (a candidate object each, sorted by distance, pairs remembered by
 * name), on drawings where many faces tie on distance (walls of one thickness on a grid) and on scattered ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GridIndex } from '../../../src/dxf/grid-index';
import type { Seg } from '../../../src/dxf/types';
import { type FacePair, pairFaces } from '../../../src/dxf/walls';

const PARALLEL_SIN = Math.sin((2 * Math.PI) / 180);

/** The pairing as first written: the reference the reused lists must agree with. */
function reference(segs: Seg[], maxGap: number, minLen: number): FacePair[] {
  const n = segs.length;
  if (n === 0 || !(maxGap > 0)) return [];
  const len = segs.map((s) => Math.hypot(s.bx - s.ax, s.by - s.ay));
  const ux = segs.map((s, i) => (len[i] > 0 ? (s.bx - s.ax) / len[i] : 0));
  const uy = segs.map((s, i) => (len[i] > 0 ? (s.by - s.ay) / len[i] : 0));
  const ox = Math.min(...segs.map((s) => Math.min(s.ax, s.bx)));
  const oy = Math.min(...segs.map((s) => Math.min(s.ay, s.by)));
  const index = new GridIndex(Math.max(maxGap, 1e-9) * 2, ox, oy);
  segs.forEach((s, i) => {
    if (len[i] >= minLen) index.insert(i, Math.min(s.ax, s.bx), Math.min(s.ay, s.by), Math.max(s.ax, s.bx), Math.max(s.ay, s.by));
  });
  const out: FacePair[] = [];
  const done = new Set<string>();
  segs.forEach((s, i) => {
    if (len[i] < minLen) return;
    const nx = -uy[i];
    const ny = ux[i];
    const cand: { j: number; d: number; t0: number; t1: number; side: number }[] = [];
    for (const j of index.query(Math.min(s.ax, s.bx) - maxGap, Math.min(s.ay, s.by) - maxGap, Math.max(s.ax, s.bx) + maxGap, Math.max(s.ay, s.by) + maxGap)) {
      if (j === i || Math.abs(ux[i] * uy[j] - uy[i] * ux[j]) > PARALLEL_SIN) continue;
      const t = segs[j];
      const signed = ((t.ax + t.bx) / 2 - s.ax) * nx + ((t.ay + t.by) / 2 - s.ay) * ny;
      const d = Math.abs(signed);
      if (d > maxGap || d < maxGap * 1e-3) continue;
      const ta = (t.ax - s.ax) * ux[i] + (t.ay - s.ay) * uy[i];
      const tb = (t.bx - s.ax) * ux[i] + (t.by - s.ay) * uy[i];
      const t0 = Math.max(0, Math.min(ta, tb));
      const t1 = Math.min(len[i], Math.max(ta, tb));
      if (t1 - t0 < Math.max(minLen, 0.3 * Math.min(len[i], len[j]))) continue;
      cand.push({ j, d, t0, t1, side: Math.sign(signed) });
    }
    cand.sort((p, q) => p.d - q.d);
    const covered: [number, number][] = [];
    for (const c of cand) {
      if (c.t1 - c.t0 < 2.5 * c.d) continue;
      let free = c.t1 - c.t0;
      for (const [a, b] of covered) free -= Math.max(0, Math.min(b, c.t1) - Math.max(a, c.t0));
      if (free < 0.5 * (c.t1 - c.t0)) continue;
      covered.push([c.t0, c.t1]);
      const key = i < c.j ? `${i}:${c.j}` : `${c.j}:${i}`;
      if (done.has(key)) continue;
      done.add(key);
      const off = (c.side * c.d) / 2;
      out.push({ ax: s.ax + ux[i] * c.t0 + nx * off, ay: s.ay + uy[i] * c.t0 + ny * off, bx: s.ax + ux[i] * c.t1 + nx * off, by: s.ay + uy[i] * c.t1 + ny * off, thickness: c.d });
    }
  });
  return out;
}

const seg = (ax: number, ay: number, bx: number, by: number): Seg => ({ ax, ay, bx, by, layer: 'WALL', ins: -1 });

/** Walls of one thickness on a grid: each face has partners at equal distances on both sides, pieces broken at openings. */
const gridPlan = fc
  .record({
    cols: fc.integer({ min: 1, max: 5 }),
    rows: fc.integer({ min: 1, max: 5 }),
    bay: fc.constantFrom(3, 4.5, 6),
    t: fc.constantFrom(0.2, 0.24, 0.3),
    gaps: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  })
  .map(({ cols, rows, bay, t, gaps }) => {
    const segs: Seg[] = [];
    let k = 0;
    const face = (ax: number, ay: number, bx: number, by: number) => {
      // Broken at a door in the middle now and then, as face lines are.
      if (gaps[k++ % gaps.length]) {
        const mx = (ax + bx) / 2;
        const my = (ay + by) / 2;
        const dx = (bx - ax) / 8;
        const dy = (by - ay) / 8;
        segs.push(seg(ax, ay, mx - dx, my - dy), seg(mx + dx, my + dy, bx, by));
      } else segs.push(seg(ax, ay, bx, by));
    };
    for (let r = 0; r <= rows; r++) {
      face(0, r * bay - t / 2, cols * bay, r * bay - t / 2);
      face(0, r * bay + t / 2, cols * bay, r * bay + t / 2);
    }
    for (let c = 0; c <= cols; c++) {
      face(c * bay - t / 2, 0, c * bay - t / 2, rows * bay);
      face(c * bay + t / 2, 0, c * bay + t / 2, rows * bay);
    }
    return segs;
  });

const scattered = fc.array(
  fc
    .tuple(fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0.05, max: 12, noNaN: true }), fc.integer({ min: 0, max: 7 }))
    .map(([x, y, l, dir]) => {
      const a = (dir * Math.PI) / 8 + (dir % 3) * 0.01;
      return seg(x, y, x + l * Math.cos(a), y + l * Math.sin(a));
    }),
  { maxLength: 80 },
);

describe('face pairing with reused candidate lists', () => {
  it('pairs as the straightforward version does, where distances tie and where they do not', () => {
    let paired = 0;
    fc.assert(
      fc.property(fc.oneof(gridPlan, scattered), fc.constantFrom(0.8, 2, 7.5), fc.constantFrom(0.1, 0.02), (segs, gap, minLen) => {
        const pairs = pairFaces(segs, gap, minLen);
        expect(pairs).toEqual(reference(segs, gap, minLen));
        paired += pairs.length;
      }),
      { numRuns: 300 },
    );
    expect(paired).toBeGreaterThan(0);
  });

  it('a grid query into a reused list gives what a fresh query gives, past answers left behind it', () => {
    const index = new GridIndex(1, 0, 0);
    for (let i = 0; i < 40; i++) index.insert(i, i % 7, Math.floor(i / 7), (i % 7) + (i % 3), Math.floor(i / 7) + 1);
    const list: number[] = [];
    for (const [x0, y0, x1, y1] of [
      [0, 0, 9, 9],
      [2, 2, 3, 3],
      [5, 0, 6, 1],
      [-5, -5, -1, -1],
      [0, 0, 9, 9],
    ]) {
      const count = index.queryInto(list, x0, y0, x1, y1);
      expect(list.slice(0, count)).toEqual(index.query(x0, y0, x1, y1));
    }
  });
});
