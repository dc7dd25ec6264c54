/**
 * The map's overlay in screen pixels: labels and icons at fixed CSS sizes (never under 12 px), placed by the shared
 * placeLabels with priorities, kept off the zoom buttons, the marks and the route line; the you-are-here dot and the
 * destination pin with white halos.
 */
import { boxAt, placeLabels, type LabelBox, type LabelRequest } from '../core/geometry/label-placement';
import type { Vec2 } from '../core/geometry/vec';
import { clipRun, mergeRuns, type RowSlide } from './counter-rows';
import { clear, s } from './dom';
import { labelForms } from './label-text';
import type { MapLabel } from './map-labels';
import type { ViewBox } from './map-plan';
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

/** Plan → overlay pixels at the current view. */
export interface ScreenView {
  rect: DOMRect;
  /** Pixels per metre. */
  k: number;
  at(p: Vec2): [number, number];
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
type Sized = MapLabel & { w: number; h: number; size: number; short?: string; alts?: string[] };

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
    const rank = reqs.map((r, i) => [r, i] as const).filter(([r]) => inRank(r.priority));
    const got = placeLabels(
      rank.map(([r]) => r),
      { bounds, padding: 3, obstacles: [...obstacles, ...taken, ...avoid] },
    );
    got.forEach((pl, k) => {
      const [r, i] = rank[k];
      placed[i] = pl.visible || r.priority > 0 ? pl : kept(r, bounds);
      const b = placed[i].box;
      if (placed[i].visible) taken.push({ x0: b.x0 - 1.5, y0: b.y0 - 1.5, x1: b.x1 + 1.5, y1: b.y1 + 1.5 });
    });
  }
  placed.forEach((pl, i) => {
    if (!pl.visible) return;
    const l = shown[i];
    const text = pl.alternative !== undefined ? l.alts?.[pl.alternative] : pl.short ? l.short : undefined;
    labels.append(drawLabel(text === undefined ? l : { ...l, text }, pl.box));
  });
  drawMarks(marks, o);
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
  for (let i = 1; i < routeLine.length; i++) {
    const [ax, ay] = v.at(routeLine[i - 1]);
    const [bx, by] = v.at(routeLine[i]);
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 8));
    for (let k = 0; k <= steps; k++) {
      const x = ax + ((bx - ax) * k) / steps;
      const y = ay + ((by - ay) * k) / steps;
      alongRoute.push({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 });
    }
  }
  return { obstacles, alongRoute };
}

/** What asks for a place: the floor's labels that fit at this zoom and the route's notes, each with its box size. */
function labelRequests({ v, vb, large, lang, items: floorItems, routeMarks, picked, dest }: OverlayInput): { reqs: LabelRequest[]; shown: Sized[] } {
  const textSize = large ? 17 : 13;
  const badgeSize = large ? 16 : 12.5;
  const sizeOf = (l: MapLabel) => {
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
  // The picked place's name and the route's destination go first of all, beside their pins, as a map app labels
  // a searched place; the destination's own map label then gives way (it would say the same thing again).
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
  const ownLabels = new Set(dest?.label && dest.id ? [`name:${dest.id}`, `zone:${dest.id}`] : []);
  const reqs: LabelRequest[] = [];
  const shown: Sized[] = [];
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
      // Label the part of the zone on screen, so a zone whose middle is panned away keeps its name; a name too long
      // for it tries its shorter forms (without its note, on two or three lines) before it is hidden, as an indoor map
      // does; where icons take the middle, its other free spots inside the zone (Gaode moves a room's name aside).
      const vis = { x0: Math.max(l.zone.x0, vb.x), x1: Math.min(l.zone.x1, vb.x + vb.w), y0: Math.max(l.zone.y0, -(vb.y + vb.h)), y1: Math.min(l.zone.y1, -vb.y) };
      if (vis.x1 <= vis.x0 || vis.y1 <= vis.y0) continue;
      const forms = fittingForms(l, (vis.x1 - vis.x0) * 1.1 * v.k, (vis.y1 - vis.y0) * v.k, sizeOf);
      if (!forms.length) continue;
      label = forms[0];
      sz = sizeOf(label);
      // The next form of the same height is the placement's fallback where the first collides.
      const next = forms.find((f) => f !== label && sizeOf(f).h === sz.h);
      if (next) short = next.text as string;
      p = [(vis.x0 + vis.x1) / 2, (vis.y0 + vis.y1) / 2];
      const [sx0, sy0] = v.at([vis.x0, vis.y1]);
      const [sx1, sy1] = v.at([vis.x1, vis.y0]);
      spots = zoneSpots({ x0: sx0, y0: sy0, x1: sx1, y1: sy1 }, forms, sizeOf);
    }
    if (l.slide) spots = rowSpots(l, l.slide, v, sizeOf);
    const [x, y] = v.at(p);
    const shortWidth = short === undefined ? undefined : sizeOf({ ...label, text: short }).w;
    const alternatives = spots.length ? spots : undefined;
    reqs.push({ key: l.key, priority: l.priority, x, y, width: sz.w, height: sz.h, shortWidth, anchors: l.anchors, offset: l.offset ?? 2, alternatives });
    shown.push({ ...label, ...sz, short, alts: spots.length ? spots.map((a) => a.text) : undefined });
  }
  return { reqs, shown };
}

