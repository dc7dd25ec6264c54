/** A path on the nav graph as numbered points (floor and plan coordinates), the form smoothing and fields work on. */
import { hypot2 } from '../core/geometry/vec';
import type { NavGraph, NavPoint } from './graph';

/** Walking length along a path's nodes (its inner points: the ends are the caller's points). */
export function rawWalk(P: PathPoints): number {
  let s = 0;
  for (let i = 2; i < P.n - 1; i++) if (P.fi[i] === P.fi[i - 1]) s += hypot2(P.x[i] - P.x[i - 1], P.y[i] - P.y[i - 1]);
  return s;
}

/**
 * A path's points by index: floor (index into the graph's grids, −1 when not on the graph) and plan coordinates.
 * Smoothing reads these; a NavPoint is made only for the points it keeps.
 */
export class PathPoints {
  // Plain arrays, not typed ones: a path is a few hundred numbers, made 35 times per check, and a typed array
  // that size costs a buffer outside the heap each.
  readonly fi: number[];
  readonly x: number[];
  readonly y: number[];
  /** The caller's own point objects at some indices (source and target), handed back as they were. */
  private readonly givenAt: number[] = [];
  private readonly given: NavPoint[] = [];
  constructor(
    private readonly g: NavGraph,
    readonly n: number,
  ) {
    this.fi = new Array<number>(n).fill(-1);
    this.x = new Array<number>(n).fill(0.5);
    this.y = new Array<number>(n).fill(0.5);
  }
  setPoint(k: number, p: NavPoint): void {
    this.fi[k] = this.g.floorIndex.get(p.floorId) ?? -1;
    this.x[k] = p.p[0];
    this.y[k] = p.p[1];
    this.givenAt.push(k);
    this.given.push(p);
  }
  /** The centre of a node's cell, as pointOf gives it. */
  setNode(k: number, node: number): void {
    const { g } = this;
    let fi = g.offsets.length - 1;
    while (fi > 0 && g.offsets[fi] > node) fi--;
    const grid = g.grids[fi];
    const i = node - g.offsets[fi];
    const r = Math.floor(i / grid.cols);
    const c = i - r * grid.cols;
    this.fi[k] = fi;
    this.x[k] = grid.origin[0] + (c + 0.5) * grid.cell;
    this.y[k] = grid.origin[1] + (r + 0.5) * grid.cell;
  }
  point(k: number): NavPoint {
    const at = this.givenAt.lastIndexOf(k);
    return at >= 0 ? this.given[at] : { floorId: this.g.grids[this.fi[k]].floorId, p: [this.x[k], this.y[k]] };
  }
  /** Same floor (a point off the graph is on no floor). */
  sameFloor(a: number, b: number): boolean {
    return this.fi[a] === this.fi[b] && this.fi[a] >= 0;
  }
}
