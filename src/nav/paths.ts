/**
 * Shortest paths read back from distances, choosing among equally short steps in a fixed order: a repaired and
 * a fresh field give the same path.
 */
import type { Field } from './field';
import { neighboursOf } from './mask';

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
