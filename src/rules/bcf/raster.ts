/** A small plan raster for BCF snapshots: the floor as its kinds draw it (src/core/kinds/<kind>: `plan`), and a red ring at the finding. */
import type { Floor } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { floorExtent, planMarks } from '../report/plan-svg';
import { encodePng } from './png';

/** `#rrggbb` as a pixel. */
const rgb = (hex: string): [number, number, number] => [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)];

export function snapshotPng(floor: Floor, at: Vec2 | undefined, size = 480): Uint8Array {
  const ext = floorExtent(floor);
  const r = 15;
  const [x0, y0, x1, y1] = at ? [at[0] - r, at[1] - r, at[0] + r, at[1] + r] : [ext.minX - 1, ext.minY - 1, ext.maxX + 1, ext.maxY + 1];
  const w = size;
  const h = Math.max(1, Math.round((size * (y1 - y0)) / (x1 - x0)));
  const px = new Uint8Array(w * h * 3).fill(255);
  const toPx = (p: Vec2): [number, number] => [((p[0] - x0) / (x1 - x0)) * (w - 1), (1 - (p[1] - y0) / (y1 - y0)) * (h - 1)];
  const set = (x: number, y: number, c: [number, number, number]) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= w || yi >= h) return;
    px.set(c, (yi * w + xi) * 3);
  };
  const line = (a: Vec2, b: Vec2, c: [number, number, number], thick = 1) => {
    const [ax, ay] = toPx(a);
    const [bx, by] = toPx(b);
    const n = Math.max(Math.abs(bx - ax), Math.abs(by - ay), 1);
    for (let i = 0; i <= n; i++) for (let t = 0; t < thick; t++) set(ax + ((bx - ax) * i) / n + t * 0.5, ay + ((by - ay) * i) / n + t * 0.5, c);
  };
  const ring = (pts: Vec2[], c: [number, number, number], thick = 1) => pts.forEach((p, i) => line(p, pts[(i + 1) % pts.length], c, thick));
  const marks = planMarks(floor);
  // Room edges in grey under the rest; every other mark outlined in its kind's colour.
  for (const m of marks) if (m.shape === 'room') ring(m.polygon, [148, 163, 184]);
  for (const m of marks) {
    if (m.shape === 'line') line(m.a, m.b, rgb(m.colour), 3);
    else if (m.shape !== 'room') ring(m.polygon, rgb(m.colour), 2);
  }
  if (at) {
    const [cx, cy] = toPx(at);
    for (let a = 0; a < 360; a += 1) for (const rr of [10, 11, 12]) set(cx + rr * Math.cos((a * Math.PI) / 180), cy + rr * Math.sin((a * Math.PI) / 180), [220, 38, 38]);
    for (let dx = -3; dx <= 3; dx++) for (let dy = -3; dy <= 3; dy++) if (dx * dx + dy * dy <= 9) set(cx + dx, cy + dy, [220, 38, 38]);
  }
  return encodePng(w, h, px);
}
