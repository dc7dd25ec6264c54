/**
 * The map's overlay in screen pixels: labels and icons at fixed CSS sizes (never under 12 px), placed by the shared
 * placeLabels with priorities, kept off the zoom buttons, the marks and the route line; the you-are-here dot and the
 * destination pin with white halos.
 */
import { boxAt, placeLabels, type LabelBox, type LabelRequest } from '../core/geometry/label-placement';
import type { Vec2 } from '../core/geometry/vec';
import { clipRun, mergeRuns } from './counter-rows';
import { clear, s } from './dom';
import { alongLine, type Callout, callouts, clearLeaders, leader, nearestOn } from './label-callout';
import { alongWall, calloutSpots, rowSpots, type Spot, zoneCallout, zonePlace } from './label-spots';
import { drawPictogram } from './map-icons';
import type { MapLabel } from './map-labels';
import type { ScreenView, ViewBox } from './map-plan';
import { DEST, HALO, HERE, ICON_GLYPH, LABEL, LABEL_ROUTE } from './palette';
import type { Lang } from './strings';

export const MAP_FONT = 'system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif';

export interface RouteMark {
  p: Vec2;
  label: string;
}

/** Where a route ends on the floor drawn: the pin, and the destination's name and id (its own map label gives way). */
export interface RouteEnd {
  p: Vec2;
  label?: string;
  id?: string;
}

export interface OverlayInput {
  v: ScreenView;
  vb: ViewBox;
  large: boolean;
  lang: Lang;
  items: MapLabel[];
  routeMarks: RouteMark[];
  routeLine: Vec2[];
  here?: Vec2;
  dest?: RouteEnd;
  /** The place whose card is open: a pin and its name, before any route is asked for. */
  picked?: { p: Vec2; label?: string };
  /** The boxes of the buttons over the map (zoom): labels under them could not be read. */
  controls: DOMRect[];
}

/**
 * A label with its box; `short`: a shorter form of a zone's name, drawn when only that fits (LabelRequest.shortWidth);
 * `alts`: the text drawn at each of the request's alternatives (other spots in its zone).
 */
type Sized = MapLabel & { w: number; h: number; size: number; short?: string; alts?: string[]; callout?: Callout };

/** A room named beside itself comes after every room named inside its own walls and the entrances' names. */
const ROOM_CALLOUT = 4.6;
/** A point's label beside it comes after every icon and counter in its own place, before the rooms' names. */
const POINT_CALLOUT = 2.95;

let measureCtx: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, { w: number; h: number }>();

/** Text box in CSS px, from the canvas with the page's font (the same glyphs the SVG draws). */
function measure(text: string, size: number, bold: boolean): { w: number; h: number } {
  const key = `${bold ? 'b' : 'n'}${size}:${text}`;
  const hit = measured.get(key);
  if (hit) return hit;
  measureCtx ??= document.createElement('canvas').getContext('2d');
  let r = { w: text.length * size, h: size * 1.4 };
  if (measureCtx) {
    measureCtx.font = `${bold ? 700 : 400} ${size}px ${MAP_FONT}`;
    const m = measureCtx.measureText(text);
    const asc = m.fontBoundingBoxAscent || size * 1.1;
    const desc = m.fontBoundingBoxDescent || size * 0.3;
    r = { w: m.width, h: Math.max(asc + desc, size * 1.2) };
  }
  measured.set(key, r);
  return r;
}

/** A label's box when its text may hold line breaks: the widest line, the lines' heights added. */
function measureLines(text: string, size: number, bold: boolean): { w: number; h: number } {
  const lines = text.split('\n').map((t) => measure(t, size, bold));
  return { w: Math.max(...lines.map((m) => m.w)), h: lines.reduce((s, m) => s + m.h, 0) };
}

