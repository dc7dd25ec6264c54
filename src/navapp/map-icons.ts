/**
 * The facilities a visitor may look for but does not come for (drinking water, a self-service machine, the help
 * phone, the suggestion box, the Wi-Fi notice, the staff notice board, the name board), drawn as Gaode draws a shop's
 * icon: a small round pictogram without a word, placed after every name on the map so it never takes a room's,
 * counter's or entrance's place. Where it would cover a name it is left out at that zoom and shows once zooming in
 * makes room; its name (Chinese or English) is the icon's title, and search finds the facility by its words.
 */
import type { LabelBox } from '../core/geometry/label-placement';
import { s } from './dom';
import { HALO, ICON, ICON_GLYPH } from './palette';
import type { Lang } from './strings';

/** After every other label (staff rooms' names are 7): an icon never takes a name's place. */
export const FACILITY_ICON = 8;

/** A pictogram in a 24-unit square: its strokes, and whether its outline is filled (the water drop). */
interface Pictogram {
  d: string;
  fill?: boolean;
  zh: string;
  en: string;
}

const PICTOGRAMS: Partial<Record<keyof typeof ICON, Pictogram>> = {
  'drinking-water': { d: 'M12 4C10 7.5 7 11 7 14.5a5 5 0 0 0 10 0C17 11 14 7.5 12 4z', fill: true, zh: '饮水处', en: 'Drinking water' },
  'self-service-terminal': { d: 'M6.5 5h11v8.5h-11zM12 13.5V18M8.5 19h7', zh: '自助终端', en: 'Self-service terminal' },
  'help-phone': {
    d: 'M8 5l2.5 3.5-1.8 1.8a9 9 0 0 0 5 5l1.8-1.8L19 16l-1.5 2.5C11.5 19 5 12.5 5.5 6.5z',
    fill: true,
    zh: '求助电话',
    en: 'Help phone',
  },
  'suggestion-box': { d: 'M5.5 11h13v8h-13zM9 11V5.5h6V11M10.5 8h3', zh: '意见箱', en: 'Suggestion box' },
  'wifi-notice': { d: 'M4.5 10a11 11 0 0 1 15 0M7.5 13.2a6.5 6.5 0 0 1 9 0M10.5 16.4a2.2 2.2 0 0 1 3 0M12 19v.1', zh: '无线网络', en: 'Wi-Fi' },
  'staff-notice-board': { d: 'M5 5h14v10H5zM8 15v4.5M16 15v4.5M8 8.5h8M8 11.5h5', zh: '工作人员公示栏', en: 'Staff notice board' },
  'name-board': { d: 'M4 6h16v6H4zM8 12v7M16 12v7M7.5 9h9', zh: '场所名称牌', en: 'Name board' },
};

/** The icon a point of this kind has on the map, if it is one of the facilities drawn as a pictogram. */
export function facilityIcon(kind: string, lang: Lang): { text: { icon: string }; title: string; color: string } | undefined {
  const p = Object.hasOwn(PICTOGRAMS, kind) ? PICTOGRAMS[kind as keyof typeof ICON] : undefined;
  if (!p) return undefined;
  return { text: { icon: kind }, title: lang === 'zh' ? p.zh : p.en, color: ICON[kind as keyof typeof ICON] };
}

/** The icon's round plate and white pictogram, filling `box`; `title` is its name for a screen reader or a long press. */
export function drawPictogram(key: string, kind: string, box: LabelBox, color: string, title: string | undefined): SVGElement {
  const g = s('g', { 'data-label': key, 'data-icon': kind });
  const r = (box.x1 - box.x0) / 2;
  const cx = box.x0 + r;
  const cy = (box.y0 + box.y1) / 2;
  if (title) g.append(s('title', {}, title));
  g.append(s('circle', { cx, cy, r, fill: color, stroke: HALO, 'stroke-width': 1.5 }));
  const p = Object.hasOwn(PICTOGRAMS, kind) ? PICTOGRAMS[kind as keyof typeof ICON] : undefined;
  if (!p) return g;
  // The 24-unit square shrunk to the plate's inner square, so the strokes stay inside the circle.
  const k = (r * Math.SQRT2) / 24;
  g.append(
    s('path', {
      d: p.d,
      transform: `translate(${cx - 12 * k} ${cy - 12 * k}) scale(${k})`,
      fill: p.fill ? ICON_GLYPH : 'none',
      stroke: ICON_GLYPH,
      'stroke-width': 2.2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
  );
  return g;
}
