/** The page's data seen as the small hall document the spoken and written directions need. */
import type { HallDocument } from '../core/document';
import type { NavMapData } from './data';

/** The hall as the instructions module reads it: only the fields it uses, from the page's data. */
export function instructionsDoc(data: NavMapData): HallDocument {
  return {
    floors: data.floors.map((f) => ({
      id: f.id,
      name: f.name,
      storey: f.storey,
      outline: f.outline,
      elements: [
        ...f.walls.map((w, i) => ({ kind: 'wall', id: `w${i}`, a: [w[0], w[1]], b: [w[2], w[3]] })),
        ...f.counters.map((c) => ({ kind: 'counter', id: c.id, number: c.number, type: c.type, position: c.position })),
        ...f.links.map((l) => ({ kind: 'vlink', id: l.id, linkKind: l.linkKind, name: l.name, position: l.position, accessible: l.accessible })),
        ...f.points.map((p) => ({ kind: 'point', id: p.id, pointKind: p.kind, position: p.position })),
        ...f.zones.filter((z) => !z.staff).map((z) => ({ kind: 'zone', id: z.id, type: z.type, name: z.name, nameEn: z.nameEn, polygon: z.polygon })),
      ],
    })),
  } as unknown as HallDocument;
}
