/**
 * The floor's windows as the hall's window kind: each set into the wall it sits in (a filler wall across the
 * gap when the drawing broke the wall there, as for doors), 外窗 where one side of it is outdoors, sill and head
 * from its number and attributes (window-heights.ts). Metres.
 */
import { pointInPolygon, type Polygon } from '../core/geometry/polygon';
import type { HallElement } from '../core/kinds/registry';
import type { FramePlan } from './clip';
import { nextId, r3, type Ids } from './ids';
import type { Drawing, LayerRole } from './types';
import { type DoorEl, hostWall, type WallEl } from './wall-elements';
import { insertMark, marksBeside, windowHeights, type WindowHeights } from './window-heights';
import { findWindows } from './windows';

/** Farthest a window's middle may lie from the face of the wall it is set into. */
const WINDOW_REACH = 0.8;

export type WindowEl = Extract<HallElement, { kind: 'window' }>;

/** A window found and placed, waiting for the outline to say whether it is 外窗. */
export interface PlacedWindow extends WindowHeights {
  wallId?: string;
  at: [number, number];
  rotation: number;
  width: number;
  /** Half the depth of the wall it is in (or of its symbol): how far its sides lie from its line. */
  half: number;
}

/** The windows of the floor, hosted; `wallEls` grows by the filler walls they need. Windows where a door was found are doors. */
export function placeWindows(d: Drawing, p: FramePlan, role: (l: string) => LayerRole, wallEls: WallEl[], doorEls: DoorEl[], ids: Ids, floorId: string): PlacedWindow[] {
  const windowLayers = new Set<string>();
  const skipLayers = new Set<string>();
  for (const l of d.layers.keys()) {
    const r = role(l);
    if (r === 'window') windowLayers.add(l);
    if (r === 'ignore' || r === 'dimension' || r === 'hatch' || r === 'axis' || r === 'text') skipLayers.add(l);
  }
  const out: PlacedWindow[] = [];
  const found = findWindows({ segs: p.segs, inserts: p.inserts, windowLayers, skipLayers, inFrame: p.inFrameM });
  const beside = marksBeside(found, p.labels);
  found.forEach((w, k) => {
    if (doorEls.some((o) => Math.hypot(o.position[0] - w.x, o.position[1] - w.y) < (o.width + w.width) / 4)) return;
    if (out.some((o) => Math.hypot(o.at[0] - w.x, o.at[1] - w.y) < w.width / 4)) return;
    // A window symbol drawn just inside its wall (A_000217's WIN6 sits 0.6 m in from the brick face) still
    // belongs to it; the wall nearest its line is tried first.
    const host = hostWall(w, wallEls, ids, floorId, Math.max(0.15, w.depth / 2)) ?? hostWall(w, wallEls, ids, floorId, WINDOW_REACH);
    const wall = host && wallEls.find((x) => x.id === host.id);
    const ins = w.ins === undefined ? undefined : p.inserts[w.ins];
    const heights = windowHeights((ins && insertMark(ins)) ?? beside[k], ins?.attrs);
    out.push({ ...(host ? { wallId: host.id } : {}), at: host?.at ?? [w.x, w.y], rotation: w.rotation, width: w.width, half: (wall?.thickness ?? w.depth) / 2, ...heights });
  });
  return out;
}

/**
 * 外窗 when the point just past one face of it is inside the building and the point past the other is not.
 * Inside: within the floor's outline and, where the floor has rooms, in one of them (an outline traced around
 * balconies and patios holds ground that is outdoors). Without either, 外窗 (the kind's default).
 */
function exterior(w: PlacedWindow, outline: Polygon | undefined, rooms: Polygon[]): boolean {
  if (!outline && rooms.length === 0) return true;
  const inside = (p: [number, number]) => (!outline || pointInPolygon(p, outline)) && (rooms.length === 0 || rooms.some((r) => pointInPolygon(p, r)));
  const r = (w.rotation * Math.PI) / 180;
  const nx = -Math.sin(r);
  const ny = Math.cos(r);
  // Rooms traced on the raster stop short of the wall: a side counts as indoors when a point 0.3 m or 0.9 m past its face is.
  const side = (s: number) => [0.3, 0.9].some((d) => inside([w.at[0] + s * nx * (w.half + d), w.at[1] + s * ny * (w.half + d)]));
  return side(1) !== side(-1);
}

/** Fields in the order the hall schema gives them, so the import's quick validity check vouches for them. */
export function windowElements(placed: PlacedWindow[], outline: Polygon | undefined, zones: HallElement[], ids: Ids, floorId: string): WindowEl[] {
  const rooms = zones.flatMap((z) => (z.kind === 'zone' ? [z.polygon] : []));
  return placed.map((w) => ({
    id: nextId(ids, floorId, 'window'),
    kind: 'window' as const,
    ...(w.wallId ? { wallId: w.wallId } : {}),
    position: [r3(w.at[0]), r3(w.at[1])] as [number, number],
    rotation: r3(w.rotation),
    width: r3(w.width),
    sillHeight: w.sill,
    headHeight: w.head,
    exterior: exterior(w, outline, rooms),
    clearGlass: true,
  }));
}
