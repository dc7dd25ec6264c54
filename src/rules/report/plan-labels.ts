/**
 * The labels of a report's floor plan, laid out by the editor's own rules (src/core/geometry/label-rules and
 * label-placement): the numbered finding markers first (they are what the plan is for), then zone names, counter
 * numbers, signs and stairs or lifts; a label without room takes its short form or is left out, so no two overlap.
 * A marker is never left out: one that finds no room moves beside its point on a leader line, and markers that
 * still crowd each other join into one ("3,7") at the first one's place.
 */
import type { Floor } from '../../core/document';
import { kindOf } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { placeLabels, type LabelAnchor, type LabelBox, type LabelRequest } from '../../core/geometry/label-placement';
import { LABEL_ANCHORS, LABEL_PRIORITY, type PlanLabelKind } from '../../core/geometry/label-rules';
import { LONG_LABEL_UNITS, SHORT_LABEL_UNITS, lineUnits, shortenLines, wrapLastLine } from '../../core/geometry/label-text';
import type { PresetId } from '../../core/vocab';
import type { Severity } from '../types';

/** Where the plan's metres land on the page: x0 and y1 are the plan's left and top edge, scale is px per metre. */
export interface PlanFrame {
  x0: number;
  y1: number;
  scale: number;
}

export interface PlanMarker {
  n: number;
  at: Vec2;
  severity: Severity;
}

export interface PlacedLabel {
  kind: PlanLabelKind | 'marker';
  /** The text shown (a short form when the full one had no room). */
  text: string;
  /** The full text, for a tooltip when `text` is shortened. */
  full: string;
  /** Font size in px. */
  size: number;
  /** The box on the page, in px from the plan's top left. */
  box: LabelBox;
  /** The point the label belongs to, in px; a marker moved off it is drawn with a leader line to here. */
  at: Vec2;
  severity?: Severity;
}

const FONT: Record<PlanLabelKind | 'marker', number> = { marker: 9, zone: 10, counter: 7, sign: 7, link: 8, measure: 8, snap: 8 };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MARKER_ANCHORS: readonly LabelAnchor[] = ['center', 'top', 'right', 'bottom', 'left'];

/**
 * A text's width in px at a font size, from its widest line's character units (CJK 2, others 1): an upper bound for
 * the report's sans-serif fonts, whose CJK glyphs are 1 em and Latin glyphs and digits under 0.6 em.
 */
export function textWidth(text: string, size: number): number {
  return lineUnits(text) * size * 0.6 + 3;
}

/** Line height of a report plan label, in em. */
export const LABEL_LINE_EM = 1.3;
/** Height in px of a label's box: its lines (a room tag is number over name) at the report's line height. */
const boxHeight = (size: number, lines = 1) => Math.ceil(size * LABEL_LINE_EM * lines);
const linesOf = (text: string) => text.split('\n').length;

interface Candidate {
  kind: PlanLabelKind;
  full: string;
  at: Vec2;
  /** Widest the label may be in metres (a zone's width). */
  maxWidthM?: number;
}

/** What each element's kind labels it with on a report plan (`planLabel`), the empty ones left out. */
function candidates(floor: Floor, preset: PresetId | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const e of floor.elements) {
    const l = kindOf(e).planLabel?.(e, preset);
    if (l && l.text.trim() !== '') out.push({ kind: l.kind, full: l.text, at: l.at, ...(l.maxWidthM !== undefined ? { maxWidthM: l.maxWidthM } : {}) });
  }
  return out;
}

/** Markers of one entry at one place are one marker; markers closer than `near` px join. */
function markerGroups(markers: readonly PlanMarker[], toPage: (p: Vec2) => Vec2): { ns: number[]; at: Vec2; severity: Severity }[] {
  const groups: { ns: number[]; at: Vec2; severity: Severity }[] = [];
  for (const m of markers) {
    const at = toPage(m.at);
    const same = groups.find((g) => Math.abs(g.at[0] - at[0]) < 0.5 && Math.abs(g.at[1] - at[1]) < 0.5);
    if (same) {
      if (!same.ns.includes(m.n)) same.ns.push(m.n);
      if (SEVERITY_RANK[m.severity] < SEVERITY_RANK[same.severity]) same.severity = m.severity;
    } else groups.push({ ns: [m.n], at, severity: m.severity });
  }
  for (const g of groups) g.ns.sort((a, b) => a - b);
  return groups;
}

const markerText = (ns: number[]) => ns.join(',');
const markerWidth = (text: string) => Math.max(boxHeight(FONT.marker) + 2, textWidth(text, FONT.marker) + 3);

