/**
 * The cells a field repair changed, asked "does this window hold one?" once per window of every path the field
 * carries over (field-view.ts). A seat moved can change distances over much of a floor (thousands of cells), and a
 * field carries hundreds of paths with thousands of windows: comparing each window with each cell grew with their
 * product. A table of running counts over each floor's box of changed cells answers each window in four reads.
 */
import type { NavGraph } from './graph';

type Box = [number, number, number, number];

/** One floor's changed cells: their box (c0, c1, r0, r1) and running counts over it. */
interface FloorTable {
  box: Box;
  /** Width of a row of `sums` (box width + 1). */
  w: number;
  /** sums[(r + 1) * w + c + 1]: changed cells in box columns ≤ c and rows ≤ r (box-relative); row and column 0 are 0. */
  sums: Int32Array;
}

export interface DirtyCells {
  /** Per floor index, the box of its changed cells (kept by a repaired field for unchangedSince). */
  boxes: Map<number, Box>;
  tables: Map<number, FloorTable>;
}

/** Counts since start, for tests that want to see how much work a carried-over field did. */
export const dirtyStats = { cellsCounted: 0, windowsAsked: 0 };

function floorIndexOf(g: NavGraph, n: number): number {
  let fi = g.offsets.length - 1;
  while (fi > 0 && g.offsets[fi] > n) fi--;
  return fi;
}

/** The changed nodes `nodes` of graph `g`, per floor. */
export function dirtyCells(g: NavGraph, nodes: readonly number[]): DirtyCells {
  const boxes = new Map<number, Box>();
  for (const n of nodes) {
    const fi = floorIndexOf(g, n);
    const cols = g.grids[fi].cols;
    const i = n - g.offsets[fi];
    const r = (i / cols) | 0;
    const c = i - r * cols;
    const b = boxes.get(fi);
    if (!b) boxes.set(fi, [c, c, r, r]);
    else (b[0] = Math.min(b[0], c)), (b[1] = Math.max(b[1], c)), (b[2] = Math.min(b[2], r)), (b[3] = Math.max(b[3], r));
  }
  const tables = new Map<number, FloorTable>();
  for (const [fi, box] of boxes) {
    const w = box[1] - box[0] + 2;
    tables.set(fi, { box, w, sums: new Int32Array(w * (box[3] - box[2] + 2)) });
  }
  for (const n of nodes) {
    const fi = floorIndexOf(g, n);
    const cols = g.grids[fi].cols;
    const i = n - g.offsets[fi];
    const r = (i / cols) | 0;
    const t = tables.get(fi)!;
    t.sums[(r - t.box[2] + 1) * t.w + (i - r * cols) - t.box[0] + 1] = 1;
  }
  for (const t of tables.values()) {
    const { w, sums } = t;
    for (let k = w; k < sums.length; k++) if (k % w !== 0) sums[k] += sums[k - 1] + sums[k - w] - sums[k - w - 1];
    dirtyStats.cellsCounted += sums.length;
  }
  return { boxes, tables };
}

/** Whether floor `fi`'s window of columns c0…c1 and rows r0…r1 (inclusive) holds a changed cell. */
export function windowDirty(d: DirtyCells, fi: number, c0: number, c1: number, r0: number, r1: number): boolean {
  dirtyStats.windowsAsked++;
  const t = d.tables.get(fi);
  if (!t) return false;
  const [bc0, bc1, br0, br1] = t.box;
  const x0 = Math.max(c0, bc0) - bc0;
  const x1 = Math.min(c1, bc1) - bc0;
  const y0 = Math.max(r0, br0) - br0;
  const y1 = Math.min(r1, br1) - br0;
  if (x0 > x1 || y0 > y1) return false;
  const { w, sums } = t;
  return sums[(y1 + 1) * w + x1 + 1] - sums[y0 * w + x1 + 1] - sums[(y1 + 1) * w + x0] + sums[y0 * w + x0] > 0;
}
