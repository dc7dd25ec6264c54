/** A floor's raster derived from the raster of its previous version, computing only the cells an edit touched. */
import { elementDiff } from '../core/element-diff';
import type { Floor } from '../core/document';
import { kindOf } from '../core/kinds/registry';
import { bbox, cachedBBox, type BBox } from '../core/geometry/polygon';
import { CLEARANCE_CAP_M } from './clearance-map';
import { gridOf, paint, rasterInputs, type FloorGrid, type RasterInputs } from './grid';
import { wholeGrid, type CellWindow } from './raster-cells';
import { blockerShapes, doorCells } from './raster-shapes';
import { noteNarrowed, passWidths, union, widthBox } from './raster-widths';
import { advanceIndex, elementsNear } from './raster-index';
import { cutSteps } from './raster-cuts';
import { gapSteps, sameGapsAt } from './raster-gaps';
import { pinchSteps, samePinchAt } from './step-chords';

/** The plan box an element changes in the raster, or null when it does not take part in it (signs, vlinks). */
function rasterBox(e: Floor['elements'][number]): BBox | null {
  const k = kindOf(e);
  if (k.walking === 'areas') {
    const closed = k.closedArea(e);
    return closed ? bbox(closed) : null;
  }
  if (k.walking === 'opens') return cachedBBox(doorCells(e, k.passage(e)));
  if (k.walking !== 'blocks' || !k.blocksWalking(e)) return null;
  const shapes = blockerShapes(e);
  return shapes.length === 1 ? bbox(shapes[0]) : shapes.length ? bbox(shapes.flat()) : null;
}

/**
 * The raster of `floor` from the raster of an earlier version of it: only the cells under the elements that
 * changed are computed again. Returns `prev.grid` itself when no cell changed (a sign or a zone name edited), and
 * null when patching does not apply (no outline, so the extent may move; other floor settings; many changes).
 */
/** Past this many changed elements a floor's raster is made afresh rather than patched. */
export const MAX_PATCH_CHANGES = 64;

export function patchRaster(prev: { floor: Floor; grid: FloorGrid }, floor: Floor): FloorGrid | null {
  const old = prev.floor;
  const grid = prev.grid;
  if (!floor.outline || floor.outline !== old.outline || floor.id !== old.id || floor.elevation !== old.elevation) return null;
  const diff = elementDiff(old.elements, floor.elements);
  const changed = diff.added.concat(diff.removed);
  if (changed.length > MAX_PATCH_CHANGES) return null;
  advanceIndex(old, floor, diff.removed, diff.added);
  let box: BBox | null = null;
  for (const e of changed) {
    const b = rasterBox(e);
    if (b) box = box ? { minX: Math.min(box.minX, b.minX), minY: Math.min(box.minY, b.minY), maxX: Math.max(box.maxX, b.maxX), maxY: Math.max(box.maxY, b.maxY) } : b;
  }
  if (!box) return grid;
  const win: CellWindow = {
    c0: Math.max(0, Math.floor((box.minX - grid.origin[0]) / grid.cell) - 1),
    c1: Math.min(grid.cols - 1, Math.ceil((box.maxX - grid.origin[0]) / grid.cell) + 1),
    r0: Math.max(0, Math.floor((box.minY - grid.origin[1]) / grid.cell) - 1),
    r1: Math.min(grid.rows - 1, Math.ceil((box.maxY - grid.origin[1]) / grid.cell) + 1),
  };
  if (win.c0 > win.c1 || win.r0 > win.r1) return grid;
  // Clear widths change up to the cap away from the cells that changed: that wider window is measured again.
  const reach = Math.ceil(CLEARANCE_CAP_M / grid.cell) + 1;
  const cw: CellWindow = {
    c0: Math.max(0, win.c0 - reach),
    c1: Math.min(grid.cols - 1, win.c1 + reach),
    r0: Math.max(0, win.r0 - reach),
    r1: Math.min(grid.rows - 1, win.r1 + reach),
  };
  // Painting reads the shapes over `win`; widths in `cw` read edges up to two of their buckets (CLEARANCE_CAP_M
  // each) around it: the elements whose inputs come that near are all the patch needs.
  const far = 2 * CLEARANCE_CAP_M + grid.cell;
  const near = elementsNear(floor, {
    minX: grid.origin[0] + cw.c0 * grid.cell - far,
    minY: grid.origin[1] + cw.r0 * grid.cell - far,
    maxX: grid.origin[0] + (cw.c1 + 1) * grid.cell + far,
    maxY: grid.origin[1] + (cw.r1 + 1) * grid.cell + far,
  });
  const inputs = rasterInputs(floor, near);
  // The window is painted into scratch arrays, and each of the raster's arrays is copied only when a cell of it
  // changes: a seat moving changes which cells are free, never the staff, step or door cells. Every floor-sized
  // copy per edit is garbage the collector must clear while the user drags.
  const n = grid.cols * grid.rows;
  const s = scratchFor(n);
  paint(grid, inputs, win, s.free, s.staff, s.stepped, s.doorWidth);
  const free = withWindow(grid.free, s.free, grid.cols, win);
  const staff = withWindow(grid.staff, s.staff, grid.cols, win);
  const stepped = withWindow(grid.stepped, s.stepped, grid.cols, win);
  const doorWidth = withWindow(grid.doorWidth, s.doorWidth, grid.cols, win);
  // Exact passage widths change in `cw` even when no cell flips (an obstacle moved by a few centimetres).
  let moved: BBox | null = null;
  for (const e of changed) moved = union(moved, widthBox(e));
  const narrowed = passWidths(grid, inputs, cw, free, doorWidth, s.passWidth, { free: grid.free, widths: grid.passWidth, box: moved });
  const passWidth = withWindow(grid.passWidth, s.passWidth, grid.cols, cw);
  noteNarrowed(passWidth, narrowed);
  const { cut, gaps } = patchedSteps(grid, floor, inputs, win, cw, free, doorWidth, s.cut);
  // Steps across corner-to-corner chords: a chord up to the cap long from a changed element is crossed within `cw`.
  // Named fields, not a spread of the raster: a spread reads its lazy clearance map, built for nothing on every move.
  const at = { origin: grid.origin, cell: grid.cell, cols: grid.cols, rows: grid.rows };
  const pinch = pinchSteps({ ...at, free, door: doorWidth, widths: passWidth }, inputs, cw, grid.pinch);
  if (
    free === grid.free &&
    staff === grid.staff &&
    stepped === grid.stepped &&
    doorWidth === grid.doorWidth &&
    passWidth === grid.passWidth &&
    cut === grid.cut &&
    gaps === grid.gaps &&
    pinch === grid.pinch
  )
    return grid;
  const { floorId, elevation, origin, cell, cols, rows } = grid;
  const next = gridOf({ floorId, elevation, origin, cell, cols, rows, free, staff, stepped, doorWidth, passWidth, cut, gaps, pinch });
  notePatch(next, grid, changedCells(grid, next, cw));
  return next;
}

