/**
 * What the nav map needs to answer citizens' questions, beyond the map: the preset's search dictionary, the words
 * each place answers to (its department, the hall's own name for it, its sign), lifts and stairs as places to go,
 * English floor names and the opening hours. Kept apart from navdata.ts, which builds the map and the rasters.
 */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { LINK_KINDS } from '../../core/vocab';
import type { Destination, MapFloor, NavMapData, SearchEntry } from '../../navapp/data';
import { linkTitle } from '../instructions/landmarks-of';
import { insideRing } from '../../core/geometry/ring';
import { embeddedDictionary } from './search-dictionary';
import { pinyinKeys } from './pinyin';

const r2 = (v: number) => Math.round(v * 100) / 100;
const near = (a: Vec2, b: Vec2, d: number) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= d;

/** "1F 一层" → "1F"; "二层" → "Floor 2". */
export function floorNameEn(name: string, storey: number): string {
  const m = /^\s*(B?\d+F|[A-Za-z][\w -]*)/.exec(name);
  return m ? m[1].trim() : `Floor ${storey}`;
}

function words(...texts: (string | undefined)[]): string {
  const t = texts.filter((x): x is string => !!x && x.trim().length > 0);
  return [...t, ...t.map(pinyinKeys).filter(Boolean)].join(' ');
}

/** A department's English name from the dictionary entry that lists it: 社保 → "Social insurance". */
function departmentEn(search: SearchEntry[], dept: string): string | undefined {
  const e = search.find((x) => x.t.departments?.includes(dept)) ?? search.find((x) => x.t.departments?.some((d) => dept.includes(d)));
  const w = e?.en[0];
  return w ? w.charAt(0).toUpperCase() + w.slice(1) : undefined;
}

export function searchExtras(doc: HallDocument, floors: MapFloor[], dests: Destination[]): Pick<NavMapData, 'search' | 'hours'> {
  const search = embeddedDictionary(doc.meta.preset);
  for (const mf of floors) {
    mf.nameEn = floorNameEn(mf.name, mf.storey);
    for (const c of mf.counters) if (c.dept) c.deptEn = departmentEn(search, c.dept);
  }
  for (const d of dests) {
    const en = d.category === 'counter' && d.dept ? departmentEn(search, d.dept) : undefined;
    if (en) d.en = d.en.replace(/ \(.*\)$/, ` (${en})`);
  }
  const byId = new Map(dests.map((d) => [d.id, d]));
  let hours: NavMapData['hours'];
  for (const f of doc.floors) {
    const signs = f.elements.flatMap((e) => (e.kind === 'sign' ? [e] : []));
    hours ??= signs.find((s) => s.signKind === 'service-hours' && s.text.zh)?.text;
    for (const e of f.elements) {
      const d = byId.get(e.id);
      if (d && e.kind === 'counter') {
        const sign = signs.find((s) => s.signKind === 'counter' && near(s.position, e.position, 1));
        d.keys = words(e.department, e.name, sign?.text.zh, sign?.text.en);
      } else if (d && e.kind === 'zone') {
        const sign = signs.find((s) => s.signKind === 'zone' && insideRing(s.position, e.polygon));
        d.keys = words(sign?.text.zh, sign?.text.en);
      } else if (e.kind === 'vlink') {
        const n = linkTitle(doc, e.id);
        const t = LINK_KINDS[e.linkKind];
        for (const fid of new Set([f.id, ...e.floors])) {
          const floor = doc.floors.find((x) => x.id === fid);
          if (!floor) continue;
          const p: Vec2 = [r2(e.position[0]), r2(e.position[1])];
          dests.push({
            id: fid === f.id ? e.id : `${e.id}@${fid}`,
            floorId: fid,
            at: p,
            position: p,
            zh: n.zh,
            en: n.en,
            groupZh: t.zh,
            groupEn: t.en,
            category: 'link',
            py: `${pinyinKeys(n.zh)} ${pinyinKeys(t.zh)}`.trim(),
            accessible: (e.linkKind === 'elevator' && e.accessible) || undefined,
            kind: e.linkKind,
          });
        }
      }
    }
  }
  return { search, ...(hours ? { hours: { zh: hours.zh, en: hours.en } } : {}) };
}
