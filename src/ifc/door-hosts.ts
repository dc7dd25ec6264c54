/** Which wall each door sits in, through IfcRelFillsElement (door → opening) and IfcRelVoidsElement (opening → wall). */
import * as W from 'web-ifc';
import { type LineSource, ref } from './line-values';

/**
 * The element each door sits in: door → the RelatingBuildingElement of the IfcRelVoidsElement whose
 * opening the door fills (IfcRelFillsElement); where several relations say so, the last one read.
 * By default through web-ifc's inverse lookup, which reads only the relations of these doors; a model
 * has a pair for every window and opening too (60 of each for 18 doors in LargeBuilding), and reading a
 * line costs ~5–10 µs. `allRelations` reads every relation instead (what the lookup must agree with).
 */
export function hostsOfDoors(r: LineSource, doorIds: readonly number[], allRelations = false): Map<number, number> {
  const out = new Map<number, number>();
  if (doorIds.length === 0) return out;
  const wasm = r.api.wasmModule as
    | { GetInversePropertyForItem?: (model: number, id: number, types: number[], position: number, set: boolean) => { size(): number; get(i: number): number } }
    | undefined;
  // web-ifc's inverse lookup counts argument positions without the `*`s, so a starred file reads every relation.
  const inverse = allRelations || r.starred ? undefined : wasm?.GetInversePropertyForItem;
  if (!inverse) {
    const openingOfDoor = new Map<number, number>();
    for (const rel of r.lines(r.ids(W.IFCRELFILLSELEMENT))) {
      const o = ref(rel?.RelatingOpeningElement);
      const d = ref(rel?.RelatedBuildingElement);
      if (o !== undefined && d !== undefined) openingOfDoor.set(d, o);
    }
    const wallOfOpening = new Map<number, number>();
    for (const rel of r.lines(r.ids(W.IFCRELVOIDSELEMENT))) {
      const w = ref(rel?.RelatingBuildingElement);
      const o = ref(rel?.RelatedOpeningElement);
      if (o !== undefined && w !== undefined) wallOfOpening.set(o, w);
    }
    for (const d of doorIds) {
      const o = openingOfDoor.get(d);
      const w = o === undefined ? undefined : wallOfOpening.get(o);
      if (w !== undefined) out.set(d, w);
    }
    return out;
  }
  // Relations whose attribute 5 (RelatedBuildingElement, RelatedOpeningElement: the same place in IFC2X3 and IFC4) is `id`.
  const pointingAt = (id: number, type: number): number[] => {
    const v = inverse.call(wasm, r.model, id, [type], 5, true);
    const ids: number[] = new Array(v.size());
    for (let i = 0; i < ids.length; i++) ids[i] = v.get(i);
    return ids;
  };
  // Each step's relations are read in one batch.
  const fills = doorIds.map((d) => pointingAt(d, W.IFCRELFILLSELEMENT));
  r.lines(fills.flat());
  const openings = doorIds.map((d, i) => {
    let o: number | undefined;
    for (const rel of r.lines(fills[i])) {
      const x = ref(rel?.RelatingOpeningElement);
      if (x !== undefined && ref(rel?.RelatedBuildingElement) === d) o = x;
    }
    return o;
  });
  const voids = openings.map((o) => (o === undefined ? [] : pointingAt(o, W.IFCRELVOIDSELEMENT)));
  r.lines(voids.flat());
  doorIds.forEach((d, i) => {
    const o = openings[i];
    let w: number | undefined;
    for (const rel of r.lines(voids[i])) {
      const x = ref(rel?.RelatingBuildingElement);
      if (x !== undefined && ref(rel?.RelatedOpeningElement) === o) w = x;
    }
    if (w !== undefined) out.set(d, w);
  });
  return out;
}
