/**
 * Plans side by side in one model space (1F, 2F … laid out left to right, the usual way a Chinese drawing
 * set is drawn) found as clusters of linework with empty space between them. Each becomes a frame the user
 * can pick as a floor. Far-away strays (an entity at 1e10, a forgotten block at the origin) form their own
 * tiny clusters and are left out.
 */
import type { Frame, Label, Seg } from './types';

const CELLS = 256;

export function findFrames(segs: Seg[], isWall: (layer: string) => boolean, labels: Label[]): Frame[] {
  if (segs.length === 0) return [];
  // Robust extent: 0.5 %–99.5 % of segment midpoints, so one stray point does not make the grid useless.
  const xs = segs.map((s) => (s.ax + s.bx) / 2).sort((a, b) => a - b);
  const ys = segs.map((s) => (s.ay + s.by) / 2).sort((a, b) => a - b);
  const q = (arr: number[], f: number) => arr[Math.min(arr.length - 1, Math.max(0, Math.floor(f * (arr.length - 1))))];
  let minX = q(xs, 0.005);
  let maxX = q(xs, 0.995);
  let minY = q(ys, 0.005);
  let maxY = q(ys, 0.995);
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  minX -= spanX * 0.25;
  maxX += spanX * 0.25;
  minY -= spanY * 0.25;
  maxY += spanY * 0.25;
  const cell = Math.max(maxX - minX, maxY - minY) / CELLS;
  const w = Math.ceil((maxX - minX) / cell) + 1;
  const h = Math.ceil((maxY - minY) / cell) + 1;
  const occ = new Uint8Array(w * h);
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
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!hit[y * w + x]) continue;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) {
          const px = x + dx;
          const py = y + dy;
          if (px >= 0 && py >= 0 && px < w && py < h) occ[py * w + px] = 1;
        }
    }
  const lab = new Int32Array(w * h);
  const boxes: Frame[] = [];
  for (let i = 0; i < w * h; i++) {
    if (!occ[i] || lab[i]) continue;
    const id = boxes.length + 1;
    const stack = [i];
    lab[i] = id;
    let bx0 = Infinity;
    let by0 = Infinity;
    let bx1 = -Infinity;
    let by1 = -Infinity;
    while (stack.length) {
      const k = stack.pop() as number;
      const x = k % w;
      const y = (k - x) / w;
      bx0 = Math.min(bx0, x);
      bx1 = Math.max(bx1, x);
      by0 = Math.min(by0, y);
      by1 = Math.max(by1, y);
      for (const j of [x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, y > 0 ? k - w : -1, y < h - 1 ? k + w : -1])
        if (j >= 0 && occ[j] && !lab[j]) {
          lab[j] = id;
          stack.push(j);
        }
    }
    boxes.push({ minX: minX + bx0 * cell, minY: minY + by0 * cell, maxX: minX + (bx1 + 1) * cell, maxY: minY + (by1 + 1) * cell, wallLength: 0 });
  }
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
  const maxWall = Math.max(0, ...boxes.map((b) => b.wallLength));
  const kept = boxes.filter((b) => (maxWall > 0 ? b.wallLength >= 0.05 * maxWall : b === boxes[0]));
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
