/**
 * Documents no cache has seen: a deep copy with floors renamed, so rasters, graphs, fields and the per-polygon
 * memos are all built from scratch. Made before timing starts.
 */
import type { HallDocument } from '../../src/core/document';

export function freshCopies(doc: HallDocument, n: number, tag = ''): HallDocument[] {
  return Array.from({ length: n }, (_, run) => {
    const rename = (id: string) => `${id}~${tag}${run}`;
    const c = structuredClone(doc);
    return { ...c, floors: c.floors.map((f) => ({ ...f, id: rename(f.id), elements: f.elements.map((e) => (e.kind === 'vlink' ? { ...e, floors: e.floors.map(rename) } : e)) })) };
  });
}
