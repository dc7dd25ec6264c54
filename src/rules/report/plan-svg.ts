/** A floor plan as SVG (each element as its kind draws it: rooms, walls, counters, doors …) for reports; plan y up, so the group flips the axis. */
import type { Floor } from '../../core/document';
import { kindOf } from '../../core/kinds/registry';
import { bbox } from '../../core/geometry/polygon';
import { escapeXml } from '../../core/escape';
import type { PlanMark } from '../../core/kinds/base';
import type { PresetId } from '../../core/vocab';
import { LABEL_LINE_EM, type PlacedLabel } from './plan-labels';

/** What each element of the floor looks like on a plan, as its kind draws it (rooms first: they lie under the rest). */
export function planMarks(floor: Floor, preset?: PresetId): PlanMark[] {
  const out: PlanMark[] = [];
  for (const e of floor.elements) {
    const m = kindOf(e).plan(e, preset);
    if (m) out.push(m);
  }
  return out;
}

export function floorExtent(floor: Floor) {
  const pts = floor.outline ?? floor.elements.flatMap((e) => kindOf(e).footprint(e) ?? []);
  return pts.length ? bbox(pts) : { minX: 0, minY: 0, maxX: 10, maxY: 10 };
}

/** The drawing of one floor as an SVG <g> in plan metres (caller sets the viewBox, flipped by the group). */
export function floorGroup(floor: Floor, preset?: PresetId): string {
  const parts: string[] = [];
  const poly = (pts: [number, number][]) => pts.map((p) => `${p[0].toFixed(2)},${p[1].toFixed(2)}`).join(' ');
  if (floor.outline) parts.push(`<polygon points="${poly(floor.outline)}" fill="#fff" stroke="#0f172a" stroke-width="0.3"/>`);
  const marks = planMarks(floor, preset);
  for (const m of marks)
    if (m.shape === 'room') parts.push(`<polygon points="${poly(m.polygon)}" fill="${m.fill}" stroke="#94a3b8" stroke-width="0.08"><title>${escapeXml(m.title)}</title></polygon>`);
  for (const m of marks) {
    if (m.shape === 'line') parts.push(`<line x1="${m.a[0]}" y1="${m.a[1]}" x2="${m.b[0]}" y2="${m.b[1]}" stroke="${m.colour}" stroke-width="${Math.max(m.width, 0.15)}"/>`);
    else if (m.shape === 'solid') parts.push(`<polygon points="${poly(m.polygon)}" fill="${m.colour}"/>`);
    else if (m.shape === 'dot') parts.push(`<circle cx="${m.at[0]}" cy="${m.at[1]}" r="${m.radius}" fill="${m.colour}" opacity="0.8"/>`);
  }
  return parts.join('');
}

const LABEL_STYLE: Record<Exclude<PlacedLabel['kind'], 'marker'>, { fill: string; bg?: string; weight: number }> = {
  zone: { fill: '#1e293b', weight: 600 },
  counter: { fill: '#fff', bg: '#9a3412', weight: 600 },
  sign: { fill: '#065f46', bg: '#ecfdf5', weight: 400 },
  link: { fill: '#0f172a', bg: '#ffffffcc', weight: 600 },
  measure: { fill: '#fff', bg: '#111827', weight: 700 },
  snap: { fill: '#fff', bg: '#c026d3', weight: 600 },
};
const MARKER_FILL = { error: '#dc2626', warning: '#d97706', info: '#2563eb' } as const;

/** One placed label in page pixels (the caller's group maps them onto the plan): its box, its text, and for a marker moved off its point a leader line. */
export function planLabelSvg(l: PlacedLabel): string {
  const { x0, y0, x1, y1 } = l.box;
  const cx = ((x0 + x1) / 2).toFixed(1);
  const cy = ((y0 + y1) / 2).toFixed(1);
  const n = (v: number) => v.toFixed(1);
  const tip = l.full !== l.text ? `<title>${escapeXml(l.full)}</title>` : '';
  // A room tag's lines (number over name) centred on the box, one line height apart.
  const lines = l.text.split('\n');
  const body =
    lines.length === 1
      ? escapeXml(l.text)
      : lines.map((line, i) => `<tspan x="${cx}" dy="${i === 0 ? -((lines.length - 1) / 2) * LABEL_LINE_EM : LABEL_LINE_EM}em">${escapeXml(line)}</tspan>`).join('');
  const text = (fill: string, weight: number, halo: boolean) =>
    `<text x="${cx}" y="${cy}" font-size="${l.size}" font-weight="${weight}" fill="${fill}" text-anchor="middle" dominant-baseline="central"${halo ? ' stroke="#fff" stroke-width="2.5" paint-order="stroke"' : ''}>${body}</text>`;
  if (l.kind === 'marker') {
    const inside = l.at[0] >= x0 && l.at[0] <= x1 && l.at[1] >= y0 && l.at[1] <= y1;
    const ex = Math.min(Math.max(l.at[0], x0), x1);
    const ey = Math.min(Math.max(l.at[1], y0), y1);
    const leader = inside
      ? ''
      : `<line x1="${n(l.at[0])}" y1="${n(l.at[1])}" x2="${n(ex)}" y2="${n(ey)}" stroke="#0f172a" stroke-width="0.8"/><circle cx="${n(l.at[0])}" cy="${n(l.at[1])}" r="1.8" fill="${MARKER_FILL[l.severity ?? 'info']}"/>`;
    const r = Math.min((y1 - y0) / 2, (x1 - x0) / 2);
    return `<g data-plan-label="marker">${leader}<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" rx="${n(r)}" fill="${MARKER_FILL[l.severity ?? 'info']}" stroke="#fff" stroke-width="1"/>${text('#fff', 700, false)}</g>`;
  }
  const st = LABEL_STYLE[l.kind];
  const bg = st.bg ? `<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" rx="1.5" fill="${st.bg}"/>` : '';
  return `<g data-plan-label="${l.kind}">${tip}${bg}${text(st.fill, st.weight, !st.bg)}</g>`;
}
