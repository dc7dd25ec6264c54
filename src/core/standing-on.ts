/** Elements stored on one floor that also stand on others (a lift or stair on every floor it joins). */
import type { Floor } from './document';
import { kindOf, type HallElement } from './kinds/registry';

/**
 * Per floor's element list, its elements of a kind that may stand on other floors: an edit on one floor leaves the
 * other floors' lists as they were, so a drag step in a city hall does not read every element of every floor again.
 */
const travellers = new WeakMap<readonly HallElement[], HallElement[]>();

function travellersOf(g: Floor): HallElement[] {
  let t = travellers.get(g.elements);
  if (!t) travellers.set(g.elements, (t = g.elements.filter((e) => kindOf(e).alsoOn !== undefined)));
  return t;
}

/** The elements stored on other floors that also stand on `floor` (its kind's `alsoOn` names it). */
export function visitorsOn(floors: readonly Floor[], floor: Floor): HallElement[] {
  return floors.flatMap((g) => (g === floor ? [] : travellersOf(g).filter((e) => kindOf(e).alsoOn?.(e).includes(floor.id) ?? false)));
}

/** The elements standing on a floor: its own, and those stored elsewhere that also stand on it. */
export function standingOn(floors: readonly Floor[], floor: Floor): HallElement[] {
  const others = visitorsOn(floors, floor);
  return others.length ? [...floor.elements, ...others] : floor.elements;
}
