/** Walking-distance grids for the AED and exit overlays, from the same fields the rules use. */
import type { Floor, HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { isExteriorDoor } from '../doors';
import type { NavPoint } from '../../nav';
import type { ParamValue } from '../types';
import { fieldFrom, param } from '../util';
import { insideOf } from '../zones/placement';
import { elementsOn, pointElementsOn } from '../element-index';
import { groundFloor } from '../../core/entrances';

export interface CoverageGrid {
  floorId: string;
  origin: Vec2;
  cell: number;
  cols: number;
  rows: number;
  values: Float32Array;
}

/** The AEDs of one floor as sources, per floor object: an edit on one floor leaves the other floors' lists. */
const aedsOn = new WeakMap<Floor, NavPoint[]>();
export function aedSources(doc: HallDocument): NavPoint[] {
  const out: NavPoint[] = [];
  for (const floor of doc.floors) {
    let list = aedsOn.get(floor);
    if (!list) {
      list = [];
      for (const el of pointElementsOn(floor, 'aed')) list.push({ floorId: floor.id, p: el.position });
      aedsOn.set(floor, list);
    }
    out.push(...list);
  }
  return out;
}

/** One floor's exterior doors and stairs as escape targets, per floor object and the two parameters they read. */
/** `doors` are stepped inside (walking fields start there); `places` are where the exits stand: the doors, then the stairs. */
interface FloorExits {
  doors: NavPoint[];
  stairs: NavPoint[];
  places: NavPoint[];
}
const exitsOn = new WeakMap<Floor, Map<string, FloorExits>>();
function floorExits(doc: HallDocument, floor: Floor, params: Readonly<Record<string, ParamValue>>, tol: number): FloorExits {
  let m = exitsOn.get(floor);
  if (!m) exitsOn.set(floor, (m = new Map()));
  // The inset is read (and its range checked) only where there is a door to step in from, as before.
  const ground = groundFloor(doc)?.id;
  const key = `${tol}|${String(params.entranceInsideM)}|${ground}`;
  let v = m.get(key);
  if (!v) {
    v = { doors: [], stairs: [], places: [] };
    // From the floor's element index: the doors and links among thousands of seats, each in the floor's order.
    for (const el of elementsOn(floor, 'opening'))
      if (isExteriorDoor(floor, el, tol) && el.entrance !== 'staff') {
        v.doors.push({ floorId: floor.id, p: insideOf(doc, floor.id, el, param(params, 'entranceInsideM')) });
        v.places.push({ floorId: floor.id, p: el.position });
      }
    // A stair is a way out of the floors above (and below) the ground floor; on the ground floor it leads up, into
    // the building, and is no exit (a 安全出口 is a stairwell's way in from a floor it escapes, or a door to safety).
    for (const el of elementsOn(floor, 'vlink'))
      if (el.linkKind === 'stair') for (const id of new Set([floor.id, ...el.floors])) if (id !== ground) v.stairs.push({ floorId: id, p: el.position });
    v.places.push(...v.stairs);
    m.set(key, v);
  }
  return v;
}

/** Escape targets: exterior doors on the floor they are on; on the other floors also the stairs (protected escape routes). */
export function exitSources(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): NavPoint[] {
  const tol = param(params, 'exteriorDoorTolM');
  const parts = doc.floors.map((f) => floorExits(doc, f, params, tol));
  const out: NavPoint[] = [];
  for (const p of parts) out.push(...p.doors);
  for (const p of parts) out.push(...p.stairs);
  return out;
}

/** Where the escape targets of `exitSources` stand (the doors themselves, not the points inside them), by floor. */
export function exitPlaces(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): NavPoint[] {
  const tol = param(params, 'exteriorDoorTolM');
  return doc.floors.flatMap((f) => floorExits(doc, f, params, tol).places);
}

function grids(doc: HallDocument, key: string, sources: NavPoint[]): CoverageGrid[] {
  const f = fieldFrom(doc, key, sources);
  return doc.floors.flatMap((fl) => {
    const g = f.grid(fl.id);
    return g ? [{ floorId: fl.id, ...g }] : [];
  });
}

export function aedCoverage(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): { grids: CoverageGrid[]; limit: number } {
  return { grids: grids(doc, 'aed', aedSources(doc)), limit: param(params, 'aedMaxWalkM') };
}

export function exitTravel(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): { grids: CoverageGrid[]; limit: number } {
  const limit = param(params, doc.meta.sprinklers ? 'exitMaxTravelSprinklerM' : 'exitMaxTravelM');
  return { grids: grids(doc, 'exits', exitSources(doc, params)), limit };
}
