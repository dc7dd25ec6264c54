/**
 * Junctions of the citizen routes: where the walk to one zone parts from the walk to another, a citizen must choose
 * the way there even when the own route goes straight on (a 导向 decision point, RULES.md “a turn … or a junction”).
 */
import type { NavPoint } from '../../nav';
import { RouteTree } from './route-tree';
import { boxesMeet, changedSampleBoxes, floorIdOf, routeSamples } from './route-samples';

/**
 * For one list of routes (all from one entrance), the tree the routes form (route-tree.ts) listing the routes'
 * slots, so a route's answer reads the routes before it only. Kept across checks: when a seat moves, the few routes
 * walked past it are taken out and put back; the tree is not built again.
 */
class RouteState {
  readonly routes: (readonly NavPoint[])[] = [];
  readonly tree: RouteTree;
  private readonly out: NavPoint[][] = [];
  /** Per slot, the boxes of the samples its last scan looked at (sampleBoxes, not grown). */
  private readonly read: number[][] = [];
  /** The last answer handed out (callers may keep it; `out` changes with the next list). */
  result: NavPoint[][] = [];
  constructor(
    readonly split: number,
    readonly minLeg: number,
  ) {
    this.tree = new RouteTree(split);
  }

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
        const old = i < this.routes.length ? this.routes[i] : undefined;
        if (old) this.remove(i);
        this.add(i, routes[i]);
        // Only a route some later route read needs its samples: made here, for the route before and after.
        const step = this.split / 2;
        if (i < kept - 1) changedSampleBoxes(old && routeSamples(old, step), routeSamples(routes[i], step), this.minLeg, this.split, changed);
        this.out[i] = this.scan(i);
      } else if (changed.length && boxesMeet(this.read[i], changed)) this.out[i] = this.scan(i);
    }
    this.result = this.out.slice();
    return this.result;
  }

  private add(slot: number, route: readonly NavPoint[]): void {
    this.routes[slot] = route;
    this.tree.add(slot, route, this.split / 2);
  }

  private remove(slot: number): void {
    this.tree.remove(slot);
  }

  /**
   * The point where the route in `slot` parts from the routes before it: the last sample still within `split` of
   * another route before the two are farther apart. A junction only where both ways go on for at least `minLeg`
   * and it lies at least `minLeg` into the walk.
   */
  private scan(slot: number): NavPoint[] {
    const tree = this.tree;
    const minLeg = this.minLeg;
    const n = tree.sampleCount(slot);
    let last = -1;
    let lastFloor = 0;
    let lastX = 0;
    let lastY = 0;
    let lastAlong = 0;
    let lastLeft = 0;
    let lastOtherLeft = -1;
    let out: NavPoint[] | undefined;
    // Up to its own way a route before stands at each sample: the scan starts at the last of them.
    const own = tree.firstOwn(slot);
    tree.samplesFrom(slot, own < 0 ? n : Math.max(0, own - 1), (k, floor, x, y, along, left) => {
      const near = tree.nearLeft(slot, floor, x, y, minLeg);
      if (near >= 0) {
        last = k;
        lastFloor = floor;
        lastX = x;
        lastY = y;
        lastAlong = along;
        lastLeft = left;
        lastOtherLeft = near;
        return false;
      }
      this.read[slot] = tree.boxesUpTo(slot, k + 1);
      out = last >= 0 && lastAlong >= minLeg && lastLeft >= minLeg && lastOtherLeft >= minLeg ? [{ floorId: floorIdOf(lastFloor), p: [lastX, lastY] }] : [];
      return true;
    });
    if (out) return out;
    this.read[slot] = tree.boxesUpTo(slot, n);
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

/**
 * The tree of exactly these routes, as junctions() last left it for them (undefined when it holds another list):
 * forks-passed.ts reads which routes pass a fork from it instead of bucketing their samples again.
 */
export function routeTreeOf(routes: readonly (readonly NavPoint[])[], split: number, minLeg: number): RouteTree | undefined {
  for (const st of states) if (st.split === split && st.minLeg === minLeg && st.routes.length === routes.length && routes.every((r, i) => st.routes[i] === r)) return st.tree;
  return undefined;
}
