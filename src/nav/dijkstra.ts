/**
 * Walking-distance fields: multi-source Dijkstra over a search space, the repair of a field after a local edit
 * (a seat or counter moved), and shortest paths read back from the distances.
 *
 * Repair: when only some cells changed, the old distances stay valid except at nodes that lost every way to keep
 * them. Those are found in order of distance (a node keeps its distance while a neighbour that kept its own still
 * reaches it at exactly that cost), reset, re-seeded from their neighbours with the changed cells, and Dijkstra
 * runs from there; distances that shrink (a cell freed) spread the same way.
 * The result equals a fresh solve (tested), at a cost that grows with the region that changed, not the hall.
 *
 * Paths are read from distances, not from the predecessor array, choosing among equally short steps in a fixed
 * order: a repaired and a fresh field give the same path, so rules that walk paths give the same findings however
 * the field was computed.
 */
import { forEachNeighbour, linkAllowed, neighboursOf, type SearchSpace } from './mask';
import { patchOf } from './grid';
import { Distances } from './versions';
import { MinHeap } from './heap';
import { wasmSolve } from './wasm/settle';

export interface Field {
  space: SearchSpace;
  /** Start distance of each source node (a source point's offset from its cell centre). */
  seeds: Map<number, number>;
  /** Distance per node; read it afresh after reading another field of the same lineage (see Distances). */
  readonly d: Float64Array;
  /** The versioned store behind `d`, shared with the fields this one was repaired from or into. */
  readonly dist: Distances;
}

function fieldOf(space: SearchSpace, seeds: Map<number, number>, dist: Distances): Field {
  return {
    space,
    seeds,
    dist,
    get d() {
      return dist.get();
    },
  };
}

const SQRT2 = Math.SQRT2;

/**
 * A bucket queue (buckets one cell wide) for ordering nodes by distance where the order within a bucket does not
 * matter: the repair walks the nodes it examines through one.
 */
class Buckets {
  /** First entry of each bucket (-1 = empty); entries form singly linked lists in typed arrays (no garbage). */
  private heads = new Int32Array(256).fill(-1);
  private nodes = new Int32Array(1024);
  private links = new Int32Array(1024);
  private used = 0;
  private k = 0;
  private top = -1;
  private inv = 1;
  /** Empties the queue for another search (its arrays are kept). A distance v goes in bucket (v / width) | 0. */
  reset(width: number): this {
    if (this.top >= 0) this.heads.fill(-1, 0, this.top + 1);
    this.used = 0;
    this.k = 0;
    this.top = -1;
    this.taken = -1;
    this.inv = 1 / width;
    return this;
  }
  push(n: number, v: number): void {
    const i = (v * this.inv) | 0;
    if (i >= this.heads.length) {
      const h = new Int32Array(Math.max(i + 1, this.heads.length * 2)).fill(-1);
      h.set(this.heads);
      this.heads = h;
    }
    if (this.used === this.nodes.length) {
      const a = new Int32Array(this.used * 2);
      a.set(this.nodes);
      this.nodes = a;
      const b = new Int32Array(this.used * 2);
      b.set(this.links);
      this.links = b;
    }
    const e = this.used++;
    this.nodes[e] = n;
    this.links[e] = this.heads[i];
    this.heads[i] = e;
    if (i < this.k) this.k = i;
    if (i > this.top) this.top = i;
  }
  /** Index of the next non-empty bucket (taken off the queue), or -1. Walk it with taken/after/node. */
  nextBucket(): number {
    while (this.k <= this.top) {
      const k = this.k++;
      if (this.heads[k] >= 0) {
        this.taken = this.heads[k];
        this.heads[k] = -1;
        return k;
      }
    }
    return -1;
  }
  /** First entry of the bucket nextBucket just took. */
  taken = -1;
  after(e: number): number {
    return this.links[e];
  }
  node(e: number): number {
    return this.nodes[e];
  }
}

