/** A path on the nav graph as numbered points (floor and plan coordinates), the form smoothing and fields work on. */
import { hypot2 } from '../core/geometry/vec';
import type { NavGraph, NavPoint } from './graph';

/** Walking length along a path's nodes (its inner points: the ends are the caller's points). */
export function rawWalk(P: PathPoints): number {
  const { fi, x, y } = P;
  let s = 0;
  for (let i = 2; i < P.n - 1; i++) if (fi[i] === fi[i - 1]) s += hypot2(x[i] - x[i - 1], y[i] - y[i - 1]);
  return s;
}

/** Nodes whose floor and cell centre were worked out (for tests: smoothing reads only part of a shared path). */
export const pathPointStats = { placed: 0 };

/**
 * A path's points by index: floor (index into the graph's grids, −1 when not on the graph) and plan coordinates.
 * Smoothing reads these; a NavPoint is made only for the points it keeps. A node's floor and cell centre are
 * worked out when first read: a path from a field shares most of its way with paths pulled before, and smoothing
 * reads only the rest of it.
 */
export class PathPoints {
  // Plain arrays, not typed ones: a path is a few hundred numbers, made 35 times per check, and a typed array
  // that size costs a buffer outside the heap each.
  private readonly fis: number[];
  private readonly xs: number[];
  private readonly ys: number[];
  /** The node set at each index whose floor and centre are not worked out yet, else −1. */
  private readonly pending: number[];
  private pendingCount = 0;
  /** The caller's own point objects at some indices (source and target), handed back as they were. */
  private readonly givenAt: number[] = [];
  private readonly given: NavPoint[] = [];
  constructor(
    private readonly g: NavGraph,
    readonly n: number,
  ) {
    this.fis = new Array<number>(n).fill(-1);
    this.xs = new Array<number>(n).fill(0.5);
    this.ys = new Array<number>(n).fill(0.5);
    this.pending = new Array<number>(n).fill(-1);
  }
  setPoint(k: number, p: NavPoint): void {
    this.pending[k] = -1;
    this.fis[k] = this.g.floorIndex.get(p.floorId) ?? -1;
    this.xs[k] = p.p[0];
    this.ys[k] = p.p[1];
    this.givenAt.push(k);
    this.given.push(p);
  }
  /** The centre of a node's cell, as pointOf gives it. */
  setNode(k: number, node: number): void {
    if (this.pending[k] < 0) this.pendingCount++;
    this.pending[k] = node;
  }
  private place(k: number, node: number): void {
    const { g } = this;
    let fi = g.offsets.length - 1;
    while (fi > 0 && g.offsets[fi] > node) fi--;
    const grid = g.grids[fi];
    const i = node - g.offsets[fi];
    const r = Math.floor(i / grid.cols);
    const c = i - r * grid.cols;
    this.fis[k] = fi;
    this.xs[k] = grid.origin[0] + (c + 0.5) * grid.cell;
    this.ys[k] = grid.origin[1] + (r + 0.5) * grid.cell;
    this.pending[k] = -1;
    this.pendingCount--;
    pathPointStats.placed++;
  }
  /** Every point worked out (for readers of the whole path). */
  private placeAll(): void {
    for (let k = 0; k < this.n && this.pendingCount > 0; k++) if (this.pending[k] >= 0) this.place(k, this.pending[k]);
  }
  /** Floor index of point k. */
  floorOf(k: number): number {
    if (this.pending[k] >= 0) this.place(k, this.pending[k]);
    return this.fis[k];
  }
  /** Plan x of point k. */
  xOf(k: number): number {
    if (this.pending[k] >= 0) this.place(k, this.pending[k]);
    return this.xs[k];
  }
  /** Plan y of point k. */
  yOf(k: number): number {
    if (this.pending[k] >= 0) this.place(k, this.pending[k]);
    return this.ys[k];
  }
  /** Floor index per point, the whole path. */
  get fi(): readonly number[] {
    this.placeAll();
    return this.fis;
  }
  get x(): readonly number[] {
    this.placeAll();
    return this.xs;
  }
  get y(): readonly number[] {
    this.placeAll();
    return this.ys;
  }
  point(k: number): NavPoint {
    const at = this.givenAt.lastIndexOf(k);
    return at >= 0 ? this.given[at] : { floorId: this.g.grids[this.floorOf(k)].floorId, p: [this.xOf(k), this.yOf(k)] };
  }
  /** Same floor (a point off the graph is on no floor). */
  sameFloor(a: number, b: number): boolean {
    const fa = this.floorOf(a);
    return fa === this.floorOf(b) && fa >= 0;
  }
}
