/**
 * Elements named as the people reading a report or an issue name them: rooms by number and name, counters
 * by number, doors by their mark or by the rooms they join and their width, never by an internal id.
 * Revit-style type strings ("M_Single-Flush:0915 x 2134mm:164315") are not names a person uses.
 */
import type { Floor, HallDocument } from './document';
import { pointInPolygon } from './geometry/polygon';
import type { Vec2 } from './geometry/vec';
import { type HallElement, kindOf } from './kinds/registry';
import { findElement } from './query';
import type { PresetId, Term } from './vocab';
import { personalName } from './personal-name';

/**
 * The room a plan point of the floor lies in. A room with no name, no number and no type ("未分类", as a
 * DXF import leaves rooms it found no text in) is no place a reader can find: it names nothing.
 */
function roomAt(floor: Floor, p: Vec2): HallElement | undefined {
  return floor.elements.find((e) => e.kind === 'zone' && pointInPolygon(p, e.polygon) && (e.type !== 'unclassified' || !!e.number || !!personalName(e.name)));
}

/** Its place among the floor's elements of its kind, from 1 (creation order, as Revit's Mark). */
function ordinalOf(el: HallElement, floor: Floor): number {
  let n = 0;
  for (const e of floor.elements) {
    if (e.kind === el.kind) n++;
    if (e === el) return n;
  }
  return 0;
}

/** The element named as its kind describes it (`describe`), else by the name a person wrote, else by its kind. */
export function labelOfElement(el: HallElement, floor: Floor | undefined, preset?: PresetId): Term {
  const k = kindOf(el);
  const own = personalName(el.name);
  const roomName = (p: Vec2): Term | undefined => {
    const z = floor && roomAt(floor, p);
    return z && kindOf(z).describe?.(z, { own: personalName(z.name), roomAt: () => undefined, preset });
  };
  const ordinal = () => (floor ? ordinalOf(el, floor) : 0);
  return k.describe?.(el, { own, roomAt: roomName, ordinal, preset }) ?? { zh: own ?? k.label.zh, en: own ?? k.label.en };
}

/** The element of `id` named for people, or undefined when the hall has no such element. */
export function elementLabel(doc: HallDocument, id: string): Term | undefined {
  const ref = findElement(doc, id);
  return ref ? labelOfElement(ref.element, ref.floor, doc.meta.preset) : undefined;
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
