/** Path smoothing by string-pulling between points that see each other on walkable cells. */
import { hypot2 } from '../core/geometry/vec';
import type { NavGraph, NavPoint } from './graph';
import { lineClear, openBoxes } from './line-of-sight';
import type { SearchSpace } from './mask';
import type { PathPoints } from './path-points';

/**
 * A path handed out by a field, for pulls shared with the field's other paths (see PullMemo): point k
 * (1 ≤ k ≤ nodes.length) is node nodes[k − 1], point 0 the field's source, the last point the caller's target.
 */
export interface Named {
  nodes: readonly number[];
  /** Where each pull stood after a point, kept by the point's node: shared by one field's paths. */
  pulls: PullMemo;
}

/**
 * A field's paths to many targets are one tree: a node's way back to the source, and so its index on every path
 * through it, is the same on all of them. The forward pull's state after index k (its anchor) depends only on the
 * points up to k, so it is kept per node at k and a path resumes after the longest stretch pulled before. The
 * reverse pull, once it anchors at a node, goes on by the points before that node alone: the next anchor is kept
 * per anchor node (0 when the pull runs from it straight to the source), and a path that anchors at a node seen
 * before follows the kept chain. No line between two points is then tested twice for one field.
 */
export interface PullMemo {
  fwd: Map<number, number>;
  rev: Map<number, number>;
}

/**
 * String-pulling: drop points while the straight line between kept points stays on walkable cells. Greedy
 * pulling depends on the end it starts from, so both ends are tried and the shorter walk kept (routes A→B and
 * B→A then agree). `ranges` receives each run of points tested against one anchor (what the result depends on).
 * With `named`, the pulls are shared with the other paths of the field (PullMemo).
 */
export function smooth(g: NavGraph, P: PathPoints, ranges?: number[], named?: Named, space?: SearchSpace): NavPoint[] {
  const L = new PathLines(g, P, space, named?.nodes);
  const fwd = pull(P, L, 1, ranges, named);
  if (P.n <= 2) return fwd.map((k) => P.point(k));
  const rev = pull(P, L, -1, ranges, named).reverse();
  return (walkLength(P, rev) < walkLength(P, fwd) - 1e-9 ? rev : fwd).map((k) => P.point(k));
}

/** Far more than the rounding of a sample's position in cells, far less than a cell. */
const INSIDE = 1e-6;

/**
 * The line tests of one path's pulls. A pull tests lines from one anchor to point after point: the anchor's floor
 * and open boxes (openBoxes) are found once, and a line whose far end lies inside one of them passes without being
 * traced. With the path's nodes (the points between its ends), a node's floor and cell are read from its number,
 * so a node inside a box is never placed.
 */
class PathLines {
  private anchor = -1;
  private readonly box = new Float64Array(8);
  /** The anchor's floor index (−1 off the graph), and its nodes' numbers: base … base + size − 1 in rows of cols. */
  private fi = -1;
  private base = 0;
  private size = 0;
  private cols = 0;
  constructor(
    private readonly g: NavGraph,
    private readonly P: PathPoints,
    private readonly space: SearchSpace | undefined,
    private readonly nodes: readonly number[] | undefined,
  ) {}

  /** Whether path points a and b lie on one floor with a clear line between them (P.sameFloor and lineClear). */
  sees(a: number, b: number): boolean {
    const { g, P } = this;
    if (a !== this.anchor) this.anchorAt(a);
    const fi = this.fi;
    if (fi < 0) return false;
    const x = this.box;
    const nodes = this.nodes;
    if (nodes && b >= 1 && b <= nodes.length) {
      const at = nodes[b - 1] - this.base;
      if (at < 0 || at >= this.size) return false;
      const r = Math.floor(at / this.cols);
      const c = at - r * this.cols;
      // A node is its cell's centre: inside a box by half a cell.
      if ((c >= x[0] && c < x[2] && r >= x[1] && r < x[3]) || (c >= x[4] && c < x[6] && r >= x[5] && r < x[7])) return true;
    } else {
      if (P.floorOf(b) !== fi) return false;
      const grid = g.grids[fi];
      const inv = 1 / grid.cell;
      const u = (P.xOf(b) - grid.origin[0]) * inv;
      const v = (P.yOf(b) - grid.origin[1]) * inv;
      if (inside(x, 0, u, v) || inside(x, 4, u, v)) return true;
    }
    return lineClear(g, fi, P.xOf(a), P.yOf(a), P.xOf(b), P.yOf(b), this.space);
  }

