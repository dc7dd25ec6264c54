/**
 * Values the hall implies for fields an element leaves unset (FieldSpec.implied), kept apart from the kinds so the
 * kinds need not know the floor's geometry.
 */
import type { Floor, HallElement } from './document';
import { exteriorDoors } from './entrances';
import type { FieldSpec } from './kinds/base';
import { isExterior, type Opening } from './kinds/opening';

/** The value shown for an unset field: what the checks read the element as, or undefined when nothing is implied. */
export function impliedValue(spec: FieldSpec, el: HallElement, floor: Floor): unknown {
  // As the entrance check finds exterior doors: by the door's place in the outer walls, else by its entrance kind.
  // (Only the door kind names this.)
  if (spec.implied === 'exterior-door') return exteriorDoors(floor).some((d) => d.id === el.id) || isExterior(el as Opening);
  return undefined;
}
