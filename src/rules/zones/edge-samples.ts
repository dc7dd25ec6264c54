/**
 * The samples of an area that can be its nearest point to anything outside it: those within one step of its edge.
 * A walk from outside to a deeper sample crosses that band, where a sample lies within √2/2 step of where it entered,
 * so the nearest of these is the nearest of all, at a fraction of the points (a 60 × 10 m counter area at 0.5 m:
 * 560 instead of 2,400) for a field's sources and for reading it over an area.
 *
 * Only the grid samples near an edge are measured (walking each edge column by column, the rows it can come within
 * a step of), so a large hall costs its perimeter, not its area: the same samples, in the same order, as filtering
 * `samplePolygon` would give.
 */
import { centroid, distToPolygonBoundary, type Polygon } from '../../core/geometry/polygon';
import { distToSegment, type Vec2 } from '../../core/geometry/vec';
import { rowCrossings, sampleGrid, sampleInside, settledOrLeast } from '../util';

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

/**
 * The rows of each column within `step` of the edge, column by column and made only when asked for: per edge and
 * column, only the rows the edge can be that close to are measured, and with that edge alone (the boundary's
 * distance is the least of its edges', so one edge within `step` decides, with the arithmetic
 * distToPolygonBoundary uses). A reader that settles on the first samples measures the first columns only, not
 * the whole perimeter. Each call gives the next column that has such rows (ascending), as [column, rows], then
 * undefined.
 */
function nearColumns(poly: Polygon, step: number, xs: readonly number[], ys: readonly number[]): () => [number, Int32Array] | undefined {
  const cols = xs.length;
  const rows = ys.length;
  const n = poly.length;
  // Per edge, the columns it can reach (one grid position of slack each way: the index arithmetic rounds, the exact
  // test decides); edges taken up in the order of their first column.
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % n];
    first[i] = Math.max(0, below(Math.min(a[0], b[0]) - step, xs[0], step, cols) - 1);
    last[i] = Math.min(cols - 1, below(Math.max(a[0], b[0]) + step, xs[0], step, cols) + 1);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => first[i] - first[j]);
  let next = 0;
  let active: number[] = [];
  // The column each row was last found in: a row near two edges is listed once.
  const foundIn = new Int32Array(rows).fill(-1);
  const p: Vec2 = [0, 0];
  let c = 0;
  return () => {
    while (c < cols) {
      if (!active.length && next < n) c = Math.max(c, first[order[next]]);
      if (c >= cols) break;
      while (next < n && first[order[next]] <= c) active.push(order[next++]);
      const col = c++;
      active = active.filter((i) => last[i] >= col);
      const found: number[] = [];
      const x = xs[col];
      p[0] = x;
      for (const i of active) {
        const a = poly[i];
        const b = poly[(i + 1) % n];
        const [ax, ay] = a;
        const [bx, by] = b;
        // The edge's y over the columns within a step of this one: a point within `step` has its nearest point there.
        let lo = Math.min(ay, by);
        let hi = Math.max(ay, by);
        if (ax !== bx) {
          const y0 = ay + (by - ay) * Math.max(0, Math.min(1, (x - step - ax) / (bx - ax)));
          const y1 = ay + (by - ay) * Math.max(0, Math.min(1, (x + step - ax) / (bx - ax)));
          lo = Math.min(y0, y1);
          hi = Math.max(y0, y1);
        }
        const r0 = Math.max(0, below(lo - step, ys[0], step, rows) - 1);
        const r1 = Math.min(rows - 1, below(hi + step, ys[0], step, rows) + 1);
        for (let r = r0; r <= r1; r++) {
          if (foundIn[r] === col) continue;
          p[1] = ys[r];
          bandStats.measured++;
          if (distToSegment(p, a, b) > step) continue;
          foundIn[r] = col;
          found.push(r);
        }
      }
      if (found.length) return [col, Int32Array.from(found).sort()];
    }
    return undefined;
  };
}

/** Counts since start, for tests that want to see how much of a band was measured. */
export const bandStats = { measured: 0 };

/**
 * settledOrLeast over edgeSamples(poly, step): a waiting hall beside the counters is settled by its first few
 * samples instead of its whole perimeter. The samples are made only as far as they are read, and kept for
 * edgeSamples once all are made.
 */
export function settledOrLeastOnEdge(poly: Polygon, step: number, read: (p: Vec2) => number, settles: (v: number) => boolean): number {
  const kept = rings.get(poly)?.get(step);
  if (kept) return settledOrLeast(kept, read, settles);
  const all: Vec2[] = [];
  const v = settledOrLeast(
    (function* () {
      for (const p of bandOf(poly, step)) {
        all.push(p);
        yield p;
      }
    })(),
    read,
    settles,
  );
  // Every sample made: the band is whole (a settled read may have stopped before its end).
  if (settles(v)) return v;
  let m = rings.get(poly);
  if (!m) rings.set(poly, (m = new Map()));
  m.set(step, all);
  return v;
}

/** The band as one list: edgeSamples reads it whole. */
function band(poly: Polygon, step: number): Vec2[] {
  const out: Vec2[] = [];
  const inside = insideBand(poly, step);
  for (let p = inside(); p; p = inside()) out.push(p);
  return out;
}

function* bandOf(poly: Polygon, step: number): Generator<Vec2> {
  const inside = insideBand(poly, step);
  for (let p = inside(); p; p = inside()) yield p;
}

/**
 * The band's samples one per call in samplePolygon's order, then undefined: the grid positions near the edge that
 * lie inside the area, or the area's centroid where none does (an inside sample always has one within a step of
 * the edge along its row) and it lies within a step of the edge, as samplePolygon has it.
 */
function insideBand(poly: Polygon, step: number): () => Vec2 | undefined {
  const { xs, ys } = sampleGrid(poly, step);
  const rows = ys.length;
  const columns = xs.length && rows ? nearColumns(poly, step, xs, ys) : () => undefined;
  const crossings: (number[] | undefined)[] = new Array(rows);
  let col = -1;
  let near: Int32Array = new Int32Array(0);
  let j = 0;
  let any = false;
  return () => {
    for (;;) {
      while (j < near.length) {
        const r = near[j++];
        let cross = crossings[r];
        if (!cross) rowCrossings(poly, ys[r], (crossings[r] = cross = []));
        if (sampleInside(poly, xs[col], ys[r], cross)) {
          any = true;
          return [xs[col], ys[r]];
        }
      }
      const next = columns();
      if (!next) break;
      [col, near] = next;
      j = 0;
    }
    if (any) return undefined;
    any = true;
    const c = centroid(poly);
    return distToPolygonBoundary(c, poly) <= step ? c : undefined;
  };
}
