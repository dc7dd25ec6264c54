/**
 * What closes a room: walls at their thickness, the face lines of walls, windows, columns and door frames,
 * curved walls, and each found door closed across its opening. Door blocks' own swings are left out (a
 * swing would cut the room it opens into in two).
 */
import type { FramePlan } from './clip';
import { isWindowBlockName } from './layers';
import type { Barrier } from './raster';
import { arcPoints } from './arc-points';
import type { Drawing, LayerRole } from './types';
import type { DoorEl, WallEl } from './wall-elements';

/** Inserts holding a door swing (a quarter to two thirds of a circle). */
export function swingInserts(p: FramePlan): Set<number> {
  const out = new Set<number>();
  for (const a of p.arcs) if (a.ins >= 0 && a.a1 - a.a0 > Math.PI / 3 && a.a1 - a.a0 < (2 * Math.PI) / 3) out.add(a.ins);
  return out;
}

/** Window blocks close their wall's gap wherever they sit (A_000217 keeps them on its furniture layer); so do blocks placed on a wall's line. */
function closingInserts(d: Drawing, p: FramePlan, wallEls: WallEl[]): Set<number> {
  const out = new Set<number>();
  d.inserts.forEach((x, i) => {
    if (isWindowBlockName(x.name)) out.add(i);
  });
  // Sliding doors, shop fronts, windows under other names: each insert is tested against the walls near it only.
  const near = wallsNear(wallEls);
  p.inserts.forEach((x, i) => {
    if (out.has(i) || !p.inFrameM(x.x, x.y)) return;
    for (const w of near(x.x, x.y)) {
      const dx = w.b[0] - w.a[0];
      const dy = w.b[1] - w.a[1];
      const L2 = dx * dx + dy * dy;
      if (L2 === 0) continue;
      const t = Math.max(0, Math.min(1, ((x.x - w.a[0]) * dx + (x.y - w.a[1]) * dy) / L2));
      if (Math.hypot(x.x - w.a[0] - t * dx, x.y - w.a[1] - t * dy) <= w.thickness / 2 + 0.05) {
        out.add(i);
        return;
      }
    }
  });
  return out;
}

/** Bucket side (m) for finding the walls near a point: about a room's width, so a query reads a few buckets. */
const NEAR_CELL = 4;

/**
 * The walls whose box, grown by half their thickness and 5 cm, holds a point. Walls are bucketed by box on a
 * 4 m grid; one spanning more than 64 buckets a side (a site boundary drawn as a wall) is always returned.
 */
function wallsNear(wallEls: WallEl[]): (x: number, y: number) => WallEl[] {
  const buckets = new Map<string, WallEl[]>();
  const always: WallEl[] = [];
  for (const w of wallEls) {
    const g = w.thickness / 2 + 0.05;
    const x0 = Math.floor((Math.min(w.a[0], w.b[0]) - g) / NEAR_CELL);
    const x1 = Math.floor((Math.max(w.a[0], w.b[0]) + g) / NEAR_CELL);
    const y0 = Math.floor((Math.min(w.a[1], w.b[1]) - g) / NEAR_CELL);
    const y1 = Math.floor((Math.max(w.a[1], w.b[1]) + g) / NEAR_CELL);
    if (!Number.isFinite(x0 + x1 + y0 + y1) || x1 - x0 > 64 || y1 - y0 > 64) {
      always.push(w);
      continue;
    }
    for (let ix = x0; ix <= x1; ix++)
      for (let iy = y0; iy <= y1; iy++) {
        const k = `${ix},${iy}`;
        const list = buckets.get(k);
        if (list) list.push(w);
        else buckets.set(k, [w]);
      }
  }
  return (x, y) => {
    const list = buckets.get(`${Math.floor(x / NEAR_CELL)},${Math.floor(y / NEAR_CELL)}`);
    return list ? (always.length ? [...list, ...always] : list) : always;
  };
}

export function roomBarriers(d: Drawing, p: FramePlan, role: (l: string) => LayerRole, wallEls: WallEl[], doorEls: DoorEl[], swings: Set<number>): Barrier[] {
  const barriers: Barrier[] = [];
  for (const w of wallEls) barriers.push({ ax: w.a[0], ay: w.a[1], bx: w.b[0], by: w.b[1], width: w.thickness });
  const closing = closingInserts(d, p, wallEls);
  for (const s of p.segs) {
    const r = role(s.layer);
    const blocking = r === 'wall' || r === 'window' || r === 'column' || r === 'door' || closing.has(s.ins);
    if (blocking && !swings.has(s.ins)) barriers.push({ ax: s.ax, ay: s.ay, bx: s.bx, by: s.by, width: 0 });
  }
  for (const a of p.arcs) {
    const r = role(a.layer);
    if ((r === 'wall' || r === 'column') && a.ins < 0) {
      const pts = arcPoints(a, 24);
      for (let i = 1; i < pts.length; i++) barriers.push({ ax: pts[i - 1][0], ay: pts[i - 1][1], bx: pts[i][0], by: pts[i][1], width: 0 });
    }
  }
  for (const door of doorEls) {
    const rad = (door.rotation * Math.PI) / 180;
    const hw = door.width / 2;
    barriers.push({
      ax: door.position[0] - Math.cos(rad) * hw,
      ay: door.position[1] - Math.sin(rad) * hw,
      bx: door.position[0] + Math.cos(rad) * hw,
      by: door.position[1] + Math.sin(rad) * hw,
      width: 0.05,
    });
  }
  return barriers;
}
