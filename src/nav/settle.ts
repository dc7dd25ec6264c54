/** The JavaScript settle loop of Dijkstra over a search space (pages without WebAssembly, and field repairs). */
import { linkAllowed, type SearchSpace } from './mask';
import { MinHeap } from './heap';

const SQRT2 = Math.SQRT2;

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
 * Settles every node reachable from the entries in `start` (node, distance; their distances already in d), none
 * farther than `limit`: nodes reached beyond it keep the distance they were reached at (see unreachBeyond).
 * The steps come from the space's step bits (mask.ts), whose order and corner rule must match forEachNeighbour
 * (a property test compares them). With `log`, every write to d is logged first as (node, old value).
 * Long because the eight neighbour steps are written out (a loop over them costs a third more here): this loop is
 * the whole cost of a field, and the WebAssembly kernel is its line-by-line translation.
 */
export function settle(s: SearchSpace, d: Float64Array, start: MinHeap, log?: number[], limit = Infinity): void {
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
    // Past the limit: every node still queued is farther (each queue's head is its least entry).
    if (va > limit && vb > limit && vh > limit) break;
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

/** Reused: solve and repair start settle() from START. */
export const START = new MinHeap();

/** The cost of a straight and of a diagonal grid step: the same on every floor, or no search can run. */
export function stepCosts(s: SearchSpace): [number, number] {
  const { grids } = s.g;
  const A = grids[0]?.cell ?? 1;
  if (grids.some((gr) => gr.cell !== A)) throw new Error('nav: every floor of a graph must have the same cell size');
  return [A, SQRT2 * A];
}

/**
 * After a settle to a finite `limit`: the nodes it reached but did not settle, beyond the limit, back to Infinity
 * (their distances are not final). With `log` (settle's write log), only the nodes written are looked at.
 */
export function unreachBeyond(d: Float64Array, limit: number, log?: readonly number[]): void {
  if (limit === Infinity) return;
  if (log) {
    for (let k = 0; k < log.length; k += 2) if (d[log[k]] > limit) d[log[k]] = Infinity;
    return;
  }
  for (let i = 0; i < d.length; i++) if (d[i] > limit) d[i] = Infinity;
}
