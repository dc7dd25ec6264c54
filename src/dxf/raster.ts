/**
 * The plan's barriers (walls, windows, doors closed across their openings, columns) drawn into a grid, and
 * the grid primitives the room search uses (regions.ts): flood fill and distance to the nearest barrier.
 * Small drafting gaps are the rule in real drawings (face lines that stop a few millimetres short of each
 * other), so every stroke is drawn at least a cell and a half wide. Metres throughout.
 */
import { segmentsBox } from './segment-box';
import { grown } from '../core/grown';

export interface Barrier {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** Full width of the stroke (a wall's thickness); 0 for a thin line. */
  width: number;
}

export interface RasterPlan {
  res: number;
  w: number;
  h: number;
  ox: number;
  oy: number;
  /** 1 = barrier. */
  wall: Uint8Array;
}

/** Cells at most this many: a 200 × 200 m floor at 0.1 m, or a larger one at a coarser step. */
const MAX_CELLS = 4_000_000;
const TARGET_CELLS = 80_000;

export function rasterise(barriers: Barrier[], minRes = 0.1): RasterPlan {
  const { minX, minY, maxX, maxY } = segmentsBox(barriers);
  if (!Number.isFinite(minX)) return { res: minRes, w: 0, h: 0, ox: 0, oy: 0, wall: new Uint8Array(0) };
  // About 80,000 cells whatever the floor's size (0.1 m on a house, 0.18 m on a 64 × 42 m hall): rooms are
  // found to within a cell of their walls, and the floods and distance passes stay a few milliseconds.
  let res = Math.max(minRes, Math.sqrt(((maxX - minX) * (maxY - minY)) / TARGET_CELLS));
  while (((maxX - minX) / res + 8) * ((maxY - minY) / res + 8) > MAX_CELLS) res *= 1.5;
  const ox = minX - 4 * res;
  const oy = minY - 4 * res;
  const w = Math.ceil((maxX - minX) / res) + 8;
  const h = Math.ceil((maxY - minY) / res) + 8;
  const wall = new Uint8Array(w * h);
  for (const b of barriers) {
    const rad = Math.max(b.width / 2, res * 0.75);
    const dx = b.bx - b.ax;
    const dy = b.by - b.ay;
    const L2 = dx * dx + dy * dy;
    const x0 = Math.max(0, Math.floor((Math.min(b.ax, b.bx) - rad - ox) / res));
    const x1 = Math.min(w - 1, Math.ceil((Math.max(b.ax, b.bx) + rad - ox) / res));
    const y0 = Math.max(0, Math.floor((Math.min(b.ay, b.by) - rad - oy) / res));
    const y1 = Math.min(h - 1, Math.ceil((Math.max(b.ay, b.by) + rad - oy) / res));
    const r2 = rad * rad;
    for (let y = y0; y <= y1; y++) {
      const py = oy + (y + 0.5) * res;
      for (let x = x0; x <= x1; x++) {
        const px = ox + (x + 0.5) * res;
        let t = L2 > 0 ? ((px - b.ax) * dx + (py - b.ay) * dy) / L2 : 0;
        t = Math.min(1, Math.max(0, t));
        const qx = b.ax + t * dx - px;
        const qy = b.ay + t * dy - py;
        if (qx * qx + qy * qy <= r2) wall[y * w + x] = 1;
      }
    }
  }
  return { res, w, h, ox, oy, wall };
}

/** Chamfer distance (in cells, 1 / 1.4) from every cell to the nearest set cell of `mask`. */
export function distanceTo(mask: Uint8Array, w: number, h: number): Float32Array {
  const d = new Float32Array(w * h);
  const INF = 1e9;
  for (let i = 0; i < d.length; i++) d[i] = mask[i] ? 0 : INF;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      let v = d[i];
      if (v === 0) continue;
      if (x > 0) v = Math.min(v, d[i - 1] + 1);
      if (y > 0) {
        v = Math.min(v, d[i - w] + 1);
        if (x > 0) v = Math.min(v, d[i - w - 1] + 1.4);
        if (x < w - 1) v = Math.min(v, d[i - w + 1] + 1.4);
      }
      d[i] = v;
    }
  for (let y = h - 1; y >= 0; y--)
    for (let x = w - 1; x >= 0; x--) {
      const i = y * w + x;
      let v = d[i];
      if (v === 0) continue;
      if (x < w - 1) v = Math.min(v, d[i + 1] + 1);
      if (y < h - 1) {
        v = Math.min(v, d[i + w] + 1);
        if (x < w - 1) v = Math.min(v, d[i + w + 1] + 1.4);
        if (x > 0) v = Math.min(v, d[i + w - 1] + 1.4);
      }
      d[i] = v;
    }
  return d;
}

/**
 * 4-connected flood of `label` from `seed` over cells whose `open` flag is set and whose label is 0.
 * Filled a row run at a time (scanline fill): a cell is pushed only where a run starts in the row above or
 * below, several times fewer pushes than cell by cell on the large open rooms of a plan. `stack` is scratch
 * space of at least w·h entries (shared, so the hot loop allocates nothing).
 */
export function floodLabel(lab: Int32Array, w: number, h: number, seed: number, label: number, open: Uint8Array, stack: Int32Array): number {
  if (lab[seed] !== 0 || !open[seed]) return 0;
  let st = stack;
  let top = 0;
  st[top++] = seed;
  let n = 0;
  while (top > 0) {
    const i = st[--top];
    if (lab[i] !== 0) continue;
    const row = i - (i % w);
    let l = i;
    while (l > row && lab[l - 1] === 0 && open[l - 1]) l--;
    let r = i;
    const end = row + w - 1;
    while (r < end && lab[r + 1] === 0 && open[r + 1]) r++;
    for (let k = l; k <= r; k++) lab[k] = label;
    n += r - l + 1;
    // A run's start in each neighbouring row is pushed once; the run itself is found when it is popped.
    for (let side = 0; side < 2; side++) {
      const off = side === 0 ? -w : w;
      if (side === 0 ? row === 0 : row + w >= w * h) continue;
      let inRun = false;
      for (let k = l + off; k <= r + off; k++) {
        if (lab[k] === 0 && open[k]) {
          if (!inRun) {
            if (top === st.length) {
              st = grown(st);
            }
            st[top++] = k;
            inRun = true;
          }
        } else inRun = false;
      }
    }
  }
  return n;
}
