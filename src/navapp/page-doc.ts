/** The page's data seen as what the spoken and written directions need: the floors' walls, landmarks and links. */
import type { HallDocument } from '../core/document';
import { SOME_STAIRS, type Wayfinding } from '../nav/instructions/landmarks';
import { routeSteps, type Step } from '../nav/instructions';
import type { NavMapData } from './data';

/** The hall as the instructions module reads it: the floors with their walls (what blocks sight at a turn). */
export function instructionsDoc(data: NavMapData): HallDocument {
  return {
    floors: data.floors.map((f) => ({
      id: f.id,
      name: f.name,
      storey: f.storey,
      outline: f.outline,
      elements: f.walls.map((w, i) => ({ kind: 'wall', id: `w${i}`, a: [w[0], w[1]], b: [w[2], w[3]] })),
    })),
  } as unknown as HallDocument;
}

/** Landmarks and link names as the export worked them out from the kinds. */
export function pageWayfinding(data: NavMapData): Wayfinding {
  const marks = new Map(data.floors.map((f) => [f.id, f.marks]));
  return {
    marks: (floorId) => marks.get(floorId) ?? [],
    link: (id) => {
      for (const f of data.floors) {
        const l = f.links.find((x) => x.id === id);
        const m = l && f.marks.find((x) => x.id === id);
        if (l && m) return { zh: m.zh, en: m.en, kind: l.linkKind };
      }
      return SOME_STAIRS;
    },
  };
}

/** Directions on the page: the route's steps over its walls, landmarks and links. */
export function pageSteps(data: NavMapData): (r: Parameters<typeof routeSteps>[1]) => Step[] {
  const doc = instructionsDoc(data);
  const way = pageWayfinding(data);
  return (r) => routeSteps(doc, r, way);
}
