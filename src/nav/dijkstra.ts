/**
 * Walking-distance fields: multi-source Dijkstra over a search space (settled by the WebAssembly kernel, or by
 * settle.ts), the repair of a field after a local edit (a seat or counter moved; repair.ts), and shortest paths
 * read back from the distances (paths.ts).
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
import type { SearchSpace } from './mask';
import { patchOf } from './raster-patch';
import { sameGapsAt } from './raster-gaps';
import { samePinchAt } from './step-chords';
import { Versioned } from './versions';
import { settle, START, stepCosts, unreachBeyond } from './settle';
import { wasmSolve } from './wasm/settle';

export { nodesTo } from './paths';
export type { Field } from './field';
import { fieldOf, type Field } from './field';

/** All Infinity, copied for each solve: a copy costs half of allocating and filling. */
let unreached = new Float64Array(0);

/**
 * The field from `seeds` over `s`. With a finite `limit`, nodes farther than it are left unreached (Infinity):
 * the distances up to it are the full field's, at the cost of the part of the hall within it.
 */
export function solve(s: SearchSpace, seeds: Map<number, number>, limit = Infinity): Field {
  const [A, B] = stepCosts(s);
  const settled = wasmSolve(s, seeds, A, B, limit);
  if (settled) return fieldOf(s, seeds, new Versioned(settled));
  if (unreached.length !== s.g.size) unreached = new Float64Array(s.g.size).fill(Infinity);
  const d = new Float64Array(unreached);
  START.size = 0;
  for (const [n, v] of seeds) {
    d[n] = v;
    START.push(n, v);
  }
  settle(s, d, START, undefined, limit);
  unreachBeyond(d, limit);
  return fieldOf(s, seeds, new Versioned(d));
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

/**
 * Nodes that opened, closed or changed walkability between two search spaces of the same layout, on the floors
 * whose raster changed (a raster patched from the other lists its changed cells; otherwise the floor is compared).
 */
export function changedNodes(from: SearchSpace, to: SearchSpace): number[] {
  const changed: number[] = [];
  const pub = to.g.audience === 'public';
  for (let fi = 0; fi < to.g.grids.length; fi++) {
    const a = from.g.grids[fi];
    const b = to.g.grids[fi];
    if (a === b) continue;
    const off = to.g.offsets[fi];
    // Each floor's own masks: the two spaces' whole masks may be versions of one buffer (mask.ts).
    const oldMask = from.floorMaskOf(fi);
    const mask = to.floorMaskOf(fi);
    // A cell whose steps through a thin obstacle or a gap changed has other edges, as a cell that opened or closed has.
    const differs = (i: number) =>
      oldMask[i] !== mask[i] ||
      a.free[i] !== b.free[i] ||
      (pub && a.staff[i] !== b.staff[i]) ||
      a.cut[i] !== b.cut[i] ||
      !sameGapsAt(a.gaps, b.gaps, i) ||
      !samePinchAt(a.pinch, b.pinch, i);
    const patch = patchOf(b);
    if (patch && patch.parent === a) {
      for (const i of patch.changed) if (differs(i)) changed.push(off + i);
    } else for (let i = 0, n = a.cols * a.rows; i < n; i++) if (differs(i)) changed.push(off + i);
  }
  return changed;
}
