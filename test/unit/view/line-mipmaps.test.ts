/** A plan's thin lines stay dark in the smaller copies the GPU draws it from when it is shown whole. */
import { describe, expect, it } from 'vitest';
import { isLineDrawing, lineMipmaps, type Rgba } from '../../../src/view/underlay/line-mipmaps';

/** White paper with a one-texel black line down column `x`. */
function plan(w: number, h: number, x: number): Rgba {
  const data = new Uint8ClampedArray(w * h * 4).fill(255);
  for (let y = 0; y < h; y++) data.set([0, 0, 0, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}

describe('line mipmaps', () => {
  it('a one-texel line is still black at every level, down to 1 × 1; the levels halve as WebGL expects', () => {
    const chain = lineMipmaps(plan(37, 20, 13));
    expect(chain.map((l) => [l.width, l.height])).toEqual([
      [37, 20],
      [18, 10],
      [9, 5],
      [4, 2],
      [2, 1],
      [1, 1],
    ]);
    for (const l of chain) {
      let darkest = 255;
      for (let i = 0; i < l.data.length; i += 4) darkest = Math.min(darkest, l.data[i]);
      expect(darkest).toBe(0);
      // The paper stays paper where no line is (a level two texels wide or more has some).
      if (l.width > 1) expect(Math.max(...l.data.filter((_, i) => i % 4 === 0))).toBe(255);
    }
  });

  it('a plan on paper is a line drawing; a dark photo is not', () => {
    expect(isLineDrawing(plan(64, 64, 3))).toBe(true);
    const photo = { width: 64, height: 64, data: new Uint8ClampedArray(64 * 64 * 4).fill(90) };
    expect(isLineDrawing(photo)).toBe(false);
  });
});
