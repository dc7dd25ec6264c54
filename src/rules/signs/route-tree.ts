/**
 * The citizen routes of one entrance as the tree they form: routes walked from one field share their way out of the
 * entrance up to where they part, point for point (228 routes of 63,433 samples stand on 15,000 places on the big
 * hall). A tree node is one route point after a given way there; its samples are those of the leg that reaches it
 * (routeSamples' samples, the same for every route through it), worked out from the leg when read: a few hundred
 * legs are indexed by plan cell instead of thousands of samples, and a query looks at the few samples of the legs
 * near it. A route's own walk is found along its path in the tree instead of sample by sample.
 */
import { hypot2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';
import { floorNumber, innerSamples, widen } from './route-samples';

/** A cell's key on its floor, a small integer (cells 32,768 apart share a key; samples are compared exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

/**
 * Legs are indexed in cells this many query reaches wide: a leg is listed in every cell its samples' box, grown by
 * the reach, touches, and a query reads the one cell it falls in (an index size, not a verdict).
 */
const CELL_REACHES = 4;

/** Index entries written (for tests: a leg is listed in a few cells, not once per sample). */
export const routeTreeStats = { listed: 0 };

interface TreeNode {
  /** Its number in the tree's node table (the cell index lists nodes by number). */
  id: number;
  parent: TreeNode | undefined;
  /** The nodes after it (a few: routes part rarely), found by their point. */
  children: TreeNode[];
  /** Floor number of its samples (a leg onto another floor has none between its ends). */
  floor: number;
  /** Its route point. */
  px: number;
  py: number;
  /**
   * Its leg: `count` samples, sample j < count − 1 at t = (j + 1) / count from (x0, y0) by (dx, dy), walked
   * `along0 + d·t`; the last is the route point itself, walked `along0 + d` (along0 alone for a leg with one).
   */
  count: number;
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  d: number;
  along0: number;
  /** Walked at its last sample (the route point). */
  end: number;
  /** The box of its samples. */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** The index cells it is listed in (to take it out again). */
  cells: number[];
  /** The slots through the node, ascending, with each one's whole walk, and the longest walk of the slots up to each. */
  slots: number[];
  lengths: number[];
  longest: number[];
}

/** Sample j of a node's leg: its x, y and the distance walked, as routeSamples computes them. */
const sampleX = (n: TreeNode, j: number) => (j < n.count - 1 ? n.x0 + n.dx * ((j + 1) / n.count) : n.px);
const sampleY = (n: TreeNode, j: number) => (j < n.count - 1 ? n.y0 + n.dy * ((j + 1) / n.count) : n.py);
const sampleAlong = (n: TreeNode, j: number) => (j < n.count - 1 ? n.along0 + n.d * ((j + 1) / n.count) : n.end);

/**
 * Whether (x, y) lies within twice `size` of a node's samples' box: else no sample of it is within `size` (twice:
 * a sample's distance may round below one coordinate's difference).
 */
function nearBox(n: TreeNode, x: number, y: number, size: number): boolean {
  const pad = 2 * size;
  return x >= n.box.x0 - pad && x <= n.box.x1 + pad && y >= n.box.y0 - pad && y <= n.box.y1 + pad;
}

/**
 * The first and last index of the samples of a node's leg that may lie within `size` of (x, y), into `range`: a
 * sample within `size` of a point stands within `size` of its projection along the leg, so only the samples that
 * far along it either way, one more each side for rounding, are measured.
 */
function sampleRange(n: TreeNode, x: number, y: number, size: number, range: Int32Array): void {
  const last = n.count - 1;
  range[0] = 0;
  range[1] = last;
  if (!last || !(n.d > 0)) return;
  // t of the point's projection on the leg, and the reach in t; sample j stands at t = (j + 1) / count.
  const t = ((x - n.x0) * n.dx + (y - n.y0) * n.dy) / (n.d * n.d);
  const r = size / n.d;
  range[0] = Math.max(0, Math.floor((t - r) * n.count) - 2);
  range[1] = Math.min(last, Math.ceil((t + r) * n.count));
}

/** sampleRange's answer, reused: queries run by the thousand per check. */
const range = new Int32Array(2);

/** The number of a node's slots less than `slot`. */
function before(n: TreeNode, slot: number): number {
  let lo = 0;
  let hi = n.slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.slots[mid] < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class RouteTree {
  private readonly root: TreeNode = newNode(-1, undefined, -1, 0, 0);
  private readonly nodes: (TreeNode | undefined)[] = [];
  private readonly freeIds: number[] = [];
  /** Per floor number, per index cell (CELL_REACHES reaches wide), the nodes whose samples may lie within reach of it. */
  private readonly cells = new Map<number, Map<number, TreeNode[]>>();
  /** Per slot, the nodes of its path, and the index of each one's first sample in the slot's samples. */
  private readonly paths: TreeNode[][] = [];
  private readonly starts: number[][] = [];
  /** Per slot, its whole walk. */
  private readonly lengths: number[] = [];
  private readonly cellSize: number;

  constructor(readonly size: number) {
    this.cellSize = size * CELL_REACHES;
  }

  /**
   * Puts the route in `slot` on the tree, sampled every `step` as routeSamples samples it: a new node holds its
   * own leg, so the way a route shares with the routes before it is never taken again.
   */
  add(slot: number, route: readonly NavPoint[], step: number): void {
    const path: TreeNode[] = [];
    const starts: number[] = [];
    let node = this.root;
    for (let i = 0, k = 0; i < route.length; i++) {
      const prev = i ? route[i - 1] : undefined;
      const count = (prev ? innerSamples(prev, route[i], step) : 0) + 1;
      const { floorId, p } = route[i];
      const f = floorNumber(floorId);
      let child: TreeNode | undefined;
      for (const c of node.children) if (c.px === p[0] && c.py === p[1] && c.floor === f) child = c;
      if (!child) node.children.push((child = this.grow(node, route[i], prev, f, count)));
      path.push(child);
      starts.push(k);
      node = child;
      k += count;
    }
    // What the whole walk measures: the last sample's distance walked (the same on every route through its node).
    const length = path.length ? node.end : 0;
    for (const n of path) join(n, slot, length);
    this.paths[slot] = path;
    this.starts[slot] = starts;
    this.lengths[slot] = length;
  }

  /**
   * The samples of `slot` from index `from` on, in order, as routeSamples gives them: floor number, position,
   * walked and left to walk. `visit` returns true to stop.
   */
  samplesFrom(slot: number, from: number, visit: (k: number, floor: number, x: number, y: number, along: number, left: number) => boolean): void {
    const path = this.paths[slot];
    const starts = this.starts[slot];
    const length = this.lengths[slot];
    let q = 0;
    while (q + 1 < path.length && starts[q + 1] <= from) q++;
    for (; q < path.length; q++) {
      const n = path[q];
      for (let j = Math.max(0, from - starts[q]); j < n.count; j++) {
        const along = sampleAlong(n, j);
        if (visit(starts[q] + j, n.floor, sampleX(n, j), sampleY(n, j), along, length - along)) return;
      }
    }
  }

  /** How many samples the route in `slot` has. */
  sampleCount(slot: number): number {
    const path = this.paths[slot];
    return path.length ? this.starts[slot][path.length - 1] + path[path.length - 1].count : 0;
  }

  /** Takes the route in `slot` off the tree; nodes no route passes any more are dropped. */
  remove(slot: number): void {
    const path = this.paths[slot];
    if (!path) return;
    for (let q = path.length - 1; q >= 0; q--) {
      const n = path[q];
      const at = before(n, slot);
      if (n.slots[at] !== slot) continue;
      n.slots.splice(at, 1);
      n.lengths.splice(at, 1);
      longestFrom(n, at);
      if (!n.slots.length) this.drop(n);
    }
    this.paths[slot] = [];
    this.starts[slot] = [];
    this.lengths[slot] = 0;
  }

  /**
   * The index of the first sample of `slot` from which no slot before it walks the same way (−1 when one does all
   * along): up to there, a route before stands exactly at each of its samples.
   */
  firstOwn(slot: number): number {
    const path = this.paths[slot];
    for (let q = 0; q < path.length; q++) if (!(path[q].slots[0] < slot)) return this.starts[slot][q];
    return -1;
  }

  /**
   * The boxes per floor of samples 0…`to` − 1 of `slot`, as sampleBoxes gives them (not grown): the whole nodes'
   * boxes, and the samples of the node `to` falls in.
   */
  boxesUpTo(slot: number, to: number): number[] {
    const out: number[] = [];
    const path = this.paths[slot];
    const starts = this.starts[slot];
    for (let q = 0; q < path.length && starts[q] < to; q++) {
      const n = path[q];
      const end = Math.min(n.count, to - starts[q]);
      if (end === n.count) {
        widen(out, n.floor, n.box.x0, n.box.y0, n.box.x1, n.box.y1);
        continue;
      }
      for (let j = 0; j < end; j++) {
        const x = sampleX(n, j);
        const y = sampleY(n, j);
        widen(out, n.floor, x, y, x, y);
      }
    }
    return out;
  }

  /** The nodes on `floor` whose samples may lie within reach of (x, y). */
  private near(floor: number, x: number, y: number): readonly TreeNode[] {
    const c = this.cellSize;
    return this.cells.get(floor)?.get(cellKey(Math.floor(x / c), Math.floor(y / c))) ?? [];
  }

  /**
   * Whether a slot before `slot` stands within `size` of (x, y) on `floor`: −1 when none, else `long` when one of
   * them has `long` or more left to walk there, else 0.
   */
  nearLeft(slot: number, floor: number, x: number, y: number, long: number): number {
    const size = this.size;
    let best = -1;
    for (const n of this.near(floor, x, y)) {
      if (!(n.slots[0] < slot) || !nearBox(n, x, y, size)) continue;
      const m = before(n, slot);
      sampleRange(n, x, y, size, range);
      for (let j = range[0], hi = range[1]; j <= hi; j++) {
        if (hypot2(sampleX(n, j) - x, sampleY(n, j) - y) > size) continue;
        // What the longest walk there leaves: left to walk only grows with the walk, so it is the most left.
        if (n.longest[m - 1] - sampleAlong(n, j) >= long) return long;
        best = 0;
      }
    }
    return best;
  }

  /**
   * Calls `visit` with each slot that has a sample within `size` of (x, y) on `floor` with at least `minLeg` walked
   * and left to walk there (a slot may be visited more than once).
   */
  passing(floor: number, x: number, y: number, minLeg: number, visit: (slot: number) => void): void {
    const size = this.size;
    for (const n of this.near(floor, x, y)) {
      if (!nearBox(n, x, y, size)) continue;
      sampleRange(n, x, y, size, range);
      for (let j = range[0], hi = range[1]; j <= hi; j++) {
        const along = sampleAlong(n, j);
        if (along < minLeg || hypot2(sampleX(n, j) - x, sampleY(n, j) - y) > size) continue;
        for (let k = 0; k < n.slots.length; k++) if (n.lengths[k] - along >= minLeg) visit(n.slots[k]);
      }
    }
  }

  /**
   * A new node after `parent` at route point `at` (on floor number `floor`), holding the leg of `count` samples
   * from `prev`, listed in the index cells its samples' box, grown by the reach, touches.
   */
  private grow(parent: TreeNode, at: NavPoint, prev: NavPoint | undefined, floor: number, count: number): TreeNode {
    const id = this.freeIds.length ? this.freeIds.pop()! : this.nodes.length;
    const p = at.p;
    const n = newNode(id, parent, floor, p[0], p[1]);
    this.nodes[id] = n;
    // Walked up to the leg: the parent's point, its last sample (the same sum of legs as along the route).
    n.along0 = n.end = parent.end;
    n.count = count;
    if (prev && prev.floorId === at.floorId) {
      [n.x0, n.y0] = prev.p;
      n.dx = p[0] - n.x0;
      n.dy = p[1] - n.y0;
      n.d = Math.sqrt(n.dx * n.dx + n.dy * n.dy);
      n.end = n.along0 + n.d;
    }
    // Positions along a leg are monotone in the sample index: its first, its last inner one and the point bound it.
    const b = n.box;
    for (const j of count > 1 ? [0, count - 2, count - 1] : [0]) {
      const x = sampleX(n, j);
      const y = sampleY(n, j);
      if (x < b.x0) b.x0 = x;
      if (y < b.y0) b.y0 = y;
      if (x > b.x1) b.x1 = x;
      if (y > b.y1) b.y1 = y;
    }
    let cells = this.cells.get(floor);
    if (!cells) this.cells.set(floor, (cells = new Map()));
    const c = this.cellSize;
    // A point within reach of a sample lies in the box grown by the reach; half a reach more for rounding.
    const pad = this.size + this.size / 2;
    for (let cx = Math.floor((b.x0 - pad) / c), cx1 = Math.floor((b.x1 + pad) / c); cx <= cx1; cx++)
      for (let cy = Math.floor((b.y0 - pad) / c), cy1 = Math.floor((b.y1 + pad) / c); cy <= cy1; cy++) {
        const k = cellKey(cx, cy);
        const list = cells.get(k);
        if (list) list.push(n);
        else cells.set(k, [n]);
        n.cells.push(k);
        routeTreeStats.listed++;
      }
    return n;
  }

  private drop(n: TreeNode): void {
    if (n.parent) n.parent.children.splice(n.parent.children.indexOf(n), 1);
    const cells = this.cells.get(n.floor)!;
    for (const k of n.cells) {
      const list = cells.get(k)!;
      list.splice(list.indexOf(n), 1);
      if (!list.length) cells.delete(k);
    }
    this.nodes[n.id] = undefined;
    this.freeIds.push(n.id);
  }
}

function newNode(id: number, parent: TreeNode | undefined, floor: number, px: number, py: number): TreeNode {
  return {
    id,
    parent,
    children: [],
    floor,
    px,
    py,
    count: 1,
    x0: px,
    y0: py,
    dx: 0,
    dy: 0,
    d: 0,
    along0: 0,
    end: 0,
    box: { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
    cells: [],
    slots: [],
    lengths: [],
    longest: [],
  };
}

/** Lists `slot` (walking `length` in all) at node `n`, once. */
function join(n: TreeNode, slot: number, length: number): void {
  const last = n.slots.length - 1;
  // Routes are put on in slot order when a list is checked from scratch: then the slot goes last.
  if (last < 0 || n.slots[last] < slot) {
    n.slots.push(slot);
    n.lengths.push(length);
    n.longest.push(last < 0 ? length : Math.max(n.longest[last], length));
    return;
  }
  const at = before(n, slot);
  if (n.slots[at] === slot) return;
  n.slots.splice(at, 0, slot);
  n.lengths.splice(at, 0, length);
  longestFrom(n, at);
}

/** The longest walks of a node's slots recounted from index `at` on. */
function longestFrom(n: TreeNode, at: number): void {
  n.longest.length = at;
  for (let j = at; j < n.slots.length; j++) n.longest.push(j ? Math.max(n.longest[j - 1], n.lengths[j]) : n.lengths[j]);
}
