/**
 * "Room by click" (Revit's Room tool, ArchiCAD's magic wand): the free region around a point bounded by the walls
 * and by the areas already taken (existing zones), so a new zone never overlaps one that is there.
 */
import { type PolygonWithHoles, subtract } from './clip';
import { area, pointInPolygon, pointOnBoundary, type Polygon } from './polygon';
import { insideRing } from './ring';
import type { Vec2 } from './vec';
import { roomAmong, wallRooms } from './wall-loops';

export type RoomFill =
  /** no walls close a room around the point */
  | { outcome: 'no-room' }
  /** the point lies inside one of the taken areas (its index) */
  | { outcome: 'taken'; index: number }
  /** the free region holds a taken area as an island: a zone is a single ring, it cannot have a hole */
  | { outcome: 'encloses'; index: number }
  | { outcome: 'filled'; polygon: Polygon };

/** Below this a leftover ring is clipping noise along shared edges, not a hole or a room. */
const SLIVER_M2 = 1e-4;

/** Millimetres, as everything else the editor writes: clipping leaves 1e-15 noise on shared edges. */
const mm = (p: Vec2): Vec2 => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

function dedupe(ring: Polygon): Polygon {
  const out: Vec2[] = [];
  for (const p of ring.map(mm)) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  // a vertex where the ring goes straight on says nothing about the shape
  return out.filter((p, i) => {
    const a = out[(i - 1 + out.length) % out.length];
    const b = out[(i + 1) % out.length];
    return Math.abs((p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0])) > 1e-9;
  });
}

type WallLine = { a: Vec2; b: Vec2 };

/** The last set of walls traced and the rooms they close. */
let traced: { walls: readonly WallLine[]; rooms: Polygon[] } | undefined;

/**
 * The rooms the walls close, traced again only for another set of walls: every edit gives the floor a new version,
 * and a seat moved on a city hall floor left its walls as they were (the trace took 15–20 ms there).
 */
export function roomsOfWalls(walls: readonly WallLine[]): Polygon[] {
  if (traced && traced.walls.length === walls.length && traced.walls.every((w, i) => w === walls[i])) return traced.rooms;
  traced = { walls: [...walls], rooms: wallRooms(walls) };
  return traced.rooms;
}

/**
 * What a click at a point fills, for many points over the same walls and zones (the zone tool's preview follows the
 * cursor): the wall graph is traced once per set of walls, and each room's free region computed once.
 */
export function roomFiller(walls: readonly WallLine[], taken: readonly Polygon[]): (p: Vec2) => RoomFill {
  const rooms = roomsOfWalls(walls);
  const cutters = taken.filter((t) => area(t) > SLIVER_M2);
  const free = new Map<string, PolygonWithHoles[]>();
  return (p) => {
    // strictly inside: a click on a zone's edge is between zones, not in one
    const inside = taken.findIndex((t) => insideRing(p, t) && !pointOnBoundary(p, t, 1e-6));
    if (inside >= 0) return { outcome: 'taken', index: inside };
    const room = roomAmong(rooms, p);
    if (!room) return { outcome: 'no-room' };
    const key = room.map((q) => q.join(',')).join(';');
    let pieces = free.get(key);
    if (!pieces) {
      pieces = subtract(room, cutters).filter((piece) => area(piece.outer) > SLIVER_M2);
      free.set(key, pieces);
    }
    return fillIn(pieces, taken, p);
  };
}

function fillIn(pieces: PolygonWithHoles[], taken: readonly Polygon[], p: Vec2): RoomFill {
  const here = pieces.find((piece) => pointInPolygon(p, piece.outer));
  if (!here) {
    // on the shared edge of two zones: nothing free there
    const edge = taken.findIndex((t) => pointInPolygon(p, t));
    return edge >= 0 ? { outcome: 'taken', index: edge } : { outcome: 'no-room' };
  }
  const hole = here.holes.find((h) => area(h) > SLIVER_M2);
  if (hole) {
    const island = taken.findIndex((t) => t.some((q) => pointInPolygon(q, hole)));
    return { outcome: 'encloses', index: Math.max(0, island) };
  }
  const polygon = dedupe(here.outer);
  return polygon.length >= 3 && area(polygon) > SLIVER_M2 ? { outcome: 'filled', polygon } : { outcome: 'no-room' };
}
