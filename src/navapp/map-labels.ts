/**
 * What the phone map labels on a floor, and how important each is: icons first (toilets, AED, lifts, stairs,
 * exits), then entrances, counters (each number once zoomed in far enough to read them, a run label "01–08 综合受理"
 * before that), zone names that fit their zone, staff rooms last. Screen layout is done by placeLabels each time
 * the view moves; this module only lists the candidates in plan coordinates.
 */
import type { Vec2 } from '../core/geometry/vec';
import { insideRing } from '../core/geometry/ring';
import type { CounterRun, RowSlide } from './counter-rows';
import type { MapFloor } from './data';
import { FACILITY_ICON, facilityIcon } from './map-icons';
import { ICON, LABEL, LABEL_ENTRANCE, LABEL_STAFF } from './palette';
import type { Lang } from './strings';

/** A text, the stairs' drawn steps, or a facility's pictogram (map-icons.ts). */
export type Glyph = string | { path: 'stairs' } | { icon: string };

export interface MapLabel {
  key: string;
  p: Vec2;
  /** 'badge': glyph on a coloured plate; 'text': halo text; 'icon': a facility's small round pictogram. */
  style: 'badge' | 'text' | 'icon';
  text: Glyph;
  /** What a wordless icon is, in the map's language: its SVG title. */
  title?: string;
  color: string;
  priority: number;
  anchors: ('center' | 'top' | 'bottom' | 'left' | 'right')[];
  /** A zone name stays inside the part of its zone on screen: the zone's plan bounds. */
  zone?: { x0: number; y0: number; x1: number; y1: number };
  /** Shown only when adjacent items are at least this many metres apart on screen (counter numbers). */
  spacing?: number;
  /** The label is the run label of these counters: shown only while their numbers are not. */
  hideWhenShown?: string;
  /** A run of counters in a row: its label is merged with its neighbours' at each zoom (counter-rows.ts). */
  run?: CounterRun;
  /** A row's merged label: where else along the row it may go, and its numbers-only form. */
  slide?: RowSlide;
  /** Offset from the anchor in px for side anchors. */
  offset?: number;
  /** Shorter names to try, after the shorter forms of `text` itself (a room's English name). */
  forms?: string[];
  /** Follows a badge: placed around it. */
  bold?: boolean;
  /**
   * Where its own place and those beside it are taken, it may stand off and be joined to its spot by a leader line
   * (a callout), rather than be hidden: a first-aid kit beside a desk, a toilet's badge in a room too small for it.
   */
  leader?: boolean;
  /**
   * The screen axis of its wall: where its place is taken (two entrances' names side by side), it slides along the
   * wall by up to half its length, so it still reads under its badge.
   */
  along?: 'x' | 'y';
}

const CENTRE = ['center'] as MapLabel['anchors'];
const AROUND = ['right', 'left', 'bottom', 'top'] as MapLabel['anchors'];
/** A badge on its spot, else moved by up to half its size off it: a negative offset keeps it over the spot. */
const NUDGED: Pick<MapLabel, 'anchors' | 'offset'> = { anchors: ['center', 'top', 'bottom', 'right', 'left'], offset: -8 };

