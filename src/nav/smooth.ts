/** Path smoothing by string-pulling between points that see each other on walkable cells. */
import { hypot2 } from '../core/geometry/vec';
import type { NavGraph, NavPoint } from './graph';
import { lineClear } from './line-of-sight';
import type { SearchSpace } from './mask';
import type { PairMemo } from './pair-memo';
import type { PathPoints } from './path-points';

/**
 * Names of path points for a line memo, and where the answers are kept (see smooth): point 0 is named `first`,
 * point k (1 ≤ k ≤ nodes.length) by its node's number, the last point (the caller's target) is unnamed.
 */
export interface Named {
  first: number;
  nodes: readonly number[];
  lines: PairMemo;
}
const nameOf = (named: Named, k: number) => (k === 0 ? named.first : k <= named.nodes.length ? named.nodes[k - 1] : -1);

/**
 * String-pulling: drop points while the straight line between kept points stays on walkable cells. Greedy
 * pulling depends on the end it starts from, so both ends are tried and the shorter walk kept (routes A→B and
 * B→A then agree). `ranges` receives each run of points tested against one anchor (what the result depends on).
 * With `named`, lines between named points are answered once per memo: the many paths a field hands out from
 * one source share their first stretch.
 */
export function smooth(g: NavGraph, P: PathPoints, ranges?: number[], named?: Named, space?: SearchSpace): NavPoint[] {
  const fwd = pull(g, P, 1, ranges, named, space);
  if (P.n <= 2) return fwd.map((k) => P.point(k));
  const rev = pull(g, P, -1, ranges, named, space).reverse();
  return (walkLength(P, rev) < walkLength(P, fwd) - 1e-9 ? rev : fwd).map((k) => P.point(k));
}

/** Whether the line between path points a and b is clear, kept under their names when both have one. */
function lineBetween(g: NavGraph, P: PathPoints, a: number, b: number, named: Named | undefined, space: SearchSpace | undefined): boolean {
  const na = named ? nameOf(named, a) : -1;
  const nb = named ? nameOf(named, b) : -1;
  if (!named || na < 0 || nb < 0) return lineClear(g, P.fi[a], P.x[a], P.y[a], P.x[b], P.y[b], space);
  let v = named.lines.get(na, nb);
  if (v === undefined) named.lines.set(na, nb, (v = lineClear(g, P.fi[a], P.x[a], P.y[a], P.x[b], P.y[b], space)));
  return v;
}

/** Walking length along kept points (steps between floors count nothing). */
function walkLength(P: PathPoints, kept: number[]): number {
  let s = 0;
  for (let i = 1; i < kept.length; i++) if (P.fi[kept[i]] === P.fi[kept[i - 1]]) s += hypot2(P.x[kept[i]] - P.x[kept[i - 1]], P.y[kept[i]] - P.y[kept[i - 1]]);
  return s;
}

/**
 * Greedy pull from one end (dir 1: from index 0, −1: from the last index); the kept indices, in the order walked.
 * Runs go into `ranges` as low, high indices of the path (two numbers a run).
 */
function pull(g: NavGraph, P: PathPoints, dir: 1 | -1, ranges: number[] | undefined, named: Named | undefined, space: SearchSpace | undefined): number[] {
  const first = dir === 1 ? 0 : P.n - 1;
  const end = dir === 1 ? P.n - 1 : 0;
  const run = (a: number, b: number) => ranges?.push(Math.min(a, b), Math.max(a, b));
  if (P.n <= 2) {
    run(first, end);
    return dir === 1 ? Array.from({ length: P.n }, (_, k) => k) : Array.from({ length: P.n }, (_, k) => P.n - 1 - k);
  }
  const out = [first];
  let anchor = first;
  for (let i = first + 2 * dir; dir === 1 ? i <= end : i >= end; i += dir) {
    if (!P.sameFloor(anchor, i) || !lineBetween(g, P, anchor, i, named, space)) {
      run(anchor, i);
      out.push(i - dir);
      anchor = i - dir;
    }
  }
  run(anchor, end);
  out.push(end);
  return out;
}
