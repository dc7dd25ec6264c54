/**
 * What each kind names as a landmark on a floor (`landmark` in src/core/kinds), for directions written at export and
 * in Node: the phone app reads the result from the map's data instead (src/navapp/page-doc.ts).
 */
import type { Floor, HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { kindOf, type HallElement } from '../../core/kinds/registry';
import type { LandmarkContext } from '../../core/kinds/roles';
import { standingOn } from '../../core/standing-on';
import { SOME_STAIRS, type Landmark, type LinkName, type Wayfinding } from './landmarks';

/** Which side of the floor a thing is on, for telling two stairs apart in English ("the west stairs"). */
function sideOf(f: Floor, p: Vec2): { zh: string; en: string } | undefined {
  const pts = f.outline?.length ? f.outline : f.elements.flatMap((e) => kindOf(e).segments?.(e).flat() ?? []);
  if (!pts.length) return undefined;
  const xs = pts.map((q) => q[0]);
  const ys = pts.map((q) => q[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const dx = (p[0] - cx) / Math.max(1, Math.max(...xs) - Math.min(...xs));
  const dy = (p[1] - cy) / Math.max(1, Math.max(...ys) - Math.min(...ys));
  if (Math.max(Math.abs(dx), Math.abs(dy)) < 0.15) return undefined;
  if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? { zh: '西侧', en: 'west' } : { zh: '东侧', en: 'east' };
  return dy < 0 ? { zh: '南侧', en: 'south' } : { zh: '北侧', en: 'north' };
}

function contextOn(doc: HallDocument, f: Floor, all: readonly HallElement[], e: HallElement): LandmarkContext {
  const variant = (x: HallElement) => kindOf(x).variant?.(x);
  return {
    side: (p) => sideOf(f, p),
    alike: () => all.filter((x) => x.kind === e.kind && variant(x) === variant(e)).length,
    preset: doc.meta.preset,
  };
}

/** Every landmark of a floor, as its kind names and ranks it. */
export function landmarksOf(doc: HallDocument, floorId: string): Landmark[] {
  const f = doc.floors.find((x) => x.id === floorId);
  if (!f) return [];
  const all = standingOn(doc.floors, f);
  const out: Landmark[] = [];
  for (const e of all) {
    const m = kindOf(e).landmark?.(e, contextOn(doc, f, all, e));
    if (m) out.push({ id: e.id, zh: m.name.zh, en: m.name.en, position: m.at, rank: m.rank, ...(m.area ? { area: m.area } : {}) });
  }
  return out;
}

/** A link between floors as people name it (its own name, else side and kind), with its kind of link. */
export function linkName(doc: HallDocument, id: string): LinkName {
  for (const f of doc.floors) {
    const e = f.elements.find((x) => x.id === id);
    const k = e && kindOf(e);
    if (!e || !k || k.walking !== 'links-floors') continue;
    const n = k.landmark?.(e, contextOn(doc, f, f.elements, e))?.name;
    if (n) return { zh: n.zh, en: n.en, kind: k.variant?.(e) ?? e.kind };
  }
  return SOME_STAIRS;
}

/** Directions over a whole hall document: each floor's landmarks worked out once. */
export function docWayfinding(doc: HallDocument): Wayfinding {
  const marks = new Map<string, Landmark[]>();
  return {
    marks: (floorId) => {
      let m = marks.get(floorId);
      if (!m) marks.set(floorId, (m = landmarksOf(doc, floorId)));
      return m;
    },
    link: (id) => linkName(doc, id),
  };
}

/** A link's name as a list or a map writes it, not mid-sentence: "West stairs", "Accessible elevator". */
export function linkTitle(doc: HallDocument, id: string): { zh: string; en: string } {
  const n = linkName(doc, id);
  const en = n.en.replace(/^the /, '');
  return { zh: n.zh, en: en.charAt(0).toUpperCase() + en.slice(1) };
}
