/**
 * Entrances of a building whose model does not say which doors are entrances (an imported IFC or DXF):
 * a door is exterior when one side of it is outside the building's walls (rays from a point just beyond
 * the door on that side leave the plan without crossing a wall) and the other is inside (in a room, or
 * closed in by walls). The ground floor's exterior doors are proposed as entrances, the widest as the
 * main one (ties: the one facing south, as Chinese public halls are laid out, then the one nearest the
 * middle of the building's front).
 */
import type { Floor, HallDocument, HallElement } from './document';
import type { Vec2 } from './geometry/vec';
import { bbox, pointInPolygon } from './geometry/polygon';

const RAYS = 24;
const ENTRANCE_NAME = /入口|大门|正门|主门|entrance|entry|main\s*door|front\s*door|haust(ü|ue)r|eingang/i;
const BACK_DOOR_NAME = /后门|侧门|车库|阳台|露台|terrace|terrasse|patio|balcony|garage|back\s*door|service\s*door|fire\s*exit|疏散/i;
/** How far beyond the wall's face the test points stand. */
const BEYOND = 0.45;

export interface ExteriorDoor {
  id: string;
  width: number;
  /** Unit vector pointing out of the building, in plan coordinates. */
  outward: Vec2;
}

export interface EntranceProposal {
  floorId: string;
  doors: ExteriorDoor[];
  /** The door proposed as main entrance (undefined when the floor has no exterior door). */
  mainId?: string;
  /** Whether a door is already marked as main entrance (then nothing needs confirming). */
  hasMain: boolean;
}

/** The floor people enter from the street: storey 1, else the one nearest elevation 0. */
export function groundFloor(doc: Pick<HallDocument, 'floors'>): Floor | undefined {
  return doc.floors.find((f) => f.storey === 1) ?? [...doc.floors].sort((a, b) => Math.abs(a.elevation) - Math.abs(b.elevation))[0];
}

/** How many of RAYS rays from p leave the plan without crossing any of the segments. */
function escapes(p: Vec2, segs: readonly [Vec2, Vec2][], reach: number): number {
  let n = 0;
  for (let k = 0; k < RAYS; k++) {
    // Offset by half a step so that no ray runs along the plan's axes, where walls meet.
    const a = ((k + 0.5) * 2 * Math.PI) / RAYS;
    const q: Vec2 = [p[0] + Math.cos(a) * reach, p[1] + Math.sin(a) * reach];
    let hit = false;
    for (const [s, t] of segs) {
      if (crosses(p, q, s, t)) {
        hit = true;
        break;
      }
    }
    if (!hit) n++;
  }
  return n;
}

function crosses(p: Vec2, q: Vec2, a: Vec2, b: Vec2): boolean {
  const d1 = cross(a, b, p);
  const d2 = cross(a, b, q);
  const d3 = cross(p, q, a);
  const d4 = cross(p, q, b);
  return d1 * d2 < 0 && d3 * d4 <= 0;
}
const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** The kinds a proposal reads (what decides which doors are exterior), as a rule declares its `reads`. */
const READS: ReadonlySet<string> = new Set(['wall', 'zone', 'opening']);

/** The elements of `floor` a proposal depends on: while they are the same objects, so is the proposal. */
export function entranceInputs(floor: Floor): HallElement[] {
  return floor.elements.filter((e) => READS.has(e.kind));
}

/** The exterior doors of one floor, each with the direction out of the building. */
export function exteriorDoors(floor: Floor): ExteriorDoor[] {
  const walls = floor.elements.filter((e) => e.kind === 'wall');
  if (!walls.length) return [];
  // Walls as the faces a person would bump into: each wall's two long sides (a door's own wall gap is
  // not modelled, so its side points must stand clear of the wall's thickness).
  const segs: [Vec2, Vec2][] = walls.map((w) => [w.a, w.b]);
  const box = bbox(walls.flatMap((w) => [w.a, w.b]));
  const reach = 4 * Math.hypot(box.maxX - box.minX, box.maxY - box.minY) + 10;
  const rooms = floor.elements.filter((e) => e.kind === 'zone').map((z) => z.polygon);
  const inRoom = (p: Vec2) => rooms.some((r) => pointInPolygon(p, r));
  const thick = new Map(walls.map((w) => [w.id, w.thickness]));
  const out: ExteriorDoor[] = [];
  for (const d of floor.elements) {
    if (d.kind !== 'opening') continue;
    const r = (d.rotation * Math.PI) / 180;
    const n: Vec2 = [-Math.sin(r), Math.cos(r)];
    const s = (d.wallId ? (thick.get(d.wallId) ?? 0.3) : 0.3) / 2 + BEYOND;
    const side = (k: number) => {
      const p: Vec2 = [d.position[0] + n[0] * s * k, d.position[1] + n[1] * s * k];
      return { room: inRoom(p), free: escapes(p, segs, reach) };
    };
    const plus = side(1);
    const minus = side(-1);
    const outside = (x: { room: boolean; free: number }) => !x.room && x.free >= 3;
    const inside = (x: { room: boolean; free: number }) => x.room || x.free <= 1;
    if (outside(plus) && inside(minus)) out.push({ id: d.id, width: d.width, outward: n });
    else if (outside(minus) && inside(plus)) out.push({ id: d.id, width: d.width, outward: [-n[0], -n[1]] });
  }
  return out;
}

/** Bearing (degrees clockwise from north) of a plan direction, with the plan's rotation from the georeference. */
export function bearingOf(v: Vec2, planRotationDeg = 0): number {
  const b = (Math.atan2(v[0], v[1]) * 180) / Math.PI - planRotationDeg;
  return ((b % 360) + 360) % 360;
}

/** The ground floor's exterior doors and the one proposed as main entrance. */
export function proposeEntrances(doc: HallDocument): EntranceProposal | undefined {
  const floor = groundFloor(doc);
  if (!floor) return undefined;
  const doors = exteriorDoors(floor);
  const hasMain = floor.elements.some((e) => e.kind === 'opening' && e.entrance === 'main');
  const rot = doc.meta.georef?.rotation ?? 0;
  const southness = (d: ExteriorDoor) => Math.cos(((bearingOf(d.outward, rot) - 180) * Math.PI) / 180);
  const names = new Map(floor.elements.map((e) => [e.id, e.name ?? '']));
  // A door its model names as the entrance comes first, a terrace or garage door last, whatever their widths.
  const named = (d: ExteriorDoor) => {
    const n = names.get(d.id) ?? '';
    return ENTRANCE_NAME.test(n) ? 1 : BACK_DOOR_NAME.test(n) ? -1 : 0;
  };
  const ranked = [...doors].sort((a, b) => named(b) - named(a) || b.width - a.width || southness(b) - southness(a) || a.id.localeCompare(b.id));
  return { floorId: floor.id, doors, mainId: ranked[0]?.id, hasMain };
}

/**
 * The document with the proposal applied: the proposed door as main entrance, every found door marked
 * exterior. Doors a person already typed keep their entrance kind.
 */
export function applyEntrances(doc: HallDocument, proposal: EntranceProposal, mainId = proposal.mainId): HallDocument {
  const found = new Set(proposal.doors.map((d) => d.id));
  return {
    ...doc,
    floors: doc.floors.map((f) =>
      f.id !== proposal.floorId
        ? f
        : {
            ...f,
            elements: f.elements.map((e) => {
              if (e.kind !== 'opening') return e;
              if (e.id === mainId) return { ...e, entrance: 'main', exterior: true };
              if (found.has(e.id) && e.exterior === undefined) return { ...e, exterior: true };
              return e;
            }),
          },
    ),
  };
}
