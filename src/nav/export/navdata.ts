/** Builds the nav map page's embedded data from a hall: slim floor maps, the nav rasters, destinations with pinyin. */
import type { HallDocument } from '../../core/document';
import { navFor, type NavGraph } from '../graph';
import { spaceFloorMask } from '../mask';
import type { Destination, MapFloor, MapMark, NavEdge, NavGrid, NavMapData } from '../../navapp/data';
import { landmarksOf } from '../instructions/landmarks-of';
import { herePoints } from './here-points';
import { MAP_ELEMENTS, type MapWriter, pt, r2 } from './navdata-elements';
import { pinyinKeys } from './pinyin';
import { searchExtras } from './navdata-search';
import { numberedZoneNames } from './zone-names-en';

export { pinyinKeys };

/** A floor's landmarks as the phone app's directions read them, in centimetres, numbered rooms by their numbers. */
function marksOf(doc: HallDocument, floorId: string, zoneEn: ReadonlyMap<string, string>): MapMark[] {
  return landmarksOf(doc, floorId).map((m) => ({ ...m, en: zoneEn.get(m.id) ?? m.en, position: pt(m.position), ...(m.area ? { area: m.area.map(pt) } : {}) }));
}

function bitsB64(n: number, on: (i: number) => boolean): string {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (let i = 0; i < n; i++) if (on(i)) bytes[i >> 3] |= 1 << (i & 7);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Each floor's raster as bit fields: walkable by the public, wide enough for a wheelchair, stepped. A cell is
 * walkable as the checker's walking fields have it: open to the public and in a passage at least `minWalkWidth`
 * wide by its exact width, so the page routes nobody through a gap the checker says nobody walks; wide as the
 * wheelchair search has it (0.9 m by the exact width, not the chamfer clearance less a cell).
 */
function navGrids(g: NavGraph, minWalkWidth: number): NavGrid[] {
  return g.grids.map((gr) => {
    const n = gr.cols * gr.rows;
    const open = spaceFloorMask(gr, 'public', { minWalkWidth });
    const walk = (i: number) => open[i] === 1;
    // The wheelchair search of src/nav/search.ts: passages and door openings by their exact clear width.
    const wide = spaceFloorMask(gr, 'public', { accessible: true });
    return {
      floorId: gr.floorId,
      origin: pt(gr.origin),
      cell: gr.cell,
      cols: gr.cols,
      rows: gr.rows,
      walk: bitsB64(n, walk),
      wide: bitsB64(n, (i) => wide[i] === 1),
      stepped: bitsB64(n, (i) => gr.stepped[i] === 1),
    };
  });
}

/** The vertical-link edges between floors, with wheelchair access and slope. */
function navEdges(g: NavGraph): NavEdge[] {
  const edges: NavEdge[] = [];
  for (const [from, list] of g.links)
    for (const e of list) {
      const acc = (e.linkKind === 'elevator' || e.accessible) && e.clearWidth + 1e-9 >= 0.8;
      edges.push([from, e.to, r2(e.cost), e.linkId, e.linkKind, acc ? 1 : 0, r2(e.slope)]);
    }
  return edges;
}

/**
 * The phone map's data. `walkMinWidth` is the walking width of the hall's preset (walkMinWidthM, overrides
 * followed): the caller reads it from the rules, so the map's routes keep to the width the checker's do.
 */
export function buildNavMapData(doc: HallDocument, opts: { title?: string; walkMinWidth: number }): NavMapData {
  const g = navFor(doc);
  const floors: MapFloor[] = [];
  const dests: Destination[] = [];
  // Links drawn on floors above the one they are stored on, added once every floor's map exists.
  const pendingLinks: { floorId: string; link: MapFloor['links'][number] }[] = [];
  const zoneEn = numberedZoneNames(doc);
  const add = (d: Omit<Destination, 'py'>) => dests.push({ ...d, py: `${pinyinKeys(d.zh)} ${pinyinKeys(d.groupZh)}`.trim() });
  for (const f of doc.floors) {
    const mf: MapFloor = {
      id: f.id,
      name: f.name,
      storey: f.storey,
      outline: f.outline?.map(pt),
      walls: [],
      zones: [],
      counters: [],
      counterTypes: {},
      points: [],
      doors: [],
      links: [],
      marks: marksOf(doc, f.id, zoneEn),
    };
    const w: MapWriter = { floorId: f.id, mf, preset: doc.meta.preset, add, link: (floorId, link) => pendingLinks.push({ floorId, link }), zoneEn };
    for (const e of f.elements) {
      (MAP_ELEMENTS[e.kind] as ((e: unknown, w: MapWriter) => void) | undefined)?.(e, w);
    }
    floors.push(mf);
  }
  for (const { floorId, link } of pendingLinks) floors.find((m) => m.id === floorId)?.links.push(link);

  const grids = navGrids(g, opts.walkMinWidth);
  const edges = navEdges(g);
  const here = herePoints(doc).map((h) => ({ id: h.id, floorId: h.floorId, p: pt(h.position), zh: h.zh, en: h.en, via: h.via, facing: h.facing }));
  const main = here.find((h) => doc.floors.some((f) => f.elements.some((e) => e.id === h.id && e.kind === 'opening' && e.entrance === 'main')));
  const extras = searchExtras(doc, floors, dests);
  return { title: opts.title ?? doc.meta.name, titleEn: doc.meta.nameEn ?? '', floors, grids, edges, dests, here, defaultFrom: main?.id ?? here[0]?.id, ...extras };
}