/** The cells of `cw` where a patched raster differs from the one it was patched from. */
function changedCells(grid: FloorGrid, next: FloorGrid, cw: CellWindow): Int32Array {
  const cells: number[] = [];
  for (let r = cw.r0; r <= cw.r1; r++)
    for (let i = r * grid.cols + cw.c0, end = r * grid.cols + cw.c1; i <= end; i++)
      if (
        next.free[i] !== grid.free[i] ||
        next.staff[i] !== grid.staff[i] ||
        next.stepped[i] !== grid.stepped[i] ||
        next.doorWidth[i] !== grid.doorWidth[i] ||
        next.passWidth[i] !== grid.passWidth[i] ||
        next.cut[i] !== grid.cut[i] ||
        (next.gaps !== grid.gaps && !sameGapsAt(next.gaps, grid.gaps, i)) ||
        !samePinchAt(next.pinch, grid.pinch, i)
      )
        cells.push(i);
  return Int32Array.from(cells);
}

/**
 * The cut steps and the steps through gaps of a patched raster (`win`: the cells painted again, `cw`: the widths
 * measured again), each the raster's own array or map when none differs.
 */
function patchedSteps(
  grid: FloorGrid,
  floor: Floor,
  inputs: RasterInputs,
  win: CellWindow,
  cw: CellWindow,
  free: Uint8Array,
  doorWidth: Float32Array,
  scratchCut: Uint8Array,
): { cut: Uint8Array; gaps: FloorGrid['gaps'] } {
  // Steps through thin obstacles: those with a cell in `win` (free and door cells change there, and so do the
  // solids that moved), written over a copy of the raster's, so the ring's steps into the window are kept right.
  const cut = cutWindow(grid, inputs.solids, win, free, doorWidth, scratchCut);
  // Diagonal steps through gaps, measured again over the whole floor where the window's differ from the raster's:
  // measured over the widths' window alone, a patched raster's could differ from a fresh one's. A move whose window
  // finds the steps the raster had (a seat dragged in open floor) keeps them without the whole floor's measure.
  let gaps = gapSteps(grid, inputs, cw, free, doorWidth, cut, grid.gaps);
  if (gaps !== grid.gaps) gaps = gapSteps(grid, rasterInputs(floor), wholeGrid(grid), free, doorWidth, cut, grid.gaps);
  return { cut, gaps };
}

