/** Which raster cells a polygon covers, by their centres. */
import { cachedBBox, type Polygon } from '../core/geometry/polygon';
import { distToSegment } from '../core/geometry/vec';
import type { FloorGrid } from './raster-types';
import { wholeGrid, type CellWindow } from './raster-cells';

/**
 * Visit the cells of the window whose centre lies in the polygon, decided exactly as pointInPolygon decides it
 * (even-odd crossings with the same arithmetic, boundary within 1e-9 counts as inside) but by scanlines: per row
 * the crossings are computed once and the cells between them filled, instead of testing every cell against
 * every edge. Rasterising a floor is most of building the nav graph.
 */
/** Scratch for fill (one raster is filled at a time). */
const fillXs: number[] = [];
let fillHit = new Uint8Array(256);

export function fill(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, poly: Polygon, win: CellWindow, visit: (i: number) => void): void {
  const b = cachedBBox(poly);
  const c0 = Math.max(win.c0, Math.floor((b.minX - g.origin[0]) / g.cell));
  const c1 = Math.min(win.c1, Math.ceil((b.maxX - g.origin[0]) / g.cell));
  const r0 = Math.max(win.r0, Math.floor((b.minY - g.origin[1]) / g.cell));
  const r1 = Math.min(win.r1, Math.ceil((b.maxY - g.origin[1]) / g.cell));
  if (c0 > c1 || r0 > r1) return;
  const n = poly.length;
  const xs = fillXs;
  if (fillHit.length < c1 - c0 + 1) fillHit = new Uint8Array(2 * (c1 - c0 + 1));
  const hit = fillHit;
  for (let r = r0; r <= r1; r++) {
    const y = g.origin[1] + (r + 0.5) * g.cell;
    hit.fill(0, 0, c1 - c0 + 1);
    // Crossings, as pointInPolygon computes them (edge from poly[j] to poly[i]).
    xs.length = 0;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = poly[i][0];
      const yi = poly[i][1];
      const xj = poly[j][0];
      const yj = poly[j][1];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
    // Insertion sort: a row crosses a footprint a handful of times, and Array.prototype.sort allocates.
    for (let i = 1; i < xs.length; i++) {
      const v = xs[i];
      let j = i - 1;
      while (j >= 0 && xs[j] > v) (xs[j + 1] = xs[j]), j--;
      xs[j + 1] = v;
    }
    // A centre x is inside when an odd number of crossings lie strictly right of it.
    let k = 0;
    for (let c = c0; c <= c1; c++) {
      const x = g.origin[0] + (c + 0.5) * g.cell;
      while (k < xs.length && xs[k] <= x) k++;
      if ((xs.length - k) % 2 === 1) hit[c - c0] = 1;
    }
    // Centres on the boundary count as inside: test the few cells near each edge at this row exactly.
    for (let i = 0; i < n; i++) {
      const a = poly[i];
      const e = poly[(i + 1) % n];
      const lo = Math.min(a[1], e[1]) - 1e-6;
      const hi = Math.max(a[1], e[1]) + 1e-6;
      if (y < lo || y > hi) continue;
      let xlo: number;
      let xhi: number;
      if (Math.abs(e[1] - a[1]) < 1e-6) {
        xlo = Math.min(a[0], e[0]);
        xhi = Math.max(a[0], e[0]);
      } else {
        const t1 = (y - 1e-6 - a[1]) / (e[1] - a[1]);
        const t2 = (y + 1e-6 - a[1]) / (e[1] - a[1]);
        const x1 = a[0] + (e[0] - a[0]) * Math.min(1, Math.max(0, t1));
        const x2 = a[0] + (e[0] - a[0]) * Math.min(1, Math.max(0, t2));
        xlo = Math.min(x1, x2);
        xhi = Math.max(x1, x2);
      }
      const from = Math.max(c0, Math.ceil((xlo - 1e-6 - g.origin[0]) / g.cell - 0.5));
      const to = Math.min(c1, Math.floor((xhi + 1e-6 - g.origin[0]) / g.cell - 0.5));
      for (let c = from; c <= to; c++) if (!hit[c - c0] && distToSegment([g.origin[0] + (c + 0.5) * g.cell, y], a, e) <= 1e-9) hit[c - c0] = 1;
    }
    for (let c = c0; c <= c1; c++) if (hit[c - c0]) visit(r * g.cols + c);
  }
}

/** The cells of a grid whose centre lies in the polygon (for tests and callers outside the raster). */
export function cellsInPolygon(g: Pick<FloorGrid, 'origin' | 'cell' | 'cols' | 'rows'>, poly: Polygon): number[] {
  const out: number[] = [];
  fill(g, poly, wholeGrid(g), (i) => out.push(i));
  return out;
}
