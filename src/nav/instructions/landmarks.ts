/** Named things near a point that a walker can see: counters, vertical links, AEDs, ticket machines, zones. */
import type { HallDocument } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { COUNTER_TYPES, LINK_KINDS, POINT_KINDS, ZONE_TYPES } from '../../core/vocab';
import { insideRing } from '../../core/geometry/ring';

export interface Landmark {
  id: string;
  zh: string;
  en: string;
  position: Vec2;
  /** Zones are landmarks you are in, not ones you pass. */
  area?: Vec2[];
  /** Lifts and stairs are named first at a turn: they are what people look for; then AEDs and machines, then counters. */
  rank: number;
}

/** "05" → "5号窗口"; "A05" → "A05窗口". */
export function counterName(num: string): { zh: string; en: string } {
  const n = /^\d+$/.test(num) ? String(Number(num)) : num;
  return { zh: /^\d+$/.test(num) ? `${n}号窗口` : `${n}窗口`, en: `counter ${n}` };
}

type Seg = [Vec2, Vec2];

export function wallsOf(doc: HallDocument, floorId: string): Seg[] {
  const f = doc.floors.find((x) => x.id === floorId);
  const out: Seg[] = [];
  for (const e of f?.elements ?? []) if (e.kind === 'wall') out.push([e.a, e.b]);
  return out;
}

function cross(o: Vec2, a: Vec2, b: Vec2): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** True when no wall properly crosses the sight line (touching at an end does not block: signs hang on walls). */
export function inSight(walls: readonly Seg[], a: Vec2, b: Vec2): boolean {
  for (const [p, q] of walls) {
    const d1 = cross(p, q, a);
    const d2 = cross(p, q, b);
    const d3 = cross(a, b, p);
    const d4 = cross(a, b, q);
    if (((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9)) && ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9))) return false;
  }
  return true;
}

/** Which side of the floor a thing is on, for telling two stairs apart in English ("the west stairs"). */
function sideOf(doc: HallDocument, floorId: string, p: Vec2): { zh: string; en: string } | undefined {
  const f = doc.floors.find((x) => x.id === floorId);
  const pts = f?.outline?.length ? f.outline : (f?.elements.flatMap((e) => (e.kind === 'wall' ? [e.a, e.b] : [])) ?? []);
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

/** A vertical link as people name it: its own name, else side and kind; English adds the side when the floor has two alike. */
export function linkName(doc: HallDocument, id: string): { zh: string; en: string; kind: string } {
  for (const f of doc.floors) {
    const e = f.elements.find((x) => x.id === id);
    if (e?.kind !== 'vlink') continue;
    const t = LINK_KINDS[e.linkKind];
    const noun = e.linkKind === 'stair' ? 'stairs' : t.en.toLowerCase();
    const alike = f.elements.filter((x) => x.kind === 'vlink' && x.linkKind === e.linkKind).length;
    const side = sideOf(doc, f.id, e.position);
    const acc = e.linkKind === 'elevator' && e.accessible ? 'accessible ' : '';
    const en = `the ${alike > 1 && side ? `${side.en} ` : ''}${acc}${noun}`;
    const zh = e.name ?? `${alike > 1 && side ? side.zh : ''}${t.zh}`;
    return { zh, en, kind: e.linkKind };
  }
  return { zh: '楼梯', en: 'the stairs', kind: 'stair' };
}

export function landmarksOf(doc: HallDocument, floorId: string): Landmark[] {
  const f = doc.floors.find((x) => x.id === floorId);
  if (!f) return [];
  const out: Landmark[] = [];
  for (const e of f.elements) {
    if (e.kind === 'counter') {
      const c = e.number ? counterName(e.number) : { zh: COUNTER_TYPES[e.type].zh, en: COUNTER_TYPES[e.type].en.toLowerCase() };
      out.push({ id: e.id, ...c, position: e.position, rank: 2 });
    } else if (e.kind === 'vlink') {
      const n = linkName(doc, e.id);
      out.push({ id: e.id, zh: n.zh, en: n.en, position: e.position, rank: 0 });
    } else if (e.kind === 'point' && (e.pointKind === 'aed' || e.pointKind === 'ticket-machine')) {
      out.push({ id: e.id, zh: POINT_KINDS[e.pointKind].zh, en: `the ${POINT_KINDS[e.pointKind].en}`, position: e.position, rank: 1 });
    } else if (e.kind === 'zone' && e.type !== 'circulation' && e.type !== 'unclassified') {
      const t = ZONE_TYPES[e.type];
      const c = e.polygon.reduce<Vec2>((s, p) => [s[0] + p[0] / e.polygon.length, s[1] + p[1] / e.polygon.length], [0, 0]);
      out.push({ id: e.id, zh: e.name ?? t.zh, en: zoneEn(e.nameEn ?? t.en), position: c, area: e.polygon, rank: 3 });
    }
  }
  return out;
}

/**
 * The landmark to name at a turn: among point landmarks within `reach` that the walker can see from the turn (no
 * wall between), the most telling kind first (lift/stairs, then AED or machine, then counter), nearest within a
 * kind; else the zone the turn is in.
 */
export function landmarkAt(marks: Landmark[], p: Vec2, reach = 4, walls: readonly Seg[] = []): Landmark | undefined {
  let best: Landmark | undefined;
  let bd = Infinity;
  for (const m of marks) {
    if (m.area) continue;
    const d = Math.hypot(m.position[0] - p[0], m.position[1] - p[1]);
    if (d > reach || !inSight(walls, p, m.position)) continue;
    const score = m.rank * 100 + d;
    if (score < bd) {
      bd = score;
      best = m;
    }
  }
  return best ?? marks.find((m) => m.area && insideRing(p, m.area));
}

/** "Waiting" → "the waiting area"; "Mediation room" → "the mediation room". */
export function zoneEn(name: string): string {
  const n = name.toLowerCase();
  return /\b(room|area|hall|toilet|corridor|aisle|core|lobby|passage|zone)$/.test(n) ? `the ${n}` : `the ${n} area`;
}
