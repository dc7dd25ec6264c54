/** The floor plan drawn as SVG in metres (plan y north drawn upward): outline, zones, walls, windows, doors, links, counters. */
import type { Vec2 } from '../core/geometry/vec';
import type { MapFloor } from './data';
import { clear, s } from './dom';
import { FLOOR_FILL, OTHER_FILL, STAFF_FILL, ZONE_FILL } from './palette';

export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const Y = (p: Vec2) => -p[1];
export const pts = (poly: Vec2[]) => poly.map((p) => `${p[0].toFixed(2)},${Y(p).toFixed(2)}`).join(' ');

/** Draws the floor into `base`; the box around it with 2 m of margin (SVG axes), or undefined for an empty floor. */
export function drawPlan(base: SVGElement, f: MapFloor): ViewBox | undefined {
  let bounds: ViewBox | undefined;
  clear(base);
  const all: Vec2[] = [...(f.outline ?? []), ...f.zones.flatMap((z) => z.polygon), ...f.walls.flatMap((w) => [[w[0], w[1]] as Vec2, [w[2], w[3]] as Vec2])];
  if (all.length) {
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    const pad = 2;
    bounds = { x: Math.min(...xs) - pad, y: -Math.max(...ys) - pad, w: Math.max(...xs) - Math.min(...xs) + 2 * pad, h: Math.max(...ys) - Math.min(...ys) + 2 * pad };
  }
  if (f.outline) base.append(s('polygon', { points: pts(f.outline), fill: FLOOR_FILL, stroke: '#8a939e', 'stroke-width': 0.2 }));
  for (const z of f.zones)
    base.append(
      s('polygon', { points: pts(z.polygon), fill: z.staff ? STAFF_FILL : (ZONE_FILL[z.type] ?? OTHER_FILL), stroke: '#a9b1ba', 'stroke-width': 0.08, 'data-zone': z.id }),
    );
  for (const w of f.walls)
    base.append(s('line', { x1: w[0], y1: -w[1], x2: w[2], y2: -w[3], stroke: '#47505a', 'stroke-width': Math.max(w[4], 0.15), 'stroke-linecap': 'square' }));
  // Windows: a pale gap across the wall with a thin glass line in it, the architect's symbol at phone scale.
  for (const g of f.glazing ?? []) {
    base.append(s('line', { x1: g[0], y1: -g[1], x2: g[2], y2: -g[3], stroke: '#e0f2fe', 'stroke-width': 0.22, 'data-window': '' }));
    base.append(s('line', { x1: g[0], y1: -g[1], x2: g[2], y2: -g[3], stroke: '#0284c7', 'stroke-width': 0.06 }));
  }
  for (const d of f.doors) {
    const a = (d.rotation * Math.PI) / 180;
    const hx = (Math.cos(a) * d.width) / 2;
    const hy = (Math.sin(a) * d.width) / 2;
    const ext = d.entrance !== 'none' && d.entrance !== 'staff';
    base.append(
      s('line', { x1: d.position[0] - hx, y1: -(d.position[1] - hy), x2: d.position[0] + hx, y2: -(d.position[1] + hy), stroke: ext ? '#1a9b4b' : '#fff', 'stroke-width': 0.45 }),
    );
  }
  for (const l of f.links)
    base.append(
      s('rect', {
        x: l.position[0] - l.w / 2,
        y: -l.position[1] - l.d / 2,
        width: l.w,
        height: l.d,
        fill: l.linkKind === 'elevator' ? '#9cc3ea' : '#c3c9d0',
        rx: 0.3,
        transform: `rotate(${-l.rotation} ${l.position[0]} ${-l.position[1]})`,
      }),
    );
  for (const c of f.counters)
    base.append(
      s('rect', {
        x: c.position[0] - c.w / 2,
        y: -c.position[1] - c.d / 2,
        width: c.w,
        height: c.d,
        fill: '#9a7150',
        transform: `rotate(${-c.rotation} ${c.position[0]} ${-c.position[1]})`,
      }),
    );
  return bounds;
}
