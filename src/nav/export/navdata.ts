/** Builds the nav map page's embedded data from a hall: slim floor maps, the nav rasters, destinations with pinyin. */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { isExterior } from '../../core/kinds/opening';
import { isStaffZone } from '../../core/kinds/zone';
import { COUNTER_TYPES, ENTRANCE_KINDS, POINT_KINDS, ZONE_TYPES } from '../../core/vocab';
import { navFor } from '../graph';
import { counterName } from '../instructions/landmarks';
import type { Destination, MapFloor, NavEdge, NavGrid, NavMapData } from '../../navapp/data';
import { herePoints } from './here-points';
import { pinyinKeys } from './pinyin';
import { searchExtras } from './navdata-search';

export { pinyinKeys };

const r2 = (v: number) => Math.round(v * 100) / 100;
const pt = (p: Vec2): Vec2 => [r2(p[0]), r2(p[1])];

function bitsB64(n: number, on: (i: number) => boolean): string {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (let i = 0; i < n; i++) if (on(i)) bytes[i >> 3] |= 1 << (i & 7);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function centroid(poly: Vec2[]): Vec2 {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const f = poly[j][0] * poly[i][1] - poly[i][0] * poly[j][1];
    a += f;
    x += (poly[j][0] + poly[i][0]) * f;
    y += (poly[j][1] + poly[i][1]) * f;
  }
  if (Math.abs(a) < 1e-9) return poly[0];
  return [x / (3 * a), y / (3 * a)];
}