/** Lays the overlay out again: labels into `labels`, the dot and the pin into `marks`. */
export function layoutOverlay(labels: SVGElement, marks: SVGElement, o: OverlayInput): void {
  clear(labels);
  clear(marks);
  const { v } = o;
  const { obstacles, alongRoute } = keepClear(o);
  const { reqs, shown } = labelRequests(o);
  const bounds = { x0: 0, y0: 0, x1: v.rect.width, y1: v.rect.height };
  const placed = new Array<ReturnType<typeof placeLabels>[number]>(reqs.length);
  const taken: LabelBox[] = [];
  // Three ranks: the pins' names (off the route line if they can, else where they must: never dropped), then icons
  // and the route's notes (on the line if need be, drawn above it), then everything else (off the line).
  const ranks: [(p: number) => boolean, LabelBox[]][] = [
    [(p) => p < 0, alongRoute],
    [(p) => p >= 0 && p <= 1.5, []],
    [(p) => p > 1.5, alongRoute],
  ];
  for (const [inRank, avoid] of ranks) {
    const rank = reqs
      .map((r, i) => [r, i] as const)
      .filter(([r]) => inRank(r.priority))
      .sort(([a, i], [b, j]) => a.priority - b.priority || i - j);
    // A callout is placed on its own, once what comes before it is placed: only if its label did not get its own
    // place, and its leader line then keeps later labels off it.
    for (let batch of callouts(rank, ([, i]) => !!shown[i].callout)) {
      const [r0, i0] = batch[0];
      const c = shown[i0].callout;
      if (c) {
        const rooms = shown[i0].zone ? otherRooms(shown, placed, shown[i0].key, v) : undefined;
        const fit = c.main !== undefined && placed[c.main]?.visible ? undefined : clearLeaders(r0, shown[i0], bounds, [...obstacles, ...taken, ...avoid], rooms);
        if (!fit) {
          placed[i0] = { ...kept(r0, bounds), visible: false };
          continue;
        }
        shown[i0] = fit.label;
        batch = [[fit.req, i0]];
      }
      const got = placeLabels(
        batch.map(([r]) => r),
        { bounds, padding: 3, obstacles: [...obstacles, ...taken, ...avoid] },
      );
      got.forEach((pl, k) => {
        const [r, i] = batch[k];
        placed[i] = pl.visible || r.priority > 0 ? pl : kept(r, bounds);
        const b = placed[i].box;
        if (!placed[i].visible) return;
        taken.push({ x0: b.x0 - 1.5, y0: b.y0 - 1.5, x1: b.x1 + 1.5, y1: b.y1 + 1.5 });
        const c = shown[i].callout;
        if (c) taken.push(...alongLine([c.x, c.y], nearestOn(placed[i].box, [c.x, c.y]), 3));
      });
    }
  }
  // Leaders are drawn apart from their labels and under every label, so one leaving a spot another badge covers (a
  // kit beside an AED) comes out from under that badge.
  const drawn: SVGElement[] = [];
  placed.forEach((pl, i) => {
    if (!pl.visible) return;
    const l = shown[i];
    const text = pl.alternative !== undefined ? l.alts?.[pl.alternative] : pl.short ? l.short : undefined;
    if (l.callout) labels.append(leader(l.key, l.callout, pl.box, l.color));
    drawn.push(drawLabel(text === undefined ? l : { ...l, text }, pl.box));
  });
  labels.append(...drawn);
  drawMarks(marks, o);
}

/** The screen boxes of the rooms but `own` that ask for a name, split by whether theirs is placed so far. */
function otherRooms(shown: Sized[], placed: ReturnType<typeof placeLabels>, own: string, v: ScreenView): { named: LabelBox[]; unnamed: LabelBox[] } {
  const named = new Set(shown.flatMap((l, i) => (placed[i]?.visible ? [l.key] : [])));
  const out = new Map<string, LabelBox>();
  for (const l of shown) {
    if (!l.zone || l.key === own) continue;
    const [x0, y0] = v.at([l.zone.x0, l.zone.y1]);
    const [x1, y1] = v.at([l.zone.x1, l.zone.y0]);
    out.set(l.key, { x0, y0, x1, y1 });
  }
  const keys = [...out.keys()];
  return { named: keys.filter((k) => named.has(k)).map((k) => out.get(k) as LabelBox), unnamed: keys.filter((k) => !named.has(k)).map((k) => out.get(k) as LabelBox) };
}