/**
 * Dijkstra's queue for grid searches, as three sorted lists: every floor has one cell size, so grid steps cost
 * one of two amounts, and nodes settled in order of distance append their straight and diagonal relaxations in
 * order to two FIFO queues. Sources (or re-seeded nodes) and link steps, few and of any cost, go in a heap. The
 * next node is the least of the three heads. Exact, and a quarter faster than buckets: no bucket arithmetic, no
 * lists to chase.
 */
let STRAIGHT = new Int32Array(0);
let STRAIGHT_AT = new Float64Array(0);
let DIAGONAL = new Int32Array(0);
let DIAGONAL_AT = new Float64Array(0);

/**
 * Settles every node reachable from the entries in `start` (node, distance; their distances already in d).
 * The steps come from the space's step bits (mask.ts), whose order and corner rule must match forEachNeighbour
 * (a property test compares them). With `log`, every write to d is logged first as (node, old value).
 */
function settle(s: SearchSpace, d: Float64Array, start: MinHeap, log?: number[]): void {
  const { g, steps, floorOf, o, linked } = s;
  const { grids, links: linkMap } = g;
  const [A, B] = stepCosts(s);
  // Each node enters each FIFO at most once per neighbour that improves it: four straight and four diagonal.
  if (STRAIGHT.length < 4 * g.size + 8) {
    STRAIGHT = new Int32Array(4 * g.size + 8);
    STRAIGHT_AT = new Float64Array(4 * g.size + 8);
    DIAGONAL = new Int32Array(4 * g.size + 8);
    DIAGONAL_AT = new Float64Array(4 * g.size + 8);
  }
  const qa = STRAIGHT;
  const ka = STRAIGHT_AT;
  const qb = DIAGONAL;
  const kb = DIAGONAL_AT;
  let ha = 0;
  let ta = 0;
  let hb = 0;
  let tb = 0;
  // The heap's least distance, read again only when the heap changes.
  let vh = start.size ? start.topPriority : Infinity;
  for (;;) {
    let n: number;
    let key: number;
    const va = ha < ta ? ka[ha] : Infinity;
    const vb = hb < tb ? kb[hb] : Infinity;
    if (va <= vb && va <= vh) {
      if (va === Infinity) break;
      n = qa[ha++];
      key = va;
    } else if (vb <= vh) {
      n = qb[hb++];
      key = vb;
    } else {
      key = vh;
      n = start.pop();
      vh = start.size ? start.topPriority : Infinity;
    }
    // Stale: the node was reached more cheaply after this entry was queued.
    if (key !== d[n]) continue;
    const bits = steps[n];
    const cols = grids[floorOf[n]].cols;
    const a = key + A;
    const b = key + B;
    // Written out per step (a loop over the eight costs a third more here).
    if (bits & 1) {
      const j = n + 1;
      if (a < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = a;
        qa[ta] = j;
        ka[ta++] = a;
      }
    }
    if (bits & 2) {
      const j = n - 1;
      if (a < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = a;
        qa[ta] = j;
        ka[ta++] = a;
      }
    }
    if (bits & 4) {
      const j = n + cols;
      if (a < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = a;
        qa[ta] = j;
        ka[ta++] = a;
      }
    }
    if (bits & 8) {
      const j = n - cols;
      if (a < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = a;
        qa[ta] = j;
        ka[ta++] = a;
      }
    }
    if (bits & 16) {
      const j = n + cols + 1;
      if (b < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = b;
        qb[tb] = j;
        kb[tb++] = b;
      }
    }
    if (bits & 32) {
      const j = n - cols + 1;
      if (b < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = b;
        qb[tb] = j;
        kb[tb++] = b;
      }
    }
    if (bits & 64) {
      const j = n + cols - 1;
      if (b < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = b;
        qb[tb] = j;
        kb[tb++] = b;
      }
    }
    if (bits & 128) {
      const j = n - cols - 1;
      if (b < d[j]) {
        if (log) log.push(j, d[j]);
        d[j] = b;
        qb[tb] = j;
        kb[tb++] = b;
      }
    }
    if (linked[n] === 1)
      for (const le of linkMap.get(n)!) {
        if (!linkAllowed(le, o)) continue;
        const v = key + le.cost;
        const j = le.to;
        if (v < d[j]) {
          if (log) log.push(j, d[j]);
          d[j] = v;
          start.push(j, v);
          if (v < vh) vh = v;
        }
      }
  }
}