  /** The anchor's floor and boxes, each box kept only when the anchor itself lies inside it. */
  private anchorAt(a: number): void {
    const { g, P } = this;
    this.anchor = a;
    const fi = (this.fi = P.floorOf(a));
    if (fi < 0) return;
    const grid = g.grids[fi];
    this.base = g.offsets[fi];
    this.size = grid.cols * grid.rows;
    this.cols = grid.cols;
    const inv = 1 / grid.cell;
    const u = (P.xOf(a) - grid.origin[0]) * inv;
    const v = (P.yOf(a) - grid.origin[1]) * inv;
    const x = this.box;
    openBoxes(g, fi, this.space, Math.floor(u), Math.floor(v), x);
    if (!inside(x, 0, u, v)) x.fill(0, 0, 4);
    if (!inside(x, 4, u, v)) x.fill(0, 4, 8);
  }
}

/** Whether (u, v) lies inside the box at `at` of a box list, by more than INSIDE. */
const inside = (x: Float64Array, at: number, u: number, v: number) => u > x[at] + INSIDE && u < x[at + 2] - INSIDE && v > x[at + 1] + INSIDE && v < x[at + 3] - INSIDE;

/** Walking length along kept points (steps between floors count nothing). */
function walkLength(P: PathPoints, kept: number[]): number {
  let s = 0;
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i - 1];
    const b = kept[i];
    if (P.floorOf(b) === P.floorOf(a)) s += hypot2(P.xOf(b) - P.xOf(a), P.yOf(b) - P.yOf(a));
  }
  return s;
}

/**
 * Greedy pull from one end (dir 1: from index 0, −1: from the last index); the kept indices, in the order walked.
 * Runs go into `ranges` as low, high indices of the path (two numbers a run).
 */
function pull(P: PathPoints, L: PathLines, dir: 1 | -1, ranges: number[] | undefined, named: Named | undefined): number[] {
  if (P.n > 2 && named) return dir === 1 ? pullForward(P, L, ranges, named.nodes, named.pulls.fwd) : pullBack(P, L, ranges, named.nodes, named.pulls.rev);
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
    if (!L.sees(anchor, i)) {
      run(anchor, i);
      out.push(i - dir);
      anchor = i - dir;
    }
  }
  run(anchor, end);
  out.push(end);
  return out;
}

/**
 * pull from index 0, resumed after the longest stretch of this path a path of the same field pulled before
 * (PullMemo): the kept anchors up to there are read back from the anchors kept per node.
 */
function pullForward(P: PathPoints, L: PathLines, ranges: number[] | undefined, nodes: readonly number[], after: Map<number, number>): number[] {
  const end = P.n - 1;
  // Indices 2 … end − 1 are nodes (index k is nodes[k − 1]); the ones kept are a prefix of them.
  let lo = 1;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (after.has(nodes[mid - 1])) lo = mid;
    else hi = mid - 1;
  }
  // The anchor after index k (before index 2 it is the start), and the anchors before it, each the anchor after
  // the index it was set at.
  let anchor = lo < 2 ? 0 : after.get(nodes[lo - 1])!;
  const out: number[] = [];
  for (let a = anchor; a > 0; a = a < 2 ? 0 : after.get(nodes[a - 1])!) out.push(a);
  out.push(0);
  out.reverse();
  // The runs the kept stretch tested: from each anchor to the index past the next one, where its line failed.
  if (ranges) for (let j = 1; j < out.length; j++) ranges.push(out[j - 1], out[j] + 1);
  for (let i = lo + 1; i <= end; i++) {
    if (!L.sees(anchor, i)) {
      ranges?.push(anchor, i);
      out.push(i - 1);
      anchor = i - 1;
    }
    if (i < end) after.set(nodes[i - 1], anchor);
  }
  ranges?.push(anchor, end);
  out.push(end);
  return out;
}

/**
 * pull from the last index, following the chain of anchors kept (PullMemo) once it anchors at a node a path of the
 * same field anchored at before.
 */
function pullBack(P: PathPoints, L: PathLines, ranges: number[] | undefined, nodes: readonly number[], next: Map<number, number>): number[] {
  const last = P.n - 1;
  const out = [last];
  let anchor = last;
  for (let i = last - 2; i >= 0; i--) {
    if (L.sees(anchor, i)) continue;
    ranges?.push(i, anchor);
    if (anchor < last) next.set(nodes[anchor - 1], i + 1);
    anchor = i + 1;
    out.push(anchor);
    const kept = next.get(nodes[anchor - 1]);
    if (kept === undefined) continue;
    // The rest as the earlier pull found it.
    for (let a = anchor, k = kept; ; a = k, k = next.get(nodes[a - 1])!) {
      if (k === 0) {
        ranges?.push(0, a);
        out.push(0);
        return out;
      }
      ranges?.push(k - 1, a);
      out.push(k);
    }
  }
  ranges?.push(0, anchor);
  if (anchor < last) next.set(nodes[anchor - 1], 0);
  out.push(0);
  return out;
}