/**
 * The route's own labels (its destination, the picked place, where to change floors) are never dropped, whatever the
 * text size: where no free place was found, the first anchor's box, moved inside the view, is used even if it covers
 * an icon.
 */
function kept(r: LabelRequest, bounds: LabelBox): ReturnType<typeof placeLabels>[number] {
  const anchor = r.anchors?.[0] ?? 'center';
  const b = boxAt(r.x, r.y, r.width, r.height, anchor, r.offset ?? 2);
  const dx = Math.max(bounds.x0 - b.x0, Math.min(0, bounds.x1 - b.x1));
  const dy = Math.max(bounds.y0 - b.y0, Math.min(0, bounds.y1 - b.y1));
  return { key: r.key, visible: true, short: false, anchor, box: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy } };
}

/** Boxes no label may cover: the zoom buttons and the marks; and, for the labels after the first rank, the route line. */
function keepClear({ v, here, dest, picked, routeLine, controls }: OverlayInput): { obstacles: LabelBox[]; alongRoute: LabelBox[] } {
  const obstacles: LabelBox[] = [];
  for (const c of controls) if (c.width) obstacles.push({ x0: c.left - v.rect.left - 2, y0: c.top - v.rect.top - 2, x1: c.right - v.rect.left + 2, y1: c.bottom - v.rect.top + 2 });
  if (here) {
    const [x, y] = v.at(here);
    obstacles.push({ x0: x - 14, y0: y - 14, x1: x + 14, y1: y + 14 });
  }
  for (const pin of [dest?.p, picked?.p]) {
    if (!pin) continue;
    const [x, y] = v.at(pin);
    obstacles.push({ x0: x - 14, y0: y - 36, x1: x + 14, y1: y + 2 });
  }
  // Keep the route line clear of labels, as a navigation map does: small boxes every few pixels along it.
  // Icons and the route's own notes are placed before, and may sit on the line (they are drawn above it).
  const alongRoute: LabelBox[] = [];
  for (let i = 1; i < routeLine.length; i++) alongRoute.push(...alongLine(v.at(routeLine[i - 1]), v.at(routeLine[i]), 4));
  return { obstacles, alongRoute };
}