/** Whole-floor scratch arrays a patch paints its window into (one patch runs at a time). */
interface Scratch {
  free: Uint8Array;
  staff: Uint8Array;
  stepped: Uint8Array;
  doorWidth: Float32Array;
  passWidth: Float32Array;
  cut: Uint8Array;
}
let scratch: Scratch | null = null;
function scratchFor(n: number): Scratch {
  if (!scratch || scratch.free.length < n)
    scratch = {
      free: new Uint8Array(n),
      staff: new Uint8Array(n),
      stepped: new Uint8Array(n),
      doorWidth: new Float32Array(n),
      passWidth: new Float32Array(n),
      cut: new Uint8Array(n),
    };
  return scratch;
}

/**
 * The cut steps of a patched raster: the window's (and its ring's, whose steps come into it) computed in scratch
 * over the raster's own; the raster's own array when none differs.
 */
function cutWindow(grid: FloorGrid, solids: RasterInputs['solids'], win: CellWindow, free: Uint8Array, door: Float32Array, scratchCut: Uint8Array): Uint8Array {
  const { cols, rows } = grid;
  const ring: CellWindow = { c0: Math.max(0, win.c0 - 1), c1: Math.min(cols - 1, win.c1 + 1), r0: Math.max(0, win.r0 - 1), r1: Math.min(rows - 1, win.r1 + 1) };
  for (let r = ring.r0; r <= ring.r1; r++) scratchCut.set(grid.cut.subarray(r * cols + ring.c0, r * cols + ring.c1 + 1), r * cols + ring.c0);
  cutSteps(grid, solids, win, free, door, scratchCut);
  return withWindow(grid.cut, scratchCut, cols, ring);
}

/** `prev` itself when the window of `next` holds the same values, else a copy of `prev` with the window's values. */
function withWindow<A extends Uint8Array | Float32Array>(prev: A, next: A, cols: number, win: CellWindow): A {
  let r = win.r0;
  find: for (; r <= win.r1; r++) for (let i = r * cols + win.c0, end = r * cols + win.c1; i <= end; i++) if (prev[i] !== next[i]) break find;
  if (r > win.r1) return prev;
  const out = prev.slice() as A;
  for (let k = win.r0; k <= win.r1; k++) out.set(next.subarray(k * cols + win.c0, k * cols + win.c1 + 1), k * cols + win.c0);
  return out;
}

/**
 * The most recent patches (child raster → parent and the cells that differ), so masks and distance fields of the
 * child can be derived from the parent's by looking at those cells only. Bounded, so a long drag does not keep a
 * chain of rasters alive.
 */
const patches = new Map<FloorGrid, { parent: FloorGrid; changed: Int32Array }>();
function notePatch(child: FloorGrid, parent: FloorGrid, changed: Int32Array): void {
  patches.set(child, { parent, changed });
  if (patches.size > 16) patches.delete(patches.keys().next().value!);
}
export function patchOf(child: FloorGrid): { parent: FloorGrid; changed: Int32Array } | undefined {
  return patches.get(child);
}

/** The plan box of each patch's changed cells, or null when it changed none (per child raster). */
const patchBoxes = new WeakMap<FloorGrid, BBox | null>();
function patchBox(child: FloorGrid, changed: Int32Array): BBox | null {
  let b = patchBoxes.get(child);
  if (b !== undefined) return b;
  b = null;
  if (changed.length) {
    let c0 = Number.POSITIVE_INFINITY;
    let c1 = -1;
    let r0 = Number.POSITIVE_INFINITY;
    let r1 = -1;
    for (const i of changed) {
      const r = (i / child.cols) | 0;
      const c = i - r * child.cols;
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
    }
    const [ox, oy] = child.origin;
    b = { minX: ox + c0 * child.cell, minY: oy + r0 * child.cell, maxX: ox + (c1 + 1) * child.cell, maxY: oy + (r1 + 1) * child.cell };
  }
  patchBoxes.set(child, b);
  return b;
}

/**
 * The plan boxes holding every cell that differs between raster `from` and raster `to` patched from it (through the
 * patches still kept), or null when `to` does not descend from `from` that way (made afresh, or too many edits
 * ago): a result that read only cells outside the boxes holds on `to` as it did on `from`.
 */
export function changedSince(from: FloorGrid, to: FloorGrid): BBox[] | null {
  const out: BBox[] = [];
  for (let g = to; g !== from; ) {
    const p = patches.get(g);
    if (!p) return null;
    const b = patchBox(g, p.changed);
    if (b) out.push(b);
    g = p.parent;
  }
  return out;
}