/** Reused: repair orders the nodes it examines in ORDER; solve and repair start settle() from START. */
const ORDER = new Buckets();
const START = new MinHeap();

/** Bucket width: the shortest step any search can take (one cell). */
const widthOf = (s: SearchSpace) => Math.min(...s.g.grids.map((gr) => gr.cell), Infinity);

/** The cost of a straight and of a diagonal grid step: the same on every floor, or no search can run. */
function stepCosts(s: SearchSpace): [number, number] {
  const { grids } = s.g;
  const A = grids[0]?.cell ?? 1;
  if (grids.some((gr) => gr.cell !== A)) throw new Error('nav: every floor of a graph must have the same cell size');
  return [A, SQRT2 * A];
}

/** All Infinity, copied for each solve: a copy costs half of allocating and filling. */
let unreached = new Float64Array(0);

export function solve(s: SearchSpace, seeds: Map<number, number>): Field {
  const [A, B] = stepCosts(s);
  const settled = wasmSolve(s, seeds, A, B);
  if (settled) return fieldOf(s, seeds, new Distances(settled));
  if (unreached.length !== s.g.size) unreached = new Float64Array(s.g.size).fill(Infinity);
  const d = new Float64Array(unreached);
  START.size = 0;
  for (const [n, v] of seeds) {
    d[n] = v;
    START.push(n, v);
  }
  settle(s, d, START);
  return fieldOf(s, seeds, new Distances(d));
}

/** Same node numbering and floor sizes: the precondition for repairing a field of one graph into another. */
export function sameLayout(a: SearchSpace, b: SearchSpace): boolean {
  if (a.g.size !== b.g.size || a.g.grids.length !== b.g.grids.length) return false;
  for (let fi = 0; fi < a.g.grids.length; fi++) {
    const x = a.g.grids[fi];
    const y = b.g.grids[fi];
    if (a.g.offsets[fi] !== b.g.offsets[fi] || x.cols !== y.cols || x.rows !== y.rows || x.origin[0] !== y.origin[0] || x.origin[1] !== y.origin[1] || x.cell !== y.cell)
      return false;
  }
  return true;
}

const sameSeeds = (a: Map<number, number>, b: Map<number, number>) => a.size === b.size && [...a].every(([n, v]) => b.get(n) === v);

/**
 * Nodes that opened, closed or changed walkability between two search spaces of the same layout, on the floors
 * whose raster changed (a raster patched from the other lists its changed cells; otherwise the floor is compared).
 */
export function changedNodes(from: SearchSpace, to: SearchSpace): number[] {
  const changed: number[] = [];
  const oldMask = from.mask;
  const mask = to.mask;
  const pub = to.g.audience === 'public';
  for (let fi = 0; fi < to.g.grids.length; fi++) {
    const a = from.g.grids[fi];
    const b = to.g.grids[fi];
    if (a === b) continue;
    const off = to.g.offsets[fi];
    const differs = (i: number) => oldMask[off + i] !== mask[off + i] || a.free[i] !== b.free[i] || (pub && a.staff[i] !== b.staff[i]);
    const patch = patchOf(b);
    if (patch && patch.parent === a) {
      for (const i of patch.changed) if (differs(i)) changed.push(off + i);
    } else for (let i = 0, n = a.cols * a.rows; i < n; i++) if (differs(i)) changed.push(off + i);
  }
  return changed;
}

export interface Repaired {
  field: Field;
  /** Nodes whose distance, openness or walkability differ from the base field's: paths away from them still hold. */
  dirty: number[];
}