function bbox(poly: Vec2[]): { x0: number; y0: number; x1: number; y1: number } {
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const TOILET_GLYPH: Record<string, Record<Lang, string>> = {
  toilet: { zh: 'WC', en: 'WC' },
  'accessible-toilet': { zh: '♿', en: '♿' },
  'mother-baby': { zh: '母婴', en: 'Baby' },
};

/** Short counter-type names for run labels ("综合受理窗口" → "综合受理"). */
function runName(f: MapFloor, type: string, dept: string | undefined, deptEn: string | undefined, lang: Lang): string {
  if (dept && lang === 'zh') return dept;
  if (deptEn && lang === 'en') return deptEn;
  const t = Object.hasOwn(f.counterTypes, type) ? f.counterTypes[type] : undefined;
  if (!t) return '';
  return lang === 'zh' ? t.zh.replace(/窗口$/, '') : t.en;
}

export function floorLabels(f: MapFloor, lang: Lang): MapLabel[] {
  return [...zoneLabels(f, lang), ...placeLabels(f, lang), ...counterLabels(f, lang)];
}

/** Zone names, and the toilets' icons. */
function zoneLabels(f: MapFloor, lang: Lang): MapLabel[] {
  const out: MapLabel[] = [];
  const zh = lang === 'zh';
  for (const z of f.zones) {
    if (z.type === 'circulation') continue;
    const b = bbox(z.polygon);
    const c: Vec2 = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
    const name = zh ? z.name : z.nameEn;
    const area = (b.x1 - b.x0) * (b.y1 - b.y0);
    const glyph = TOILET_GLYPH[z.type];
    if (glyph && !z.staff) {
      // Moved half its width off its room's middle when the middle is taken (a 母婴室 beside the accessible toilet's
      // ♿): a negative offset keeps the badge over the middle, so it stays inside a small room.
      out.push({
        key: `icon:${z.id}`,
        p: c,
        style: 'badge',
        text: glyph[lang],
        color: ICON[z.type as keyof typeof ICON],
        priority: 1,
        anchors: ['center', 'right', 'left', 'top', 'bottom'],
        offset: -8,
        bold: true,
        leader: true,
      });
      out.push({ key: `name:${z.id}`, p: c, style: 'text', text: name, color: LABEL, priority: 4, anchors: AROUND, offset: 16 });
      continue;
    }
    out.push({
      key: `zone:${z.id}`,
      p: c,
      style: 'text',
      text: name,
      color: z.staff ? LABEL_STAFF : LABEL,
      priority: z.staff ? 7 : 3 + 1 / (1 + area / 50),
      anchors: CENTRE,
      zone: b,
      offset: 0,
      leader: !z.staff,
      ...(!zh && z.shortEn ? { forms: z.shortEn } : {}),
    });
  }
  return out;
}

/**
 * Icons and names of the marked places: AEDs, first aid, ticket machines, lifts and stairs, entrances and exits; the
 * other facilities (water, self-service, help phone …) as small pictograms that yield to every name (FACILITY_ICON).
 */
function placeLabels(f: MapFloor, lang: Lang): MapLabel[] {
  const out: MapLabel[] = [];
  const zh = lang === 'zh';
  for (const p of f.points) {
    if (p.kind === 'aed') out.push({ key: `icon:${p.id}`, p: p.position, style: 'badge', text: 'AED', color: ICON.aed, priority: 1, anchors: CENTRE, bold: true });
    // A first-aid kit comes after the counters: a citizen coming in looks for the desk beside it, which the kit (kept
    // at the desk, as often) would otherwise leave unnamed; it stands aside for it where it can (NUDGED).
    else if (p.kind === 'first-aid-kit')
      out.push({ key: `icon:${p.id}`, p: p.position, style: 'badge', text: '+', color: ICON['first-aid-kit'], priority: 2.7, ...NUDGED, bold: true, leader: true });
    else if (p.kind === 'ticket-machine')
      out.push({
        key: `icon:${p.id}`,
        p: p.position,
        style: 'badge',
        text: zh ? '取号' : 'Ticket',
        color: ICON['ticket-machine'],
        priority: 2.5,
        ...NUDGED,
        bold: true,
        leader: true,
      });
    else {
      const icon = facilityIcon(p.kind, lang);
      if (icon) out.push({ key: `icon:${p.id}`, p: p.position, style: 'icon', ...icon, priority: FACILITY_ICON, anchors: CENTRE });
    }
  }
  for (const l of f.links) {
    const glyph: Glyph = l.linkKind === 'elevator' ? (l.accessible ? '♿⇅' : '⇅') : { path: 'stairs' };
    out.push({
      key: `icon:${l.id}`,
      p: l.position,
      style: 'badge',
      text: glyph,
      color: ICON[l.linkKind as keyof typeof ICON] ?? ICON.stair,
      priority: 1,
      anchors: CENTRE,
      bold: true,
    });
    const kindName = { stair: ['楼梯', 'Stairs'], elevator: ['电梯', 'Elevator'], escalator: ['扶梯', 'Escalator'], ramp: ['坡道', 'Ramp'] }[l.linkKind] ?? ['', ''];
    out.push({ key: `name:${l.id}`, p: l.position, style: 'text', text: zh ? (l.name ?? kindName[0]) : kindName[1], color: LABEL, priority: 5, anchors: AROUND, offset: 16 });
  }
  for (const d of f.doors) {
    if (d.entrance === 'none' || d.entrance === 'staff') continue;
    const exit = d.entrance === 'exit';
    // A door in the outer wall has its badge hung outside the wall, and its name beyond it, as a map marks a
    // building's entrances on its outline: the room inside keeps its own space for its name.
    const outside = outwards(f, d);
    out.push({
      key: `icon:${d.id}`,
      p: d.position,
      style: 'badge',
      text: exit ? (zh ? '出口' : 'EXIT') : zh ? '入口' : 'IN',
      color: ICON.exit,
      priority: 1.5,
      anchors: outside ? [outside, 'center', OTHER_SIDES[outside][0]] : ['center', 'right', 'left', 'top', 'bottom'],
      offset: outside ? 2 : 0,
      bold: true,
    });
    if (!exit)
      out.push({
        key: `name:${d.id}`,
        p: d.position,
        style: 'text',
        text: zh ? (d.name ?? '入口') : (d.nameEn ?? 'Entrance'),
        color: LABEL_ENTRANCE,
        // The main entrance is named before the rooms, yet after the icons fixed to their spots (取号, +), which it
        // could otherwise push off the lobby in large text; another entrance's name after the rooms (its 入口 badge
        // stays): a side door's long name ("24小时自助区入口") must not take its room's own name.
        priority: d.entrance === 'main' ? 2.55 : 4.5,
        anchors: outside ? [outside, ...OTHER_SIDES[outside]] : ['top', 'bottom', 'right', 'left'],
        offset: outside ? 28 : 14,
        bold: true,
        ...(outside ? { along: outside === 'top' || outside === 'bottom' ? 'x' : 'y' } : {}),
      });
  }
  return out;
}

type Side = 'top' | 'bottom' | 'left' | 'right';
const OTHER_SIDES: Record<Side, Side[]> = {
  top: ['bottom', 'right', 'left'],
  bottom: ['top', 'right', 'left'],
  left: ['right', 'top', 'bottom'],
  right: ['left', 'top', 'bottom'],
};

/** The screen side of a door that is outside the floor (its outline, else every zone), if one side is. */
function outwards(f: MapFloor, d: MapFloor['doors'][number]): Side | undefined {
  const a = (d.rotation * Math.PI) / 180;
  const n: Vec2 = [-Math.sin(a), Math.cos(a)];
  const inFloor = (p: Vec2) => (f.outline?.length ? insideRing(p, f.outline) : f.zones.some((z) => insideRing(p, z.polygon)));
  const probe = (k: number): Vec2 => [d.position[0] + n[0] * k, d.position[1] + n[1] * k];
  const ahead = inFloor(probe(0.8));
  if (ahead === inFloor(probe(-0.8))) return undefined;
  // Plan y points up, screen y down.
  const [sx, sy] = ahead ? [-n[0], n[1]] : [n[0], -n[1]];
  return Math.abs(sy) >= Math.abs(sx) ? (sy > 0 ? 'bottom' : 'top') : sx > 0 ? 'right' : 'left';
}

/**
 * Counter numbers (shown once every number fits beside its neighbours), and one label per run of counters of one
 * department (or type) in a row, which the overlay merges with its neighbours' into number ranges as the zoom needs.
 */
function counterLabels(f: MapFloor, lang: Lang): MapLabel[] {
  const out: MapLabel[] = [];
  type C = MapFloor['counters'][number];
  const cs = [...f.counters].sort((a, b) => a.position[1] - b.position[1] || a.position[0] - b.position[0]);
  const apart = (a: C, b: C) => Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1]);
  // Rows: neighbours within 2 m, whatever their service; runs: neighbours in a row of one department (or type).
  const rows: C[][][] = [];
  for (const c of cs) {
    const row = rows[rows.length - 1];
    const run = row?.[row.length - 1];
    const last = run?.[run.length - 1];
    if (!last || apart(last, c) >= 2) rows.push([[c]]);
    else if ((last.dept ?? last.type) === (c.dept ?? c.type)) run.push(c);
    else row.push([c]);
  }
  let gap = Infinity;
  for (let a = 0; a < cs.length; a++) for (let b = a + 1; b < cs.length; b++) gap = Math.min(gap, apart(cs[a], cs[b]));
  const front = (c: C): Vec2 => {
    const a = (c.rotation * Math.PI) / 180;
    const off = c.d / 2 + 0.9;
    return [c.position[0] - Math.sin(a) * off, c.position[1] + Math.cos(a) * off];
  };
  const mid = (a: Vec2, b: Vec2): Vec2 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const badge = { style: 'badge', color: ICON.counter, anchors: CENTRE, bold: true } as const;
  // Where the run's label sits when its place in front of the counters is taken (by the route line, or an icon beside
  // a lone desk): moved further out in front of them, else back over them, as Gaode moves a shop row's name aside.
  const aside = (c: C): Pick<MapLabel, 'anchors' | 'offset'> => {
    const a = (c.rotation * Math.PI) / 180;
    const [fx, fy] = [-Math.sin(a), -Math.cos(a)];
    const sides: MapLabel['anchors'] = Math.abs(fy) >= Math.abs(fx) ? (fy > 0 ? ['bottom', 'top'] : ['top', 'bottom']) : fx > 0 ? ['right', 'left'] : ['left', 'right'];
    return { anchors: ['center', ...sides], offset: 6 };
  };
  rows.forEach((row, r) => {
    const firstNumbered = row.flat().find((c) => c.number);
    for (const run of row) {
      const numbered = run.filter((c) => c.number);
      for (const c of numbered) out.push({ ...badge, key: `num:${c.id}`, p: front(c), text: c.number, priority: 2.8, spacing: Number.isFinite(gap) ? gap : undefined });
      const typeName = runName(f, run[0].type, undefined, undefined, lang);
      const name = runName(f, run[0].type, run[0].dept, run[0].deptEn, lang);
      out.push({
        ...badge,
        key: `run:${run[0].id}`,
        p: mid(front(run[0]), front(run[run.length - 1])),
        text: name,
        ...aside(run[0]),
        priority: 2.6,
        hideWhenShown: firstNumbered && `num:${firstNumbered.id}`,
        run: {
          row: r,
          ends: [front(run[0]), front(run[run.length - 1])],
          count: run.length,
          first: numbered[0]?.number,
          last: numbered[numbered.length - 1]?.number,
          name,
          typeName,
        },
      });
    }
  });
  return out;
}
