/** Property sets by name prefix (ours: Pset_HallTwin*), read in batches and keyed by the elements they define. */
import * as W from 'web-ifc';
import { containsAscii } from './ascii-search';
import { type Line, type LineSource, num, ref, refs, str } from './line-values';

/**
 * Map from element id to the property sets named `prefix…` that define it: set name → property name → value.
 * `bytes` (the file) lets us skip the scan of every property set when the name never occurs in it.
 */
export function psetsWithPrefix(r: LineSource, prefix: string, bytes?: Uint8Array): Map<number, Map<string, Record<string, string | number | boolean>>> {
  const out = new Map<number, Map<string, Record<string, string | number | boolean>>>();
  if (bytes && !containsAscii(bytes, `'${prefix}`)) return out;
  const wanted = new Map<number, { name: string; props: Record<string, string | number | boolean> }>();
  // In batches (see `lines`): a model has thousands of property sets, and ours (when the file has
  // them at all) a few hundred properties.
  const setIds = r.ids(W.IFCPROPERTYSET);
  const ours: [number, Line][] = [];
  r.lines(setIds).forEach((ps, i) => {
    if (str(ps?.Name)?.startsWith(prefix)) ours.push([setIds[i], ps]);
  });
  r.lines(ours.flatMap(([, ps]) => refs(ps.HasProperties)));
  for (const [id, ps] of ours) {
    const name = str(ps.Name)!;
    const props: Record<string, string | number | boolean> = {};
    for (const pid of refs(ps.HasProperties)) {
      const p = r.line(pid);
      const pn = str(p?.Name);
      const v = p?.NominalValue?.value;
      if (!pn || v === undefined || v === null) continue;
      if (typeof v === 'boolean') props[pn] = v;
      else if (typeof v === 'string') {
        // IfcBoolean/IfcLogical come back as enum text 'T'/'F'.
        props[pn] = p.NominalValue.type === 3 && (v === 'T' || v === 'F') ? v === 'T' : v;
      } else props[pn] = typeof v === 'number' ? v : (num(v) ?? String(v));
    }
    wanted.set(id, { name, props });
  }
  if (wanted.size === 0) return out;
  const relIds = r.ids(W.IFCRELDEFINESBYPROPERTIES);
  r.lines(relIds);
  for (const rid of relIds) {
    const rel = r.line(rid);
    const ps = wanted.get(ref(rel?.RelatingPropertyDefinition) ?? -1);
    if (!ps) continue;
    for (const el of refs(rel.RelatedObjects)) {
      let m = out.get(el);
      if (!m) out.set(el, (m = new Map()));
      m.set(ps.name, ps.props);
    }
  }
  return out;
}
