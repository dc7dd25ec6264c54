/**
 * Zones from the wall graph's faces: each face named by the TEXT/MTEXT/ATTRIB inside it (text drawn over a
 * wall line goes to the nearest room within half a metre); unnamed faces become zones only when the drawing
 * has no room outlines of its own, and only rooms of 2 m² and more that are not a thin gap. Metres.
 */
import { pointInPolygon, type Polygon } from '../core/geometry/polygon';
import type { HallElement } from '../core/kinds/registry';
import { simpleRing } from '../ifc/valid-hall';
import { cleanRing } from './clean-ring';
import type { FaceRooms } from './face-rooms';
import { distToRing } from './faces';
import { joinNames } from './names';
import type { Label } from './types';

/** How far a name may sit outside its room (text over the wall line between two rooms). */
const NEAR = 0.5;
/** Most of the barrier lines' length that may dangle before the faces are not trusted to close every room. */
const LOOSE = 0.05;

/** The room each label names: the one holding it, else the nearest within NEAR; -1 for none. */
function roomOf(l: Label, rooms: FaceRooms['rooms']): number {
  let near = -1;
  let nearD = NEAR;
  for (let i = 0; i < rooms.length; i++) {
    const [x0, y0, x1, y1] = rooms[i].box;
    if (l.x < x0 - NEAR || l.x > x1 + NEAR || l.y < y0 - NEAR || l.y > y1 + NEAR) continue;
    if (l.x >= x0 && l.x <= x1 && l.y >= y0 && l.y <= y1 && pointInPolygon([l.x, l.y], rooms[i].ring)) return i;
    const d = distToRing(l.x, l.y, rooms[i].ring);
    if (d < nearD) {
      nearD = d;
      near = i;
    }
  }
  return near;
}

/**
 * The zones, or undefined where the faces cannot be trusted to split the rooms as the raster would: many
 * loose line ends (gaps), or a name inside the building that lands in no room.
 */
export function faceZones(faces: FaceRooms, labels: Label[], noLoops: boolean, zone: (poly: Polygon, name: string) => HallElement): HallElement[] | undefined {
  if (faces.loose > LOOSE) return undefined;
  const byRoom = new Map<number, Label[]>();
  for (const l of labels) {
    const i = roomOf(l, faces.rooms);
    if (i < 0) {
      if (pointInPolygon([l.x, l.y], faces.outline)) return undefined;
      continue;
    }
    const list = byRoom.get(i) ?? [];
    list.push(l);
    byRoom.set(i, list);
  }
  const out: HallElement[] = [];
  for (let i = 0; i < faces.rooms.length; i++) {
    const r = faces.rooms[i];
    const named = byRoom.get(i);
    if (!named && (!noLoops || r.area < 2 || r.area / r.perimeter < 0.3)) continue;
    const ring = cleanRing(r.ring);
    if (simpleRing(ring)) out.push(zone(ring, named ? joinNames(named) : ''));
    // A named room the faces cannot give as a simple polygon: the raster's rooms keep its name.
    else if (named) return undefined;
  }
  return out;
}
