/**
 * A repaired field carries over the paths no changed cell touches, asking for every window of every path whether it
 * holds a changed cell. The answer must be what comparing the window with every changed cell gives, and its cost
 * must not grow with windows × changed cells (a seat moved changes distances over much of a floor).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, fieldFor, type NavPoint } from '../../../src/nav';
import { dirtyCells, dirtyStats, windowDirty } from '../../../src/nav/dirty-cells';
import { moveElements } from '../../../src/core/commands';
import { centroid } from '../../../src/core/geometry/polygon';
import { generateHall } from '../../fixtures/generated-hall';

const hall = generateHall();
const g = buildNavGraph(hall);

/** (floor, col, row) of a node, as the graph numbers them. */
function cellOf(n: number): [number, number, number] {
  let fi = g.offsets.length - 1;
  while (fi > 0 && g.offsets[fi] > n) fi--;
  const i = n - g.offsets[fi];
  const cols = g.grids[fi].cols;
  return [fi, i % cols, Math.floor(i / cols)];
}

describe('changed cells per window', () => {
  it('answers what comparing the window with every changed cell answers (property)', () => {
    const floors = g.grids.length;
    const window = fc.record({
      fi: fc.nat(floors - 1),
      c: fc.integer({ min: -3, max: 200 }),
      r: fc.integer({ min: -3, max: 120 }),
      w: fc.nat(40),
      h: fc.nat(40),
    });
    // Clusters of changed nodes (as a moved seat makes) and scattered ones, on any floor.
    const nodes = fc.oneof(
      fc.array(fc.nat(g.size - 1), { maxLength: 60 }),
      fc.tuple(fc.nat(g.size - 1), fc.array(fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 })), { maxLength: 200 })).map(([n0, offs]) => {
        const [fi] = cellOf(n0);
        const cols = g.grids[fi].cols;
        const lo = g.offsets[fi];
        const hi = lo + cols * g.grids[fi].rows - 1;
        return offs.map(([dc, dr]) => n0 + dr * cols + dc).filter((n) => n >= lo && n <= hi);
      }),
    );
    fc.assert(
      fc.property(nodes, fc.array(window, { minLength: 1, maxLength: 30 }), (dirty, windows) => {
        const cells = dirty.map(cellOf);
        const d = dirtyCells(g, dirty);
        for (const { fi, c, r, w, h } of windows) {
          const brute = cells.some(([f, x, y]) => f === fi && x >= c && x <= c + w && y >= r && y <= r + h);
          expect(windowDirty(d, fi, c, c + w, r, r + h)).toBe(brute);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a seat dragged across a field with paths to every zone: windows answered from tables no larger than the floors', () => {
    const f1 = hall.floors[0];
    const entrance: NavPoint[] = [{ floorId: f1.id, p: [2, 2] }];
    const zones = hall.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'zone' ? [{ floorId: f.id, p: centroid(e.polygon) }] : [])));
    const seat = f1.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
    const counted = dirtyStats.cellsCounted;
    const asked = dirtyStats.windowsAsked;
    let doc = hall;
    const drag = 8;
    for (let k = 0; k < drag; k++) {
      const field = fieldFor(buildNavGraph(doc), 'dirty-cells-test', entrance);
      for (const z of zones) field.pathTo(z);
      doc = moveElements([seat.id], [0.5 * (1 + (k % 4)), 0.5 * (k % 2)]).apply(doc).doc;
    }
    fieldFor(buildNavGraph(doc), 'dirty-cells-test', entrance);
    // The paths were carried over window by window, and no repair counted more cells than the floors hold.
    expect(dirtyStats.windowsAsked - asked).toBeGreaterThan(zones.length);
    const floorCells = g.grids.reduce((s, gr) => s + (gr.cols + 1) * (gr.rows + 1), 0);
    expect(dirtyStats.cellsCounted - counted).toBeLessThanOrEqual(drag * floorCells);
  });
});
