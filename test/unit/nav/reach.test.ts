/** reachFor answers exactly where a distance field is finite, for any options, on edited halls. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNavGraph, distanceField, reachFor, type NavPoint } from '../../../src/nav';
import { moveElements, removeElements } from '../../../src/core/commands';
import { forEachNeighbour, searchSpace, withMask } from '../../../src/nav/mask';
import { cellOpen, floorMask } from '../../../src/nav/floor-mask';
import { rasterizeFloor } from '../../../src/nav';
import { reachable, reachStats } from '../../../src/nav/reach';
import { seedsOf } from '../../../src/nav/seeds';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements } from '../../../src/core/commands';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const blockers = county.floors.flatMap((f) =>
  f.elements
    .filter((e) => e.kind === 'wall' || e.kind === 'obstacle' || e.kind === 'counter' || (e.kind === 'point' && e.pointKind === 'seat') || e.kind === 'vlink')
    .map((e) => e.id),
);

describe('reachFor', () => {
  it('is true exactly where the distance field is finite (property)', () => {
    const outcomes = { reachable: 0, unreachable: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.record({ i: fc.nat(blockers.length - 1), dx: fc.double({ min: -3, max: 3, noNaN: true }), remove: fc.boolean() }), { maxLength: 5 }),
        fc.record({ accessible: fc.boolean(), minClearWidth: fc.constantFrom(undefined, 0.9, 1.2, 1.8) }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 70, noNaN: true }), fc.double({ min: 0, max: 35, noNaN: true }), fc.nat(county.floors.length - 1)), {
          minLength: 30,
          maxLength: 60,
        }),
        (edits, o, probes) => {
          let doc = county;
          for (const e of edits) {
            const id = blockers[e.i];
            if (!doc.floors.some((f) => f.elements.some((x) => x.id === id))) continue;
            doc = (e.remove ? removeElements([id]) : moveElements([id], [e.dx, -e.dx])).apply(doc).doc;
          }
          const g = buildNavGraph(doc);
          const sources: NavPoint[] = [{ floorId: doc.floors[0].id, p: [32, 1.5] }];
          const field = distanceField(g, sources, o);
          const reach = reachFor(g, 'probe', sources, o);
          for (const [x, y, fi] of probes) {
            const floorId = doc.floors[fi].id;
            const want = Number.isFinite(field.at(floorId, [x, y]));
            expect(reach.at(floorId, [x, y])).toBe(want);
            outcomes[want ? 'reachable' : 'unreachable']++;
          }
        },
      ),
      { numRuns: 40 },
    );
    // The probes must have met both answers, or the property said nothing.
    expect(outcomes.reachable).toBeGreaterThan(100);
    expect(outcomes.unreachable).toBeGreaterThan(100);
  });

  it('follows the edges forEachNeighbour gives, on random masks where corners and links matter (property)', () => {
    const g = buildNavGraph(county);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 35, max: 75 }), fc.boolean(), (seed, density, accessible) => {
        const base = searchSpace(g, { accessible });
        let x = seed;
        const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32) * 100;
        const mask = Uint8Array.from(base.mask, () => (rand() < density ? 1 : 0));
        const s = withMask(base, mask);
        const seeds = [Math.floor((rand() / 100) * g.size), Math.floor((rand() / 100) * g.size)];
        const got = reachable(s, seeds);
        // Reference: breadth-first over forEachNeighbour's outgoing edges.
        const want = new Uint8Array(g.size);
        const queue = [...new Set(seeds)];
        for (const n of queue) want[n] = 1;
        for (let k = 0; k < queue.length; k++)
          forEachNeighbour(s, queue[k], (m, _c, out) => {
            if (out && !want[m]) (want[m] = 1), queue.push(m);
          });
        expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('repaired after each edit equals a fresh flood fill, and edits usually take the repair (property)', () => {
    const before = { ...reachStats };
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              op: fc.constant('move' as const),
              i: fc.nat(blockers.length - 1),
              dx: fc.double({ min: -2, max: 2, noNaN: true }),
              dy: fc.double({ min: -2, max: 2, noNaN: true }),
            }),
            fc.record({ op: fc.constant('remove' as const), i: fc.nat(blockers.length - 1) }),
            fc.record({
              op: fc.constant('add' as const),
              x: fc.double({ min: 1, max: 64, noNaN: true }),
              y: fc.double({ min: 1, max: 30, noNaN: true }),
              w: fc.double({ min: 0.3, max: 6, noNaN: true }),
              h: fc.double({ min: 0.3, max: 6, noNaN: true }),
            }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        fc.record({ accessible: fc.boolean(), minClearWidth: fc.constantFrom(undefined, 0.9, 1.5) }),
        (edits, o) => {
          let doc = county;
          const sources: NavPoint[] = [{ floorId: county.floors[0].id, p: [32, 1.5] }];
          const key = `repair-${Math.random()}`;
          reachFor(buildNavGraph(doc), key, sources, o);
          // Every answer given so far with what it must hold: answers share one buffer, and an older one (undo)
          // must still read its own values after newer ones were repaired from it.
          const given: [{ nodes: Uint8Array }, Uint8Array][] = [];
          edits.forEach((e, k) => {
            const exists = (id: string) => doc.floors.some((f) => f.elements.some((x) => x.id === id));
            if (e.op === 'add')
              doc = addElements(doc.floors[0].id, [
                KINDS.obstacle.create({
                  id: `reach-obstacle-${k}`,
                  polygon: [
                    [e.x, e.y],
                    [e.x + e.w, e.y],
                    [e.x + e.w, e.y + e.h],
                    [e.x, e.y + e.h],
                  ],
                  height: 1,
                }),
              ]).apply(doc).doc;
            else if (exists(blockers[e.i])) doc = (e.op === 'remove' ? removeElements([blockers[e.i]]) : moveElements([blockers[e.i]], [e.dx, e.dy])).apply(doc).doc;
            const g = buildNavGraph(doc);
            const reach = reachFor(g, key, sources, o);
            const fresh = reachable(searchSpace(g, o), seedsOf(g, sources).seeds.keys());
            expect(Buffer.from(reach.nodes).equals(Buffer.from(fresh))).toBe(true);
            given.push([reach, fresh]);
          });
          for (const [reach, fresh] of given.reverse()) expect(Buffer.from(reach.nodes).equals(Buffer.from(fresh))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
    expect(reachStats.repaired - before.repaired).toBeGreaterThan(40);
  });

  it('floor masks open exactly the cells cellOpen opens, for every audience and option set', () => {
    for (const floor of county.floors) {
      const grid = rasterizeFloor(floor);
      for (const audience of ['public', 'staff'] as const)
        for (const accessible of [false, true])
          for (const minHalf of [0, 0.2, 0.45, 0.9]) {
            const mask = floorMask(grid, audience, accessible, minHalf);
            let open = 0;
            for (let i = 0; i < mask.length; i++) {
              expect(mask[i]).toBe(cellOpen(grid, i, audience, accessible, minHalf) ? 1 : 0);
              open += mask[i];
            }
            expect(open).toBeGreaterThan(100);
          }
    }
  });
});