/** What asks for a place: the floor's labels that fit at this zoom and the route's notes, each with its box size. */
function labelRequests({ v, vb, large, lang, items: floorItems, routeMarks, picked, dest }: OverlayInput): { reqs: LabelRequest[]; shown: Sized[] } {
  const textSize = large ? 17 : 13;
  const badgeSize = large ? 16 : 12.5;
  const sizeOf = (l: MapLabel) => {
    if (l.style === 'icon') return { w: badgeSize + 5, h: badgeSize + 5, size: badgeSize };
    const size = l.style === 'badge' ? badgeSize : textSize;
    const m = typeof l.text === 'string' ? measureLines(l.text, size, !!l.bold) : { w: size * 1.3, h: size * 1.2 };
    return l.style === 'badge' ? { w: Math.max(m.w + (l.spacing !== undefined ? 6 : 10), m.h + 6), h: m.h + 6, size } : { w: m.w + 4, h: m.h, size };
  };
  const fits = new Set<string>();
  for (const l of floorItems) if (l.spacing !== undefined && l.spacing * v.k >= sizeOf(l).w + 3) fits.add(l.key);
  // Counter runs share number-range labels where their own would collide at this zoom; once the numbers show, each
  // run's service is named beside them ("25 26 27" and "公安").
  const onScreen = { x0: vb.x, x1: vb.x + vb.w, y0: -(vb.y + vb.h), y1: -vb.y };
  const visible = floorItems.flatMap((l): MapLabel[] => {
    if (!l.run) return [l];
    const run = clipRun(l.run, onScreen);
    if (!run) return [];
    return [run === l.run ? l : { ...l, run, p: [(run.ends[0][0] + run.ends[1][0]) / 2, (run.ends[0][1] + run.ends[1][1]) / 2] }];
  });
  const items = mergeRuns(visible, v.k, lang, sizeOf, (l): MapLabel | undefined =>
    l.hideWhenShown && fits.has(l.hideWhenShown)
      ? { ...l, key: `service:${l.key}`, style: 'text', color: LABEL, hideWhenShown: undefined, run: undefined, priority: 2.9, anchors: ['bottom', 'top'], offset: 14 }
      : undefined,
  );
  const notes = routeNotes(routeMarks, picked, dest);
  // The destination's own map label gives way to its pin note (it would say the same thing again).
  const ownLabels = new Set(dest?.label && dest.id ? [`name:${dest.id}`, `zone:${dest.id}`] : []);
  const reqs: LabelRequest[] = [];
  const shown: Sized[] = [];
  const calloutRequest = (l: MapLabel, [x, y]: [number, number], spots: Spot[], priority: number, main?: number) => {
    const [first, ...rest] = spots;
    if (!first) return;
    reqs.push({ key: l.key, priority, x: first.x, y: first.y, width: first.width, height: first.height, offset: 0, alternatives: rest });
    shown.push({ ...l, text: first.text, ...sizeOf({ ...l, text: first.text }), priority, alts: rest.map((a) => a.text), callout: { x, y, main } });
  };
  for (const l of [...items, ...notes]) {
    if (ownLabels.has(l.key)) continue;
    if (l.spacing !== undefined && !fits.has(l.key)) continue;
    if (l.hideWhenShown && fits.has(l.hideWhenShown)) continue;
    let p = l.p;
    let label = l;
    let sz = sizeOf(l);
    let short: string | undefined;
    let spots: Spot[] = [];
    if (l.zone) {
      const z = zonePlace(l, l.zone, vb, v, sizeOf);
      const c = !z && l.leader ? zoneCallout(l, l.zone, vb, v, sizeOf) : undefined;
      // Named beside the room once every room that holds its own name has it, so it never takes their place.
      if (c) calloutRequest(l, v.at(c.p), c.spots, ROOM_CALLOUT);
      if (!z) continue;
      ({ label, p, short, spots } = z);
      sz = sizeOf(label);
    }
    if (l.slide) spots = rowSpots(l, l.slide, v, sizeOf);
    const [x, y] = v.at(p);
    if (l.along) spots = alongWall(x, y, l.along, sz, l.text as string);
    const shortWidth = short === undefined ? undefined : sizeOf({ ...label, text: short }).w;
    const alternatives = spots.length ? spots : undefined;
    reqs.push({ key: l.key, priority: l.priority, x, y, width: sz.w, height: sz.h, shortWidth, anchors: l.anchors, offset: l.offset ?? 2, alternatives });
    shown.push({ ...label, ...sz, short, alts: spots.length ? spots.map((a) => a.text) : undefined });
    const onScreen = x >= 0 && y >= 0 && x <= v.rect.width && y <= v.rect.height;
    if ((l.leader || l.slide?.lone) && !l.zone && onScreen) {
      // A desk's label, a first-aid kit or a toilet's badge beside its spot once the icons and counters have theirs,
      // before the rooms' names: what a citizen comes to find first.
      const texts = [...(l.slide?.short ? [l.slide.short] : []), l.text].filter((t): t is string => typeof t === 'string');
      const forms = texts.map((text) => ({ text, ...sizeOf({ ...l, text }) }));
      calloutRequest(l, [x, y], calloutSpots({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 }, forms), POINT_CALLOUT, reqs.length - 1);
    }
  }
  return { reqs, shown };
}

/**
 * The route's notes, and the picked place's name and the route's destination first of all, beside their pins, as a
 * map app labels a searched place.
 */
