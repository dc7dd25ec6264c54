/**
 * Sending a document to another thread as a patch against the one sent before, so the receiver rebuilds it with
 * structural sharing: unchanged floors and elements keep their identity on the other side, and every cache keyed
 * by identity there (rasters, fields, rule results) survives the edit. Without it each postMessage would hand the
 * worker a brand-new copy and every check would start cold.
 *
 * Protocol: the sender keeps the last document it sent; the receiver keeps the last one it rebuilt. A patch names
 * each floor either as unchanged (by index into the previous floors) or with its fields and its elements, each
 * element again unchanged (an index into that floor's previous elements) or sent in full. `base` is the sequence
 * number of the document the patch is against; a receiver that does not hold it asks for a full copy.
 */
import type { HallDocument, Floor } from './document';
import type { HallElement } from './kinds/registry';

export type FloorPatch = { same: number } | { fields: Omit<Floor, 'elements'>; from: number; elements: (number | HallElement)[] };

export interface DocPatch {
  seq: number;
  /** Sequence number of the document this patch is against (-1 = none: a full copy). */
  base: number;
  top: Omit<HallDocument, 'floors' | 'meta'>;
  /** null = the same meta object as before. */
  meta: HallDocument['meta'] | null;
  floors: FloorPatch[];
}

function floorFields(f: Floor): Omit<Floor, 'elements'> {
  const { elements: _e, ...rest } = f;
  return rest;
}

/** The patch that turns `prev` (sent as `base`) into `next`. With no `prev`, a full copy. */
export function diffDoc(prev: HallDocument | undefined, next: HallDocument, seq: number, base: number): DocPatch {
  const { floors, meta, ...top } = next;
  const prevFloors = new Map((prev?.floors ?? []).map((f, i) => [f.id, i]));
  return {
    seq,
    base: prev ? base : -1,
    top,
    meta: prev && prev.meta === meta ? null : meta,
    floors: floors.map((f) => {
      const i = prevFloors.get(f.id);
      if (i !== undefined && prev!.floors[i] === f) return { same: i };
      const old = i !== undefined ? prev!.floors[i] : undefined;
      return { fields: floorFields(f), from: i ?? -1, elements: elementRefs(old?.elements ?? [], f.elements) };
    }),
  };
}

/**
 * Each element of `next` as its index in `prev` when `prev` holds it, else itself. An edit replaces elements where
 * they stand, so an element is looked for at its own position first; only lists of another length, or elements at
 * positions that differ, are looked up in a map (built of those positions alone when the lengths agree: an element
 * that moved can only have come from one of them). A drag step on a floor of thousands reads the list once.
 */
function elementRefs(prev: readonly HallElement[], next: readonly HallElement[]): (number | HallElement)[] {
  let index: Map<HallElement, number> | undefined;
  if (prev.length !== next.length) index = new Map(prev.map((e, k) => [e, k]));
  return next.map((e, k) => {
    if (prev[k] === e) return k;
    index ??= new Map(prev.flatMap((p, j) => (p === next[j] ? [] : [[p, j] as [HallElement, number]])));
    return index.get(e) ?? e;
  });
}

/**
 * Rebuilds the document a patch describes. Floor fields equal to the previous floor's are taken from it (the
 * outline keeps its identity, which the raster cache relies on).
 */
export function applyDocPatch(prev: HallDocument | undefined, p: DocPatch): HallDocument {
  if (p.base >= 0 && !prev) throw new Error('document patch against a document this side does not hold');
  const floors = p.floors.map((fp): Floor => {
    if ('same' in fp) return prev!.floors[fp.same];
    const old = fp.from >= 0 ? prev?.floors[fp.from] : undefined;
    const elements = fp.elements.map((e) => (typeof e === 'number' ? old!.elements[e] : e));
    const fields = { ...fp.fields };
    if (old && fields.outline && old.outline && JSON.stringify(fields.outline) === JSON.stringify(old.outline)) fields.outline = old.outline;
    return { ...fields, elements };
  });
  return { ...p.top, meta: p.meta ?? prev!.meta, floors } as HallDocument;
}
