/**
 * Which windows their model says are in the outer walls: Pset_WindowCommon.IsExternal, read through the property
 * relations of these windows only (web-ifc's inverse lookup), as door hosts are: a model defines thousands of property
 * sets, and scanning them all cost 16 % of LargeBuilding's import for its 42 windows.
 */
import * as W from 'web-ifc';
import { type LineSource, ref, refs, str } from './line-values';
import { psetsWithPrefix } from './psets';

const PSET = 'Pset_WindowCommon';

/** Window line → IsExternal, for the windows whose model says. */
export function externalWindows(r: LineSource, ids: readonly number[]): Map<number, boolean> {
  const out = new Map<number, boolean>();
  if (!ids.length) return out;
  const wasm = r.api.wasmModule as
    | { GetInversePropertyForItem?: (model: number, id: number, types: number[], position: number, set: boolean) => { size(): number; get(i: number): number } }
    | undefined;
  const inverse = r.starred ? undefined : wasm?.GetInversePropertyForItem;
  if (!inverse) {
    const all = psetsWithPrefix(r, PSET);
    for (const id of ids) {
      const v = all.get(id)?.get(PSET)?.IsExternal;
      if (typeof v === 'boolean') out.set(id, v);
    }
    return out;
  }
  // IfcRelDefinesByProperties: RelatedObjects (a set) is attribute 4, in IFC2X3 and IFC4 alike.
  const rels = ids.map((id) => {
    const v = inverse.call(wasm, r.model, id, [W.IFCRELDEFINESBYPROPERTIES], 4, true);
    const got: number[] = new Array(v.size());
    for (let i = 0; i < got.length; i++) got[i] = v.get(i);
    return got;
  });
  r.lines(rels.flat());
  const setOf = rels.map((rs) => rs.map((rel) => ref(r.line(rel)?.RelatingPropertyDefinition)).filter((x): x is number => x !== undefined));
  r.lines(setOf.flat());
  ids.forEach((id, i) => {
    for (const s of setOf[i]) {
      const ps = r.line(s);
      if (str(ps?.Name) !== PSET) continue;
      for (const pid of refs(ps.HasProperties)) {
        const p = r.line(pid);
        const v = p?.NominalValue?.value;
        if (str(p?.Name) === 'IsExternal' && (typeof v === 'boolean' || v === 'T' || v === 'F')) out.set(id, v === true || v === 'T');
      }
    }
  });
  return out;
}
