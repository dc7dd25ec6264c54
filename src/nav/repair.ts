/**
 * Repair of a walking-distance field after a local edit: the old distances stay valid except at nodes that lost
 * every way to keep them; those are reset, re-seeded from their neighbours and settled again (see dijkstra.ts).
 */
import { changedNodes, sameLayout } from './dijkstra';
import { fieldOf, type Field } from './field';
import { Buckets } from './bucket-queue';
import { forEachNeighbour, neighboursOf, type SearchSpace } from './mask';
import { settle, START, unreachBeyond } from './settle';

/**
 * The nodes whose seed differs between two seed maps (added, removed, or at another distance), without spreading
 * the maps: zone-sample fields have thousands of seeds, compared on every repair. An obstacle turned over a zone's
 * edge moves the cell one of its samples snaps to: the field is repaired round that node like round a changed cell.
 */
function seedChanges(a: Map<number, number>, b: Map<number, number>): number[] {
  const out: number[] = [];
  if (a === b) return out;
  for (const [n, v] of a) if (b.get(n) !== v) out.push(n);
  for (const n of b.keys()) if (!a.has(n)) out.push(n);
  return out;
}

/** Reused: repair orders the nodes it examines in ORDER. */
const ORDER = new Buckets();
/** Bucket width: the shortest step any search can take (one cell). */
const widthOf = (s: SearchSpace) => Math.min(...s.g.grids.map((gr) => gr.cell), Infinity);

export interface Repaired {
  field: Field;
  /** Nodes whose distance, openness or walkability differ from the base field's: paths away from them still hold. */
  dirty: number[];
}

/**
 * The field of `base`'s sources in space `s`, repaired from `base`, or null when a fresh solve is the better (or
 * only) way: other sources, another layout or links, or so many changed cells that repair would not pay. A field
 * solved to a `limit` is repaired to the same limit (a node whose way grows past it is left unreached).
 * Long because its three phases (find the nodes that lost their distance in distance order, re-seed them from
 * their neighbours, settle) share the generation-stamped marks and the write log, which are kept in locals.
 */
export function repair(base: Field, s: SearchSpace, seeds: Map<number, number>, linksSame: boolean, limit = Infinity): Repaired | null {
  if (!linksSame || !sameLayout(base.space, s) || base.space.key !== s.key || base.space.g.audience !== s.g.audience) return null;
  const reseeded = seedChanges(base.seeds, seeds);
  const cells = changedNodes(base.space, s);
  const changed = reseeded.length ? [...new Set(cells.concat(reseeded))] : cells;
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
  settle(s, d, q, log, limit);
  unreachBeyond(d, limit, log);
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
