/** A floor plan as SVG (zones, walls, counters, doors) for reports; plan y up, so the group flips the axis. */
import type { Floor } from '../../core/document';
import { kindOf } from '../../core/kinds/registry';
import { bbox } from '../../core/geometry/polygon';
import { escapeXml } from '../../core/escape';
import { ZONE_TYPES } from '../../core/vocab';

const ZONE_FILL = (side: 'public' | 'staff') => (side === 'staff' ? '#e7dccf' : '#dbeafe');

export function floorExtent(floor: Floor) {
  const pts = floor.outline ?? floor.elements.flatMap((e) => kindOf(e).footprint(e) ?? []);
  return pts.length ? bbox(pts) : { minX: 0, minY: 0, maxX: 10, maxY: 10 };
}

/** The drawing of one floor as an SVG <g> in plan metres (caller sets the viewBox, flipped by the group). */
export function floorGroup(floor: Floor): string {
  const parts: string[] = [];
  const poly = (pts: [number, number][]) => pts.map((p) => `${p[0].toFixed(2)},${p[1].toFixed(2)}`).join(' ');
  if (floor.outline) parts.push(`<polygon points="${poly(floor.outline)}" fill="#fff" stroke="#0f172a" stroke-width="0.3"/>`);
  for (const e of floor.elements)
    if (e.kind === 'zone')
      parts.push(
        `<polygon points="${poly(e.polygon)}" fill="${ZONE_FILL(ZONE_TYPES[e.type].side)}" stroke="#94a3b8" stroke-width="0.08"><title>${escapeXml(e.name ?? ZONE_TYPES[e.type].zh)}</title></polygon>`,
      );
  for (const e of floor.elements) {
    if (e.kind === 'wall') parts.push(`<line x1="${e.a[0]}" y1="${e.a[1]}" x2="${e.b[0]}" y2="${e.b[1]}" stroke="#334155" stroke-width="${Math.max(e.thickness, 0.15)}"/>`);
    else if (e.kind === 'counter' || e.kind === 'vlink' || e.kind === 'obstacle' || (e.kind === 'point' && e.pointKind === 'seat')) {
      const fp = kindOf(e).footprint(e);
      if (fp) parts.push(`<polygon points="${poly(fp)}" fill="${e.kind === 'counter' ? '#c2410c' : e.kind === 'vlink' ? '#94a3b8' : '#64748b'}"/>`);
    } else if (e.kind === 'opening') parts.push(`<circle cx="${e.position[0]}" cy="${e.position[1]}" r="${Math.max(e.width / 2, 0.3)}" fill="#16a34a" opacity="0.8"/>`);
  }
  return parts.join('');
}
