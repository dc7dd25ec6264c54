/**
 * The incremental nav machinery must give exactly what a from-scratch computation gives: patched rasters equal
 * fresh rasters, repaired walking-distance fields equal fresh solves (and read back the same paths), and the
 * unrolled Dijkstra equals a plain one written over forEachNeighbour.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNavGraph, distanceField, fieldFor, fieldStats, rasterizeFloor, type NavPoint } from '../../../src/nav';
import { cellsInPolygon } from '../../../src/nav/raster-fill';
import { patchRaster } from '../../../src/nav/raster-patch';
import { pointInPolygon } from '../../../src/core/geometry/polygon';
import { searchSpace, forEachNeighbour, withMask } from '../../../src/nav/mask';
import { floorMask, floorSteps, stepsOfMask } from '../../../src/nav/floor-mask';
import { patchOf } from '../../../src/nav/raster-patch';
import { solve } from '../../../src/nav/dijkstra';
import { useWasmSettle, wasmStats } from '../../../src/nav/wasm/settle';
import { generateHall } from '../../fixtures/generated-hall';
import { Versioned } from '../../../src/nav/versions';
import { MinHeap } from '../../../src/nav/heap';
import { seedsOf } from '../../../src/nav/seeds';
import { moveElements, removeElements, addElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import type { HallDocument } from '../../../src/core/document';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const f1 = county.floors[0];
const movable = f1.elements.filter((e) => (e.kind === 'point' && e.pointKind === 'seat') || e.kind === 'counter' || e.kind === 'obstacle' || e.kind === 'wall').map((e) => e.id);

/** Random local edits on floor 1: move a blocker, delete one, or drop a new obstacle. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('move' as const), i: fc.nat(movable.length - 1), dx: fc.double({ min: -4, max: 4, noNaN: true }), dy: fc.double({ min: -4, max: 4, noNaN: true }) }),
  fc.record({ op: fc.constant('remove' as const), i: fc.nat(movable.length - 1) }),
  fc.record({
    op: fc.constant('add' as const),
    x: fc.double({ min: 2, max: 60, noNaN: true }),
    y: fc.double({ min: 2, max: 28, noNaN: true }),
    w: fc.double({ min: 0.3, max: 4, noNaN: true }),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(doc: HallDocument, e: Edit, k: number): HallDocument {
  const exists = (id: string) => doc.floors[0].elements.some((x) => x.id === id);
  if (e.op === 'move') return exists(movable[e.i]) ? moveElements([movable[e.i]], [e.dx, e.dy]).apply(doc).doc : doc;
  if (e.op === 'remove') return exists(movable[e.i]) ? removeElements([movable[e.i]]).apply(doc).doc : doc;
  return addElements('F1', [
    KINDS.obstacle.create({
      id: `prop-obstacle-${k}`,
      polygon: [
        [e.x, e.y],
        [e.x + e.w, e.y],
        [e.x + e.w, e.y + 0.6],
        [e.x, e.y + 0.6],
      ],
      height: 1,
    }),
  ]).apply(doc).doc;
}

/** First node where two distance arrays differ (beyond float noise), or -1. */
function firstMismatch(a: Float64Array, b: Float64Array): number {
  for (let n = 0; n < a.length; n++) if (Number.isFinite(b[n]) ? !(Math.abs(a[n] - b[n]) < 1e-9) : a[n] !== Infinity) return n;
  return -1;
}

const sources: NavPoint[] = [
  { floorId: 'F1', p: [32, 1] },
  { floorId: 'F2', p: [10, 20] },
];

