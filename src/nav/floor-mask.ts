/**
 * Each floor's own walkable mask and step bits per audience and route options, kept per raster: a search space
 * lays them end to end (mask.ts), and a patched raster derives its own from its parent's at the changed cells.
 */
import { isWalkable, type FloorGrid } from './grid';
import { patchOf } from './raster-patch';
import { gapBits } from './raster-gaps';
import { pinchBits } from './step-chords';

/** Whether one cell of one floor is open to a search with these options. */
export function cellOpen(grid: FloorGrid, i: number, audience: 'public' | 'staff', accessible: boolean, minHalf: number, minDoor = 0): boolean {
  if (!isWalkable(grid, i, audience)) return false;
  if (accessible && grid.stepped[i]) return false;
  // A door's clear width is its own, exactly (the raster cannot tell a 0.6 m door from a 0.9 m one).
  if (accessible && minDoor > 0 && grid.doorWidth[i] > 0 && grid.doorWidth[i] < minDoor) return false;
  // Passages by their exact width; a door's opening by the door's own clear width (minDoor), not the passage limit.
  return minHalf <= 0 || widthOk(grid.doorWidth[i], grid.passWidth[i], 2 * minHalf, accessible && minDoor > 0);
}

/** Float32 rounding of a stored width (a micrometre): not a tolerance on the limit. */
const WIDTH_EPS = 1e-6;

/** A door's opening passes by the door limit when one is given (checked apart), else by the passage limit. */
const widthOk = (door: number, pass: number, minW: number, doorChecked: boolean): boolean => (door > 0 ? doorChecked || door + WIDTH_EPS >= minW : pass + WIDTH_EPS >= minW);

const maskKey = (audience: string, accessible: boolean, minHalf: number, minDoor = 0) => `${audience}|${accessible ? 1 : 0}|${minHalf}|${minDoor}`;

/** The mask of one floor grid for one audience and option set; floors keep theirs while their raster is unchanged. */
const floorMasks = new WeakMap<FloorGrid, Map<string, Uint8Array>>();
export function floorMask(grid: FloorGrid, audience: 'public' | 'staff', accessible: boolean, minHalf: number, minDoor = 0): Uint8Array {
  let m = floorMasks.get(grid);
  if (!m) floorMasks.set(grid, (m = new Map()));
  const k = maskKey(audience, accessible, minHalf, minDoor);
  let mask = m.get(k);
  if (!mask) {
    // A patched raster differs from its parent in a listed set of cells: copy the parent's mask, redo those.
    const patch = patchOf(grid);
    const parentMask = patch && floorMasks.get(patch.parent)?.get(k);
    if (patch && parentMask) {
      // Steps through thin obstacles or gaps changed: a mask of its own, so the steps kept per mask are derived afresh.
      const cutMoved = grid.cut !== patch.parent.cut || grid.gaps !== patch.parent.gaps || grid.pinch !== patch.parent.pinch;
      // The parent's own array when no listed cell changes for these options (a width moved, not a free cell):
      // the steps, room maps and runs kept per mask then carry over as well.
      mask = parentMask;
      for (const i of patch.changed) {
        const v = cellOpen(grid, i, audience, accessible, minHalf, minDoor) ? 1 : 0;
        if (v === mask[i]) continue;
        if (mask === parentMask) mask = parentMask.slice();
        mask[i] = v;
      }
      if (cutMoved && mask === parentMask) mask = parentMask.slice();
    } else {
      // cellOpen over every cell, written out on the raster's arrays (a mask is made per floor and option set).
      mask = new Uint8Array(grid.cols * grid.rows);
      const { free, staff, stepped, passWidth, doorWidth } = grid;
      const pub = audience !== 'staff';
      const doorCheck = accessible && minDoor > 0;
      for (let i = 0; i < mask.length; i++)
        mask[i] =
          free[i] === 1 &&
          (!pub || staff[i] === 0) &&
          !(accessible && stepped[i]) &&
          !(doorCheck && doorWidth[i] > 0 && doorWidth[i] < minDoor) &&
          (minHalf <= 0 || widthOk(doorWidth[i], passWidth[i], 2 * minHalf, doorCheck))
            ? 1
            : 0;
    }
    m.set(k, mask);
  }
  return mask;
}

/**
 * The grid steps out of cell i (row r, column c) of one floor's mask, as SearchSpace.steps holds them: less those
 * the raster's `cut` says pass through an obstacle (raster-cuts.ts), plus the diagonals past a blocked corner
 * through a gap at least `2 · minHalf` wide (raster-gaps.ts).
 */
