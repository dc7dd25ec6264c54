/**
 * Junctions of the citizen routes: where the walk to one zone parts from the walk to another, a citizen must choose
 * the way there even when the own route goes straight on (a 导向 decision point, RULES.md “a turn … or a junction”).
 */
import { dist, type Vec2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';

interface Sample {
  floorId: string;
  p: Vec2;
  /** Walked from the route's start. */
  along: number;
  /** Left to walk to the route's end. */
  left: number;
}

/** Points every `step` along a route (each vertex kept), with the distance walked and left. */
function samplesOf(route: readonly NavPoint[], step: number): Sample[] {
  const out: Sample[] = [];
  let along = 0;
  for (let i = 0; i < route.length; i++) {
    const { floorId, p } = route[i];
    const prev = route[i - 1];
    if (prev && prev.floorId === floorId) {
      const d = dist(prev.p, p);
      const n = Math.max(1, Math.ceil(d / step));
      for (let k = 1; k < n; k++) {
        const t = k / n;
        out.push({ floorId, p: [prev.p[0] + (p[0] - prev.p[0]) * t, prev.p[1] + (p[1] - prev.p[1]) * t], along: along + d * t, left: 0 });
      }
      along += d;
    }
    out.push({ floorId, p, along, left: 0 });
  }
  for (const s of out) s.left = along - s.along;
  return out;
}

/** Route samples bucketed by floor and cell, so “is another route near here” looks at nine cells. */
class SampleGrid {
  private cells = new Map<string, Sample[]>();
  constructor(private readonly size: number) {}
  private key(floorId: string, cx: number, cy: number): string {
    return `${floorId}|${cx}|${cy}`;
  }
  add(s: Sample): void {
    const k = this.key(s.floorId, Math.floor(s.p[0] / this.size), Math.floor(s.p[1] / this.size));
    const c = this.cells.get(k);
    if (c) c.push(s);
    else this.cells.set(k, [s]);
  }
  /** The longest walk left on any sample within `size` of `s`, or −1 when none is that near. */
  nearestLeft(s: Sample): number {
    const cx = Math.floor(s.p[0] / this.size);
    const cy = Math.floor(s.p[1] / this.size);
    let best = -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) for (const o of this.cells.get(this.key(s.floorId, cx + dx, cy + dy)) ?? []) if (o.left > best && dist(o.p, s.p) <= this.size) best = o.left;
    return best;
  }
}

/**
 * For each route (all from one entrance), the point where it parts from the routes before it: the last point still
 * within `split` of another route before the two are farther apart. It is a junction only where both ways go on for
 * at least `minLeg` (a route passing another's destination is not a fork) and it lies at least `minLeg` into the
 * walk (the entrance itself is signed by its layout map, sign.layout-map). Returns one list per route.
 */
export function junctions(routes: readonly (readonly NavPoint[])[], split: number, minLeg: number): NavPoint[][] {
  const grid = new SampleGrid(split);
  const step = split / 2;
  return routes.map((route) => {
    const samples = samplesOf(route, step);
    const out: NavPoint[] = [];
    let last: Sample | undefined;
    let lastOtherLeft = -1;
    for (const s of samples) {
      const left = grid.nearestLeft(s);
      if (left >= 0) {
        last = s;
        lastOtherLeft = left;
        continue;
      }
      if (last && last.along >= minLeg && last.left >= minLeg && lastOtherLeft >= minLeg) out.push({ floorId: last.floorId, p: last.p });
      break;
    }
    for (const s of samples) grid.add(s);
    return out;
  });
}
