/** Elements grouped by kind, in document order: one layer (a few draw calls) per group. */
import type { ElementKind, HallElement } from '../core/kinds/registry';

export function groupByKind(elements: readonly HallElement[]): Map<ElementKind, HallElement[]> {
  const m = new Map<ElementKind, HallElement[]>();
  for (const e of elements) {
    const arr = m.get(e.kind);
    if (arr) arr.push(e);
    else m.set(e.kind, [e]);
  }
  return m;
}

/** Up to this many replaced elements, each is found in its kind's array rather than the kinds regrouped. */
const SWAP_MAX = 16;

/**
 * The groups with each changed element put where its old self stood in its kind's array (a drag step replaces one
 * seat: a copy of the seats' array with one entry changed, not every seat of a city hall floor pushed again).
 * Undefined when an element changed its kind in place.
 */
function swapInPlace(
  elements: readonly HallElement[],
  prev: { elements: readonly HallElement[]; groups: ReadonlyMap<ElementKind, HallElement[]> },
  changed: readonly number[],
): Map<ElementKind, HallElement[]> | undefined {
  const next = new Map(prev.groups);
  const copied = new Set<ElementKind>();
  for (const i of changed) {
    const kind = elements[i].kind;
    if (prev.elements[i].kind !== kind) return undefined;
    let arr = next.get(kind)!;
    if (!copied.has(kind)) next.set(kind, (arr = arr.slice())), copied.add(kind);
    arr[arr.indexOf(prev.elements[i])] = elements[i];
  }
  return next;
}

/**
 * The same grouping, keeping the previous grouping's array for every kind whose elements are the same objects
 * in the same order: an edit gives a new array only to the kinds it touched, so the memoised layers of the
 * other kinds are not drawn again (dragging a seat redraws the seats, not the walls and zones).
 */
export function regroupByKind(
  elements: readonly HallElement[],
  prev: { elements: readonly HallElement[]; groups: ReadonlyMap<ElementKind, HallElement[]> } | undefined,
): Map<ElementKind, HallElement[]> {
  if (prev && prev.elements.length === elements.length) {
    // The usual edit replaces elements where they stand: regroup only the kinds at the positions that differ.
    const touched = new Set<ElementKind>();
    const changed: number[] = [];
    for (let i = 0; i < elements.length; i++)
      if (elements[i] !== prev.elements[i]) {
        touched.add(elements[i].kind).add(prev.elements[i].kind);
        changed.push(i);
      }
    if (!touched.size) return new Map(prev.groups);
    const swapped = changed.length <= SWAP_MAX ? swapInPlace(elements, prev, changed) : undefined;
    if (swapped) return swapped;
    const next = new Map(prev.groups);
    for (const kind of touched) next.delete(kind);
    for (const e of elements) if (touched.has(e.kind)) (next.get(e.kind) ?? next.set(e.kind, []).get(e.kind)!).push(e);
    return next;
  }
  const next = groupByKind(elements);
  if (!prev) return next;
  for (const [kind, els] of next) {
    const old = prev.groups.get(kind);
    if (old && old.length === els.length && els.every((e, i) => e === old[i])) next.set(kind, old);
  }
  return next;
}
