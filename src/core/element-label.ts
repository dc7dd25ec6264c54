/**
 * Elements named as the people reading a report or an issue name them: rooms by number and name, counters
 * by number, doors by their mark or by the rooms they join and their width, never by an internal id.
 * Revit-style type strings ("M_Single-Flush:0915 x 2134mm:164315") are not names a person uses.
 */
import type { Floor, HallDocument } from './document';
import type { HallElement } from './kinds/registry';
import { findElement } from './query';
import { pointInPolygon } from './geometry/polygon';
import { LINK_KINDS, POINT_KINDS, SIGN_KINDS, ZONE_TYPES, type Term } from './vocab';

/** A name a person wrote (not an exporter's family:type:id string, not one of our generated ids). */
export function personalName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (!n || n.length > 40 || /:/.test(n) || /^(door|zone|wall|counter|sign|opening|obstacle|furniture|column|stair|ramp|elevator)-\d+$/i.test(n)) return undefined;
  return n;
}

const m = (x: number) => `${Math.round(x * 100) / 100} m`;

function roomAt(floor: Floor, p: readonly [number, number]): HallElement | undefined {
  return floor.elements.find((e) => e.kind === 'zone' && pointInPolygon(p as [number, number], e.polygon));
}

function roomName(z: HallElement | undefined): Term | undefined {
  if (z?.kind !== 'zone') return undefined;
  const name = personalName(z.name) ?? (z.name !== undefined && z.name !== '' && z.name !== z.number ? z.name : undefined);
  // Imported rooms are named "A101 Foyer" already: the number is not written twice.
  const own = z.number && name?.startsWith(z.number) ? name : [z.number, name].filter(Boolean).join(' ');
  return own ? { zh: own, en: own } : { zh: ZONE_TYPES[z.type].zh, en: ZONE_TYPES[z.type].en };
}

export function labelOfElement(el: HallElement, floor: Floor | undefined): Term {
  const own = personalName(el.name);
  switch (el.kind) {
    case 'zone': {
      return roomName(el)!;
    }
    case 'counter':
      return el.number
        ? { zh: `${el.number} 号窗口${own ? `（${own}）` : ''}`, en: `Counter ${el.number}${own ? ` (${own})` : ''}` }
        : { zh: own ?? '未编号窗口', en: own ?? 'Unnumbered counter' };
    case 'opening': {
      if (own) return { zh: `门 ${own}（${m(el.width)}）`, en: `Door ${own} (${m(el.width)})` };
      const r = ((el.rotation ?? 0) * Math.PI) / 180;
      const n = [-Math.sin(r), Math.cos(r)];
      const side = (k: number) => (floor ? roomName(roomAt(floor, [el.position[0] + n[0] * 0.6 * k, el.position[1] + n[1] * 0.6 * k])) : undefined);
      const a = side(1);
      const b = side(-1);
      const outside = { zh: '室外', en: 'outside' };
      const x = a ?? (el.exterior ? outside : undefined);
      const y = b ?? (el.exterior && a ? outside : undefined);
      const between = x && y ? { zh: `${x.zh}—${y.zh}`, en: `${x.en} – ${y.en}` } : (x ?? y);
      const kind = el.entrance === 'main' ? { zh: '主入口', en: 'Main entrance' } : el.exterior ? { zh: '外门', en: 'Exterior door' } : { zh: '门', en: 'Door' };
      return between
        ? { zh: `${kind.zh}（${between.zh}，${m(el.width)}）`, en: `${kind.en} (${between.en}, ${m(el.width)})` }
        : { zh: `${kind.zh}（${m(el.width)}）`, en: `${kind.en} (${m(el.width)})` };
    }
    case 'wall': {
      const len = Math.hypot(el.b[0] - el.a[0], el.b[1] - el.a[1]);
      return own ? { zh: `墙 ${own}`, en: `Wall ${own}` } : { zh: `墙（长 ${m(len)}）`, en: `Wall (${m(len)} long)` };
    }
    case 'sign':
      return {
        zh: `${SIGN_KINDS[el.signKind].zh}${el.text.zh ? `“${el.text.zh}”` : ''}`,
        en: `${SIGN_KINDS[el.signKind].en}${el.text.en || el.text.zh ? ` "${el.text.en || el.text.zh}"` : ''}`,
      };
    case 'point':
      return { zh: `${POINT_KINDS[el.pointKind].zh}${own ? ` ${own}` : ''}`, en: `${POINT_KINDS[el.pointKind].en}${own ? ` ${own}` : ''}` };
    case 'vlink':
      return own ? { zh: `${LINK_KINDS[el.linkKind].zh} ${own}`, en: `${LINK_KINDS[el.linkKind].en} ${own}` } : { zh: LINK_KINDS[el.linkKind].zh, en: LINK_KINDS[el.linkKind].en };
    case 'route':
      return { zh: own ?? '无障碍路线', en: own ?? 'Accessible route' };
    case 'obstacle':
      return { zh: own ?? '家具/障碍物', en: own ?? 'Furniture / obstacle' };
  }
}

/** The element of `id` named for people, or undefined when the hall has no such element. */
export function elementLabel(doc: HallDocument, id: string): Term | undefined {
  const ref = findElement(doc, id);
  return ref ? labelOfElement(ref.element, ref.floor) : undefined;
}

/** Internal ids (`"door-34"`) and exporters' type strings written into a message, replaced by the elements' names. */
export function withoutIds(doc: HallDocument, text: string, locale: 'zh' | 'en', ids: readonly string[]): string {
  let out = text;
  for (const id of ids) {
    const el = findElement(doc, id)?.element;
    const raw = el?.name && !personalName(el.name) ? el.name : undefined;
    if (!out.includes(id) && !(raw && out.includes(raw))) continue;
    const l = elementLabel(doc, id);
    if (!l) continue;
    if (raw) out = out.split(raw).join(l[locale]);
    out = out.split(id).join(l[locale]);
  }
  return out;
}
