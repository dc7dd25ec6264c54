/**
 * A photo of a plan taken at an angle, straightened by its four corners: the homography maps the corners exactly,
 * and a plan photographed through a known perspective comes back as the plan (its border along the image's edges,
 * a mark where it was drawn).
 */
import { describe, expect, it } from 'vitest';
import { applyHomography, homography, isConvexQuad, knownSize, type Pt, type Rgba, straighten, straightSize } from '../../../src/ui/underlay/perspective';

/** A small deterministic generator (no flaky seeds). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The plan: W × H white paper, a 3-pixel black border and a black 6 × 6 mark at (mx, my). */
const W = 240;
const H = 160;
const MARK: Pt = [170, 50];
function planInk(x: number, y: number): boolean {
  if (x < 3 || y < 3 || x >= W - 3 || y >= H - 3) return true;
  return Math.abs(x - MARK[0]) < 3 && Math.abs(y - MARK[1]) < 3;
}

/** The plan photographed: a 400 × 300 grey table, the plan's corners at `q`, each photo pixel read from the plan. */
function photo(q: Pt[]): Rgba {
  const pw = 400;
  const ph = 300;
  const data = new Uint8ClampedArray(pw * ph * 4);
  const toPlan = homography(q, [
    [0, 0],
    [W, 0],
    [W, H],
    [0, H],
  ]);
  if (!toPlan) throw new Error('no homography');
  for (let y = 0; y < ph; y++)
    for (let x = 0; x < pw; x++) {
      const [u, v] = applyHomography(toPlan, x + 0.5, y + 0.5);
      const inside = u >= 0 && v >= 0 && u < W && v < H;
      const c = !inside ? 128 : planInk(Math.floor(u), Math.floor(v)) ? 0 : 255;
      const o = (y * pw + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = c;
      data[o + 3] = 255;
    }
  return { width: pw, height: ph, data };
}

const dark = (img: Rgba, x: number, y: number) => img.data[(y * img.width + x) * 4] < 100;

describe('homography', () => {
  it('takes each of four corners where it is asked to (random convex quads)', () => {
    const r = rng(7);
    for (let n = 0; n < 50; n++) {
      const from: Pt[] = [
        [r() * 50, r() * 50],
        [150 + r() * 50, r() * 50],
        [150 + r() * 50, 150 + r() * 50],
        [r() * 50, 150 + r() * 50],
      ];
      const to: Pt[] = [
        [0, 0],
        [100 + r() * 900, 0],
        [100 + r() * 900, 100 + r() * 900],
        [0, 100 + r() * 900],
      ];
      const h = homography(from, to);
      expect(h).toBeDefined();
      for (let i = 0; i < 4; i++) {
        const [u, v] = applyHomography(h as Float64Array, ...from[i]);
        expect(u).toBeCloseTo(to[i][0], 6);
        expect(v).toBeCloseTo(to[i][1], 6);
      }
    }
  });

  it('refuses corners with three on one line, and tells crossed or folded corners from a convex quad', () => {
    const line: Pt[] = [
      [0, 0],
      [5, 0],
      [10, 0],
      [0, 10],
    ];
    expect(homography(line, line)).toBeUndefined();
    expect(isConvexQuad(line)).toBe(false);
    const q: Pt[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(isConvexQuad(q)).toBe(true);
    expect(isConvexQuad([q[0], q[2], q[1], q[3]])).toBe(false);
  });
});

describe('straightening a photographed plan', () => {
  // Taken from the lower left: the far (top) edge shorter, the plan turned a little.
  const q: Pt[] = [
    [110, 40],
    [330, 60],
    [370, 270],
    [30, 240],
  ];
  const out = straighten(photo(q), q, W, H);

  it('lays the border along the edges of the image, all the way round', () => {
    for (let x = 8; x < W - 8; x += 4) {
      expect(dark(out, x, 1), `top at ${x}`).toBe(true);
      expect(dark(out, x, H - 2), `bottom at ${x}`).toBe(true);
      expect(dark(out, x, 10), `paper below the top at ${x}`).toBe(false);
    }
    for (let y = 8; y < H - 8; y += 4) {
      expect(dark(out, 1, y), `left at ${y}`).toBe(true);
      expect(dark(out, W - 2, y), `right at ${y}`).toBe(true);
      expect(dark(out, 10, y), `paper right of the left edge at ${y}`).toBe(false);
    }
  });

  it('puts the mark where it was drawn on the plan', () => {
    expect(dark(out, MARK[0], MARK[1])).toBe(true);
    // Its extent: within a pixel of the drawn 6 × 6 square.
    let n = 0;
    let sx = 0;
    let sy = 0;
    for (let y = 20; y < 80; y++)
      for (let x = 140; x < 200; x++)
        if (dark(out, x, y)) {
          n++;
          sx += x;
          sy += y;
        }
    expect(sx / n).toBeGreaterThan(MARK[0] - 1.5);
    expect(sx / n).toBeLessThan(MARK[0] + 0.5);
    expect(sy / n).toBeGreaterThan(MARK[1] - 1.5);
    expect(sy / n).toBeLessThan(MARK[1] + 0.5);
  });

  it('sizes the rectangle by the longer of each pair of opposite sides, within the texture limit', () => {
    expect(straightSize(q)).toEqual([Math.round(Math.hypot(340, 30)), Math.round(Math.hypot(80, 200))]);
    const [w, h] = straightSize([
      [0, 0],
      [20000, 0],
      [20000, 10000],
      [0, 10000],
    ]);
    expect([w, h]).toEqual([8192, 4096]);
  });

  it('with the real width and depth known: their proportions, and the scale they give', () => {
    const { px, metresPerPixel } = knownSize(q, 30, 20);
    expect(px[0]).toBe(straightSize(q)[0]);
    expect(px[1]).toBe(Math.round((px[0] * 20) / 30));
    expect(px[0] * metresPerPixel).toBeCloseTo(30, 9);
    // The plan drawn at those proportions comes back with its frame on every edge.
    const back = straighten(photo(q), q, px[0], px[1]);
    for (let x = 8; x < px[0] - 8; x += 8) expect(dark(back, x, 1) && dark(back, x, px[1] - 2)).toBe(true);
    for (let y = 8; y < px[1] - 8; y += 8) expect(dark(back, 1, y) && dark(back, px[0] - 2, y)).toBe(true);
    // A long thin plan stays within the texture limit.
    const { px: tall } = knownSize(q, 1, 100);
    expect(Math.max(...tall)).toBe(8192);
  });
});
