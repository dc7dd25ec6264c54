/**
 * Shortest paths read back from distances, choosing among equally short steps in a fixed order: a repaired and
 * a fresh field give the same path.
 */
import type { Field } from './field';
import { linkAllowed } from './mask';

const EPS = 1e-7;

/**
 * The step before `n` on a shortest path, chosen among equally short steps in a fixed order; -1 at a source.
 * Reads only `n`'s neighbours' distances and step bits, so it is unchanged wherever those are.
 * The candidates are the neighbours a search steps into n from, in forEachNeighbour's order (east, west, north,
 * south, then the diagonals, then n's links): a grid neighbour m when m's own step bits (mask.ts) hold the step
 * back to n, which is how the solve relaxed it; links are symmetric. Read off the bits directly rather than
 * through neighboursOf: paths read thousands of parents per check.
 */
export function parentOf(f: Field, n: number): number {
  return parentIn(f, f.d, f.space.steps, n);
}

/** parentOf with the field's distances and step bits read once by the caller (each read is a versioned lookup). */
function parentIn(f: Field, d: Float64Array, steps: Uint8Array, n: number): number {
  if (!(d[n] < Infinity)) return -1;
  const s = f.space;
  const fi = s.floorOf[n];
  const grid = s.g.grids[fi];
  const cols = grid.cols;
  const i = n - s.g.offsets[fi];
  const r = (i / cols) | 0;
  const c = i - r * cols;
  const a = grid.cell;
  const b = Math.SQRT2 * grid.cell;
  const hE = c + 1 < cols;
  const hW = c > 0;
  const hN = r + 1 < grid.rows;
  const hS = r > 0;
  // Each candidate's bit is the step from it back to n: east's westward step (2), west's eastward (1) and so on.
  const E = hE && steps[n + 1] & 2 ? d[n + 1] + a : Infinity;
  const W = hW && steps[n - 1] & 1 ? d[n - 1] + a : Infinity;
  const N = hN && steps[n + cols] & 8 ? d[n + cols] + a : Infinity;
  const S = hS && steps[n - cols] & 4 ? d[n - cols] + a : Infinity;
  const NE = hE && hN && steps[n + cols + 1] & 128 ? d[n + cols + 1] + b : Infinity;
  const SE = hE && hS && steps[n - cols + 1] & 64 ? d[n - cols + 1] + b : Infinity;
  const NW = hW && hN && steps[n + cols - 1] & 32 ? d[n + cols - 1] + b : Infinity;
  const SW = hW && hS && steps[n - cols - 1] & 16 ? d[n - cols - 1] + b : Infinity;
  let best = Math.min(E, W, N, S, NE, SE, NW, SW);
  const links = s.linked[n] === 1 ? s.g.links.get(n)! : undefined;
  if (links) for (const e of links) if (linkAllowed(e, s.o) && d[e.to] + e.cost < best) best = d[e.to] + e.cost;
  const seed = f.seeds.get(n);
  if (seed !== undefined && seed <= best + EPS) return -1;
  const at = best + EPS;
  if (E <= at) return n + 1;
  if (W <= at) return n - 1;
  if (N <= at) return n + cols;
  if (S <= at) return n - cols;
  if (NE <= at) return n + cols + 1;
  if (SE <= at) return n - cols + 1;
  if (NW <= at) return n + cols - 1;
  if (SW <= at) return n - cols - 1;
  if (links) for (const e of links) if (linkAllowed(e, s.o) && d[e.to] + e.cost <= at) return e.to;
  return -1;
}

/**
 * Per node, in one table shared by every field: its parent, and the path handed out before that holds it (and
 * where), so a later path through it copies that path's start instead of walking it again. An entry holds for the
 * field whose id is stamped beside it (another field reading the same node takes the entry over). A field's paths
 * to many targets share most of their way back to the source; tables per field would be garbage per repaired field.
 */
let memoParent = new Int32Array(0);
let memoPath = new Int32Array(0);
let memoAt = new Int32Array(0);
let memoOwner = new Uint32Array(0);
let fieldIds = new WeakMap<Field, number>();
let nextFieldId = 1;
/** The paths handed out per field, which memoPath indexes. */
const handedOut = new WeakMap<Field, number[][]>();

/** Nodes whose parent was read, and nodes walked (a node copied from an earlier path is not walked), for tests. */
export const pathStats = { parents: 0, walked: 0 };

/** Scratch: the nodes walked up from a target until a node on an earlier path (or a source). */
let walk = new Int32Array(0);

/**
 * Nodes from a source to `n` along parentOf, or null when `n` is unreachable. The array is the caller's to read,
 * not to change: later paths through its nodes are copied from it.
 */
export function nodesTo(f: Field, n: number): number[] | null {
  const d = f.d;
  if (n < 0 || !(d[n] < Infinity)) return null;
  const size = d.length;
  if (memoParent.length < size) {
    memoParent = new Int32Array(size);
    memoPath = new Int32Array(size);
    memoAt = new Int32Array(size);
    memoOwner = new Uint32Array(size);
    walk = new Int32Array(size);
  }
  let id = fieldIds.get(f);
  if (id === undefined) {
    fieldIds.set(f, (id = nextFieldId++));
    // Stamps wrap after four billion fields: start the table afresh then.
    if (nextFieldId >= 0xffffffff) memoOwner.fill(0), (nextFieldId = 1), (fieldIds = new WeakMap());
  }
  let paths = handedOut.get(f);
  if (!paths) handedOut.set(f, (paths = []));
  // Up from n until a node on a path handed out before: the way on from there is that path's start.
  const steps = f.space.steps;
  let len = 0;
  let prefix: number[] | undefined;
  let prefixEnd = 0;
  for (let k = n; len < size; ) {
    if (memoOwner[k] === id && memoPath[k] >= 0) {
      prefix = paths[memoPath[k]];
      prefixEnd = memoAt[k] + 1;
      break;
    }
    walk[len++] = k;
    let p: number;
    if (memoOwner[k] === id) p = memoParent[k];
    else (p = parentIn(f, d, steps, k)), (memoParent[k] = p), (memoPath[k] = -1), (memoOwner[k] = id), pathStats.parents++;
    if (p < 0) break;
    k = p;
  }
  pathStats.walked += len;
  const out = prefix ? prefix.slice(0, prefixEnd) : [];
  const ref = paths.length;
  for (let j = len - 1; j >= 0; j--) {
    const k = walk[j];
    memoPath[k] = ref;
    memoAt[k] = out.length;
    out.push(k);
  }
  if (len) paths.push(out);
  return out;
}
