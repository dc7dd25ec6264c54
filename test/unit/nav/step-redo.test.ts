/**
 * A patch measures again only the steps of the cells it marks (`redo`): the nearest edge of a cell is measured
 * only where one of those steps leaves from or lands on it, and a marked cell's narrowest step comes out as when
 * every cell is marked.
 */
import { describe, expect, it } from 'vitest';
import { rasterizeFloor } from '../../../src/nav';
import { rasterInputs } from '../../../src/nav/grid';
import { bucketEdges } from '../../../src/nav/clearance';
import { widthEdges } from '../../../src/nav/clearance-edges';
import { CLEARANCE_CAP_M } from '../../../src/nav/clearance-map';
import { narrowSteps, type StepCells } from '../../../src/nav/step-width';
import { passWidths } from '../../../src/nav/raster-widths';
import type { CellWindow } from '../../../src/nav/raster-cells';
import { generateHall } from '../../fixtures/generated-hall';

const floor = generateHall().floors[0];
const grid = rasterizeFloor(floor);
const inputs = rasterInputs(floor);
const box = {
  minX: grid.origin[0] - CLEARANCE_CAP_M,
  minY: grid.origin[1] - CLEARANCE_CAP_M,
  maxX: grid.origin[0] + grid.cols * grid.cell + CLEARANCE_CAP_M,
  maxY: grid.origin[1] + grid.rows * grid.cell + CLEARANCE_CAP_M,
};
const buckets = bucketEdges(widthEdges({ solids: inputs.solids, strips: inputs.doors.map((d) => d.strip), outline: inputs.outline }), CLEARANCE_CAP_M, box);
const n = grid.cols * grid.rows;
// The solids that are rectangles along the axes, by their left side (seats, counters: what betweenBoxes pairs).
const rects = inputs.solids
  .filter((p) => p.length === 4 && p.every((a, k) => a[0] === p[(k + 1) % 4][0] || a[1] === p[(k + 1) % 4][1]))
  .map((p) => [Math.min(...p.map((q) => q[0])), Math.min(...p.map((q) => q[1])), Math.max(...p.map((q) => q[0])), Math.max(...p.map((q) => q[1]))])
  .sort((a, b) => a[0] - b[0]);
const boxes = Float64Array.from(rects.flat());
// The centre widths steps are measured against: the raster's widths, less what steps narrowed.
const centre = new Float32Array(n);
for (const [i, w] of passWidths(grid, inputs, { c0: 0, c1: grid.cols - 1, r0: 0, r1: grid.rows - 1 }, grid.free, grid.doorWidth, centre)) centre[i] = w;

/** Windows of cells around steps something pinches (the first, middle and last such cell of the floor). */
function pinchWindows(): CellWindow[] {
  const whole = { c0: 0, c1: grid.cols - 1, r0: 0, r1: grid.rows - 1 };
  const { narrow } = run(whole, new Uint8Array(n).fill(1));
  const pinched = [...narrow.keys()].filter((i) => Number.isFinite(narrow[i]));
  const half = 5;
  return [pinched[0], pinched[pinched.length >> 1], pinched[pinched.length - 1]].map((x) => {
    const c = x % grid.cols;
    const r = Math.floor(x / grid.cols);
    return { c0: Math.max(0, c - half), c1: Math.min(grid.cols - 1, c + half), r0: Math.max(0, r - half), r1: Math.min(grid.rows - 1, r + half) };
  });
}

function run(win: CellWindow, redo: Uint8Array): { narrow: Float32Array; near: Float64Array } {
  const cells: StepCells = {
    origin: grid.origin,
    cell: grid.cell,
    cols: grid.cols,
    rows: grid.rows,
    free: grid.free,
    door: grid.doorWidth,
    centre,
    near: new Float64Array(n).fill(Number.NaN),
    boxes,
  };
  const narrow = new Float32Array(n).fill(Number.POSITIVE_INFINITY);
  narrowSteps(cells, buckets, win, redo, narrow);
  return { narrow, near: cells.near };
}

describe('steps measured again by a patch', () => {
  it('measure nearest edges only within two steps of the cells marked, with the answer of every cell marked', () => {
    let pinched = 0;
    for (const win of pinchWindows()) {
      const all = new Uint8Array(n);
      for (let r = win.r0; r <= win.r1; r++) for (let c = win.c0; c <= win.c1; c++) all[r * grid.cols + c] = 1;
      const every = run(win, all).narrow;
      for (let r = win.r0; r <= win.r1; r++)
        for (let c = win.c0; c <= win.c1; c++) {
          const x = r * grid.cols + c;
          if (!grid.free[x]) continue;
          const one = new Uint8Array(n);
          one[x] = 1;
          const { narrow, near } = run(win, one);
          expect(narrow[x]).toBe(every[x]);
          if (Number.isFinite(every[x])) pinched++;
          for (let i = 0; i < n; i++) {
            if (Number.isNaN(near[i])) continue;
            const dr = Math.abs(Math.floor(i / grid.cols) - r);
            const dc = Math.abs((i % grid.cols) - c);
            expect(Math.max(dr, dc), `cell ${i} measured for ${x}`).toBeLessThanOrEqual(2);
          }
        }
    }
    // The windows hold pinched steps, so the comparison above compares something.
    expect(pinched).toBeGreaterThan(0);
  });
});
