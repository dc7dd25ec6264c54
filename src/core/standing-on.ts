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

/** Whether `el`, stored on another floor, also stands on floor `floorId` (its kind's `alsoOn` names it). */
export function standsAlsoOn(el: HallElement, floorId: string): boolean {
  return kindOf(el).alsoOn?.(el).includes(floorId) ?? false;
}

/** The elements stored on other floors that also stand on `floor` (its kind's `alsoOn` names it). */
export function visitorsOn(floors: readonly Floor[], floor: Floor): HallElement[] {
  return floors.flatMap((g) => (g === floor ? [] : travellersOf(g).filter((e) => standsAlsoOn(e, floor.id))));
}

/**
 * The last list made per floor's own elements: the same array while its visitors are the same objects, so what is
 * kept per list (the editor's spatial index) is kept across edits on other floors.
 */
const lists = new WeakMap<readonly HallElement[], { visitors: readonly HallElement[]; all: readonly HallElement[] }>();

/**
 * The elements standing on a floor: its own, and those stored elsewhere that also stand on it. What a user counts,
 * picks and selects on that floor (a stair drawn on the floor above is that floor's stair too).
 */
export function standingOn(floors: readonly Floor[], floor: Floor): readonly HallElement[] {
  const others = visitorsOn(floors, floor);
  if (!others.length) return floor.elements;
  const kept = lists.get(floor.elements);
  if (kept && kept.visitors.length === others.length && kept.visitors.every((e, i) => e === others[i])) return kept.all;
  const all = [...floor.elements, ...others];
  lists.set(floor.elements, { visitors: others, all });
  return all;
}
