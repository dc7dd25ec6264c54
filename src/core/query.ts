/** Read-only lookups over a document. Indexes are cached per document object (documents are immutable). */
import type { Floor, HallDocument } from './document';
import type { HallElement } from './kinds/registry';

export interface ElementRef {
  floorIndex: number;
  elementIndex: number;
  floor: Floor;
  element: HallElement;
}

/**
 * Position of each element in its floor, per floor object. An edit gives a new object only to the floors it
 * touched, so after moving a seat one floor is indexed again, not the hall (10,000 elements in a city hall).
 */
const floorCache = new WeakMap<Floor, Map<string, number>>();
function floorIndex(floor: Floor): Map<string, number> {
  let m = floorCache.get(floor);
  if (!m) {
    m = new Map();
    floor.elements.forEach((e, i) => m!.set(e.id, i));
    floorCache.set(floor, m);
  }
  return m;
}

export function findElement(doc: HallDocument, id: string): ElementRef | undefined {
  for (let floorIndexOf = 0; floorIndexOf < doc.floors.length; floorIndexOf++) {
    const floor = doc.floors[floorIndexOf];
    const i = floorIndex(floor).get(id);
    if (i !== undefined) return { floorIndex: floorIndexOf, elementIndex: i, floor, element: floor.elements[i] };
  }
  return undefined;
}

export function getElement(doc: HallDocument, id: string): HallElement | undefined {
  return findElement(doc, id)?.element;
}

export function findFloor(doc: HallDocument, id: string): Floor | undefined {
  return doc.floors.find((f) => f.id === id);
}

/**
 * The floor a hall opens on: the ground floor (storey 1, where citizens come in), else the one nearest
 * elevation 0, else the first. A Revit model's first storey is often its foundation level.
 */
export function groundFloor(doc: HallDocument): Floor | undefined {
  return doc.floors.find((f) => f.storey === 1) ?? [...doc.floors].sort((a, b) => Math.abs(a.elevation) - Math.abs(b.elevation))[0];
}

export function allIds(doc: HallDocument): Set<string> {
  const s = new Set<string>();
  for (const f of doc.floors) {
    s.add(f.id);
    for (const e of f.elements) s.add(e.id);
  }
  return s;
}