/** Places the markers alone, joining the ones that cannot all find room until every group is placed. */
function placeMarkers(markers: readonly PlanMarker[], toPage: (p: Vec2) => Vec2): PlacedLabel[] {
  const groups = markerGroups(markers, toPage);
  const h = boxHeight(FONT.marker) + 2;
  for (;;) {
    const requests: LabelRequest[] = groups.map((g, i) => ({
      key: String(i),
      priority: 0,
      x: g.at[0],
      y: g.at[1],
      width: markerWidth(markerText(g.ns)),
      height: h,
      anchors: MARKER_ANCHORS,
      offset: 6,
    }));
    const placed = placeLabels(requests, { padding: 2 });
    const lost = placed.findIndex((p) => !p.visible);
    if (lost < 0) {
      return placed.map((p, i) => ({
        kind: 'marker',
        text: markerText(groups[i].ns),
        full: markerText(groups[i].ns),
        size: FONT.marker,
        box: p.box,
        at: groups[i].at,
        severity: groups[i].severity,
      }));
    }
    // the lost group joins the nearest other group; the loop ends, as every pass has one group fewer
    const g = groups[lost];
    let best = lost === 0 ? 1 : 0;
    for (let i = 0; i < groups.length; i++) {
      if (i !== lost && Math.hypot(groups[i].at[0] - g.at[0], groups[i].at[1] - g.at[1]) < Math.hypot(groups[best].at[0] - g.at[0], groups[best].at[1] - g.at[1])) best = i;
    }
    const into = groups[best];
    into.ns = [...new Set([...into.ns, ...g.ns])].sort((a, b) => a - b);
    if (SEVERITY_RANK[g.severity] < SEVERITY_RANK[into.severity]) into.severity = g.severity;
    groups.splice(lost, 1);
  }
}

/** Every label of one floor's plan, none overlapping another (markers included). */
export function layoutPlanLabels(floor: Floor, markers: readonly PlanMarker[], frame: PlanFrame, size: { width: number; height: number }, preset?: PresetId): PlacedLabel[] {
  const toPage = (p: Vec2): Vec2 => [(p[0] - frame.x0) * frame.scale, (frame.y1 - p[1]) * frame.scale];
  const marks = placeMarkers(markers, toPage);
  const list = candidates(floor, preset);
  const requests: LabelRequest[] = [];
  const kept: { c: Candidate; at: Vec2; text: string; short: string }[] = [];
  for (const c of list) {
    const fs = FONT[c.kind];
    let text = lineUnits(c.full) > LONG_LABEL_UNITS ? shortenLines(c.full, LONG_LABEL_UNITS) : c.full;
    const short = shortenLines(c.full, SHORT_LABEL_UNITS);
    let width = textWidth(text, fs);
    let shortWidth: number | undefined = short !== text ? textWidth(short, fs) : undefined;
    // a zone's name stays inside the zone: too wide, it breaks onto two lines, else takes its short form, or is left out
    if (c.maxWidthM !== undefined) {
      const room = c.maxWidthM * frame.scale;
      const wrapped = width > room ? wrapLastLine(text) : undefined;
      if (wrapped && textWidth(wrapped, fs) <= room) {
        text = wrapped;
        width = textWidth(wrapped, fs);
        if (shortWidth !== undefined && shortWidth >= width) shortWidth = undefined;
      } else if (width > room) {
        if (shortWidth === undefined || shortWidth > room) continue;
        width = shortWidth;
        shortWidth = undefined;
      }
    }
    const at = toPage(c.at);
    requests.push({
      key: String(kept.length),
      priority: LABEL_PRIORITY[c.kind],
      x: at[0],
      y: at[1],
      width,
      height: boxHeight(fs, linesOf(text)),
      shortWidth,
      anchors: LABEL_ANCHORS[c.kind],
      offset: 2,
    });
    kept.push({ c, at, text, short });
  }
  // markers are in place already: every other label keeps clear of them and of their leader lines' ends
  const obstacles = marks.flatMap((m) => [m.box, { x0: m.at[0] - 2, y0: m.at[1] - 2, x1: m.at[0] + 2, y1: m.at[1] + 2 }]);
  const placed = placeLabels(requests, { bounds: { x0: 0, y0: 0, x1: size.width, y1: size.height }, padding: 2, obstacles });
  const labels: PlacedLabel[] = [];
  placed.forEach((p, i) => {
    if (!p.visible) return;
    const k = kept[i];
    const text = p.short || requests[i].width < textWidth(k.text, FONT[k.c.kind]) ? k.short : k.text;
    labels.push({ kind: k.c.kind, text, full: k.c.full, size: FONT[k.c.kind], box: p.box, at: k.at });
  });
  return [...marks, ...labels];
}
