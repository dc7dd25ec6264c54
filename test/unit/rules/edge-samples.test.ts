/**
 * The band of samples near an area's edge is exactly the area's grid samples within a step of its edge, in the same
 * order: what filtering every sample gives, without testing the area's interior.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distToPolygonBoundary, type Polygon } from '../../../src/core/geometry/polygon';
import { bandStats, edgeSamples, settledOrLeastOnEdge } from '../../../src/rules/zones/edge-samples';
import { samplePolygon } from '../../../src/rules/util';
import { parseHallText } from '../../../src/core/io';
import { generateBigHall, generateHall } from '../../fixtures/generated-hall';

const filtered = (poly: Polygon, step: number) => samplePolygon(poly, step).filter((p) => distToPolygonBoundary(p, poly) <= step);

describe('edgeSamples', () => {
  it('equals the filtered grid samples on rectangles, L shapes and slanted quadrilaterals', () => {
    const coord = fc.double({ min: -40, max: 40, noNaN: true });
    const size = fc.double({ min: 0.1, max: 30, noNaN: true });
    const step = fc.constantFrom(0.25, 0.5, 1, 2);
    fc.assert(
      fc.property(coord, coord, size, size, size, step, fc.integer({ min: 0, max: 2 }), (x, y, w, h, k, s, shape) => {
        const poly: Polygon =
          shape === 0
            ? [
                [x, y],
                [x + w, y],
                [x + w, y + h],
                [x, y + h],
              ]
            : shape === 1
              ? [
                  [x, y],
                  [x + w, y],
                  [x + w, y + h / 2],
                  [x + Math.min(k, w) / 2, y + h / 2],
                  [x + Math.min(k, w) / 2, y + h],
                  [x, y + h],
                ]
              : [
                  [x, y],
                  [x + w, y + k / 3],
                  [x + w + k / 4, y + h],
                  [x - k / 5, y + h / 2],
                ];
        expect(edgeSamples(poly, s)).toEqual(filtered(poly, s));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a small area as its centroid, and leaves out a deep interior', () => {
    const tiny: Polygon = [
      [0, 0],
      [0.2, 0],
      [0.2, 0.2],
      [0, 0.2],
    ];
    expect(edgeSamples(tiny, 1)).toEqual(filtered(tiny, 1));
    expect(edgeSamples(tiny, 1)).toHaveLength(1);
    const hall: Polygon = [
      [0, 0],
      [60, 0],
      [60, 30],
      [0, 30],
    ];
    const band = edgeSamples(hall, 0.5);
    expect(band).toEqual(filtered(hall, 0.5));
    expect(band.length).toBeLessThan(samplePolygon(hall, 0.5).length / 5);
  });
});

describe('edgeSamples on the halls', () => {
  it('equals the filtered grid samples for every zone of the samples and the generated halls, at the steps the rules use', () => {
    const docs = ['county-hall', 'township-hall', 'failing-hall'].map((n) => {
      const r = parseHallText(readFileSync(resolve(import.meta.dirname, `../../../models/${n}.hall.json`), 'utf8'));
      if (!r.ok) throw new Error(`${n} sample invalid`);
      return r.doc;
    });
    docs.push(generateHall(), generateBigHall());
    let n = 0;
    for (const doc of docs)
      for (const floor of doc.floors)
        for (const el of floor.elements) {
          if (el.kind !== 'zone') continue;
          for (const step of [0.25, 0.5]) {
            // A copy: the band is kept per polygon object, and this one has not been measured yet.
            const poly: Polygon = el.polygon.map(([x, y]) => [x, y]);
            expect(edgeSamples(poly, step)).toEqual(filtered(poly, step));
            n++;
          }
        }
    expect(n).toBeGreaterThan(700);
  });
});

describe('settledOrLeastOnEdge', () => {
  const rect = (x: number, y: number, w: number, h: number): Polygon => [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];

  it('gives the verdict of the least sample value, the least value itself where nothing settles, and the first settling value in edgeSamples order', () => {
    const coord = fc.double({ min: -20, max: 20, noNaN: true });
    const size = fc.double({ min: 0.1, max: 25, noNaN: true });
    fc.assert(
      fc.property(coord, coord, size, size, coord, coord, fc.double({ min: 0, max: 40, noNaN: true }), fc.boolean(), (x, y, w, h, sx, sy, limit, warm) => {
        // A fresh polygon per case: `warm` reads it once made in full (kept samples), else the samples are made while read.
        const poly = rect(x, y, w, h);
        const read = (p: readonly number[]) => Math.hypot(p[0] - sx, p[1] - sy);
        const all = samplePolygon(poly, 0.5).filter((p) => distToPolygonBoundary(p, poly) <= 0.5);
        if (warm) edgeSamples(poly, 0.5);
        const seen: number[] = [];
        const got = settledOrLeastOnEdge(
          poly,
          0.5,
          (p) => (seen.push(seen.length), read(p)),
          (v) => v <= limit,
        );
        const least = Math.min(...all.map(read));
        const first = all.findIndex((p) => read(p) <= limit);
        if (first < 0) {
          expect(got).toBe(least);
          expect(seen).toHaveLength(all.length);
        } else {
          expect(got).toBe(read(all[first]));
          expect(seen).toHaveLength(first + 1);
        }
        expect(edgeSamples(poly, 0.5)).toEqual(all);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 30 m waiting hall beside the counters up to its first near sample, not its whole perimeter', () => {
    const hall = rect(0, 0, 30, 10);
    let reads = 0;
    // The counters stand along the hall's left end: the first column of samples is within 15 m of them.
    const d = settledOrLeastOnEdge(
      hall,
      0.5,
      (p) => (reads++, p[0]),
      (v) => v <= 15,
    );
    expect(d).toBeLessThanOrEqual(15);
    expect(reads).toBe(1);
    expect(edgeSamples(hall, 0.5).length).toBeGreaterThan(100);
  });

  it('measures the edge near the first sample only when that sample settles, not the whole perimeter', () => {
    const hall = rect(0, 0, 30, 10);
    const before = bandStats.measured;
    const d = settledOrLeastOnEdge(
      hall,
      0.5,
      (p) => p[0],
      (v) => v <= 15,
    );
    const settled = bandStats.measured - before;
    expect(d).toBeLessThanOrEqual(15);
    // The first column's rows (20 across the hall, a few more of slack) are measured; the whole band is not.
    expect(settled).toBeGreaterThan(0);
    expect(settled).toBeLessThanOrEqual(3 * 20);
    const whole = bandStats.measured;
    edgeSamples(rect(0, 0, 30, 10), 0.5);
    expect(bandStats.measured - whole).toBeGreaterThan(10 * settled);
  });
});
