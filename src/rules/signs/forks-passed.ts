/**
 * Where another route parts from a signed one, the citizen on the signed one must choose there too, going straight
 * on or not (hunan §5.4.7 signs the walk to the waiting areas only, yet its forks are wherever any public way leaves
 * it): per signed route, the forks of the other routes it passes within `split` with at least `minLeg` walked and
 * left on it.
 */
import { hypot2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';
import { routeTreeOf } from './junctions';
import { floorNumber, routeSamples, sampleBoxes, type Samples } from './route-samples';
import type { RouteTree } from './route-tree';

/** A cell's key on its floor, a small integer (cells 32,768 apart share a key; samples are compared exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

/** Whether a sample is far enough into and before the end of its walk for a fork there to be passed on it. */
const inside = (s: Samples, k: number, minLeg: number) => s.along[k] >= minLeg && s.left[k] >= minLeg;

/** Per route, the box per floor of its samples a fork can be passed at, grown by `split` (flat: floor, x0, y0, x1, y1). */
const boxesKept = new WeakMap<readonly NavPoint[], Map<string, number[]>>();
function passBoxes(route: readonly NavPoint[], split: number, minLeg: number): number[] {
  let m = boxesKept.get(route);
  if (!m) boxesKept.set(route, (m = new Map()));
  const key = `${split}|${minLeg}`;
  let out = m.get(key);
  if (out) return out;
  const s = routeSamples(route, split / 2);
  out = sampleBoxes(s, 0, s.n, split, [], (k) => inside(s, k, minLeg));
  m.set(key, out);
  return out;
}

/** Whether any of `points` lies in one of the flat boxes (passBoxes) on its floor. */
function meets(boxes: readonly number[], points: readonly NavPoint[]): boolean {
  for (const { floorId, p } of points) {
    const f = floorNumber(floorId);
    for (let b = 0; b < boxes.length; b += 5) if (boxes[b] === f && p[0] >= boxes[b + 1] && p[0] <= boxes[b + 3] && p[1] >= boxes[b + 2] && p[1] <= boxes[b + 4]) return true;
  }
  return false;
}

/**
 * The forks passed on the routes in `which` (their lists in `out` replaced), found by bucketing those routes'
 * samples by `split`-sized cells per floor so that each fork looks at the few samples around it.
 */
function passedOn(which: readonly number[], routes: readonly (readonly NavPoint[])[], forks: readonly NavPoint[][], split: number, minLeg: number, out: NavPoint[][]): void {
  const tree = routeTreeOf(routes, split, minLeg);
  if (tree) {
    passedOnTree(which, tree, forks, minLeg, out);
    return;
  }
  const cells = new Map<number, Map<number, number[]>>();
  const samples: Samples[] = [];
  for (const i of which) {
    const s = (samples[i] = routeSamples(routes[i], split / 2));
    out[i] = [];
    for (let k = 0; k < s.n; k++) {
      if (!inside(s, k, minLeg)) continue;
      const onFloor = cells.get(s.floor[k]) ?? cells.set(s.floor[k], new Map()).get(s.floor[k])!;
      const key = cellKey(Math.floor(s.x[k] / split), Math.floor(s.y[k] / split));
      const c = onFloor.get(key);
      if (c) c.push(i, k);
      else onFloor.set(key, [i, k]);
    }
  }
  forks.forEach((fs, j) => {
    for (const f of fs) {
      const onFloor = cells.get(floorNumber(f.floorId));
      if (!onFloor) continue;
      const cx = Math.floor(f.p[0] / split);
      const cy = Math.floor(f.p[1] / split);
      const met = new Set<number>([j]);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const c = onFloor.get(cellKey(cx + dx, cy + dy));
          if (!c) continue;
          for (let t = 0; t < c.length; t += 2) {
            const i = c[t];
            const k = c[t + 1];
            const s = samples[i];
            if (met.has(i) || hypot2(s.x[k] - f.p[0], s.y[k] - f.p[1]) > split) continue;
            met.add(i);
            out[i].push(f);
          }
        }
    }
  });
}

/**
 * passedOn read from the tree junctions() left for these routes (route-tree.ts): its samples are bucketed already,
 * once per leg however many routes walk it, and each fork asks only for the routes passing it.
 */
function passedOnTree(which: readonly number[], tree: RouteTree, forks: readonly NavPoint[][], minLeg: number, out: NavPoint[][]): void {
  const wanted = new Set(which);
  for (const i of which) out[i] = [];
  forks.forEach((fs, j) => {
    for (const f of fs) {
      const met = new Set<number>([j]);
      tree.passing(floorNumber(f.floorId), f.p[0], f.p[1], minLeg, (i) => {
        if (met.has(i) || !wanted.has(i)) return;
        met.add(i);
        out[i].push(f);
      });
    }
  });
}

interface Passed {
  routes: readonly (readonly NavPoint[])[];
  forks: readonly NavPoint[][];
  signed: string;
  split: number;
  minLeg: number;
  out: NavPoint[][];
}
let last: Passed | undefined;

/**
 * Per route, the forks of the other routes it passes (empty for routes not signed). Kept between checks: a signed
 * route keeps its list while it is the same object and no fork that changed (before or after) lies in its boxes,
 * since its list is the forks near it in the order of the routes they part from.
 */
export function forksPassed(routes: readonly (readonly NavPoint[])[], forks: readonly NavPoint[][], signed: readonly boolean[], split: number, minLeg: number): NavPoint[][] {
  const key = signed.map(Number).join('');
  const m = last;
  const comparable = m && m.signed === key && m.split === split && m.minLeg === minLeg && m.routes.length === routes.length;
  const moved: NavPoint[] = [];
  if (comparable) for (let j = 0; j < forks.length; j++) if (forks[j] !== m.forks[j]) moved.push(...m.forks[j], ...forks[j]);
  if (comparable && !moved.length && routes.every((r, i) => r === m.routes[i])) return m.out;
  const out: NavPoint[][] = comparable ? m.out.slice() : routes.map(() => []);
  const which: number[] = [];
  for (let i = 0; i < routes.length; i++) {
    if (!signed[i]) continue;
    if (!comparable || routes[i] !== m.routes[i] || (moved.length && meets(passBoxes(routes[i], split, minLeg), moved))) which.push(i);
  }
  passedOn(which, routes, forks, split, minLeg, out);
  last = { routes, forks, signed: key, split, minLeg, out };
  return out;
}
