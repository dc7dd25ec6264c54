/**
 * The floor outline and the rooms of one floor. Drawn room outlines come first (天正 房间 objects, SPACE /
 * 房间 layers); the regions the walls enclose add the rooms they do not cover, named by the TEXT/MTEXT
 * inside them. Metres.
 */
import { area, pointInPolygon, type Polygon } from '../core/geometry/polygon';
import type { HallElement } from '../core/kinds/registry';
import { simpleRing } from '../ifc/valid-hall';
import { guessZoneTypeWithConfidence } from '../ifc/zone-type';
import type { FramePlan } from './clip';
import { nextId, roundRing, type Ids } from './ids';
import { facePerimeter as ringPerimeter } from './faces';
import type { FaceRooms } from './face-rooms';
import { faceZones } from './face-zones';
import { joinNames, roomNameLabels } from './names';
import type { RasterPlan } from './raster';
import { type Building, type Regions, roomRegions, roomStarts } from './regions';
import { regionPolygon } from './trace';
import type { Label, LayerRole } from './types';

/**
 * A room from the drawing, typed from its name as an IFC model's rooms are, and like them carrying the guess (how
 * sure, and the text it rests on) for the room schedule to show until the user sets the type.
 */
export function zoneEl(ids: Ids, floorId: string, polygon: Polygon, name: string): HallElement {
  const guess = guessZoneTypeWithConfidence(name);
  return {
    id: nextId(ids, floorId, 'zone'),
    ...(name ? { name } : {}),
    kind: 'zone',
    type: guess.type,
    also: [],
    polygon,
    // Kept when nothing was recognised too (0 %, as the IFC import does): the room schedule would show a guess-less
    // room as typed by hand.
    typeGuess: { confidence: guess.confidence, from: guess.from },
  } as HallElement;
}

/** The building's outline as a valid hall polygon (`ring`); `traced` is false when no closed outline was found at all. */
export function floorOutline({ raster, building: b }: RasterRooms): { ring?: Polygon; traced: boolean } {
  if (b.start < 0) return { traced: false };
  const comp = b.comp;
  const poly = regionPolygon(raster, comp, b.label, b.start);
  if (!poly) return { traced: false };
  const ring = roundRing(poly);
  return simpleRing(ring) ? { ring, traced: true } : { traced: true };
}

export interface RasterRooms {
  raster: RasterPlan;
  outer: Regions;
  building: Building;
}

interface RoomInput {
  plan: FramePlan;
  role: (l: string) => LayerRole;
  /** The rooms as the wall graph's faces, when its outer walls close. */
  faces?: FaceRooms;
  /** The raster the rooms are found on where the faces do not serve (built on first use). */
  raster: () => RasterRooms;
  ids: Ids;
  floorId: string;
}

/** Where a floor's rooms came from: the drawing's own room outlines, the wall graph's faces or the raster. */
export type RoomsFrom = 'outlines' | 'faces' | 'raster';

export function floorZones(inp: RoomInput): { zones: HallElement[]; from: RoomsFrom } {
  const { plan, role, ids, floorId } = inp;
  const nameLabels = roomNameLabels(plan.labels.filter((l) => role(l.layer) === 'text' || role(l.layer) === 'room' || role(l.layer) === 'other'));
  const usedLabels = new Set<Label>();
  const zones: HallElement[] = [];
  for (const loop of plan.loops) {
    if (role(loop.layer) !== 'room') continue;
    const poly = roundRing(loop.pts);
    if (!simpleRing(poly) || area(poly) < 1) continue;
    const inside = nameLabels.filter((l) => pointInPolygon([l.x, l.y], poly));
    for (const l of inside) usedLabels.add(l);
    zones.push(zoneEl(ids, floorId, poly, joinNames(inside)));
  }
  const roomLoops = zones.map((z) => (z.kind === 'zone' ? z.polygon : []));
  const inLoop = (l: Label) => roomLoops.some((p) => pointInPolygon([l.x, l.y], p));
  // Every name already sits in a drawn room outline: the wall-enclosed regions add nothing.
  if (roomLoops.length > 0 && nameLabels.every((l) => usedLabels.has(l) || inLoop(l))) return { zones, from: 'outlines' };
  const free = nameLabels.filter((l) => !usedLabels.has(l) && !inLoop(l));
  // No name left and room outlines drawn: nothing more to find.
  if (free.length === 0 && roomLoops.length > 0) return { zones, from: 'outlines' };
  const fz = inp.faces && faceZones(inp.faces, free, roomLoops.length === 0, (poly, name) => zoneEl(ids, floorId, poly, name));
  if (fz) return { zones: [...zones, ...fz], from: 'faces' };
  const rr = inp.raster();
  const rooms = roomRegions(rr.raster, rr.outer, 0.45);
  const byRegion = labelsByRegion(free, rr.raster, rooms);
  zones.push(...regionZones(inp, rr, rooms, byRegion, roomLoops.length === 0));
  return { zones, from: 'raster' };
}

/** Each name's region; text drawn over a wall line goes to the nearest room cell within three cells. */
function labelsByRegion(labels: Label[], raster: RasterPlan, rooms: Regions): Map<number, Label[]> {
  const { w: RW, h: RH, res } = raster;
  const byRegion = new Map<number, Label[]>();
  for (const l of labels) {
    const cx = Math.floor((l.x - raster.ox) / res);
    const cy = Math.floor((l.y - raster.oy) / res);
    let id = 0;
    for (let rr = 0; rr <= 3 && id < 2; rr++)
      for (let dy = -rr; dy <= rr && id < 2; dy++)
        for (let dx = -rr; dx <= rr && id < 2; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          if (x >= 0 && y >= 0 && x < RW && y < RH) id = rooms.lab[y * RW + x];
        }
    if (id < 2) continue;
    const list = byRegion.get(id) ?? [];
    list.push(l);
    byRegion.set(id, list);
  }
  return byRegion;
}

function regionZones(inp: RoomInput, rr: RasterRooms, rooms: Regions, byRegion: Map<number, Label[]>, noLoops: boolean): HallElement[] {
  const { ids, floorId } = inp;
  const { raster, building } = rr;
  const res = raster.res;
  const out: HallElement[] = [];
  for (const [id, start] of roomStarts(rooms)) {
    if (building.comp[start] !== building.label) continue;
    const m2 = rooms.size[id] * res * res;
    const named = byRegion.get(id);
    // Unnamed regions: rooms of at least 2 m² that are not the thin gap inside a wall, and not the whole floor.
    if (!named && (!noLoops || m2 < 2)) continue;
    const lab = rooms.lab;
    const poly = regionPolygon(raster, lab, id, start);
    if (!poly) continue;
    const ring = roundRing(poly);
    if (!simpleRing(ring)) continue;
    if (!named && area(ring) / ringPerimeter(ring) < 0.3) continue;
    out.push(zoneEl(ids, floorId, ring, named ? joinNames(named) : ''));
  }
  return out;
}
