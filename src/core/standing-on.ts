/** Elements stored on one floor that also stand on others (a lift or stair on every floor it joins). */
import type { Floor } from './document';
import { kindOf, type HallElement } from './kinds/registry';

/** The elements stored on other floors that also stand on `floor` (its kind's `alsoOn` names it). */
export function visitorsOn(floors: readonly Floor[], floor: Floor): HallElement[] {
  return floors.flatMap((g) => (g === floor ? [] : g.elements.filter((e) => kindOf(e).alsoOn?.(e).includes(floor.id) ?? false)));
}

/** The elements standing on a floor: its own, and those stored elsewhere that also stand on it. */
export function standingOn(floors: readonly Floor[], floor: Floor): HallElement[] {
  const others = visitorsOn(floors, floor);
  return others.length ? [...floor.elements, ...others] : floor.elements;
}
