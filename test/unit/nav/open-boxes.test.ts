/**
 * Smoothing passes a line without tracing it when both ends lie inside one of the anchor's open boxes: that must
 * never pass a line the traced test fails, so every box is all open cells and every line inside one is clear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveElements } from '../../../src/core/commands';
import { buildNavGraph } from '../../../src/nav';
import { searchSpace } from '../../../src/nav/mask';
import { lineClear, openBoxes } from '../../../src/nav/line-of-sight';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const seats = county.floors[0].elements.filter((e) => e.kind === 'point').map((e) => e.id);
const generated = generateHall();

const halls = [
  ['county', county],
  ['county with a seat moved', moveElements([seats[3]], [0.7, -0.4]).apply(county).doc],
  ['generated', generated],
] as const;

describe('open boxes around a cell', () => {
  for (const [name, doc] of halls) {
    const g = buildNavGraph(doc);
    for (const width of [0, 0.55, 1.2])
      it(`${name}, walking width ${width} m: a box holds only open cells, and every line with both ends inside it is clear (property)`, () => {
        const space = searchSpace(g, { minWalkWidth: width });
        const grid = g.grids[0];
        const walk = space.floorMaskOf(0);
        const open: number[] = [];
        walk.forEach((v, i) => v === 1 && open.push(i));
        const box = new Float64Array(8);
        const unit = fc.double({ min: 0, max: 1, noNaN: true });
        fc.assert(
          fc.property(fc.nat(), unit, unit, unit, unit, (pick, a, b, c, d) => {
            const i = open[pick % open.length];
            const r = Math.floor(i / grid.cols);
            const col = i - r * grid.cols;
            openBoxes(g, 0, space, col, r, box);
            for (const at of [0, 4]) {
              const [u0, v0, u1, v1] = box.subarray(at, at + 4);
              expect(u0 <= col && col < u1 && v0 <= r && r < v1).toBe(true);
              let shut = 0;
              for (let rr = v0; rr < v1; rr++) for (let cc = u0; cc < u1; cc++) if (walk[rr * grid.cols + cc] !== 1) shut++;
              expect(shut).toBe(0);
              // Two points anywhere inside the box, up to a hair from its edges.
              const inner = (t: number) => Math.min(Math.max(t, 1e-5), 1 - 1e-5);
              const x = (t: number) => grid.origin[0] + (u0 + inner(t) * (u1 - u0)) * grid.cell;
              const y = (t: number) => grid.origin[1] + (v0 + inner(t) * (v1 - v0)) * grid.cell;
              expect(lineClear(g, 0, x(a), y(b), x(c), y(d), space)).toBe(true);
            }
          }),
          { numRuns: 200 },
        );
      });
  }

  it('are closed at a closed cell', () => {
    const g = buildNavGraph(county);
    const walk = searchSpace(g, {}).floorMaskOf(0);
    const closed = walk.indexOf(0);
    const box = new Float64Array(8).fill(7);
    openBoxes(g, 0, undefined, closed % g.grids[0].cols, Math.floor(closed / g.grids[0].cols), box);
    expect([...box]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
