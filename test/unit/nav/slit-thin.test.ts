/**
 * An obstacle thinner than a raster cell blocks every step across it, at any angle and wherever it falls on the
 * 0.5 m raster (drawn by its footprint alone, a thin one could miss every cell centre and be walked through),
 * while a gap beside it stays open exactly when at least the walking minimum wide. Edits that add or move thin
 * obstacles give, patched and repaired, what a fresh raster, solve and flood give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements, moveElements } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { buildNavGraph, distanceField, fieldFor, rasterizeFloor, reachFor, route, type NavPoint } from '../../../src/nav';
import { patchRaster } from '../../../src/nav/raster-patch';
import { searchSpace } from '../../../src/nav/mask';
import { reachable } from '../../../src/nav/reach';
import { seedsOf } from '../../../src/nav/seeds';
import { oneFloorHall } from '../../fixtures/one-floor-hall';
import { loadSample } from '../core/helpers';

const turn = (p: Vec2, a: number, o: Vec2): Vec2 => {
  const x = p[0] - o[0];
  const y = p[1] - o[1];
  return [o[0] + x * Math.cos(a) - y * Math.sin(a), o[1] + x * Math.sin(a) + y * Math.cos(a)];
};
/** The 33 × 12 m hall crossed by one obstacle `thick` deep through o, from `y0` to `y1` before turning by `angle`. */
const hall = (angle: number, o: Vec2, thick: number, y0 = -30, y1 = 30) =>
  oneFloorHall(
    'thin',
    [33, 12],
    [
      KINDS.obstacle.create({
        id: 'a',
        polygon: (
          [
            [o[0] - thick / 2, o[1] + y0],
            [o[0] + thick / 2, o[1] + y0],
            [o[0] + thick / 2, o[1] + y1],
            [o[0] - thick / 2, o[1] + y1],
          ] as Vec2[]
        ).map((p) => turn(p, angle, o)),
      }),
    ],
  );
const through = (doc: ReturnType<typeof hall>) => route(buildNavGraph(doc as never), { floorId: 'F1', p: [3, 6] }, { floorId: 'F1', p: [30, 6] }, { minWalkWidth: 0.55 }) !== null;

describe('a thin obstacle across the hall', () => {
  it('parts the hall at any angle, thickness and offset (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.tuple(fc.double({ min: 15, max: 18, noNaN: true }), fc.double({ min: 4, max: 6, noNaN: true })),
        fc.double({ min: 0.02, max: 1.5, noNaN: true }),
        (a, o, th) => {
          expect(through(hall(a, o, th))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Walked through with the obstacle drawn by its footprint alone: no cell centre falls in it.
  for (const [a, x, th] of [
    [0, 16.6, 0.1],
    [0, 16.5, 0.4],
    [0.3, 16.5, 0.2],
  ])
    it(`a ${th} m obstacle at ${a} rad through x = ${x} parts the hall`, () => {
      expect(through(hall(a, [x, 6], th))).toBe(false);
    });

  it('leaves the gap between its end and the hall’s long wall open exactly when at least 0.55 m wide (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 15, max: 18, noNaN: true }), fc.double({ min: 0.05, max: 0.45, noNaN: true }), fc.double({ min: 0.3, max: 1.2, noNaN: true }), (x, th, gap) => {
        fc.pre(Math.abs(gap - 0.55) >= 0.01);
        // From below the floor to `gap` short of its top edge at y 12.
        expect(through(hall(0, [x, 0], th, -1, 12 - gap))).toBe(gap >= 0.55);
      }),
      { numRuns: 100 },
    );
  });
});

describe('thin obstacles added and moved', () => {
  const county = loadSample('county-hall');
  const sources: NavPoint[] = [{ floorId: 'F1', p: [32, 1.5] }];
  /** A partition `th` deep and `w` long at (x, y), turned by `a`: thinner than a cell, it closes no cell. */
  const edit = fc.record({
    x: fc.double({ min: 4, max: 60, noNaN: true }),
    y: fc.double({ min: 3, max: 27, noNaN: true }),
    w: fc.double({ min: 0.5, max: 6, noNaN: true }),
    th: fc.double({ min: 0.02, max: 0.45, noNaN: true }),
    a: fc.double({ min: -1.6, max: 1.6, noNaN: true }),
    move: fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })),
  });
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
  const apply = (doc: HallDocument, e: Edit, k: number): HallDocument => {
    const id = `thin-${k}`;
    const o: Vec2 = [e.x, e.y];
    const poly = (
      [
        [e.x - e.w / 2, e.y - e.th / 2],
        [e.x + e.w / 2, e.y - e.th / 2],
        [e.x + e.w / 2, e.y + e.th / 2],
        [e.x - e.w / 2, e.y + e.th / 2],
      ] as Vec2[]
    ).map((p) => turn(p, e.a, o));
    const added = addElements('F1', [KINDS.obstacle.create({ id, polygon: poly, height: 1 })]).apply(doc).doc;
    // Moved by a step from where it was added: the patch takes the old cuts away and makes the new ones.
    return k % 2 ? moveElements([id], e.move).apply(added).doc : added;
  };

  it('a patched raster cuts the steps a fresh one cuts (property)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let doc = county;
        let prev = { floor: doc.floors[0], grid: rasterizeFloor(doc.floors[0]) };
        edits.forEach((e, k) => {
          const before = doc;
          doc = apply(doc, e, k);
          // Patched over each of the document's steps (an add, then perhaps a move).
          const mid = k % 2 ? addElements('F1', [doc.floors[0].elements.find((x) => x.id === `thin-${k}`)!]).apply(before).doc : doc;
          let grid = patchRaster(prev, mid.floors[0]) ?? rasterizeFloor(mid.floors[0]);
          if (mid !== doc) grid = patchRaster({ floor: mid.floors[0], grid }, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
          expect(Buffer.from(grid.cut).equals(Buffer.from(rasterizeFloor(doc.floors[0]).cut))).toBe(true);
          prev = { floor: doc.floors[0], grid };
        });
      }),
      { numRuns: 40 },
    );
  });

  it('repaired fields and reach equal a fresh solve and flood (property)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom({}, { minWalkWidth: 0.55 }, { accessible: true }), (edits, o) => {
        let doc = county;
        const key = `thin-${Math.random()}`;
        fieldFor(buildNavGraph(doc), key, sources, o);
        reachFor(buildNavGraph(doc), key, sources, o);
        edits.forEach((e, k) => {
          doc = apply(doc, e, k);
          const g = buildNavGraph(doc);
          const repaired = fieldFor(g, key, sources, o) as unknown as { f: { d: Float64Array } };
          const fresh = distanceField(g, sources, o) as unknown as { f: { d: Float64Array } };
          expect(Array.from(repaired.f.d)).toEqual(Array.from(fresh.f.d));
          const reach = reachFor(g, key, sources, o);
          expect(Buffer.from(reach.nodes).equals(Buffer.from(reachable(searchSpace(g, o), seedsOf(g, sources).seeds.keys())))).toBe(true);
        });
      }),
      { numRuns: 15 },
    );
  });
});
