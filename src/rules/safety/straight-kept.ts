/**
 * The escape-travel rule's straight-line answers (safety/index.ts, GB 50016 §5.5.17-4), kept per walked finding
 * with what they read, so that a seat dragged elsewhere on the floor does not measure them again.
 */
import type { HallDocument } from '../../core/document';
import type { ElementOf } from '../../core/kinds/registry';
import { cachedBBox } from '../../core/geometry/polygon';
import type { DistanceField, NavPoint } from '../../nav';
import type { Finding } from '../types';
import { walksHold, type WalkReads } from '../walk-reads';

/** A floor's walls and the openings in them, gathered once per check for the straight lines of escape travel. */
export interface WallsOf {
  walls: readonly ElementOf<'wall'>[];
  doors: readonly ElementOf<'opening'>[];
}

/**
 * Per walked finding: the floor it was judged on and the answer by straight line, with what that answer read (the
 * floor's walls, doors and exits, the field's version, the walks measured): it stands on a later version of the
 * floor where none of those changed.
 */
export interface Straight {
  floor: HallDocument['floors'][number];
  finding: Finding | null;
  viewId: number;
  ws: WallsOf;
  mine: readonly NavPoint[];
  reads: WalkReads;
}
export const straightKept = new WeakMap<Finding, Straight>();
/** Counts since start, for tests that want to see which path an answer took. */
export const straightStats = { kept: 0, measured: 0 };

const sameList = <T>(a: readonly T[], b: readonly T[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
const samePlaces = (a: readonly NavPoint[], b: readonly NavPoint[]) =>
  a.length === b.length && a.every((x, i) => x.floorId === b[i].floorId && x.p[0] === b[i].p[0] && x.p[1] === b[i].p[1]);

/** Whether a straight-line answer kept from an earlier version of the floor holds on this one. */
export function straightHolds(hit: Straight, field: DistanceField, floor: HallDocument['floors'][number], el: ElementOf<'zone'>, ws: WallsOf, mine: readonly NavPoint[]): boolean {
  if (hit.floor === floor) return true;
  return (
    sameList(hit.ws.walls, ws.walls) &&
    sameList(hit.ws.doors, ws.doors) &&
    samePlaces(hit.mine, mine) &&
    (hit.viewId === field.id || field.unchangedSince(hit.viewId, floor.id, cachedBBox(el.polygon))) &&
    walksHold(hit.reads, field, hit.floor, floor)
  );
}
