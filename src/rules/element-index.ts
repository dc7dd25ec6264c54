/**
 * A floor's elements by kind and its points by their kind, which forty rules ask for on every check. Indexed per
 * floor object, and patched from the floor's previous version: an edit that replaces elements where they stand (a
 * seat dragged) copies only the lists of the kinds it touched, with the new elements in the old ones' places, and
 * the other lists are shared. The `{ floor, el }` entries rules read are made per floor object, for the kinds asked.
 */
import type { Floor, HallDocument } from '../core/document';
import type { ElementOf, HallElement } from '../core/kinds/registry';
// Past as many changed elements as a raster is patched for, the floor is indexed afresh.
import { MAX_PATCH_CHANGES } from '../nav/raster-patch';

type Entry = { floor: Floor; el: HallElement };
type PointKind = ElementOf<'point'>['pointKind'];
type Lists = Map<string, HallElement[]>;

interface FloorIndex {
  elements: Floor['elements'];
  byKind: Lists;
  byPointKind: Lists;
  /** Entries per kind and per point kind (keyed `point:<kind>`), made when first asked for this floor object. */
  entries: Map<string, readonly Entry[]>;
}

const NONE: readonly Entry[] = Object.freeze([]);
const NO_ELEMENTS: readonly HallElement[] = Object.freeze([]);

function push(m: Lists, key: string, el: HallElement): void {
  const list = m.get(key);
  if (list) list.push(el);
  else m.set(key, [el]);
}

function fresh(elements: Floor['elements']): FloorIndex {
  const byKind: Lists = new Map();
  const byPointKind: Lists = new Map();
  for (const el of elements) {
    push(byKind, el.kind, el);
    if (el.kind === 'point') push(byPointKind, el.pointKind, el);
  }
  return { elements, byKind, byPointKind, entries: new Map() };
}

/** The list under `key` with `was` replaced by `now`, copied once per patch (`copied` holds the copies made). */
function replaceIn(m: Lists, key: string, was: HallElement, now: HallElement, copied: Set<HallElement[]>): boolean {
  let list = m.get(key);
  if (!list) return false;
  if (!copied.has(list)) {
    list = list.slice();
    copied.add(list);
    m.set(key, list);
  }
  const at = list.indexOf(was);
  // The same element twice in a floor leaves its place in the list ambiguous.
  if (at < 0 || list.indexOf(was, at + 1) >= 0) return false;
  list[at] = now;
  return true;
}

/**
 * The index of `elements` from the previous version's, when the two lists differ only by elements replaced where
 * they stand, each by one of the same kind (and point kind): the lists keep the floor's order. Else null.
 */
function patched(prev: FloorIndex, elements: Floor['elements']): FloorIndex | null {
  const a = prev.elements;
  if (a.length !== elements.length) return null;
  let byKind: Lists | undefined;
  let byPointKind: Lists | undefined;
  const copied = new Set<HallElement[]>();
  let changes = 0;
  for (let i = 0; i < elements.length; i++) {
    const was = a[i];
    const now = elements[i];
    if (was === now) continue;
    if (++changes > MAX_PATCH_CHANGES || was.kind !== now.kind) return null;
    byKind ??= new Map(prev.byKind);
    if (!replaceIn(byKind, now.kind, was, now, copied)) return null;
    if (was.kind === 'point' && now.kind === 'point') {
      if (was.pointKind !== now.pointKind) return null;
      byPointKind ??= new Map(prev.byPointKind);
      if (!replaceIn(byPointKind, now.pointKind, was, now, copied)) return null;
    }
  }
  return { elements, byKind: byKind ?? prev.byKind, byPointKind: byPointKind ?? prev.byPointKind, entries: new Map() };
}

/** Counts since start, for tests that want to see which path an index took. */
export const indexStats = { patched: 0, fresh: 0 };

const indexes = new WeakMap<Floor, FloorIndex>();
/** The newest index per floor id, to patch the next version from (bounded: a few halls open at once). */
const newest = new Map<string, FloorIndex>();
const NEWEST_MAX = 64;

