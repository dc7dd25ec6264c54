/**
 * Rooms and the floor outline from the plan's barriers (walls, windows, doors closed across their openings,
 * columns) drawn into a grid: the outside is what a flood from the border reaches, the building what it does
 * not, and each room a region the barriers enclose. Small drafting gaps are closed by growing the barriers a
 * little before the flood (and the regions back by as much after), which real drawings need: face lines that
 * stop a few millimetres short of each other are the rule, not the exception. Metres throughout.
 */
import type { Polygon } from '../core/geometry/polygon';
import { simpleRing } from '../ifc/valid-hall';

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
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of barriers) {
    minX = Math.min(minX, b.ax, b.bx);
    minY = Math.min(minY, b.ay, b.by);
    maxX = Math.max(maxX, b.ax, b.bx);
    maxY = Math.max(maxY, b.ay, b.by);
  }
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
function distanceTo(mask: Uint8Array, w: number, h: number): Float32Array {
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
 * `stack` is scratch space of at least w·h entries (shared, so the hot loop allocates nothing).
 */
export function floodLabel(lab: Int32Array, w: number, h: number, seed: number, label: number, open: Uint8Array, stack: Int32Array): number {
  if (lab[seed] !== 0 || !open[seed]) return 0;
  let top = 0;
  stack[top++] = seed;
  lab[seed] = label;
  let n = 1;
  const last = w * h;
  while (top > 0) {
    const i = stack[--top];
    const x = i % w;
    let j = i - 1;
    if (x > 0 && lab[j] === 0 && open[j]) {
      lab[j] = label;
      stack[top++] = j;
      n++;
    }
    j = i + 1;
    if (x < w - 1 && lab[j] === 0 && open[j]) {
      lab[j] = label;
      stack[top++] = j;
      n++;
    }
    j = i - w;
    if (j >= 0 && lab[j] === 0 && open[j]) {
      lab[j] = label;
      stack[top++] = j;
      n++;
    }
    j = i + w;
    if (j < last && lab[j] === 0 && open[j]) {
      lab[j] = label;
      stack[top++] = j;
      n++;
    }
  }
  void h;
  return n;
}

export interface Regions {
  /** Region label per cell: 0 barrier, 1 outside, ≥ 2 a room. */
  lab: Int32Array;
  /** Cells per label. */
  size: number[];
  /** How far barriers were grown to close gaps (metres). */
  closedGaps: number;
  /** Distance from each cell to the nearest barrier, in cells. */
  dist: Float32Array;
}

/** Grow labelled regions by g cells over unlabelled cells that are not barriers (undoing a gap closing). */
function regrow(lab: Int32Array, size: number[], w: number, n: number, g: number, dist: Float32Array, wall: Uint8Array, scratch: Int32Array): void {
  let count = 0;
  for (let i = 0; i < n; i++) if (lab[i] > 0 && dist[i] <= g + 1.5) scratch[count++] = i;
  let front: Int32Array = scratch;
  let back: Int32Array = new Int32Array(n);
  for (let step = 0; step < Math.ceil(g) && count > 0; step++) {
    let m = 0;
    for (let k = 0; k < count; k++) {
      const i = front[k];
      const x = i % w;
      const L = lab[i];
      for (let t = 0; t < 4; t++) {
        const j = t === 0 ? (x > 0 ? i - 1 : -1) : t === 1 ? (x < w - 1 ? i + 1 : -1) : t === 2 ? i - w : i + w;
        if (j < 0 || j >= n || lab[j] !== 0 || wall[j]) continue;
        lab[j] = L;
        size[L]++;
        back[m++] = j;
      }
    }
    const tmp = front;
    front = back;
    back = tmp;
    count = m;
  }
}

/**
 * Rooms inside the building: the barriers grown by `grow` metres first, so door openings up to twice that
 * wide split rooms even where no door was drawn or found (a bare opening, a pocket or bifold door), then
 * each room grown back to the walls. Cells outside keep label 1.
 */
export function roomRegions(r: RasterPlan, outer: Regions, grow: number): Regions {
  const { w, h, wall } = r;
  const n = w * h;
  const g = Math.max(grow, outer.closedGaps) / r.res;
  const open = new Uint8Array(n);
  const lab = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (outer.lab[i] === 1) lab[i] = 1;
    else open[i] = outer.dist[i] > g ? 1 : 0;
  }
  const stack = new Int32Array(n);
  const size = [0, outer.size[1]];
  let next = 2;
  for (let i = 0; i < n; i++) if (lab[i] === 0 && open[i]) size[next] = floodLabel(lab, w, h, i, next++, open, stack);
  regrow(lab, size, w, n, g, outer.dist, wall, stack);
  return { lab, size, closedGaps: g * r.res, dist: outer.dist };
}

/**
 * Label the outside and the enclosed regions. Tries growing the barriers by 0, 0.3, 0.6 and 1.2 m until the
 * building (what the outside flood does not reach) covers a fair share of the drawing's box.
 */
