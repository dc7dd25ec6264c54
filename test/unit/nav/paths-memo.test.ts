/**
 * Paths read from a field share their way back to the source: a path through a node handed out on an earlier path
 * copies that path's start, so the parents read and the nodes walked over many targets are the distinct nodes, not
 * the sum of the paths' lengths. Each path must still be the walk up the parents from the target, and each parent
 * the one the neighbours' distances give (the step order forEachNeighbour fixes), in any order of targets and with
 * other fields' paths read in between.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { navFor, STEP_FREE, type NavPoint } from '../../../src/nav';
import { nodesTo, solve, type Field } from '../../../src/nav/dijkstra';
import { neighboursOf, searchSpace, type RouteOptions } from '../../../src/nav/mask';
import { parentOf, pathStats } from '../../../src/nav/paths';
import { seedsOf } from '../../../src/nav/seeds';
import { mainEntrance, walkMinWidth } from '../../../src/rules/util';
import { insideOf } from '../../../src/rules/zones/placement';
import { generateHall } from '../../fixtures/generated-hall';
import { oneFloorHall } from '../../fixtures/one-floor-hall';
import { loadSample } from '../core/helpers';

/** The parent as read through neighboursOf: the definition parentOf's written-out steps must match. */
const nbTo = new Int32Array(64);
const nbCost = new Float64Array(64);
const nbInto = new Uint8Array(64);
function parentByNeighbours(f: Field, n: number): number {
  const d = f.d;
  if (!Number.isFinite(d[n])) return -1;
  const count = neighboursOf(f.space, n, nbTo, nbCost, nbInto);
  let best = Infinity;
  for (let k = 0; k < count; k++) if (nbInto[k] && d[nbTo[k]] + nbCost[k] < best) best = d[nbTo[k]] + nbCost[k];
  const seed = f.seeds.get(n);
  if (seed !== undefined && seed <= best + 1e-7) return -1;
  for (let k = 0; k < count; k++) if (nbInto[k] && d[nbTo[k]] + nbCost[k] <= best + 1e-7) return nbTo[k];
  return -1;
}

/** The path walked up from n alone, parent by parent. */
function walkedUp(f: Field, n: number): number[] | null {
  if (n < 0 || !Number.isFinite(f.d[n])) return null;
  const out = [n];
  for (let k = parentByNeighbours(f, n); k >= 0; k = parentByNeighbours(f, k)) out.push(k);
  return out.reverse();
}

/** Two thin partitions (steps cut across them) and a thin slanted one in a 33 × 12 m hall. */
const thinHall = (): HallDocument =>
  oneFloorHall(
    'thin',
    [33, 12],
    [
      KINDS.obstacle.create({
        id: 'a',
        polygon: [
          [10.1, 0],
          [10.16, 0],
          [10.16, 8.3],
          [10.1, 8.3],
        ],
      }),
      KINDS.obstacle.create({
        id: 'b',
        polygon: [
          [20.27, 3.7],
          [20.3, 3.7],
          [20.3, 12],
          [20.27, 12],
        ],
      }),
      KINDS.obstacle.create({
        id: 'c',
        polygon: [
          [25, 2],
          [25.05, 2],
          [27.05, 6.2],
          [27, 6.2],
        ] as Vec2[],
      }),
    ],
  ) as HallDocument;

const halls: [string, () => HallDocument][] = [
  ['county', () => loadSample('county-hall')],
  ['failing', () => loadSample('failing-hall')],
  ['generated', () => generateHall()],
  ['thin partitions', thinHall],
];

/** A field on the hall's walking space (or the step-free one) from the main entrance, or from given points. */
function fieldOn(doc: HallDocument, o: RouteOptions, sources?: NavPoint[]): Field {
  const w = walkMinWidth(doc);
  const g = navFor(doc, { walkMinWidth: w });
  const main = mainEntrance(doc);
  const from = sources ?? (main ? [{ floorId: main.floor.id, p: insideOf(doc, main.floor.id, main.el, 1) }] : [{ floorId: doc.floors[0].id, p: [2, 2] as Vec2 }]);
  return solve(searchSpace(g, { minWalkWidth: w, ...o }), seedsOf(g, from).seeds);
}

/** Every reached node of the field. */
const reached = (f: Field): number[] => [...f.d.keys()].filter((n) => Number.isFinite(f.d[n]));

describe('parents read off the step bits', () => {
  for (const [name, make] of halls)
    for (const [opts, o] of [
      ['walking', {}],
      ['step-free', STEP_FREE],
    ] as [string, RouteOptions][])
      it(`${name}, ${opts}: every reached node's parent is the one its neighbours give`, () => {
        const doc = make();
        const f = fieldOn(doc, o);
        const nodes = reached(f);
        expect(nodes.length).toBeGreaterThan(1000);
        if (name === 'thin partitions') expect(f.space.g.grids[0].cut.some((b) => b !== 0)).toBe(true);
        const differ = nodes.filter((n) => parentOf(f, n) !== parentByNeighbours(f, n));
        expect(differ).toEqual([]);
      });

  it("sources in closed cells and several floors: the parent of every node is the neighbours' one", () => {
    const doc = generateHall();
    const g = navFor(doc, { walkMinWidth: walkMinWidth(doc) });
    // Points anywhere on each floor, walls and obstacles included (a source in a closed cell still expands).
    const sources: NavPoint[] = g.grids.flatMap((grid) =>
      [0.13, 0.41, 0.77].map((t) => ({ floorId: grid.floorId, p: [grid.origin[0] + t * grid.cols * grid.cell, grid.origin[1] + (1 - t) * grid.rows * grid.cell] as Vec2 })),
    );
    const f = fieldOn(doc, {}, sources);
    const differ = reached(f).filter((n) => parentOf(f, n) !== parentByNeighbours(f, n));
    expect(differ).toEqual([]);
  });
});

describe('paths copied from the paths handed out before', () => {
  it('equal the walk up the parents, in any order of targets, other fields read in between (property)', () => {
    const doc = generateHall();
    const a = fieldOn(doc, {});
    const b = fieldOn(doc, STEP_FREE);
    const nodesA = reached(a);
    const nodesB = reached(b);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 60 }), (picks) => {
        // Fresh fields each run: their paths start with nothing handed out.
        const fa = { ...a, d: a.d } as Field;
        const fb = { ...b, d: b.d } as Field;
        for (const [onA, k] of picks) {
          const f = onA ? fa : fb;
          const list = onA ? nodesA : nodesB;
          const n = list[k % list.length];
          expect(nodesTo(f, n)).toEqual(walkedUp(f, n));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("reads each node's parent once and walks each node once over many targets", () => {
    const doc = generateHall();
    const f = fieldOn(doc, {});
    const nodes = reached(f);
    const parents = pathStats.parents;
    const walked = pathStats.walked;
    let total = 0;
    const distinct = new Set<number>();
    for (let k = 0; k < nodes.length; k += 37) {
      const path = nodesTo(f, nodes[k])!;
      total += path.length;
      for (const n of path) distinct.add(n);
    }
    expect(total).toBeGreaterThan(3 * distinct.size);
    expect(pathStats.parents - parents).toBe(distinct.size);
    expect(pathStats.walked - walked).toBe(distinct.size);
  });

  it('unreached and off-graph targets have no path', () => {
    const f = fieldOn(loadSample('county-hall'), {});
    expect(nodesTo(f, -1)).toBeNull();
    const closed = [...f.d.keys()].find((n) => !Number.isFinite(f.d[n]));
    expect(closed).toBeDefined();
    expect(nodesTo(f, closed!)).toBeNull();
  });
});
