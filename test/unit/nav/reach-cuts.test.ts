/**
 * The reach flood follows the search's own steps where thin obstacles cut some of them (a cell whose step along
 * its row is cut, but which is stepped into from the row beside it) and through a slanted slit open only by a gap
 * step (a diagonal past a blocked corner): it reaches what a search over the same steps reaches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { buildNavGraph } from '../../../src/nav';
import { forEachNeighbour, searchSpace } from '../../../src/nav/mask';
import { reachable } from '../../../src/nav/reach';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

const turn = (p: Vec2, a: number, o: Vec2): Vec2 => {
  const x = p[0] - o[0];
  const y = p[1] - o[1];
  return [o[0] + x * Math.cos(a) - y * Math.sin(a), o[1] + x * Math.sin(a) + y * Math.cos(a)];
};

/** The 33 × 12 m hall with thin obstacles (angle, centre x, y, thickness, length). */
const hall = (obs: [number, number, number, number, number][]) =>
  oneFloorHall(
    'thin',
    [33, 12],
    obs.map(([a, x, y, th, len], k) =>
      KINDS.obstacle.create({
        id: `o${k}`,
        polygon: (
          [
            [x - th / 2, y - len / 2],
            [x + th / 2, y - len / 2],
            [x + th / 2, y + len / 2],
            [x - th / 2, y + len / 2],
          ] as Vec2[]
        ).map((p) => turn(p, a, [x, y])),
      }),
    ),
  );

/** Breadth-first over forEachNeighbour's outgoing steps: the search's own edges. */
function searched(s: ReturnType<typeof searchSpace>, seeds: number[]): Uint8Array {
  const want = new Uint8Array(s.g.size);
  const queue = [...seeds];
  for (const n of queue) want[n] = 1;
  for (let k = 0; k < queue.length; k++)
    forEachNeighbour(s, queue[k], (m, _c, out) => {
      if (out && !want[m]) (want[m] = 1), queue.push(m);
    });
  return want;
}

/** The 33 × 12 m hall split by a wall through (16.5, 6) at `angle`, a slit `gap` wide from `at` along it. */
const slanted = (angle: number, at: number, gap: number, thickness: number) => {
  const along = (t: number): Vec2 => [16.5 + Math.cos(angle) * t, 6 + Math.sin(angle) * t];
  const far = 20;
  return oneFloorHall(
    'slit',
    [33, 12],
    [KINDS.wall.create({ id: 'a', a: along(-far), b: along(at), thickness }), KINDS.wall.create({ id: 'b', a: along(at + gap), b: along(far), thickness })],
  );
};

describe('reachable through a slanted slit', () => {
  it('marks exactly the nodes a breadth-first search over the steps reaches, gap steps included (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Math.PI / 6, max: (5 * Math.PI) / 6, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.551, max: 0.7, noNaN: true }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        (a, t, gap, th) => {
          const g = buildNavGraph(slanted(a, t, gap, th) as never);
          const s = searchSpace(g, { minWalkWidth: 0.55 });
          const seeds = [g.grids[0].cols * 12 + 6];
          expect(Buffer.from(reachable(s, seeds)).equals(Buffer.from(searched(s, seeds)))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('reachable with cut steps', () => {
  it('marks exactly the nodes a breadth-first search over the steps reaches (property)', () => {
    let cut = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -1.6, max: 1.6, noNaN: true }),
            fc.double({ min: 2, max: 31, noNaN: true }),
            fc.double({ min: 1, max: 11, noNaN: true }),
            fc.double({ min: 0.02, max: 0.3, noNaN: true }),
            fc.double({ min: 0.3, max: 4, noNaN: true }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (obs) => {
          const g = buildNavGraph(hall(obs) as never);
          for (const c of g.grids[0].cut) if (c) cut++;
          const s = searchSpace(g, { minWalkWidth: 0.55 });
          // A cell near the middle of the hall's left half (3 m, 6 m).
          const seeds = [g.grids[0].cols * 12 + 6];
          expect(Buffer.from(reachable(s, seeds)).equals(Buffer.from(searched(s, seeds)))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    expect(cut).toBeGreaterThan(100);
  });

  it('reaches the cells past a cut along a row that only the row beside them leads into', () => {
    // Found by the property above: a 2 cm obstacle 0.92 m long cuts the steps along the rows it crosses.
    const g = buildNavGraph(
      hall([
        [0, 2, 1, 0.02, 0.9205138711752852],
        [0, 2, 1, 0.02, 0.3],
      ]) as never,
    );
    const s = searchSpace(g, { minWalkWidth: 0.55 });
    const got = reachable(s, [g.grids[0].cols * 12 + 6]);
    let open = 0;
    for (let i = 0; i < g.size; i++) if (s.mask[i] === 1) open++;
    let reached = 0;
    for (const x of got) reached += x;
    // The obstacle encloses nothing: every open cell is reached.
    expect(reached).toBe(open);
  });
});

/**
 * The 33 × 12 m hall with pairs of boxes touching only corner to corner, `gap` apart, turned by `angle`: the steps
 * across each chord narrower than a wheelchair's 1.2 m are pinched (step-chords.ts) for that search only.
 */
const corners = (pairs: [number, number, number, number][]) =>
  oneFloorHall(
    'corners',
    [33, 12],
    pairs.flatMap(([x, y, gap, angle], k) => {
      const o: Vec2 = [x, y];
      const box = (id: string, x0: number, y0: number, x1: number, y1: number) =>
        KINDS.obstacle.create({
          id,
          polygon: (
            [
              [x0, y0],
              [x1, y0],
              [x1, y1],
              [x0, y1],
            ] as Vec2[]
          ).map((p) => turn(p, angle, o)),
        });
      const d = gap / Math.SQRT2;
      return [box(`a${k}`, x - 1.5, y - 1.5, x, y), box(`b${k}`, x + d, y + d, x + d + 1.5, y + d + 1.5)];
    }),
  );

describe('reachable past corner-to-corner gaps', () => {
  it('marks exactly the nodes a breadth-first search over a wheelchair’s steps reaches (property)', () => {
    let pinched = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 3, max: 30, noNaN: true }),
            fc.double({ min: 3, max: 9, noNaN: true }),
            fc.double({ min: 0.3, max: 2, noNaN: true }),
            fc.double({ min: -0.8, max: 0.8, noNaN: true }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (pairs) => {
          const g = buildNavGraph(corners(pairs) as never);
          pinched += g.grids[0].pinch.size;
          const s = searchSpace(g, { minWalkWidth: 0.55, minClearWidth: 1.2 });
          const seeds = [g.grids[0].cols * 12 + 2];
          expect(Buffer.from(reachable(s, seeds)).equals(Buffer.from(searched(s, seeds)))).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
    expect(pinched).toBeGreaterThan(50);
  });
});
