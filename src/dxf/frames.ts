/**
 * Plans side by side in one model space (1F, 2F … laid out left to right, the usual way a Chinese drawing
 * set is drawn) found as clusters of linework with empty space between them. Each becomes a frame the user
 * can pick as a floor. Far-away strays (an entity at 1e10, a forgotten block at the origin) form their own
 * tiny clusters and are left out.
 */
import type { Frame, Label, Seg } from './types';
import { MAX_PLAN_UNITS } from './units';

const CELLS = 256;

/** The segments' extent from 0.5 %–99.5 % of their midpoints, so one stray point does not make the grid useless. */
function robustExtent(segs: Seg[]): { minX: number; maxX: number; minY: number; maxY: number } {
  // Typed arrays sort numerically in native code, without a comparator called per pair (filled by a loop:
  // a typed array's from() with a mapping function is several times slower).
  const xs = new Float64Array(segs.length);
  const ys = new Float64Array(segs.length);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    xs[i] = (s.ax + s.bx) / 2;
    ys[i] = (s.ay + s.by) / 2;
  }
  xs.sort();
  ys.sort();
  const q = (arr: Float64Array, f: number) => arr[Math.min(arr.length - 1, Math.max(0, Math.floor(f * (arr.length - 1))))];
  let minX = q(xs, 0.005);
  let maxX = q(xs, 0.995);
  let minY = q(ys, 0.005);
  let maxY = q(ys, 0.995);
  // Nearly every segment at one midpoint (a line copied hundreds of times over a plan): the robust extent is a
  // point, and a grid over it never ends. The whole extent is used instead.
  if (maxX - minX <= 1e-9 * (xs[xs.length - 1] - xs[0]) || maxY - minY <= 1e-9 * (ys[ys.length - 1] - ys[0])) {
    minX = xs[0];
    maxX = xs[xs.length - 1];
    minY = ys[0];
    maxY = ys[ys.length - 1];
  }
  return { minX, maxX, minY, maxY };
}

export function findFrames(segs: Seg[], isWall: (layer: string) => boolean, labels: Label[]): Frame[] {
  if (segs.length === 0) return [];
  let { minX, maxX, minY, maxY } = robustExtent(segs);
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  minX -= spanX * 0.25;
  maxX += spanX * 0.25;
  minY -= spanY * 0.25;
  maxY += spanY * 0.25;
  const cell = Math.max(maxX - minX, maxY - minY) / CELLS;
  const w = Math.ceil((maxX - minX) / cell) + 1;
  const h = Math.ceil((maxY - minY) / cell) + 1;
  const inGrid = (x: number, y: number) => x >= minX && x <= maxX && y >= minY && y <= maxY;
  const hit = new Uint8Array(w * h);
  const mark = (x: number, y: number) => {
    hit[Math.floor((y - minY) / cell) * w + Math.floor((x - minX) / cell)] = 1;
  };
  for (const s of segs) {
    if (!inGrid(s.ax, s.ay) || !inGrid(s.bx, s.by)) continue;
    const L = Math.hypot(s.bx - s.ax, s.by - s.ay);
    const n = Math.max(1, Math.ceil(L / cell));
    for (let i = 0; i <= n; i++) mark(s.ax + ((s.bx - s.ax) * i) / n, s.ay + ((s.by - s.ay) * i) / n);
  }
  // Grown by two cells so a plan's parts (a detached stair, the dimension chain) stay one cluster.
  const occ = dilate(hit, w, h, 2);
  const { lab, boxes } = clusters(occ, w, h, minX, minY, cell);
  for (const s of segs) {
    if (!isWall(s.layer) || !inGrid(s.ax, s.ay)) continue;
    const id = lab[Math.floor((s.ay - minY) / cell) * w + Math.floor((s.ax - minX) / cell)];
    if (id > 0) boxes[id - 1].wallLength += Math.hypot(s.bx - s.ax, s.by - s.ay);
  }
  // Tighten each frame to the segments inside it (the grid grew them).
  for (const f of boxes) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const s of segs) {
      const mx = (s.ax + s.bx) / 2;
      const my = (s.ay + s.by) / 2;
      if (mx < f.minX || mx > f.maxX || my < f.minY || my > f.maxY) continue;
      x0 = Math.min(x0, s.ax, s.bx);
      y0 = Math.min(y0, s.ay, s.by);
      x1 = Math.max(x1, s.ax, s.bx);
      y1 = Math.max(y1, s.ay, s.by);
    }
    if (Number.isFinite(x0)) Object.assign(f, { minX: x0, minY: y0, maxX: x1, maxY: y1 });
    // A title below the frame, such as 一层平面图 / FIRST FLOOR PLAN.
    const title = labels.find(
      (l) => /平面|plan|层|floor|level/i.test(l.text) && l.x >= f.minX && l.x <= f.maxX && l.y <= f.minY + (f.maxY - f.minY) * 0.15 && l.y >= f.minY - (f.maxY - f.minY) * 0.3,
    );
    if (title) f.title = title.text.slice(0, 60);
  }
  // A cluster wider than a building in any unit is a stray (a wall line drawn out to 1e12), never a plan: its
  // length would otherwise outweigh the plan's walls and leave the plan out.
  const plans = boxes.filter((b) => Math.max(b.maxX - b.minX, b.maxY - b.minY) <= MAX_PLAN_UNITS);
  const maxWall = Math.max(0, ...plans.map((b) => b.wallLength));
  const kept = plans.filter((b) => (maxWall > 0 ? b.wallLength >= 0.05 * maxWall : b === plans[0]));
  // Left to right, then top to bottom: the order plans are drawn in.
  return kept.sort((a, b) => (Math.abs(a.minX - b.minX) > 0.2 * Math.min(a.maxX - a.minX, b.maxX - b.minX) ? a.minX - b.minX : b.maxY - a.maxY));
}

