/**
 * What a model says a room is used for besides its names: the classification references associated
 * with each IfcSpace and the text values of its property sets that name a use (Occupancy, Department,
 * 用途 …). Read only for the spaces whose names leave the classifier unsure (a line costs 1–35 µs).
 */
import * as W from 'web-ifc';
import { type ModelReader, ref, refs, str } from './reader';

const USE_PROPERTY = /occupan|department|usage|^use$|function|category|room\s*type|space\s*type|^reference$|用途|功能|类型|部门|名称/i;

export interface SpaceUse {
  classification: string[];
  properties: string[];
}

export function readSpaceUse(r: ModelReader, spaceIds: readonly number[]): Map<number, SpaceUse> {
  const out = new Map<number, SpaceUse>();
  if (!spaceIds.length) return out;
  const wanted = new Set(spaceIds);
  const of = (id: number) => {
    let u = out.get(id);
    if (!u) out.set(id, (u = { classification: [], properties: [] }));
    return u;
  };
  const classRels = r.lines(r.ids(W.IFCRELASSOCIATESCLASSIFICATION)).filter((rel) => refs(rel?.RelatedObjects).some((id) => wanted.has(id)));
  r.lines(classRels.map((rel) => ref(rel?.RelatingClassification)).filter((x): x is number => x !== undefined));
  for (const rel of classRels) {
    const c = r.line(ref(rel?.RelatingClassification));
    const texts = [str(c?.Name), str(c?.ItemReference), str(c?.Identification)].filter((t): t is string => !!t);
    for (const id of refs(rel?.RelatedObjects)) if (wanted.has(id)) of(id).classification.push(...texts);
  }
  const propRels = r.lines(r.ids(W.IFCRELDEFINESBYPROPERTIES)).filter((rel) => refs(rel?.RelatedObjects).some((id) => wanted.has(id)));
  const setIds = propRels.map((rel) => ref(rel?.RelatingPropertyDefinition)).filter((x): x is number => x !== undefined);
  r.lines(setIds);
  r.lines(setIds.flatMap((id) => refs(r.line(id)?.HasProperties)));
  for (const rel of propRels) {
    const set = r.line(ref(rel?.RelatingPropertyDefinition));
    if (!set || typeof str(set.Name) !== 'string' || /^Pset_HallTwin/.test(str(set.Name) ?? '')) continue;
    for (const pid of refs(set.HasProperties)) {
      const p = r.line(pid);
      const name = str(p?.Name);
      const value = str(p?.NominalValue);
      if (!name || !value || !USE_PROPERTY.test(name) || /^[-\d.\s]*$/.test(value)) continue;
      for (const id of refs(rel?.RelatedObjects)) if (wanted.has(id)) of(id).properties.push(value);
    }
  }
  return out;
}