export function regions(r: RasterPlan): Regions {
  const { w, h, wall } = r;
  const n = w * h;
  const dist = distanceTo(wall, w, h);
  const stack = new Int32Array(n);
  const open = new Uint8Array(n);
  let wallCells = 0;
  for (let i = 0; i < n; i++) wallCells += wall[i];
  let best: Regions | undefined;
  for (const grow of [0, 0.3, 0.6, 1.2]) {
    const g = grow / r.res;
    for (let i = 0; i < n; i++) open[i] = dist[i] > g ? 1 : 0;
    const lab = new Int32Array(n);
    let outside = 0;
    for (let x = 0; x < w; x++) outside += floodLabel(lab, w, h, x, 1, open, stack) + floodLabel(lab, w, h, (h - 1) * w + x, 1, open, stack);
    for (let y = 0; y < h; y++) outside += floodLabel(lab, w, h, y * w, 1, open, stack) + floodLabel(lab, w, h, y * w + w - 1, 1, open, stack);
    const inside = n - outside;
    const size = [0, outside];
    let next = 2;
    for (let i = 0; i < n; i++) if (lab[i] === 0 && open[i]) size[next] = floodLabel(lab, w, h, i, next++, open, stack);
    if (g > 0) regrow(lab, size, w, n, g, dist, wall, stack);
    const res = { lab, size, closedGaps: grow, dist };
    if (!best) best = res;
    // Enough building to be a plan: the enclosed cells outnumber the barrier cells several times over.
    if (inside - wallCells > 3 * wallCells) return res;
    if (grow === 1.2) return best;
  }
  return best as Regions;
}

/** Cells left and right of the edge leaving a corner in direction d (0 +x, 1 +y, 2 −x, 3 −y), as offsets from the corner. */
const LEFT = [
  [0, 0],
  [-1, 0],
  [-1, -1],
  [0, -1],
];
const RIGHT = [
  [0, -1],
  [0, 0],
  [-1, 0],
  [-1, -1],
];
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

/**
 * The outer boundary of the region holding cell `start` (its lowest, then leftmost cell), traced along cell
 * edges with the region on the left: counter-clockwise, in metres, straight runs reduced to their ends.
 */
export function traceBoundary(r: RasterPlan, inside: (i: number) => boolean, start: number): Polygon | undefined {
  const { w, h } = r;
  const isIn = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && inside(y * w + x);
  const sx = start % w;
  const sy = (start - sx) / w;
  let x = sx;
  let y = sy;
  let dir = 0;
  const pts: [number, number][] = [];
  const limit = 4 * (w + 2) * (h + 2);
  for (let guard = 0; ; guard++) {
    if (guard > limit) return undefined;
    pts.push([x, y]);
    let moved = false;
    for (const turn of [1, 0, 3]) {
      const d = (dir + turn) % 4;
      if (isIn(x + LEFT[d][0], y + LEFT[d][1]) && !isIn(x + RIGHT[d][0], y + RIGHT[d][1])) {
        dir = d;
        x += DX[d];
        y += DY[d];
        moved = true;
        break;
      }
    }
    if (!moved) return undefined;
    if (x === sx && y === sy) break;
  }
  const out: [number, number][] = [];
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    const p = pts[(i - 1 + n) % n];
    const c = pts[i];
    const q = pts[(i + 1) % n];
    if ((c[0] - p[0]) * (q[1] - c[1]) - (c[1] - p[1]) * (q[0] - c[0]) === 0) continue;
    out.push([r.ox + c[0] * r.res, r.oy + c[1] * r.res]);
  }
  return out.length >= 3 ? out : undefined;
}

function perpDist(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const L = Math.hypot(dx, dy);
  if (L === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / L;
}

/** Douglas–Peucker on a closed ring. */
export function simplifyRing(ring: Polygon, tol: number): Polygon {
  if (ring.length <= 4) return ring;
  // Split at the point farthest from the first so the ring's two halves simplify as open lines.
  let far = 0;
  let fd = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (d > fd) {
      fd = d;
      far = i;
    }
  }
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[far] = 1;
  const dp = (i: number, j: number) => {
    // j may wrap to ring.length (the first point again).
    const a = ring[i % ring.length];
    const b = ring[j % ring.length];
    let best = -1;
    let bi = -1;
    for (let k = i + 1; k < j; k++) {
      const d = perpDist(ring[k % ring.length], a, b);
      if (d > best) {
        best = d;
        bi = k;
      }
    }
    if (best > tol) {
      keep[bi % ring.length] = 1;
      dp(i, bi);
      dp(bi, j);
    }
  };
  dp(0, far);
  dp(far, ring.length);
  return ring.filter((_, i) => keep[i]);
}

/** A region's outline as a valid hall polygon (simple, counter-clockwise), or undefined. */
export function regionPolygon(r: RasterPlan, inside: (i: number) => boolean, start: number): Polygon | undefined {
  const raw = traceBoundary(r, inside, start);
  if (!raw) return undefined;
  for (const tol of [r.res * 0.75, r.res * 1.5, r.res * 3]) {
    const poly = simplifyRing(raw, tol);
    if (poly.length > 5000) continue;
    if (simpleRing(poly)) return poly;
  }
  return undefined;
}
