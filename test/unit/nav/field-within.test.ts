/**
 * A field solved only within a distance (a rule that reads figures up to its limit): every node within it reads
 * exactly what the whole field reads, every node beyond it Infinity, with the WebAssembly kernel and the JavaScript
 * loop, fresh and repaired after edits; and it settles only the part of the hall within the limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveElements } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { buildNavGraph, fieldFor, fieldStats, type NavPoint } from '../../../src/nav';
import { solve } from '../../../src/nav/dijkstra';
import { searchSpace, withMask } from '../../../src/nav/mask';
import { seedsOf } from '../../../src/nav/seeds';
import { useWasmSettle, wasmStats } from '../../../src/nav/wasm/settle';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';

/** The first node where `bounded` is not the whole field cut at `limit`, or -1. Exact: no tolerance. */
function firstOff(bounded: Float64Array, whole: Float64Array, limit: number): number {
  for (let n = 0; n < whole.length; n++) if (bounded[n] !== (whole[n] <= limit ? whole[n] : Infinity)) return n;
  return -1;
}
const reachedCount = (d: Float64Array) => d.reduce((s, v) => (v < Infinity ? s + 1 : s), 0);

const county = loadSample('county-hall');

describe('a field solved within a distance', () => {
  for (const wasm of [true, false])
    it(`reads the whole field's figures up to the limit and Infinity beyond, on random masks and sources (${wasm ? 'WebAssembly' : 'JavaScript'}, property)`, () => {
      useWasmSettle(wasm);
      const runs = wasmStats.runs;
      try {
        const g = buildNavGraph(county);
        fc.assert(
          fc.property(
            fc.integer({ min: 1, max: 2 ** 30 }),
            fc.integer({ min: 60, max: 100 }),
            fc.boolean(),
            fc.integer({ min: 1, max: 400 }),
            fc.double({ min: 0, max: 80, noNaN: true }),
            (seed, density, accessible, count, limit) => {
              let x = seed;
              const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32) * 100;
              const base = searchSpace(g, { accessible });
              const s =
                density === 100
                  ? base
                  : withMask(
                      base,
                      Uint8Array.from(base.mask, (v) => (v && rand() < density ? 1 : 0)),
                    );
              // Short lists go to the kernel's scanned list, long ones (zone samples) sorted into its straight FIFO.
              const seeds = new Map<number, number>();
              for (let k = 0; k < (count > 260 ? count : count % 7) + 1; k++) seeds.set(Math.floor((rand() / 100) * g.size), (rand() / 100) * 0.5);
              const whole = solve(s, seeds).d;
              expect(firstOff(solve(s, seeds, limit).d, whole, limit)).toBe(-1);
            },
          ),
          { numRuns: 60 },
        );
        if (wasm) expect(wasmStats.runs - runs).toBeGreaterThan(60);
        else expect(wasmStats.runs).toBe(runs);
      } finally {
        useWasmSettle(true);
      }
    });

  it('settles only the nodes within the limit', () => {
    const doc = generateHall();
    const g = buildNavGraph(doc);
    const s = searchSpace(g, { minWalkWidth: 0.55 });
    const { seeds } = seedsOf(g, [{ floorId: doc.floors[0].id, p: [30, 10] }]);
    const whole = solve(s, seeds).d;
    const near = solve(s, seeds, 15).d;
    const within = whole.reduce((c, v) => (v <= 15 ? c + 1 : c), 0);
    expect(reachedCount(near)).toBe(within);
    expect(within).toBeLessThan(reachedCount(whole) / 4);
  });
});

describe('a field within a distance, repaired after edits', () => {
  const seats = county.floors[0].elements.filter((e) => e.kind === 'point' && e.pointKind === 'seat').map((e) => e.id);
  const sources: NavPoint[] = [
    { floorId: 'F1', p: [32, 1] },
    { floorId: 'F1', p: [12, 20] },
  ];
  for (const wasm of [true, false])
    it(`equals a fresh solve within the same distance after random seat moves (${wasm ? 'WebAssembly' : 'JavaScript'}, property)`, () => {
      useWasmSettle(wasm);
      const repaired = fieldStats.repaired;
      try {
        fc.assert(
          fc.property(
            fc.array(fc.tuple(fc.nat(seats.length - 1), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })), { minLength: 1, maxLength: 4 }),
            fc.double({ min: 4, max: 40, noNaN: true }),
            (moves, limit) => {
              let doc: HallDocument = county;
              const key = `within-${limit}`;
              fieldFor(buildNavGraph(doc), key, sources, {}, limit);
              for (const [i, dx, dy] of moves) {
                doc = moveElements([seats[i]], [dx, dy]).apply(doc).doc;
                const g = buildNavGraph(doc);
                const got = (fieldFor(g, key, sources, {}, limit) as unknown as { f: { d: Float64Array } }).f.d;
                const whole = solve(searchSpace(g, {}), seedsOf(g, sources).seeds).d;
                expect(firstOff(got, whole, limit)).toBe(-1);
              }
            },
          ),
          { numRuns: 25 },
        );
        // The repair path must have been taken, or the property said nothing about it.
        expect(fieldStats.repaired - repaired).toBeGreaterThan(20);
      } finally {
        useWasmSettle(true);
      }
    });
});
