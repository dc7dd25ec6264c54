/**
 * Other places a map label may go when its own is taken, each with the form of its text drawn there: a room's name
 * elsewhere in the part of the room on screen and in its shorter forms; a counter row's label slid along its
 * counters, or its numbers alone. The overlay hands them to placeLabels as a request's alternatives.
 */
import type { LabelBox } from '../core/geometry/label-placement';
import type { Vec2 } from '../core/geometry/vec';
import type { RowSlide } from './counter-rows';
import { labelForms } from './label-text';
import type { MapLabel } from './map-labels';
import type { ScreenView, ViewBox } from './map-plan';

type SizeOf = (l: MapLabel) => { w: number; h: number };

/**
 * Where a room's name goes: the part of the room on screen, so a room whose middle is panned away keeps its name; a
 * name too long for it tries its shorter forms (without its note, on two or three lines) before it is hidden, as an
 * indoor map does; where icons take the middle, the other free spots inside the room (Gaode moves a room's name
 * aside). Undefined when no form fits or the room is off screen.
 */
export function zonePlace(
  l: MapLabel,
  zone: NonNullable<MapLabel['zone']>,
  vb: ViewBox,
  v: ScreenView,
  sizeOf: SizeOf,
): { label: MapLabel; p: Vec2; short?: string; spots: Spot[] } | undefined {
  const vis = { x0: Math.max(zone.x0, vb.x), x1: Math.min(zone.x1, vb.x + vb.w), y0: Math.max(zone.y0, -(vb.y + vb.h)), y1: Math.min(zone.y1, -vb.y) };
  if (vis.x1 <= vis.x0 || vis.y1 <= vis.y0) return undefined;
  const forms = fittingForms(l, (vis.x1 - vis.x0) * 1.1 * v.k, (vis.y1 - vis.y0) * v.k, sizeOf);
  if (!forms.length) return undefined;
  const label = forms[0];
  const h = sizeOf(label).h;
  // The next form of the same height is the placement's fallback where the first collides.
  const next = forms.find((f) => f !== label && sizeOf(f).h === h);
  const [sx0, sy0] = v.at([vis.x0, vis.y1]);
  const [sx1, sy1] = v.at([vis.x1, vis.y0]);
  return {
    label,
    p: [(vis.x0 + vis.x1) / 2, (vis.y0 + vis.y1) / 2],
    short: next?.text as string | undefined,
    spots: zoneSpots({ x0: sx0, y0: sy0, x1: sx1, y1: sy1 }, forms, sizeOf),
  };
}

export type Spot = { x: number; y: number; width: number; height: number; text: string };

/**
 * Other places for a row's label when its own is taken (the route runs along the row's front, a pin stands on it):
 * its numbers alone where it is, then the label and then the numbers slid along the row, staying over its counters.
 */
export function rowSpots(l: MapLabel, slide: RowSlide, v: ScreenView, sizeOf: SizeOf): Spot[] {
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
function zoneSpots(box: LabelBox, forms: MapLabel[], sizeOf: SizeOf): Spot[] {
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

/**
 * The forms of a zone's name (labelForms), then its shorter names (each as written where it holds its own line breaks),
 * whose box fits `w` × `h` pixels, longest first.
 */
function fittingForms(l: MapLabel, w: number, h: number, sizeOf: SizeOf): MapLabel[] {
  return allForms(l).filter((f) => {
    const fs = sizeOf(f);
    return fs.w <= w && fs.h <= h;
  });
}

function allForms(l: MapLabel): MapLabel[] {
  const shorter = (l.forms ?? []).flatMap((f) => (f.includes('\n') ? [f] : labelForms(f)));
  return [...new Set([...labelForms(l.text as string), ...shorter])].map((text) => ({ ...l, text }));
}

const MIN_CALLOUT_ROOM = 16;

/**
 * A public room too small for any form of its name at this zoom, named beside it with a leader from its middle: the
 * callout places, its one- and two-line forms, the narrowest first so it covers the least. Undefined unless the whole
 * room is on screen: a room cut by the screen's edge is named inside its part on screen, or once panned to.
 */
export function zoneCallout(l: MapLabel, zone: NonNullable<MapLabel['zone']>, vb: ViewBox, v: ScreenView, sizeOf: SizeOf): { p: Vec2; spots: Spot[] } | undefined {
  if (zone.x0 < vb.x || zone.x1 > vb.x + vb.w || zone.y0 < -(vb.y + vb.h) || zone.y1 > -vb.y) return undefined;
  const [sx0, sy0] = v.at([zone.x0, zone.y1]);
  const [sx1, sy1] = v.at([zone.x1, zone.y0]);
  // A room smaller than a fingertip is an overview's speck: its name waits for a closer zoom, as every other's does.
  if (sx1 - sx0 < MIN_CALLOUT_ROOM || sy1 - sy0 < MIN_CALLOUT_ROOM) return undefined;
  const forms = allForms(l)
    .filter((f) => (f.text as string).split('\n').length <= 2)
    .map((f) => ({ text: f.text as string, ...sizeOf(f) }))
    .sort((a, b) => a.w * a.h - b.w * b.h);
  return { p: [(zone.x0 + zone.x1) / 2, (zone.y0 + zone.y1) / 2], spots: calloutSpots({ x0: sx0, y0: sy0, x1: sx1, y1: sy1 }, forms) };
}

/** A label's place slid along its wall by a quarter and a half of its length either way, nearest first. */
export function alongWall(x: number, y: number, axis: 'x' | 'y', { w, h }: { w: number; h: number }, text: string): Spot[] {
  const len = axis === 'x' ? w : h;
  return [0.25, -0.25, 0.5, -0.5].map((f) => ({ x: axis === 'x' ? x + f * len : x, y: axis === 'y' ? y + f * len : y, width: w, height: h, text }));
}

/**
 * Places for a label standing off what it names, joined to it by a leader line (a callout, as Gaode marks a place too
 * crowded for its own label): `gap` px clear of `around` (the screen box of a point's mark, or of a room) to its right,
 * left, below and above — above and below also flush with either side, so a wide label over a small room stays on
 * screen — then at its corners; each form of the text in turn, nearest first.
 */
export function calloutSpots(around: LabelBox, forms: readonly { text: string; w: number; h: number }[], gaps: readonly number[] = [6, 16]): Spot[] {
  const out: Spot[] = [];
  const cx = (around.x0 + around.x1) / 2;
  const cy = (around.y0 + around.y1) / 2;
  for (const { text, w, h } of forms) {
    for (const g of gaps) {
      const [r, l, d, u] = [around.x1 + g + w / 2, around.x0 - g - w / 2, around.y1 + g + h / 2, around.y0 - g - h / 2];
      const flush = [cx, around.x0 + w / 2, around.x1 - w / 2];
      const at: [number, number][] = [
        [r, cy],
        [l, cy],
        ...flush.map((x): [number, number] => [x, d]),
        ...flush.map((x): [number, number] => [x, u]),
        [r, d],
        [r, u],
        [l, d],
        [l, u],
      ];
      for (const [x, y] of at) out.push({ x, y, width: w, height: h, text });
    }
  }
  return out;
}
