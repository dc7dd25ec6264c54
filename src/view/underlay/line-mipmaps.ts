/**
 * Mipmaps that keep a drawing's lines. A plan shown whole is drawn from a smaller copy of its image; the usual copy
 * averages each 2 × 2 texels, so a line one texel thick fades by half at every level and the plan's thin lines
 * wash out to pale grey. For a line drawing (mostly paper) each texel of a smaller level is instead the darkest
 * of the four it covers, as a CAD viewer keeps a hairline visible at any zoom. Photos keep the average.
 */

/** An RGBA image (ImageData's shape). */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Paper-light texels (every channel at least this) make the paper of a scanned or printed drawing. */
const PAPER = 200;
/** A drawing is mostly paper: at least this share of the texels sampled. */
const PAPER_SHARE = 0.6;
/** Texels sampled to decide, spread over the image. */
const SAMPLES = 4096;

/** Whether `img` reads as a line drawing: mostly light paper, as a plan printed to PDF or scanned. */
export function isLineDrawing(img: Rgba): boolean {
  const n = img.width * img.height;
  if (n === 0) return false;
  const step = Math.max(1, Math.floor(n / SAMPLES));
  let paper = 0;
  let seen = 0;
  for (let i = 0; i < n; i += step) {
    const o = i * 4;
    const d = img.data;
    if (d[o] >= PAPER && d[o + 1] >= PAPER && d[o + 2] >= PAPER) paper++;
    seen++;
  }
  return paper >= PAPER_SHARE * seen;
}

const luma = (d: Uint8ClampedArray, o: number): number => 2 * d[o] + 5 * d[o + 1] + d[o + 2];

/** The next level down (each side halved, at least 1): each texel the darkest of the up to four it covers. */
export function darkestHalf(img: Rgba): Rgba {
  const w = Math.max(1, img.width >> 1);
  const h = Math.max(1, img.height >> 1);
  const src = img.data;
  const out = new Uint8ClampedArray(w * h * 4);
  const sw = img.width;
  const sh = img.height;
  for (let y = 0; y < h; y++) {
    const y0 = Math.min(2 * y, sh - 1);
    const y1 = Math.min(2 * y + 1, sh - 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.min(2 * x, sw - 1);
      const x1 = Math.min(2 * x + 1, sw - 1);
      let best = (y0 * sw + x0) * 4;
      let bestL = luma(src, best);
      for (const o of [(y0 * sw + x1) * 4, (y1 * sw + x0) * 4, (y1 * sw + x1) * 4]) {
        const l = luma(src, o);
        if (l < bestL) {
          bestL = l;
          best = o;
        }
      }
      const t = (y * w + x) * 4;
      out[t] = src[best];
      out[t + 1] = src[best + 1];
      out[t + 2] = src[best + 2];
      out[t + 3] = src[best + 3];
    }
  }
  return { width: w, height: h, data: out };
}

/** The whole chain from `img` down to 1 × 1, `img` first (the level sizes WebGL expects). */
export function lineMipmaps(img: Rgba): Rgba[] {
  const chain = [img];
  let cur = img;
  while (cur.width > 1 || cur.height > 1) {
    cur = darkestHalf(cur);
    chain.push(cur);
  }
  return chain;
}
