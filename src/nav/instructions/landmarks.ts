/** Named things near a point that a walker can see: counters, vertical links, signs with text, zones. */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { COUNTER_TYPES, LINK_KINDS, POINT_KINDS, ZONE_TYPES } from '../../core/vocab';

export interface Landmark {
  id: string;
  zh: string;
  en: string;
  position: Vec2;
  /** Zones are landmarks you are in, not ones you pass. */
  area?: Vec2[];
}

/** "05" → "5号窗口"; "A05" → "A05窗口". */
export function counterName(num: string): { zh: string; en: string } {
  const n = /^\d+$/.test(num) ? String(Number(num)) : num;
  return { zh: /^\d+$/.test(num) ? `${n}号窗口` : `${n}窗口`, en: `counter ${n}` };
}

export function landmarksOf(doc: HallDocument, floorId: string): Landmark[] {
  const f = doc.floors.find((x) => x.id === floorId);
  if (!f) return [];
  const out: Landmark[] = [];
  for (const e of f.elements) {
    if (e.kind === 'counter') {
      const c = e.number ? counterName(e.number) : { zh: COUNTER_TYPES[e.type].zh, en: COUNTER_TYPES[e.type].en.toLowerCase() };
      out.push({ id: e.id, ...c, position: e.position });
    } else if (e.kind === 'vlink') {
      const t = LINK_KINDS[e.linkKind];
      out.push({ id: e.id, zh: e.name ?? t.zh, en: `the ${t.en.toLowerCase()}`, position: e.position });
    } else if (e.kind === 'point' && (e.pointKind === 'aed' || e.pointKind === 'ticket-machine')) {
      out.push({ id: e.id, zh: POINT_KINDS[e.pointKind].zh, en: `the ${POINT_KINDS[e.pointKind].en}`, position: e.position });
    } else if (e.kind === 'zone' && e.type !== 'circulation' && e.type !== 'unclassified') {
      const t = ZONE_TYPES[e.type];
      const c = e.polygon.reduce<Vec2>((s, p) => [s[0] + p[0] / e.polygon.length, s[1] + p[1] / e.polygon.length], [0, 0]);
      out.push({ id: e.id, zh: e.name ?? t.zh, en: zoneEn(e.nameEn ?? t.en), position: c, area: e.polygon });
    }
  }
  return out;
}

function inside(p: Vec2, poly: Vec2[]): boolean {
  let r = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) r = !r;
  }
  return r;
}

/** The landmark to name at a turn: the nearest point landmark within `reach`, else the zone the turn is in. */
export function landmarkAt(marks: Landmark[], p: Vec2, reach = 4): Landmark | undefined {
  let best: Landmark | undefined;
  let bd = reach;
  for (const m of marks) {
    if (m.area) continue;
    const d = Math.hypot(m.position[0] - p[0], m.position[1] - p[1]);
    if (d <= bd) {
      bd = d;
      best = m;
    }
  }
  return best ?? marks.find((m) => m.area && inside(p, m.area));
}

/** "Waiting" → "the waiting area"; "Mediation room" → "the mediation room". */
export function zoneEn(name: string): string {
  const n = name.toLowerCase();
  return /\b(room|area|hall|toilet|corridor|aisle|core|lobby|passage|zone)$/.test(n) ? `the ${n}` : `the ${n} area`;
}