type Spot = { x: number; y: number; width: number; height: number; text: string };

/**
 * Other places for a row's label when its own is taken (the route runs along the row's front, a pin stands on it):
 * its numbers alone where it is, then the label and then the numbers slid along the row, staying over its counters.
 */
function rowSpots(l: MapLabel, slide: RowSlide, v: ScreenView, sizeOf: (l: MapLabel) => { w: number; h: number }): Spot[] {
  const out: Spot[] = [];
  const texts = [l.text as string, ...(slide.short ? [slide.short] : [])];
  const along = [-1, -0.5, 0, 0.5, 1].map((f): Vec2 => [slide.mid[0] + slide.dir[0] * f * slide.reach, slide.mid[1] + slide.dir[1] * f * slide.reach]);
  if (slide.short) out.push({ ...at(v.at(l.p)), ...size(slide.short), text: slide.short });
  for (const text of texts) for (const p of along) out.push({ ...at(v.at(p)), ...size(text), text });
  return out;
  function at([x, y]: [number, number]) {
    return { x, y };
  }
  function size(text: string) {
    const m = sizeOf({ ...l, text });
    return { width: m.w, height: m.h };
  }
}

/**
 * Other places for a zone's name inside its part on screen (`box`, pixels), each form of the name (longest first) at
 * the middle, then the middles of its top and bottom edges, its left and right ends, and its corners, kept inside.
 */
function zoneSpots(box: LabelBox, forms: MapLabel[], sizeOf: (l: MapLabel) => { w: number; h: number }): Spot[] {
  const out: Spot[] = [];
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  // Clear of the walls, where a name hugging one would read as its neighbour's.
  const inset = 6;
  for (const f of forms) {
    const { w, h } = sizeOf(f);
    const xs = [cx];
    if (box.x1 - box.x0 > w + 2 * inset + 8) xs.push(box.x0 + inset + w / 2, box.x1 - inset - w / 2);
    const ys = [cy];
    if (box.y1 - box.y0 > h + 2 * inset + 8) ys.push(box.y0 + inset + h / 2, box.y1 - inset - h / 2);
    const order = [...ys.map((y) => [cx, y]), ...xs.slice(1).map((x) => [x, cy]), ...xs.slice(1).flatMap((x) => ys.slice(1).map((y) => [x, y]))];
    for (const [x, y] of order) if (f !== forms[0] || x !== cx || y !== cy) out.push({ x, y, width: w, height: h, text: f.text as string });
  }
  return out;
}

/** The forms of a zone's name (labelForms) whose box fits `w` × `h` pixels, longest first. */
function fittingForms(l: MapLabel, w: number, h: number, sizeOf: (l: MapLabel) => { w: number; h: number }): MapLabel[] {
  return labelForms(l.text as string)
    .map((text) => ({ ...l, text }))
    .filter((f) => {
      const fs = sizeOf(f);
      return fs.w <= w && fs.h <= h;
    });
}

function drawLabel(l: Sized, { x0, y0, x1, y1 }: LabelBox): SVGElement {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
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