/**
 * The field of `base`'s sources in space `s`, repaired from `base`, or null when a fresh solve is the better (or
 * only) way: other sources, another layout or links, or so many changed cells that repair would not pay.
 */
export function repair(base: Field, s: SearchSpace, seeds: Map<number, number>, linksSame: boolean): Repaired | null {
  if (!linksSame || !sameLayout(base.space, s) || !sameSeeds(base.seeds, seeds) || base.space.key !== s.key || base.space.g.audience !== s.g.audience) return null;
  const changed = changedNodes(base.space, s);
  const mask = s.mask;
  if (!changed.length) return { field: fieldOf(s, seeds, base.dist), dirty: [] };
  if (changed.length > s.g.size / 8) return null;
  // Written in place, every write logged: base keeps its values as a diff (versions.ts), so nothing is copied.
  const d = base.d;
  const log: number[] = [];
  // Edges that changed all touch a changed cell or its 8 neighbours (diagonals through a changed corner).
  const sc = marks(s.g.size);
  const G = sc.gen;
  const inRegion = sc.region;
  const region: number[] = [];
  const addRegion = (m: number) => {
    if (inRegion[m] !== G) region.push(m), (inRegion[m] = G);
  };
  for (const n of changed) {
    addRegion(n);
    forEachNeighbour(s, n, (m, _c, _o, _i, link) => {
      if (!link) addRegion(m);
    });
  }
  // Find the nodes whose distance can no longer be had, in order of distance (parents before children): a node
  // keeps its distance when it is a source at that distance or some neighbour that kept its own reaches it at
  // exactly that cost through an edge that still exists. Only these are reset — not the whole subtree of the
  // predecessor tree, most of which has another equally short way around a moved seat.
  // Marks are generation stamps in shared arrays: no graph-sized allocation or clearing per repair.
  const reset = sc.reset;
  const queued = sc.queued;
  const done = sc.done;
  const budget = s.g.size / 10;
  const order = ORDER.reset(widthOf(s));
  for (const u of region) if (Number.isFinite(d[u])) (queued[u] = G), order.push(u, d[u]);
  const cleared: number[] = [];
  for (let k = order.nextBucket(); k >= 0; k = order.nextBucket())
    for (let e = order.taken; e >= 0; e = order.after(e)) {
      const u = order.node(e);
      if (reset[u] === G || done[u] === G) continue;
      done[u] = G;
      const du = d[u];
      let held = (seeds.get(u) ?? Infinity) <= du;
      const count = neighboursOf(s, u, nbTo, nbCost, nbInto);
      if (!held && (mask[u] || seeds.has(u))) for (let j = 0; j < count && !held; j++) if (nbInto[j] && reset[nbTo[j]] !== G && d[nbTo[j]] + nbCost[j] <= du) held = true;
      if (held) continue;
      reset[u] = G;
      cleared.push(u);
      // Past a point, solving afresh is cheaper than repairing.
      if (cleared.length > budget) return null;
      for (let j = 0; j < count; j++) {
        const m = nbTo[j];
        if (queued[m] !== G && Number.isFinite(d[m]) && d[m] > du) (queued[m] = G), order.push(m, d[m]);
      }
    }
  for (const u of cleared) log.push(u, d[u]), (d[u] = Infinity);
  // Re-seed the reset and changed cells from their neighbours that kept a valid distance.
  const q = START;
  q.size = 0;
  const reseed = (u: number) => {
    let best = seeds.get(u) ?? Infinity;
    const count = neighboursOf(s, u, nbTo, nbCost, nbInto);
    for (let j = 0; j < count; j++) if (nbInto[j] && d[nbTo[j]] + nbCost[j] < best) best = d[nbTo[j]] + nbCost[j];
    if (best < d[u]) {
      log.push(u, d[u]);
      d[u] = best;
      q.push(u, best);
    }
  };
  for (const u of cleared) reseed(u);
  for (const u of region) if (reset[u] !== G) reseed(u);
  settle(s, d, q, log);
  const dirty = changed.slice();
  const isDirty = sc.dirty;
  for (const u of changed) isDirty[u] = G;
  // A node's first logged value is its value in base.
  const seen = sc.queued;
  const G2 = (sc.gen = sc.gen + 1);
  for (let k = 0; k < log.length; k += 2) {
    const u = log[k];
    if (seen[u] === G2) continue;
    seen[u] = G2;
    if (isDirty[u] !== G && d[u] !== log[k + 1]) (isDirty[u] = G), dirty.push(u);
  }
  return { field: fieldOf(s, seeds, base.dist.commit(log)), dirty };
}

