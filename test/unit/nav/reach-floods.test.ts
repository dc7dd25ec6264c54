/**
 * Repairing the wheelchair reach after a seat cuts in sorts the cells around the seat into pockets and the rest by
 * flooding the open stretch each lies in: a stretch is flooded once per repair, however many of those cells it
 * holds (a stretch larger than a pocket was flooded again from each of them, up to a thousand cells each time).
 */
import { describe, expect, it } from 'vitest';
import { navFor, type NavPoint } from '../../../src/nav';
import { moveElements } from '../../../src/core/commands';
import { searchSpace, type SearchSpace } from '../../../src/nav/mask';
import { reachable, reachFor, reachStats } from '../../../src/nav/reach';
import { seedsOf } from '../../../src/nav/seeds';
import { navOptionsOf } from '../../../src/rules/util';
import { generateHall } from '../../fixtures/generated-hall';
import { freshCopies } from '../../bench/fresh';

/**
 * The cells of the open stretches (grid steps between open cells, no corner cutting) holding the open cells next to
 * a cell whose mask differs between two spaces: a repair from one to the other floods no more than these.
 */
function stretchesAround(a: SearchSpace, b: SearchSpace): number {
  let count = 0;
  let cells = 0;
  b.g.grids.forEach((grid, fi) => {
    const was = a.floorMaskOf(fi);
    const mask = b.floorMaskOf(fi);
    const { cols, rows } = grid;
    const open = (r: number, c: number) => r >= 0 && c >= 0 && r < rows && c < cols && mask[r * cols + c] === 1;
    const label = new Int32Array(mask.length).fill(-1);
    for (let i = 0; i < mask.length; i++) {
      if (was[i] === mask[i]) continue;
      const r0 = (i / cols) | 0;
      const c0 = i - r0 * cols;
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          if (!open(r0 + dr, c0 + dc) || label[(r0 + dr) * cols + c0 + dc] >= 0) continue;
          const start = (r0 + dr) * cols + c0 + dc;
          label[start] = count;
          const queue = [start];
          for (let k = 0; k < queue.length; k++) {
            const r = (queue[k] / cols) | 0;
            const c = queue[k] - r * cols;
            for (let y = -1; y <= 1; y++)
              for (let x = -1; x <= 1; x++) {
                if (!open(r + y, c + x) || label[(r + y) * cols + c + x] >= 0) continue;
                if (x && y && !(open(r, c + x) && open(r + y, c))) continue;
                label[(r + y) * cols + c + x] = count;
                queue.push((r + y) * cols + c + x);
              }
          }
          count++;
          cells += queue.length;
        }
    }
  });
  return cells;
}

describe('wheelchair reach repair floods', () => {
  it('flood each open stretch around a seat once per repair, and the answers equal a fresh flood fill', () => {
    const [doc] = freshCopies(generateHall(), 1, 'reach-floods-');
    const o = navOptionsOf(doc).wheelchair!;
    const sources: NavPoint[] = [{ floorId: doc.floors[0].id, p: [32, 1.5] }];
    // Seats of the first floor, each dragged one metre and half a metre: each repair's ring holds up to 20 cells.
    const seats = doc.floors[0].elements
      .filter((e) => e.id.startsWith('gen-seat'))
      .map((e) => e.id)
      .slice(0, 60);
    let last = searchSpace(navFor(doc, navOptionsOf(doc)), o);
    reachFor(last.g, 'floods', sources, o);
    let repairs = 0;
    let flooded = 0;
    for (const id of seats)
      for (const d of [[1, 0] as const, [0, 0.5] as const]) {
        const moved = moveElements([id], [d[0], d[1]]).apply(doc).doc;
        const g = navFor(moved, navOptionsOf(moved));
        const before = { ...reachStats };
        const reach = reachFor(g, 'floods', sources, o);
        const cells = reachStats.stretchCells - before.stretchCells;
        const space = searchSpace(g, o);
        expect(cells).toBeLessThanOrEqual(stretchesAround(last, space));
        last = space;
        flooded += cells;
        repairs += reachStats.repaired - before.repaired;
        const fresh = reachable(searchSpace(g, o), seedsOf(g, sources).seeds.keys());
        expect(Buffer.from(reach.nodes).equals(Buffer.from(fresh))).toBe(true);
      }
    // Repairs, not fresh fills, and some of them sorted pockets from the rest.
    expect(repairs).toBeGreaterThan(seats.length);
    expect(flooded).toBeGreaterThan(0);
  });
});