export function buildNavMapData(doc: HallDocument, opts: { title?: string } = {}): NavMapData {
  const g = navFor(doc);
  const floors: MapFloor[] = [];
  const dests: Destination[] = [];
  // A vertical link is stored on its lowest floor but drawn on every floor it serves.
  const pendingLinks: { floorId: string; link: MapFloor['links'][number] }[] = [];
  const add = (d: Omit<Destination, 'py'>) => dests.push({ ...d, py: `${pinyinKeys(d.zh)} ${pinyinKeys(d.groupZh)}`.trim() });
  for (const f of doc.floors) {
    const mf: MapFloor = { id: f.id, name: f.name, storey: f.storey, outline: f.outline?.map(pt), walls: [], zones: [], counters: [], points: [], doors: [], links: [] };
    for (const e of f.elements) {
      switch (e.kind) {
        case 'wall':
          mf.walls.push([r2(e.a[0]), r2(e.a[1]), r2(e.b[0]), r2(e.b[1]), r2(e.thickness)]);
          break;
        case 'zone': {
          const t = ZONE_TYPES[e.type];
          const staff = isStaffZone(e);
          const z = { id: e.id, type: e.type, name: e.name ?? t.zh, nameEn: e.nameEn ?? t.en, polygon: e.polygon.map(pt), staff };
          mf.zones.push(z);
          if (!staff && e.type !== 'circulation' && e.type !== 'unclassified') {
            const toilet = e.type === 'toilet' || e.type === 'accessible-toilet' || e.type === 'mother-baby';
            add({
              id: e.id,
              floorId: f.id,
              at: pt(centroid(e.polygon)),
              position: pt(centroid(e.polygon)),
              zh: z.name,
              en: z.nameEn,
              groupZh: t.zh,
              groupEn: t.en,
              category: toilet ? 'toilet' : 'zone',
              accessible: e.type === 'accessible-toilet' || undefined,
              kind: e.type,
            });
          }
          break;
        }
        case 'counter': {
          mf.counters.push({
            id: e.id,
            number: e.number,
            type: e.type,
            position: pt(e.position),
            rotation: e.rotation,
            w: e.top.width,
            d: e.top.depth,
            ...(e.department ? { dept: e.department } : {}),
          });
          const a = (e.rotation * Math.PI) / 180;
          const off = e.top.depth / 2 + 0.7;
          // Citizens stand on the counter's local +y side.
          const at: Vec2 = [e.position[0] - Math.sin(a) * off, e.position[1] + Math.cos(a) * off];
          const t = COUNTER_TYPES[e.type];
          const n = e.number ? counterName(e.number) : { zh: t.zh, en: t.en };
          add({
            id: e.id,
            floorId: f.id,
            at: pt(at),
            position: pt(e.position),
            zh: `${n.zh}（${e.department || t.zh}）`,
            en: `${n.en.replace(/^c/, 'C')} (${t.en})`,
            groupZh: t.zh,
            groupEn: t.en,
            category: 'counter',
            accessible: e.type === 'priority' || undefined,
            kind: e.type,
            num: e.number || undefined,
            dept: e.department || undefined,
          });
          break;
        }
        case 'point':
          if (e.pointKind === 'aed' || e.pointKind === 'first-aid-kit' || e.pointKind === 'ticket-machine') {
            mf.points.push({ id: e.id, kind: e.pointKind, position: pt(e.position) });
            const t = POINT_KINDS[e.pointKind];
            add({
              id: e.id,
              floorId: f.id,
              at: pt(e.position),
              position: pt(e.position),
              zh: t.zh,
              en: t.en,
              groupZh: t.zh,
              groupEn: t.en,
              category: e.pointKind === 'aed' ? 'aed' : 'facility',
              kind: e.pointKind,
            });
          }
          break;
        case 'opening':
          mf.doors.push({ id: e.id, name: e.name, entrance: e.entrance, position: pt(e.position), rotation: e.rotation, width: e.width });
          if (isExterior(e) && e.entrance !== 'staff') {
            const t = ENTRANCE_KINDS[e.entrance];
            add({
              id: e.id,
              floorId: f.id,
              at: pt(e.position),
              position: pt(e.position),
              zh: e.name ?? t.zh,
              en: t.en,
              groupZh: '出入口',
              groupEn: 'Exits',
              category: 'exit',
              kind: e.entrance,
            });
          }
          break;
        case 'vlink':
          for (const fid of new Set([f.id, ...e.floors])) {
            const target = fid === f.id ? mf : undefined;
            const link = {
              id: e.id,
              linkKind: e.linkKind,
              name: e.name,
              position: pt(e.position),
              rotation: e.rotation,
              w: e.size.w,
              d: e.size.d,
              accessible: e.accessible || e.linkKind === 'elevator',
            };
            if (target) target.links.push(link);
            else pendingLinks.push({ floorId: fid, link });
          }
          break;
        default:
          break;
      }
    }
    floors.push(mf);
  }
  for (const { floorId, link } of pendingLinks) floors.find((m) => m.id === floorId)?.links.push(link);

  const grids: NavGrid[] = g.grids.map((gr) => {
    const n = gr.cols * gr.rows;
    const walk = (i: number) => gr.free[i] === 1 && gr.staff[i] === 0;
    // Wheelchair width test of src/nav/search.ts: 0.9 m clear, less one cell of raster error.
    const minHalf = 0.45 - gr.cell / 2;
    return {
      floorId: gr.floorId,
      origin: pt(gr.origin),
      cell: gr.cell,
      cols: gr.cols,
      rows: gr.rows,
      walk: bitsB64(n, walk),
      wide: bitsB64(n, (i) => gr.clearance[i] + 1e-9 >= minHalf),
      stepped: bitsB64(n, (i) => gr.stepped[i] === 1),
    };
  });
  const edges: NavEdge[] = [];
  for (const [from, list] of g.links)
    for (const e of list) {
      const acc = (e.linkKind === 'elevator' || e.accessible) && e.clearWidth + 1e-9 >= 0.8;
      edges.push([from, e.to, r2(e.cost), e.linkId, e.linkKind, acc ? 1 : 0, r2(e.slope)]);
    }
  const here = herePoints(doc).map((h) => ({ id: h.id, floorId: h.floorId, p: pt(h.position), zh: h.zh, en: h.en, via: h.via, facing: h.facing }));
  const main = here.find((h) => doc.floors.some((f) => f.elements.some((e) => e.id === h.id && e.kind === 'opening' && e.entrance === 'main')));
  const extras = searchExtras(doc, floors, dests);
  return { title: opts.title ?? doc.meta.name, titleEn: doc.meta.nameEn ?? '', floors, grids, edges, dests, here, defaultFrom: main?.id ?? here[0]?.id, ...extras };
}