/** Per-node marks for repair, stamped with a generation so they never need clearing. */
interface Marks {
  gen: number;
  region: Uint32Array;
  reset: Uint32Array;
  queued: Uint32Array;
  done: Uint32Array;
  dirty: Uint32Array;
}
let markArrays: Marks | undefined;
function marks(size: number): Marks {
  if (!markArrays || markArrays.region.length < size || markArrays.gen > 0xfffffff0)
    markArrays = { gen: 0, region: new Uint32Array(size), reset: new Uint32Array(size), queued: new Uint32Array(size), done: new Uint32Array(size), dirty: new Uint32Array(size) };
  markArrays.gen++;
  return markArrays;
}

/** Scratch for neighboursOf (8 grid steps and a node's links). */
const nbTo = new Int32Array(64);
const nbCost = new Float64Array(64);
const nbInto = new Uint8Array(64);

const EPS = 1e-7;

/**
 * The step before `n` on a shortest path, chosen among equally short steps in a fixed order; -1 at a source.
 * Reads only `n`'s neighbours' distances and openness, so it is unchanged wherever those are.
 */
export function parentOf(f: Field, n: number): number {
  const d = f.d;
  if (!Number.isFinite(d[n])) return -1;
  // Candidates are the neighbours a step into n can come from, in neighboursOf's fixed order.
  const count = neighboursOf(f.space, n, nbTo, nbCost, nbInto);
  let best = Infinity;
  for (let k = 0; k < count; k++) if (nbInto[k] && d[nbTo[k]] + nbCost[k] < best) best = d[nbTo[k]] + nbCost[k];
  const seed = f.seeds.get(n);
  if (seed !== undefined && seed <= best + EPS) return -1;
  for (let k = 0; k < count; k++) if (nbInto[k] && d[nbTo[k]] + nbCost[k] <= best + EPS) return nbTo[k];
  return -1;
}

/**
 * Parents already read, in one table shared by every field: an entry holds for the field whose id is stamped
 * beside it (another field reading the same node takes the entry over). Paths to many targets share most of
 * their way back to the source; a table per field would be 128 KB of garbage per repaired field.
 */
let memoParent = new Int32Array(0);
let memoOwner = new Uint32Array(0);
let fieldIds = new WeakMap<Field, number>();
let nextFieldId = 1;

/** Nodes from a source to `n` along parentOf, or null when `n` is unreachable. */
export function nodesTo(f: Field, n: number): number[] | null {
  if (n < 0 || !Number.isFinite(f.d[n])) return null;
  const size = f.d.length;
  if (memoParent.length < size) (memoParent = new Int32Array(size)), (memoOwner = new Uint32Array(size));
  let id = fieldIds.get(f);
  if (id === undefined) {
    fieldIds.set(f, (id = nextFieldId++));
    // Stamps wrap after four billion fields: start the table afresh then.
    if (nextFieldId >= 0xffffffff) memoOwner.fill(0), (nextFieldId = 1), (fieldIds = new WeakMap());
  }
  const out = [n];
  for (let k = n, guard = 0; guard < size; guard++) {
    let p: number;
    if (memoOwner[k] === id) p = memoParent[k];
    else (p = parentOf(f, k)), (memoParent[k] = p), (memoOwner[k] = id);
    if (p < 0) break;
    out.push(p);
    k = p;
  }
  return out.reverse();
}
