/**
 * The samples of an area that can be its nearest point to anything outside it: those within one step of its edge.
 * A walk from outside to a deeper sample crosses that band, where a sample lies within √2/2 step of where it entered,
 * so the nearest of these is the nearest of all, at a fraction of the points (a 60 × 10 m counter area at 0.5 m:
 * 560 instead of 2,400) for a field's sources and for reading it over an area.
 *
 * Only the grid samples near an edge are tested (the box of each edge grown by a step holds every sample within a
 * step of it), so a large hall costs its perimeter, not its area: the same samples, in the same order, as filtering
 * `samplePolygon` would give.
 */
import { centroid, distToPolygonBoundary, type Polygon } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import { rowCrossings, sampleGrid, sampleInside } from '../util';

const rings = new WeakMap<Polygon, Map<number, Vec2[]>>();
export function edgeSamples(poly: Polygon, step: number): Vec2[] {
  let m = rings.get(poly);
  if (!m) rings.set(poly, (m = new Map()));
  let out = m.get(step);
  if (!out) m.set(step, (out = band(poly, step)));
  return out;
}

/** Column-major like `samplePolygon`; index of the grid position at or below `v` on an axis starting at `v0`. */
const below = (v: number, v0: number, step: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor((v - v0) / step)));

function nearEdges(poly: Polygon, step: number, xs: readonly number[], ys: readonly number[]): Uint8Array {
  const cols = xs.length;
  const rows = ys.length;
  const near = new Uint8Array(cols * rows);
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [ax, ay] = poly[i];
    const [bx, by] = poly[j];
    // One grid position of slack each way: the index arithmetic rounds, the exact test below decides.
    const c0 = below(Math.min(ax, bx) - step, xs[0], step, cols);
    const c1 = Math.min(cols - 1, below(Math.max(ax, bx) + step, xs[0], step, cols) + 1);
    const r0 = below(Math.min(ay, by) - step, ys[0], step, rows);
    const r1 = Math.min(rows - 1, below(Math.max(ay, by) + step, ys[0], step, rows) + 1);
    for (let c = c0; c <= c1; c++) near.fill(1, c * rows + r0, c * rows + r1 + 1);
  }
  return near;
}

function band(poly: Polygon, step: number): Vec2[] {
  const { xs, ys } = sampleGrid(poly, step);
  const cols = xs.length;
  const rows = ys.length;
  const out: Vec2[] = [];
  if (cols && rows) {
    const near = nearEdges(poly, step, xs, ys);
    const crossings: (number[] | undefined)[] = new Array(rows);
    for (let c = 0; c < cols; c++)
      for (let r = 0; r < rows; r++) {
        if (!near[c * rows + r]) continue;
        let cross = crossings[r];
        if (!cross) rowCrossings(poly, ys[r], (crossings[r] = cross = []));
        const p: Vec2 = [xs[c], ys[r]];
        if (sampleInside(poly, p[0], p[1], cross) && distToPolygonBoundary(p, poly) <= step) out.push(p);
      }
  }
  // No sample inside at all (an inside sample always has one within a step of the edge along its row):
  // the area is its centroid, as samplePolygon has it.
  if (!out.length) {
    const c = centroid(poly);
    if (distToPolygonBoundary(c, poly) <= step) out.push(c);
  }
  return out;
}