describe('raster patching', () => {
  it('a patched raster equals a fresh one after random edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let doc = county;
        let prev = { floor: doc.floors[0], grid: rasterizeFloor(doc.floors[0]) };
        edits.forEach((e, k) => {
          doc = applyEdit(doc, e, k);
          const patched = patchRaster(prev, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
          const fresh = rasterizeFloor(doc.floors[0]);
          expect(Buffer.from(patched.free).equals(Buffer.from(fresh.free))).toBe(true);
          expect(Buffer.from(patched.staff).equals(Buffer.from(fresh.staff))).toBe(true);
          expect(Buffer.from(patched.stepped).equals(Buffer.from(fresh.stepped))).toBe(true);
          expect(Array.from(patched.clearance)).toEqual(Array.from(fresh.clearance));
          expect(Array.from(patched.passWidth)).toEqual(Array.from(fresh.passWidth));
          expect(Array.from(patched.doorWidth)).toEqual(Array.from(fresh.doorWidth));
          expect(Buffer.from(patched.cut).equals(Buffer.from(fresh.cut))).toBe(true);
          prev = { floor: doc.floors[0], grid: patched };
        });
      }),
      { numRuns: 60 },
    );
  });
  it('returns the same raster object when nothing that blocks walking changed', () => {
    const grid = rasterizeFloor(f1);
    const sign = f1.elements.find((e) => e.kind === 'sign')!;
    const moved = moveElements([sign.id], [1, 0]).apply(county).doc.floors[0];
    expect(patchRaster({ floor: f1, grid }, moved)).toBe(grid);
  });
});

