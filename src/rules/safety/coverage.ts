/** Walking-distance grids for the AED and exit overlays, from the same fields the rules use. */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { isExteriorDoor } from '../doors';
import type { NavPoint } from '../../nav';
import type { ParamValue } from '../types';
import { all, fieldFrom, param } from '../util';
import { insideOf } from '../zones/placement';

export interface CoverageGrid {
  floorId: string;
  origin: Vec2;
  cell: number;
  cols: number;
  rows: number;
  values: Float32Array;
}

export function aedSources(doc: HallDocument): NavPoint[] {
  return all(doc, 'point')
    .filter(({ el }) => el.pointKind === 'aed')
    .map(({ floor, el }) => ({ floorId: floor.id, p: el.position }));
}

/** Escape targets: exterior doors on the floor they are on; on upper floors also the stairs (protected escape routes). */
export function exitSources(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): NavPoint[] {
  const out: NavPoint[] = [];
  const tol = param(params, 'exteriorDoorTolM');
  for (const { floor, el } of all(doc, 'opening'))
    if (isExteriorDoor(floor, el, tol) && el.entrance !== 'staff') out.push({ floorId: floor.id, p: insideOf(doc, floor.id, el, param(params, 'entranceInsideM')) });
  for (const { floor, el } of all(doc, 'vlink')) if (el.linkKind === 'stair') for (const id of new Set([floor.id, ...el.floors])) out.push({ floorId: id, p: el.position });
  return out;
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
