/**
 * Junctions of the citizen routes: where the walk to one zone parts from the walk to another, a citizen must choose
 * the way there even when the own route goes straight on (a 导向 decision point, RULES.md “a turn … or a junction”).
 */
import { hypot2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';
import { boxesMeet, changedSampleBoxes, routeSamples, sampleBoxes, type Samples } from './route-samples';

/**
 * One sampled position and the routes (slots) with a sample there. Routes from one entrance share their legs, so
 * most samples of a hall's routes stand where another's do (63,269 samples at 15,104 places on the big hall): a
 * query looks at each place once, not at each route passing it. `long` lists the slots whose sample there has
 * `minLeg` or more left to walk; a slot is listed once per sample, so one walking past twice is listed twice.
 */
interface Spot {
  readonly floor: number;
  readonly x: number;
  readonly y: number;
  readonly cell: number;
  any: number[];
  long: number[];
  /** The least slot in `any` and in `long` (Infinity when none). */
  minAny: number;
  minLong: number;
  /** The `add` call that last listed this place for its route (so each route lists it once). */
  stamp: number;
}

/** A cell's key on its floor, a small integer (cells 32,768 apart share a key; spots are compared exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

const least = (xs: readonly number[]) => {
  let m = Number.POSITIVE_INFINITY;
  for (const x of xs) if (x < m) m = x;
  return m;
};

/**
 * For one list of routes (all from one entrance), every route's samples as places bucketed by floor and cell, each
 * place listing the routes' slots, so a route's answer reads the routes before it only. Kept across checks: when a
 * seat moves, the few routes walked past it are taken out and put back; the grid is not built again.
 */
class RouteState {
  readonly routes: (readonly NavPoint[])[] = [];
  private readonly samples: Samples[] = [];
  /** Per slot, the places its samples stand at (each once). */
  private readonly spots: Spot[][] = [];
  /** Per floor number, the places in each cell. */
  private readonly cells: Map<number, Spot[]>[] = [];
  private readonly out: NavPoint[][] = [];
  /** Per slot, the boxes of the samples its last scan looked at (sampleBoxes, not grown). */
  private readonly read: number[][] = [];
  private stamp = 0;
  /** The last answer handed out (callers may keep it; `out` changes with the next list). */
  result: NavPoint[][] = [];
  constructor(
    readonly split: number,
    readonly minLeg: number,
  ) {}

  /** The answers for `routes`: found again for the routes that changed and those whose scan read near a change. */
  update(routes: readonly (readonly NavPoint[])[]): NavPoint[][] {
    for (let i = routes.length; i < this.routes.length; i++) this.remove(i);
    this.routes.length = Math.min(this.routes.length, routes.length);
    // Past the old list's end every route is new and scanned anyway: no later route reads what changed.
    const kept = this.routes.length;
    this.out.length = routes.length;
    // Where the routes changed so far in the list: a later route whose scan read nothing there keeps its answer.
    const changed: number[] = [];
    for (let i = 0; i < routes.length; i++) {
      if (this.routes[i] !== routes[i]) {
        const old = i < this.routes.length ? this.samples[i] : undefined;
        if (old) this.remove(i);
        this.add(i, routes[i]);
        if (i < kept - 1) changedSampleBoxes(old, this.samples[i], this.minLeg, this.split, changed);
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
    const mine: Spot[] = [];
    const stamp = ++this.stamp;
    for (let k = 0; k < s.n; k++) {
      const f = s.floor[k];
      const x = s.x[k];
      const y = s.y[k];
      const key = cellKey(Math.floor(x / this.split), Math.floor(y / this.split));
      const cells = this.cells[f] ?? (this.cells[f] = new Map());
      let c = cells.get(key);
      if (!c) cells.set(key, (c = []));
      let spot: Spot | undefined;
      for (let r = 0; r < c.length && !spot; r++) if (c[r].x === x && c[r].y === y) spot = c[r];
      if (!spot) {
        spot = { floor: f, x, y, cell: key, any: [], long: [], minAny: Number.POSITIVE_INFINITY, minLong: Number.POSITIVE_INFINITY, stamp: 0 };
        c.push(spot);
      }
      if (spot.stamp !== stamp) {
        spot.stamp = stamp;
        mine.push(spot);
      }
      spot.any.push(slot);
      if (slot < spot.minAny) spot.minAny = slot;
      if (s.left[k] >= this.minLeg) {
        spot.long.push(slot);
        if (slot < spot.minLong) spot.minLong = slot;
      }
    }
    this.spots[slot] = mine;
  }

  private remove(slot: number): void {
    for (const spot of this.spots[slot] ?? []) {
      spot.any = spot.any.filter((o) => o !== slot);
      spot.long = spot.long.filter((o) => o !== slot);
      spot.minAny = least(spot.any);
      spot.minLong = least(spot.long);
      if (spot.any.length) continue;
      const cells = this.cells[spot.floor];
      const c = cells.get(spot.cell)!;
      c.splice(c.indexOf(spot), 1);
      if (!c.length) cells.delete(spot.cell);
    }
    this.spots[slot] = [];
  }

  /**
   * Whether a route before `slot` has a sample within `split` of (x, y) on `floor`: −1 when none, else `minLeg`
   * when one of them has `minLeg` or more left to walk, else 0. The answer is only compared with 0 and `minLeg`.
   */
  private nearLeft(slot: number, floor: number, x: number, y: number): number {
    const cells = this.cells[floor];
    if (!cells) return -1;
    const size = this.split;
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    let best = -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const c = cells.get(cellKey(cx + dx, cy + dy));
        if (!c) continue;
        for (let r = 0; r < c.length; r++) {
          const spot = c[r];
          if (spot.minAny >= slot || (best === 0 && spot.minLong >= slot) || hypot2(spot.x - x, spot.y - y) > size) continue;
          if (spot.minLong < slot) return this.minLeg;
          best = 0;
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
