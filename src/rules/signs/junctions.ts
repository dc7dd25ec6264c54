/**
 * Junctions of the citizen routes: where the walk to one zone parts from the walk to another, a citizen must choose
 * the way there even when the own route goes straight on (a 导向 decision point, RULES.md “a turn … or a junction”).
 */
import { hypot2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';
import { boxesMeet, changedSampleBoxes, routeSamples, sampleBoxes, type Samples } from './route-samples';

/** Entries of the sample grid: a route's slot in the list and a sample's index in it, packed in one number. */
const SLOT = 2 ** 24;

/** Cell keys from a floor number and cell coordinates. Keys may collide far out; entries are checked exactly. */
const cellKey = (floor: number, cx: number, cy: number) => floor * 2 ** 42 + (cx & 0x1fffff) * 2 ** 21 + (cy & 0x1fffff);

/**
 * For one list of routes (all from one entrance), every route's samples bucketed by floor and cell, each entry
 * tagged with its route's slot, so a route's answer reads the routes before it only. Kept across checks: when a
 * seat moves, the few routes walked past it are taken out and put back; the grid is not built again.
 */
class RouteState {
  readonly routes: (readonly NavPoint[])[] = [];
  private readonly samples: Samples[] = [];
  private readonly keys: number[][] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly out: NavPoint[][] = [];
  /** Per slot, the boxes of the samples its last scan looked at (sampleBoxes, not grown). */
  private readonly read: number[][] = [];
  /** The last answer handed out (callers may keep it; `out` changes with the next list). */
  result: NavPoint[][] = [];
  constructor(
    readonly split: number,
    readonly minLeg: number,
  ) {}

  /** The answers for `routes`, recomputing those from the first route that differs from the last call's on. */
  update(routes: readonly (readonly NavPoint[])[]): NavPoint[][] {
    for (let i = routes.length; i < this.routes.length; i++) this.remove(i);
    this.routes.length = Math.min(this.routes.length, routes.length);
    this.out.length = routes.length;
    // Where the routes changed so far in the list: a later route whose scan read nothing there keeps its answer.
    const changed: number[] = [];
    for (let i = 0; i < routes.length; i++) {
      if (this.routes[i] !== routes[i]) {
        const old = i < this.routes.length ? this.samples[i] : undefined;
        if (old) this.remove(i);
        this.add(i, routes[i]);
        changedSampleBoxes(old, this.samples[i], this.minLeg, this.split, changed);
        this.out[i] = this.scan(i);
      } else if (changed.length && boxesMeet(this.read[i], changed)) this.out[i] = this.scan(i);
    }
    this.result = this.out.slice();
    return this.result;
  }

  private add(slot: number, route: readonly NavPoint[]): void {
    const s = routeSamples(route, this.split / 2);
    this.routes[slot] = route;
    this.samples[slot] = s;
    const touched = new Set<number>();
    for (let k = 0; k < s.n; k++) {
      const key = cellKey(s.floor[k], Math.floor(s.x[k] / this.split), Math.floor(s.y[k] / this.split));
      const c = this.cells.get(key);
      if (c) c.push(slot * SLOT + k);
      else this.cells.set(key, [slot * SLOT + k]);
      touched.add(key);
    }
    this.keys[slot] = [...touched];
  }

  private remove(slot: number): void {
    for (const key of this.keys[slot] ?? []) {
      const c = this.cells.get(key);
      if (!c) continue;
      let w = 0;
      for (let r = 0; r < c.length; r++) if (Math.floor(c[r] / SLOT) !== slot) c[w++] = c[r];
      c.length = w;
      if (!w) this.cells.delete(key);
    }
    this.keys[slot] = [];
  }

  /**
   * The longest walk left on a sample of a route before `slot` within `split` of (x, y) on `floor`, or −1 when
   * none is that near. The answer is only compared with 0 and with `minLeg`: the search stops at the first
   * sample with `minLeg` or more left, which decides both.
   */
  private nearLeft(slot: number, floor: number, x: number, y: number): number {
    const size = this.split;
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    let best = -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const c = this.cells.get(cellKey(floor, cx + dx, cy + dy));
        if (!c) continue;
        for (let r = 0; r < c.length; r++) {
          const o = Math.floor(c[r] / SLOT);
          if (o >= slot) continue;
          const k = c[r] - o * SLOT;
          const s = this.samples[o];
          if (s.floor[k] !== floor || s.left[k] <= best || hypot2(s.x[k] - x, s.y[k] - y) > size) continue;
          best = s.left[k];
          if (best >= this.minLeg) return best;
        }
      }
    return best;
  }

  /**
   * The point where the route in `slot` parts from the routes before it: the last sample still within `split` of
   * another route before the two are farther apart. A junction only where both ways go on for at least `minLeg`
   * and it lies at least `minLeg` into the walk.
   */
  private scan(slot: number): NavPoint[] {
    const s = this.samples[slot];
    const minLeg = this.minLeg;
    let last = -1;
    let lastOtherLeft = -1;
    for (let k = 0; k < s.n; k++) {
      const left = this.nearLeft(slot, s.floor[k], s.x[k], s.y[k]);
      if (left >= 0) {
        last = k;
        lastOtherLeft = left;
        continue;
      }
      this.read[slot] = sampleBoxes(s, 0, k + 1, 0);
      if (last >= 0 && s.along[last] >= minLeg && s.left[last] >= minLeg && lastOtherLeft >= minLeg) return [{ floorId: s.floorIds[last], p: [s.x[last], s.y[last]] }];
      return [];
    }
    this.read[slot] = sampleBoxes(s, 0, s.n, 0);
    return [];
  }
}

/**
 * The states of the last few route lists (rules that sign the routes to some zone types only walk other lists):
 * a list is answered from the state sharing most of its routes, others are dropped oldest first.
 */
const states: RouteState[] = [];
const MAX_STATES = 4;

/**
 * For each route (all from one entrance), the point where it parts from the routes before it: the last point still
 * within `split` of another route before the two are farther apart. It is a junction only where both ways go on for
 * at least `minLeg` (a route passing another's destination is not a fork) and it lies at least `minLeg` into the
 * walk (the entrance itself is signed by its layout map, sign.layout-map). Returns one list per route.
 */
export function junctions(routes: readonly (readonly NavPoint[])[], split: number, minLeg: number): NavPoint[][] {
  let best: RouteState | undefined;
  let shared = -1;
  for (const st of states) {
    if (st.split !== split || st.minLeg !== minLeg) continue;
    let same = 0;
    for (let i = 0; i < routes.length && i < st.routes.length; i++) if (st.routes[i] === routes[i]) same++;
    if (same > shared) (best = st), (shared = same);
  }
  // The walked paths are kept objects while the walkable space stays (a sign or a name edited): so is their answer.
  if (best && shared === routes.length && best.routes.length === routes.length) return best.result;
  if (!best || shared === 0) {
    best = new RouteState(split, minLeg);
    states.push(best);
    if (states.length > MAX_STATES) states.shift();
  } else {
    states.splice(states.indexOf(best), 1);
    states.push(best);
  }
  return best.update(routes);
}
