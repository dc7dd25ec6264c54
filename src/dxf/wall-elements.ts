/**
 * The hall's walls and doors from one floor's linework: wall face pairs (or single lines), doors from blocks
 * and swings, each door hosted by the wall it cuts (a filler wall across the gap when the drawing broke the
 * wall at the door). Metres.
 */
import type { HallElement } from '../core/kinds/registry';
import type { Term } from '../core/vocab';
import type { FramePlan } from './clip';
import { DOOR_MAX, DOOR_MIN, findDoors, type DoorFound } from './doors';
import { nextId, r3, type Ids } from './ids';
import type { Drawing, LayerRole } from './types';
import { pairFaces, tidyWalls, type WallLine } from './walls';

export type WallEl = { id: string; kind: 'wall'; a: [number, number]; b: [number, number]; thickness: number };
export type DoorEl = Extract<HallElement, { kind: 'opening' }>;

export function findWallLines(p: FramePlan, role: (l: string) => LayerRole, floorId: string, warnings: Term[]): WallLine[] {
  const wallSegs = p.segs.filter((s) => role(s.layer) === 'wall');
  const pairs = pairFaces(wallSegs, 0.8, 0.1).filter((q) => q.thickness >= 0.05 && q.thickness <= 0.8);
  let walls: WallLine[] = tidyWalls(pairs.map((q) => ({ a: [q.ax, q.ay], b: [q.bx, q.by], thickness: q.thickness })));
  if (walls.length === 0 && wallSegs.length > 0) {
    // Walls drawn as single lines: each long one a 200 mm wall.
    walls = tidyWalls(wallSegs.filter((s) => Math.hypot(s.bx - s.ax, s.by - s.ay) >= 0.5).map((s) => ({ a: [s.ax, s.ay], b: [s.bx, s.by], thickness: 0.2 })));
    if (walls.length) warnings.push({ zh: `楼层 ${floorId}：墙为单线，均按 200 mm 厚处理`, en: `floor ${floorId}: walls are single lines; each was given a thickness of 200 mm` });
  }
  return walls;
}

/** Fields in the order the hall schema gives them, so the import's quick validity check vouches for them (no schema parse). */
export function wallElements(walls: WallLine[], ids: Ids, floorId: string): WallEl[] {
  return walls.map((w) => ({
    id: nextId(ids, floorId, 'wall'),
    kind: 'wall' as const,
    a: [r3(w.a[0]), r3(w.a[1])] as [number, number],
    b: [r3(w.b[0]), r3(w.b[1])] as [number, number],
    thickness: r3(Math.max(0.01, w.thickness)),
  }));
}

/** Doors of the floor as openings; `wallEls` grows by the filler walls doors need. */
export function doorElements(
  d: Drawing,
  p: FramePlan,
  inDrawingFrame: (x: number, y: number) => boolean,
  role: (l: string) => LayerRole,
  walls: WallLine[],
  wallEls: WallEl[],
  ids: Ids,
  floorId: string,
): DoorEl[] {
  const doorLayers = new Set<string>();
  const skipLayers = new Set<string>();
  for (const l of d.layers.keys()) {
    const r = role(l);
    // Window layers' arcs are casements, not doors (windows.ts reads those layers).
    if (r === 'door') doorLayers.add(l);
    if (r === 'ignore' || r === 'dimension' || r === 'hatch' || r === 'axis' || r === 'text') skipLayers.add(l);
  }
  const arcs = p.arcs.filter((a) => a.ins < 0 || inDrawingFrame(d.inserts[a.ins].x, d.inserts[a.ins].y));
  const found = findDoors({ arcs, segs: p.segs, inserts: p.inserts, doorLayers, skipLayers, walls });
  const out: DoorEl[] = [];
  for (const door of found) {
    if (door.width < DOOR_MIN * 0.9 || door.width > DOOR_MAX * 2.2) continue;
    const host = hostWall(door, wallEls, ids, floorId);
    out.push({
      id: nextId(ids, floorId, 'door'),
      kind: 'opening',
      ...(host ? { wallId: host.id } : {}),
      position: [r3(host?.at[0] ?? door.x), r3(host?.at[1] ?? door.y)],
      rotation: r3(door.rotation),
      width: r3(door.width),
      height: 2.1,
      entrance: 'none',
      step: 0,
    } as DoorEl);
  }
  return out;
}

/**
 * The wall a door (or window) sits in: one whose centreline passes through the opening; else, when the drawing broke
 * the wall at the door (the usual way), a new piece of wall across the gap, as thick as its neighbour, so
 * the hall's wall runs on and the door cuts it.
 */
export function hostWall(
  door: Pick<DoorFound, 'x' | 'y' | 'rotation' | 'width'>,
  walls: WallEl[],
  ids: Ids,
  floorId: string,
  /** How far off the wall's face its middle may be (a window symbol drawn with its sill off the wall's line). */
  slack = 0.15,
): { id: string; at: [number, number] } | undefined {
  const rad = (door.rotation * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  let best: { w: WallEl; d: number; t: number; L: number } | undefined;
  // A wall that takes the opening has it within its box grown by the opening's width and the wall's half thickness
  // and slack (the sides of what the tests below accept), with a margin far above rounding: walls outside are passed
  // by without their length's square root, which most of a large floor's walls are.
  const margin = 1e-6 * (1 + Math.abs(door.x) + Math.abs(door.y));
  for (const w of walls) {
    const reach = Math.max(0, door.width) + Math.max(0, w.thickness / 2 + slack) + margin;
    if (door.x < Math.min(w.a[0], w.b[0]) - reach || door.x > Math.max(w.a[0], w.b[0]) + reach) continue;
    if (door.y < Math.min(w.a[1], w.b[1]) - reach || door.y > Math.max(w.a[1], w.b[1]) + reach) continue;
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const L = Math.hypot(dx, dy);
    if (L === 0 || Math.abs(dx * uy - dy * ux) > 0.2 * L) continue;
    const t = ((door.x - w.a[0]) * dx + (door.y - w.a[1]) * dy) / L;
    const d = Math.abs((door.x - w.a[0]) * dy - (door.y - w.a[1]) * dx) / L;
    if (d > w.thickness / 2 + slack) continue;
    if (t < -door.width || t > L + door.width) continue;
    if (!best || d < best.d) best = { w, d, t, L };
  }
  if (!best) return undefined;
  const { w, t, L } = best;
  const ax = (w.b[0] - w.a[0]) / L;
  const ay = (w.b[1] - w.a[1]) / L;
  if (t >= door.width / 2 && t <= L - door.width / 2) return { id: w.id, at: [w.a[0] + ax * t, w.a[1] + ay * t] };
  // The door is in the gap beyond this wall's end: fill the gap on the wall's line.
  const px = w.a[0] + ax * t;
  const py = w.a[1] + ay * t;
  const filler: WallEl = {
    id: nextId(ids, floorId, 'wall'),
    kind: 'wall',
    a: [r3(px - (ax * door.width) / 2), r3(py - (ay * door.width) / 2)],
    b: [r3(px + (ax * door.width) / 2), r3(py + (ay * door.width) / 2)],
    thickness: w.thickness,
  };
  walls.push(filler);
  return { id: filler.id, at: [px, py] };
}
