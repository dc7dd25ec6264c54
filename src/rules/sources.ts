/**
 * Source lists for walking-distance fields, built floor by floor and kept while what they are built from stays the
 * same objects. A seat moved on one floor leaves every zone polygon as it was, so the list is the previous one and
 * the field behind it is found by the list's identity (src/nav/fields.ts) instead of hashing thousands of points.
 */
import type { Floor, HallDocument } from '../core/document';
import type { NavPoint } from '../nav';

/** Per tag and floor id: the inputs a floor's part was built from, and the part. */
const parts = new Map<string, { inputs: readonly unknown[]; points: readonly NavPoint[] }>();
/** Per tag: the parts the whole list was joined from, and the list (frozen: fields keep it by reference). */
const wholes = new Map<string, { parts: readonly (readonly NavPoint[])[]; points: readonly NavPoint[] }>();

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The sources of every floor of `doc` in floor order. `inputsOf(floor)` lists every value the floor's part is
 * built from (zone polygons, parameters): `build` may read nothing else, so equal inputs give an equal part.
 * `tag` names the list and everything `build` reads beyond the inputs (a step, a rule).
 */
export function floorSources<T>(
  doc: HallDocument,
  tag: string,
  inputsOf: (floor: Floor) => readonly T[],
  build: (floor: Floor, inputs: readonly T[]) => NavPoint[],
): readonly NavPoint[] {
  const list: (readonly NavPoint[])[] = [];
  for (const floor of doc.floors) {
    const k = `${tag}|${floor.id}`;
    const inputs = inputsOf(floor);
    let hit = parts.get(k);
    if (!hit || !sameList(hit.inputs, inputs)) parts.set(k, (hit = { inputs, points: build(floor, inputs) }));
    list.push(hit.points);
  }
  const whole = wholes.get(tag);
  if (whole && sameList(whole.parts, list)) return whole.points;
  const points = Object.freeze(list.flat());
  wholes.set(tag, { parts: list, points });
  return points;
}