describe('field repair', () => {
  for (const opts of [{}, { accessible: true }, { accessible: true, minClearWidth: 1.2 }])
    it(`a repaired field equals a fresh solve, distances and paths (${JSON.stringify(opts)})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          let doc = county;
          fieldFor(buildNavGraph(doc), 'prop', sources, opts);
          edits.forEach((e, k) => {
            doc = applyEdit(doc, e, k);
            const g = buildNavGraph(doc);
            const before = fieldStats.repaired;
            const repaired = fieldFor(g, 'prop', sources, opts) as unknown as { f: { d: Float64Array } } & ReturnType<typeof distanceField>;
            const fresh = distanceField(g, sources, opts) as unknown as { f: { d: Float64Array } } & ReturnType<typeof distanceField>;
            const a = repaired.f.d;
            const b = fresh.f.d;
            expect(firstMismatch(a, b)).toBe(-1);
            for (const at of [
              { floorId: 'F1', p: [5, 25] },
              { floorId: 'F1', p: [60, 25] },
              { floorId: 'F2', p: [40, 10] },
            ] as NavPoint[])
              expect(repaired.pathTo(at)).toEqual(fresh.pathTo(at));
            expect(fieldStats.repaired + fieldStats.solved).toBeGreaterThan(before);
          });
        }),
        { numRuns: 12 },
      );
    });
  it('every earlier version still reads its own distances after later repairs, in any order (undo, redo)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 2, maxLength: 5 }), fc.array(fc.nat(5), { minLength: 3, maxLength: 12 }), (edits, reads) => {
        let doc = county;
        const versions: { field: ReturnType<typeof fieldFor>; fresh: Float64Array }[] = [];
        const key = `versions-${Math.random()}`;
        const keep = (d: HallDocument) => {
          const g = buildNavGraph(d);
          versions.push({ field: fieldFor(g, key, sources), fresh: (distanceField(g, sources) as unknown as { f: { d: Float64Array } }).f.d.slice() });
        };
        keep(doc);
        edits.forEach((e, k) => keep((doc = applyEdit(doc, e, k))));
        // Read versions in a random order, as undo and redo would, each against its own fresh solve.
        for (const r of reads) {
          const v = versions[r % versions.length];
          expect(firstMismatch((v.field as unknown as { f: { d: Float64Array } }).f.d, v.fresh)).toBe(-1);
          expect(v.field.at('F1', [20, 10])).toBe(v.field.at('F1', [20, 10]));
        }
      }),
      { numRuns: 25 },
    );
  });
  it('Versioned: a chain of versions made by random writes reads back every version exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat(15), fc.double({ noNaN: true })), { maxLength: 20 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(6), { maxLength: 20 }),
        (steps, reads) => {
          const expected: Float64Array[] = [new Float64Array(16).map((_, i) => i)];
          const versions = [new Versioned(expected[0].slice())];
          for (const writes of steps) {
            const base = versions[versions.length - 1];
            const data = base.get();
            const log: number[] = [];
            for (const [j, v] of writes) log.push(j, data[j]), (data[j] = v);
            versions.push(base.commit(log));
            expected.push(data.slice());
          }
          for (const r of [...reads, 0, versions.length - 1]) {
            const k = r % versions.length;
            expect(Array.from(versions[k].get())).toEqual(Array.from(expected[k]));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it('search spaces of successive edits share their arrays, and every earlier one still reads its own mask and steps (undo, redo)', () => {
    const seat = f1.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(5), { maxLength: 12 }),
        fc.boolean(),
        (moves, reads, accessible) => {
          let doc = county;
          const spaces = [searchSpace(buildNavGraph(doc), { accessible })];
          for (const [dx, dy] of moves) {
            doc = moveElements([seat.id], [dx, dy]).apply(doc).doc;
            spaces.push(searchSpace(buildNavGraph(doc), { accessible }));
          }
          // What each space must read: its own floors' masks and steps laid end to end.
          const expected = spaces.map((s) => {
            const mask = new Uint8Array(s.g.size);
            const steps = new Uint8Array(s.g.size);
            s.g.grids.forEach((grid, fi) => {
              mask.set(floorMask(grid, s.g.audience, accessible, s.minHalf), s.g.offsets[fi]);
              steps.set(floorSteps(grid, s.g.audience, accessible, s.minHalf), s.g.offsets[fi]);
            });
            return { mask, steps };
          });
          for (const r of [...reads, 0, spaces.length - 1]) {
            const k = r % spaces.length;
            expect(spaces[k].mask.findIndex((v, i) => v !== expected[k].mask[i])).toBe(-1);
            expect(spaces[k].steps.findIndex((v, i) => v !== expected[k].steps[i])).toBe(-1);
          }
          // One buffer for all of them, not a copy per edit.
          if (spaces.length > 1) expect(spaces[0].mask.buffer).toBe(spaces[spaces.length - 1].mask.buffer);
        },
      ),
      { numRuns: 15 },
    );
  });
  it('takes the repair path for a moved seat', () => {
    const seat = f1.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
    fieldFor(buildNavGraph(county), 'seat-test', sources);
    const before = fieldStats.repaired;
    fieldFor(buildNavGraph(moveElements([seat.id], [0.7, 0.3]).apply(county).doc), 'seat-test', sources);
    expect(fieldStats.repaired).toBe(before + 1);
  });
});

/** Textbook Dijkstra on a binary heap, every edge from forEachNeighbour: what solve() must equal. */
function referenceSolve(s: ReturnType<typeof searchSpace>, seeds: Map<number, number>): Float64Array {
  const d = new Float64Array(s.g.size).fill(Infinity);
  const done = new Uint8Array(s.g.size);
  const heap = new MinHeap();
  for (const [n, v] of seeds) (d[n] = v), heap.push(n, v);
  while (heap.size) {
    const n = heap.pop();
    if (done[n]) continue;
    done[n] = 1;
    forEachNeighbour(s, n, (m, cost, out) => {
      if (out && d[n] + cost < d[m]) (d[m] = d[n] + cost), heap.push(m, d[m]);
    });
  }
  return d;
}

describe('step bits', () => {
  it("a patched floor's steps equal the steps of its whole mask, after random edits (property)", () => {
    let patched = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, accessible) => {
        let doc = county;
        let prev = { floor: doc.floors[0], grid: rasterizeFloor(doc.floors[0]) };
        floorSteps(prev.grid, 'public', accessible, 0);
        edits.forEach((e, k) => {
          doc = applyEdit(doc, e, k);
          const grid = patchRaster(prev, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
          if (patchOf(grid)) patched++;
          const got = floorSteps(grid, 'public', accessible, 0);
          const want = stepsOfMask(floorMask(grid, 'public', accessible, 0), grid, 0);
          expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
          prev = { floor: doc.floors[0], grid };
        });
      }),
      { numRuns: 40 },
    );
    // The patch path must have been taken, or the property said nothing about it.
    expect(patched).toBeGreaterThan(20);
  });
});

describe('Dijkstra', () => {
  // Once with the WebAssembly kernel and once with the JavaScript loop (what pages that forbid WebAssembly run).
  for (const wasm of [true, false])
    it(`equals the reference on random masks, where corners, links and borders between floors matter (${wasm ? 'WebAssembly' : 'JavaScript'}, property)`, () => {
      useWasmSettle(wasm);
      const runs = wasmStats.runs;
      try {
        const g = buildNavGraph(county);
        expect(g.links.size).toBeGreaterThan(0);
        fc.assert(
          fc.property(
            fc.integer({ min: 1, max: 2 ** 30 }),
            fc.integer({ min: 45, max: 90 }),
            fc.boolean(),
            fc.integer({ min: 1, max: 300 }),
            (seed, density, accessible, count) => {
              let x = seed;
              const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32) * 100;
              const base = searchSpace(g, { accessible });
              const s = withMask(
                base,
                Uint8Array.from(base.mask, () => (rand() < density ? 1 : 0)),
              );
              // Seeds anywhere, closed cells included (a source may stand on one), at offsets below one cell; some
              // lists longer than the kernel scans (sorted into its straight FIFO), a third of those with offsets
              // up to three cells (beyond one step of the least: those stay in the scanned list).
              const seeds = new Map<number, number>();
              const spread = count > 260 && count % 3 === 0 ? 1.5 : 0.5;
              for (let k = 0; k < (count > 260 ? count : count % 5) + 1; k++) seeds.set(Math.floor((rand() / 100) * g.size), (rand() / 100) * spread);
              expect(firstMismatch(solve(s, seeds).d, referenceSolve(s, seeds))).toBe(-1);
            },
          ),
          { numRuns: 40 },
        );
        if (wasm) expect(wasmStats.runs - runs).toBeGreaterThan(20);
        else expect(wasmStats.runs).toBe(runs);
      } finally {
        useWasmSettle(true);
      }
    });
  it('gives the same distances with and without the WebAssembly kernel on the generated hall, from sources on every floor', () => {
    const g = buildNavGraph(generateHall());
    const s = searchSpace(g, {});
    const { seeds } = seedsOf(
      g,
      g.grids.map((gr) => ({ floorId: gr.floorId, p: [gr.origin[0] + 5, gr.origin[1] + 5] as [number, number] })),
    );
    const fast = solve(s, seeds).d;
    useWasmSettle(false);
    try {
      expect(firstMismatch(fast, solve(s, seeds).d)).toBe(-1);
    } finally {
      useWasmSettle(true);
    }
    expect(fast.filter(Number.isFinite).length).toBeGreaterThan(20_000);
  });
  it('the unrolled loop equals a plain Dijkstra over forEachNeighbour', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 5 }), fc.boolean(), (edits, accessible) => {
        let doc = county;
        edits.forEach((e, k) => (doc = applyEdit(doc, e, k)));
        const g = buildNavGraph(doc);
        const s = searchSpace(g, { accessible });
        const { seeds } = seedsOf(g, sources);
        expect(firstMismatch(solve(s, seeds).d, referenceSolve(s, seeds))).toBe(-1);
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});

describe('scanline fill', () => {
  it('picks exactly the cells whose centre pointInPolygon puts inside, boundary included (property)', () => {
    const g = { origin: [0, 0] as [number, number], cell: 0.5, cols: 40, rows: 30 };
    // Vertices on a 0.25 m lattice put edges through cell centres; random ones test the general case.
    const coord = fc.oneof(
      fc.integer({ min: -4, max: 84 }).map((k) => k * 0.25),
      fc.double({ min: -1, max: 21, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 9 }), (pts) => {
        const poly = pts.map(([x, y]) => [x, y * 0.75] as [number, number]);
        const want: number[] = [];
        for (let r = 0; r < g.rows; r++) for (let c = 0; c < g.cols; c++) if (pointInPolygon([(c + 0.5) * 0.5, (r + 0.5) * 0.5], poly)) want.push(r * g.cols + c);
        expect(cellsInPolygon(g, poly).sort((a, b) => a - b)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unchangedSince', () => {
  it('holds only where the repaired field reads the same as the one it came from (property)', () => {
    const zones = county.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'zone').map((e) => ({ floorId: f.id, poly: (e as { polygon: [number, number][] }).polygon })));
    fc.assert(
      fc.property(edit, (e) => {
        const before = fieldFor(buildNavGraph(county), 'since', sources);
        const after = fieldFor(buildNavGraph(applyEdit(county, e, 0)), 'since', sources);
        for (const z of zones) {
          const xs = z.poly.map((p) => p[0]);
          const ys = z.poly.map((p) => p[1]);
          const box = { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
          if (!after.unchangedSince(before.id, z.floorId, box)) continue;
          for (let x = box.minX; x <= box.maxX; x += 0.7) for (let y = box.minY; y <= box.maxY; y += 0.7) expect(after.at(z.floorId, [x, y])).toBe(before.at(z.floorId, [x, y]));
        }
      }),
      { numRuns: 30 },
    );
  });
});