export function stepBits(mask: Uint8Array, grid: Pick<FloorGrid, 'cols' | 'rows' | 'cut' | 'gaps' | 'pinch'>, i: number, r: number, c: number, minHalf: number): number {
  const { cols, rows } = grid;
  const E = c + 1 < cols && mask[i + 1] === 1;
  const W = c > 0 && mask[i - 1] === 1;
  const N = r + 1 < rows && mask[i + cols] === 1;
  const S = r > 0 && mask[i - cols] === 1;
  let b = (E ? 1 : 0) | (W ? 2 : 0) | (N ? 4 : 0) | (S ? 8 : 0);
  if (E && N && mask[i + cols + 1] === 1) b |= 16;
  if (E && S && mask[i - cols + 1] === 1) b |= 32;
  if (W && N && mask[i + cols - 1] === 1) b |= 64;
  if (W && S && mask[i - cols - 1] === 1) b |= 128;
  const gap = gapBits(grid.gaps, i, 2 * minHalf);
  if (gap) {
    if (gap & 16 && mask[i + cols + 1] === 1) b |= 16;
    if (gap & 32 && mask[i - cols + 1] === 1) b |= 32;
    if (gap & 64 && mask[i + cols - 1] === 1) b |= 64;
    if (gap & 128 && mask[i - cols - 1] === 1) b |= 128;
  }
  return b & ~grid.cut[i] & ~pinchBits(grid.pinch, i, 2 * minHalf);
}

/** The steps of every cell of a floor mask: stepBits, with the border handled outside the loop over the inside. */
export function stepsOfMask(mask: Uint8Array, grid: Pick<FloorGrid, 'cols' | 'rows' | 'cut' | 'gaps' | 'pinch'>, minHalf: number): Uint8Array {
  const { cols, rows, cut } = grid;
  const steps = new Uint8Array(mask.length);
  for (let r = 0; r < rows; r++) {
    const edgeRow = r === 0 || r === rows - 1;
    for (let c = 0, i = r * cols; c < cols; c++, i++) {
      if (edgeRow || c === 0 || c === cols - 1) {
        steps[i] = stepBits(mask, grid, i, r, c, minHalf);
        continue;
      }
      const E = mask[i + 1];
      const W = mask[i - 1];
      const N = mask[i + cols];
      const S = mask[i - cols];
      steps[i] =
        (E |
          (W << 1) |
          (N << 2) |
          (S << 3) |
          ((E & N & mask[i + cols + 1]) << 4) |
          ((E & S & mask[i - cols + 1]) << 5) |
          ((W & N & mask[i + cols - 1]) << 6) |
          ((W & S & mask[i - cols - 1]) << 7)) &
        ~cut[i];
    }
  }
  // The few cells with steps through a gap, at their own widths.
  for (const key of grid.gaps.keys()) {
    const i = key >> 3;
    steps[i] = stepBits(mask, grid, i, (i / cols) | 0, i - ((i / cols) | 0) * cols, minHalf);
  }
  // And those with steps across a corner-to-corner chord, narrower than the width limit.
  if (minHalf > 0) for (const i of grid.pinch.keys()) steps[i] &= ~pinchBits(grid.pinch, i, 2 * minHalf);
  return steps;
}

/** Every cell within one step of a changed cell (a step's bits read the 8 cells around it). */
export function aroundChanged(changed: ArrayLike<number> & Iterable<number>, cols: number, rows: number): number[] {
  const out = new Set<number>();
  for (const i of changed) {
    const r = (i / cols) | 0;
    const c = i - r * cols;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) if (r + dr >= 0 && r + dr < rows && c + dc >= 0 && c + dc < cols) out.add(i + dr * cols + dc);
  }
  return [...out];
}

/** The steps of a floor mask made by floorMask; a patched floor copies its parent's and redoes the cells around the change. */
const floorStepsOf = new WeakMap<Uint8Array, Uint8Array>();
export function floorSteps(grid: FloorGrid, audience: 'public' | 'staff', accessible: boolean, minHalf: number, minDoor = 0): Uint8Array {
  const mask = floorMask(grid, audience, accessible, minHalf, minDoor);
  let steps = floorStepsOf.get(mask);
  if (steps) return steps;
  const patch = patchOf(grid);
  const parent = patch && floorMasks.get(patch.parent)?.get(maskKey(audience, accessible, minHalf, minDoor));
  const parentSteps = parent && floorStepsOf.get(parent);
  if (patch && parentSteps) {
    steps = parentSteps.slice();
    for (const i of aroundChanged(patch.changed, grid.cols, grid.rows)) {
      const r = (i / grid.cols) | 0;
      steps[i] = stepBits(mask, grid, i, r, i - r * grid.cols, minHalf);
    }
  } else steps = stepsOfMask(mask, grid, minHalf);
  floorStepsOf.set(mask, steps);
  return steps;
}
