/**
 * The citizen routes of one entrance as the tree they form: routes walked from one field share their way out of the
 * entrance up to where they part, point for point (228 routes of 63,433 samples stand on 15,000 places on the big
 * hall). A tree node is one route point after a given way there; it holds the samples of the leg that reaches it
 * (routeSamples' samples, the same for every route through it) and the routes (slots) through it. Each node's
 * samples are bucketed once, however many routes pass, and a route's own walk is found along its path in the tree
 * instead of sample by sample.
 */
import { hypot2 } from '../../core/geometry/vec';
import type { NavPoint } from '../../nav';
import { floorNumber, innerSamples, widen } from './route-samples';

/** A cell's key on its floor, a small integer (cells 32,768 apart share a key; samples are compared exactly). */
const cellKey = (cx: number, cy: number) => (cx & 0x7fff) * 0x8000 + (cy & 0x7fff);

interface TreeNode {
  /** Its number in the tree's node table (cells list samples by node number and sample index). */
  id: number;
  parent: TreeNode | undefined;
  /** The nodes after it (a few: routes part rarely), found by their point. */
  children: TreeNode[];
  /** Floor number of its samples (a leg onto another floor has none between its ends). */
  floor: number;
  /** Its route point. */
  px: number;
  py: number;
  /** The box of its samples. */
  box: { x0: number; y0: number; x1: number; y1: number };
  // Plain arrays: a node holds a few samples, and a typed array that small costs more to make than to read.
  x: number[];
  y: number[];
  /** Walked from the routes' start to each sample (the same on every route through the node). */
  along: number[];
  /** The slots through the node, ascending, with each one's whole walk, and the longest walk of the slots up to each. */
  slots: number[];
  lengths: number[];
  longest: number[];
}

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
  /**
   * Per floor number, per cell, its first sample; each sample (an item: node id and index in the node) links to
   * the next in its cell. Rows of numbers, reused when freed: a list per cell cost more to collect than to read.
   */
  private readonly cells = new Map<number, Map<number, number>>();
  private readonly itemNode: number[] = [];
  private readonly itemAt: number[] = [];
  private readonly itemNext: number[] = [];
  private freeItem = -1;
  /** Per slot, the nodes of its path, and the index of each one's first sample in the slot's samples. */
  private readonly paths: TreeNode[][] = [];
  private readonly starts: number[][] = [];
  /** Per slot, its whole walk. */
  private readonly lengths: number[] = [];

  constructor(readonly size: number) {}

  /**
   * Puts the route in `slot` on the tree, sampled every `step` as routeSamples samples it: a new node samples its
   * own leg, so the samples of the way a route shares with the routes before it are never made again.
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
      let child = node.children.find((c) => c.px === p[0] && c.py === p[1] && c.floor === f);
      if (!child) node.children.push((child = this.grow(node, route[i], prev, f, count)));
      path.push(child);
      starts.push(k);
      node = child;
      k += count;
    }
    // What the whole walk measures: the last sample's distance walked (the same on every route through its node).
    const length = path.length ? node.along[node.along.length - 1] : 0;
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
      for (let j = Math.max(0, from - starts[q]); j < n.x.length; j++) if (visit(starts[q] + j, n.floor, n.x[j], n.y[j], n.along[j], length - n.along[j])) return;
    }
  }

  /** How many samples the route in `slot` has. */
  sampleCount(slot: number): number {
    const path = this.paths[slot];
    return path.length ? this.starts[slot][path.length - 1] + path[path.length - 1].x.length : 0;
  }

  /** Takes the route in `slot` off the tree; nodes no route passes any more are dropped with their samples. */
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
      const end = Math.min(n.x.length, to - starts[q]);
      if (end === n.x.length) {
        widen(out, n.floor, n.box.x0, n.box.y0, n.box.x1, n.box.y1);
        continue;
      }
      for (let j = 0; j < end; j++) widen(out, n.floor, n.x[j], n.y[j], n.x[j], n.y[j]);
    }
    return out;
  }

  /**
   * Whether a slot before `slot` stands within `size` of (x, y) on `floor`: −1 when none, else `long` when one of
   * them has `long` or more left to walk there, else 0.
   */
  nearLeft(slot: number, floor: number, x: number, y: number, long: number): number {
    const cells = this.cells.get(floor);
    if (!cells) return -1;
    const size = this.size;
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    let best = -1;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        for (let it = cells.get(cellKey(cx + dx, cy + dy)) ?? -1; it >= 0; it = this.itemNext[it]) {
          const n = this.nodes[this.itemNode[it]]!;
          const j = this.itemAt[it];
          const m = before(n, slot);
          if (!m || hypot2(n.x[j] - x, n.y[j] - y) > size) continue;
          // What the longest walk there leaves: left to walk only grows with the walk, so it is the most left.
          if (n.longest[m - 1] - n.along[j] >= long) return long;
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
    const cells = this.cells.get(floor);
    if (!cells) return;
    const size = this.size;
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let it = cells.get(cellKey(cx + dx, cy + dy)) ?? -1; it >= 0; it = this.itemNext[it]) {
          const n = this.nodes[this.itemNode[it]]!;
          const j = this.itemAt[it];
          if (n.along[j] < minLeg || hypot2(n.x[j] - x, n.y[j] - y) > size) continue;
          for (let k = 0; k < n.slots.length; k++) if (n.lengths[k] - n.along[j] >= minLeg) visit(n.slots[k]);
        }
  }

  /**
   * A new node after `parent` at route point `at` (on floor number `floor`), holding the `count` samples of the
   * leg from `prev`: its inner samples and the point, each with the distance walked, bucketed by cell.
   */
  private grow(parent: TreeNode, at: NavPoint, prev: NavPoint | undefined, floor: number, count: number): TreeNode {
    const id = this.freeIds.length ? this.freeIds.pop()! : this.nodes.length;
    const p = at.p;
    const n = newNode(id, parent, floor, p[0], p[1]);
    this.nodes[id] = n;
    // Walked up to the leg: the parent's point, its last sample (the same sum of legs as along the route).
    let along = parent.along.length ? parent.along[parent.along.length - 1] : 0;
    if (prev && prev.floorId === at.floorId) {
      const [x0, y0] = prev.p;
      const dx = p[0] - x0;
      const dy = p[1] - y0;
      const d = Math.sqrt(dx * dx + dy * dy);
      const k1 = count;
      for (let k = 1; k < k1; k++) {
        const t = k / k1;
        n.x.push(x0 + dx * t);
        n.y.push(y0 + dy * t);
        n.along.push(along + d * t);
      }
      along += d;
    }
    n.x.push(p[0]);
    n.y.push(p[1]);
    n.along.push(along);
    const b = n.box;
    for (let j = 0; j < count; j++) {
      if (n.x[j] < b.x0) b.x0 = n.x[j];
      if (n.y[j] < b.y0) b.y0 = n.y[j];
      if (n.x[j] > b.x1) b.x1 = n.x[j];
      if (n.y[j] > b.y1) b.y1 = n.y[j];
    }
    let cells = this.cells.get(n.floor);
    if (!cells) this.cells.set(n.floor, (cells = new Map()));
    // A leg's samples follow each other through a cell: its head is looked up and set once per run of them.
    let key = -1;
    let head = -1;
    for (let j = 0; j < count; j++) {
      const k = cellKey(Math.floor(n.x[j] / this.size), Math.floor(n.y[j] / this.size));
      if (k !== key) {
        if (key >= 0) cells.set(key, head);
        key = k;
        head = cells.get(k) ?? -1;
      }
      let it = this.freeItem;
      if (it >= 0) this.freeItem = this.itemNext[it];
      else it = this.itemNode.length;
      this.itemNode[it] = id;
      this.itemAt[it] = j;
      this.itemNext[it] = head;
      head = it;
    }
    if (key >= 0) cells.set(key, head);
    return n;
  }

  private drop(n: TreeNode): void {
    if (n.parent) n.parent.children.splice(n.parent.children.indexOf(n), 1);
    const cells = this.cells.get(n.floor)!;
    for (let j = 0; j < n.x.length; j++) {
      const k = cellKey(Math.floor(n.x[j] / this.size), Math.floor(n.y[j] / this.size));
      let prev = -1;
      let it = cells.get(k)!;
      while (this.itemNode[it] !== n.id || this.itemAt[it] !== j) (prev = it), (it = this.itemNext[it]);
      const next = this.itemNext[it];
      if (prev >= 0) this.itemNext[prev] = next;
      else if (next >= 0) cells.set(k, next);
      else cells.delete(k);
      this.itemNext[it] = this.freeItem;
      this.freeItem = it;
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
    box: { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
    x: [],
    y: [],
    along: [],
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