/** Frames proposed as floors: the one with the most walls, plus any holding at least 60 % as much (a storey each). */
export function proposeFrames(frames: Frame[]): number[] {
  if (frames.length === 0) return [];
  const max = Math.max(...frames.map((f) => f.wallLength));
  const out = frames.map((f, i) => (f.wallLength >= 0.6 * max ? i : -1)).filter((i) => i >= 0);
  return out.length ? out : [0];
}

/** Square dilation by r cells, as a row pass then a column pass (the same as r × r neighbours, far fewer reads). */
function dilate(hit: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const rows = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    for (let x = 0; x < w; x++) {
      if (!hit[o + x]) continue;
      const a = Math.max(0, x - r);
      const b = Math.min(w - 1, x + r);
      for (let k = a; k <= b; k++) rows[o + k] = 1;
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!rows[y * w + x]) continue;
      const a = Math.max(0, y - r);
      const b = Math.min(h - 1, y + r);
      for (let k = a; k <= b; k++) out[k * w + x] = 1;
    }
  return out;
}

/** 4-connected clusters of occupied cells, each with its box in drawing units. */
function clusters(occ: Uint8Array, w: number, h: number, minX: number, minY: number, cell: number): { lab: Int32Array; boxes: Frame[] } {
  const lab = new Int32Array(w * h);
  const boxes: Frame[] = [];
  const stack = new Int32Array(w * h);
  for (let i = 0; i < w * h; i++) {
    if (!occ[i] || lab[i]) continue;
    const id = boxes.length + 1;
    let top = 0;
    stack[top++] = i;
    lab[i] = id;
    let bx0 = Infinity;
    let by0 = Infinity;
    let bx1 = -Infinity;
    let by1 = -Infinity;
    while (top > 0) {
      const k = stack[--top];
      const x = k % w;
      const y = (k - x) / w;
      if (x < bx0) bx0 = x;
      if (x > bx1) bx1 = x;
      if (y < by0) by0 = y;
      if (y > by1) by1 = y;
      if (x > 0 && occ[k - 1] && !lab[k - 1]) {
        lab[k - 1] = id;
        stack[top++] = k - 1;
      }
      if (x < w - 1 && occ[k + 1] && !lab[k + 1]) {
        lab[k + 1] = id;
        stack[top++] = k + 1;
      }
      if (y > 0 && occ[k - w] && !lab[k - w]) {
        lab[k - w] = id;
        stack[top++] = k - w;
      }
      if (y < h - 1 && occ[k + w] && !lab[k + w]) {
        lab[k + w] = id;
        stack[top++] = k + w;
      }
    }
    boxes.push({ minX: minX + bx0 * cell, minY: minY + by0 * cell, maxX: minX + (bx1 + 1) * cell, maxY: minY + (by1 + 1) * cell, wallLength: 0 });
  }
  return { lab, boxes };
}