/** `idx` becomes the version of floor `id` the next edit is patched from. */
function remember(id: string, idx: FloorIndex): void {
  newest.delete(id);
  newest.set(id, idx);
  if (newest.size > NEWEST_MAX) newest.delete(newest.keys().next().value!);
}

function indexOf(floor: Floor): FloorIndex {
  const prev = newest.get(floor.id);
  let idx = indexes.get(floor);
  if (idx) {
    // A version asked again (after an undo, say) is the one the next edit starts from.
    if (idx !== prev) remember(floor.id, idx);
    return idx;
  }
  if (prev && prev.elements === floor.elements) idx = { ...prev, entries: new Map() };
  else {
    const p = prev && patched(prev, floor.elements);
    if (p) indexStats.patched++;
    else indexStats.fresh++;
    idx = p || fresh(floor.elements);
  }
  remember(floor.id, idx);
  indexes.set(floor, idx);
  return idx;
}

function entriesOf(floor: Floor, key: string, list: readonly HallElement[] | undefined): readonly Entry[] {
  const idx = indexOf(floor);
  let out = idx.entries.get(key);
  if (!out) idx.entries.set(key, (out = list ? list.map((el) => ({ floor, el })) : NONE));
  return out;
}

/** The elements of one kind on a floor, in the floor's order, without entries. Read-only. */
export function elementsOn<K extends HallElement['kind']>(floor: Floor, kind: K): readonly ElementOf<K>[] {
  return (indexOf(floor).byKind.get(kind) ?? NO_ELEMENTS) as readonly ElementOf<K>[];
}

/** One floor's elements of a kind, per floor object. Read-only. */
export function onFloor<K extends HallElement['kind']>(floor: Floor, kind: K): readonly { floor: Floor; el: ElementOf<K> }[] {
  return entriesOf(floor, kind, indexOf(floor).byKind.get(kind)) as readonly { floor: Floor; el: ElementOf<K> }[];
}

/** One floor's points of a kind, in the floor's order, without entries. Read-only. */
export function pointElementsOn(floor: Floor, pointKind: PointKind): readonly ElementOf<'point'>[] {
  return (indexOf(floor).byPointKind.get(pointKind) ?? NO_ELEMENTS) as readonly ElementOf<'point'>[];
}

function pointsOnFloor(floor: Floor, pointKind: PointKind): readonly Entry[] {
  return entriesOf(floor, `point:${pointKind}`, indexOf(floor).byPointKind.get(pointKind));
}

/** Per document, the hall's lists of each kind (`kind`) and point kind (`point:<kind>`) asked for. */
const byDoc = new WeakMap<HallDocument, Map<string, readonly Entry[]>>();
function overFloors(doc: HallDocument, key: string, part: (f: Floor) => readonly Entry[]): readonly Entry[] {
  let m = byDoc.get(doc);
  if (!m) byDoc.set(doc, (m = new Map()));
  let list = m.get(key);
  if (!list) {
    const parts = doc.floors.map(part);
    m.set(key, (list = parts.length === 1 ? parts[0] : ([] as Entry[]).concat(...parts)));
  }
  return list;
}

/** Elements by kind over the hall, floor by floor, indexed once per document. Read-only. */
export function all<K extends HallElement['kind']>(doc: HallDocument, kind: K): readonly { floor: Floor; el: ElementOf<K> }[] {
  return overFloors(doc, kind, (f) => onFloor(f, kind)) as readonly { floor: Floor; el: ElementOf<K> }[];
}

/**
 * The points of one kind (AEDs, cameras, first-aid kits …) over the hall, in the order `all` gives, per document:
 * rules ask for a few among thousands of seats on every check. Read-only.
 */
export function pointsOf(doc: HallDocument, pointKind: PointKind): readonly { floor: Floor; el: ElementOf<'point'> }[] {
  return overFloors(doc, `point:${pointKind}`, (f) => pointsOnFloor(f, pointKind)) as readonly { floor: Floor; el: ElementOf<'point'> }[];
}