function routeNotes(routeMarks: OverlayInput['routeMarks'], picked: OverlayInput['picked'], dest: OverlayInput['dest']): MapLabel[] {
  const notes = routeMarks.map(
    (m, i): MapLabel => ({
      key: `route:${i}`,
      p: m.p,
      style: 'text',
      text: m.label,
      color: LABEL_ROUTE,
      priority: 0,
      anchors: ['right', 'left', 'top', 'bottom'],
      offset: 22,
      bold: true,
    }),
  );
  const pinNote = (key: string, p: Vec2, text: string): MapLabel => ({
    key,
    p,
    style: 'text',
    text,
    color: LABEL_ROUTE,
    priority: -1,
    anchors: ['top', 'right', 'left', 'bottom'],
    offset: 26,
    bold: true,
  });
  if (dest?.label && !(picked && samePoint(picked.p, dest.p))) notes.unshift(pinNote('dest', dest.p, dest.label));
  if (picked?.label) notes.unshift(pinNote('picked', picked.p, picked.label));
  return notes;
}

function drawLabel(l: Sized, box: LabelBox): SVGElement {
  const { x0, y0, x1, y1 } = box;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  if (l.style === 'icon') return drawPictogram(l.key, typeof l.text === 'object' && 'icon' in l.text ? l.text.icon : '', box, l.color, l.title);
  const g = s('g', { 'data-label': l.key });
  if (l.style === 'badge') {
    g.append(s('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, rx: 5, fill: l.color, stroke: HALO, 'stroke-width': 1.5 }));
    if (typeof l.text === 'string')
      g.append(s('text', { x: cx, y: cy, 'font-size': l.size, 'font-weight': 700, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: ICON_GLYPH }, l.text));
    else {
      const u = (y1 - y0 - 8) / 3;
      g.append(s('path', { d: `M${cx - 1.5 * u} ${cy + 1.5 * u}h${u}v${-u}h${u}v${-u}h${u}`, fill: 'none', stroke: ICON_GLYPH, 'stroke-width': 2, 'stroke-linejoin': 'round' }));
    }
    return g;
  }
  const text = {
    x: cx,
    y: cy,
    'font-size': l.size,
    'font-weight': l.bold ? 700 : 500,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    fill: l.color,
    stroke: HALO,
    'stroke-width': 3.5,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  };
  const lines = (l.text as string).split('\n');
  if (lines.length === 1) g.append(s('text', text, lines[0]));
  else {
    // One text per line, centred on the box's line slots (the box is the lines' heights added).
    const step = (y1 - y0) / lines.length;
    lines.forEach((line, i) => g.append(s('text', { ...text, y: y0 + step * (i + 0.5) }, line)));
  }
  return g;
}

function drawMarks(marks: SVGElement, { v, here, dest, picked }: OverlayInput): void {
  if (here) {
    const [x, y] = v.at(here);
    marks.append(
      s('circle', { cx: x, cy: y, r: 14, fill: HERE, 'fill-opacity': 0.2 }),
      s('circle', { cx: x, cy: y, r: 8, fill: HERE, stroke: HALO, 'stroke-width': 3, 'data-here': '1' }),
    );
  }
  const pin = (p: Vec2, attr: string) => {
    const [x, y] = v.at(p);
    marks.append(
      s('path', { d: `M${x} ${y}l-9 -15a10.5 10.5 0 1 1 18 0z`, fill: DEST, stroke: HALO, 'stroke-width': 2.5, 'stroke-linejoin': 'round', [attr]: '1' }),
      s('circle', { cx: x, cy: y - 21, r: 4, fill: HALO }),
    );
  };
  if (dest) pin(dest.p, 'data-dest-pin');
  if (picked && !(dest && samePoint(picked.p, dest.p))) pin(picked.p, 'data-picked-pin');
}

const samePoint = (a: Vec2, b: Vec2) => a[0] === b[0] && a[1] === b[1];
