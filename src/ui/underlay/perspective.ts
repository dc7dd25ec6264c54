/**
 * Straightening a photo of a plan taken at an angle, as a scanner app does: the four corners of the plan as they
 * appear in the photo are mapped onto a rectangle (a plane seen in perspective is a projective map, a homography,
 * of the plane itself), and the rectangle is filled by reading each of its pixels back from the photo.
 */

export type Pt = [number, number];

/** An RGBA image (ImageData's shape). */
export interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A homography as its nine entries, row by row (h[8] normalised to 1). */
export type Homography = Float64Array;

/** Solves the 8 × 8 system `a x = b` by Gaussian elimination with partial pivoting; undefined when singular. */
function solve8(a: number[][], b: number[]): number[] | undefined {
  const n = 8;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    // Four corners with three on one line give no homography (the system is singular up to rounding).
    if (Math.abs(a[p][c]) < 1e-12) return undefined;
    [a[c], a[p]] = [a[p], a[c]];
    [b[c], b[p]] = [b[p], b[c]];
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / a[c][c];
      if (f === 0) continue;
      for (let k = c; k < n; k++) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= a[r][k] * x[k];
    x[r] = s / a[r][r];
  }
  return x;
}

/** The homography taking each `from[i]` to `to[i]` (four pairs); undefined when three of either lie on a line. */
export function homography(from: readonly Pt[], to: readonly Pt[]): Homography | undefined {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i];
    const [u, v] = to[i];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve8(a, b);
  if (!h?.every(Number.isFinite)) return undefined;
  return Float64Array.from([...h, 1]);
}

export function applyHomography(h: Homography, x: number, y: number): Pt {
  const w = h[6] * x + h[7] * y + h[8];
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}

/** Whether the four points, in order, make a convex quadrilateral turning one way (no crossed or folded corners). */
export function isConvexQuad(q: readonly Pt[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = q[i];
    const [bx, by] = q[(i + 1) % 4];
    const [cx, cy] = q[(i + 2) % 4];
    const z = (bx - ax) * (cy - by) - (by - ay) * (cx - bx);
    if (Math.abs(z) < 1e-9) return false;
    const s = Math.sign(z);
    if (sign !== 0 && s !== sign) return false;
    sign = s;
  }
  return true;
}

/** The largest side of a straightened image (WebGL's texture limit on most GPUs). */
export const MAX_SIDE_PX = 8192;

/**
 * The straightened rectangle's size in pixels for corners top-left, top-right, bottom-right, bottom-left: each side
 * as long as the longer of the two opposite edges in the photo (no detail is lost), within `MAX_SIDE_PX`.
 */
export function straightSize(q: readonly Pt[]): [number, number] {
  const d = (a: Pt, b: Pt) => Math.hypot(b[0] - a[0], b[1] - a[1]);
  let w = Math.max(d(q[0], q[1]), d(q[3], q[2]));
  let h = Math.max(d(q[0], q[3]), d(q[1], q[2]));
  const k = Math.min(1, MAX_SIDE_PX / Math.max(w, h));
  w *= k;
  h *= k;
  return [Math.max(1, Math.round(w)), Math.max(1, Math.round(h))];
}

/**
 * The rectangle's size in pixels when the plan's real width and depth are known (metres, > 0): as wide as
 * `straightSize` makes it, as deep as the real proportions say (a photo's sides give them only roughly), within
 * `MAX_SIDE_PX`; and the metres a pixel then is.
 */
export function knownSize(q: readonly Pt[], widthM: number, depthM: number): { px: [number, number]; metresPerPixel: number } {
  let w = straightSize(q)[0];
  let h = (w * depthM) / widthM;
  const k = Math.min(1, MAX_SIDE_PX / Math.max(w, h));
  w = Math.max(1, Math.round(w * k));
  h = Math.max(1, Math.round(h * k));
  return { px: [w, h], metresPerPixel: widthM / w };
}

/**
 * The photo's quadrilateral `q` (top-left, top-right, bottom-right, bottom-left, in photo pixels) as a `w` × `h`
 * image: each pixel read from the photo through the homography, between the four nearest photo pixels
 * (bilinear). Outside the photo reads as white paper.
 */
export function straighten(img: Rgba, q: readonly Pt[], w: number, h: number): Rgba {
  const out = new Uint8ClampedArray(w * h * 4);
  // Pixel centres: the rectangle's corners are the corners of its outer pixels.
  const rect: Pt[] = [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ];
  const m = homography(rect, q);
  if (!m) return { width: w, height: h, data: out.fill(255) };
  const src = img.data;
  const sw = img.width;
  const sh = img.height;
  for (let y = 0; y < h; y++) {
    const py = y + 0.5;
    for (let x = 0; x < w; x++) {
      const px = x + 0.5;
      // Inlined applyHomography: this runs for every pixel of a 12-megapixel photo.
      const iw = m[6] * px + m[7] * py + m[8];
      const sx = (m[0] * px + m[1] * py + m[2]) / iw - 0.5;
      const sy = (m[3] * px + m[4] * py + m[5]) / iw - 0.5;
      const t = (y * w + x) * 4;
      if (!(sx > -1 && sy > -1 && sx < sw && sy < sh)) {
        out[t] = out[t + 1] = out[t + 2] = out[t + 3] = 255;
        continue;
      }
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const xa = Math.max(x0, 0);
      const ya = Math.max(y0, 0);
      const xb = Math.min(x0 + 1, sw - 1);
      const yb = Math.min(y0 + 1, sh - 1);
      const o00 = (ya * sw + xa) * 4;
      const o10 = (ya * sw + xb) * 4;
      const o01 = (yb * sw + xa) * 4;
      const o11 = (yb * sw + xb) * 4;
      for (let c = 0; c < 4; c++) {
        const top = src[o00 + c] + (src[o10 + c] - src[o00 + c]) * fx;
        const bottom = src[o01 + c] + (src[o11 + c] - src[o01 + c]) * fx;
        out[t + c] = top + (bottom - top) * fy;
      }
    }
  }
  return { width: w, height: h, data: out };
}
