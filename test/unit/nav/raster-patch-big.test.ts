/**
 * Raster patches on a big hall's floor (the generated 10,000-element hall, ~2,000 elements on its first floor),
 * where a patch reads only the elements near its window (raster-index.ts): after random moves and deletions of
 * anything that shapes walking, one after another, the patched raster equals one made from scratch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rasterizeFloor } from '../../../src/nav';
import { patchRaster } from '../../../src/nav/raster-patch';
import { moveElements, removeElements } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { generateBigHall } from '../../fixtures/generated-hall';

const big = generateBigHall();
const f1 = big.floors[0];
const shaping = f1.elements.filter((e) => ['wall', 'opening', 'counter', 'point', 'obstacle', 'zone'].includes(e.kind)).map((e) => e.id);

describe('raster patches on the big hall', () => {
  it('equal a raster made afresh after each of several random edits (property)', () => {
    let prev = { floor: f1, grid: rasterizeFloor(f1) };
    let doc: HallDocument = big;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ i: fc.nat(shaping.length - 1), remove: fc.boolean(), dx: fc.double({ min: -4, max: 4, noNaN: true }), dy: fc.double({ min: -4, max: 4, noNaN: true }) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (edits) => {
          for (const e of edits) {
            const id = shaping[e.i];
            if (!doc.floors[0].elements.some((x) => x.id === id)) continue;
            doc = (e.remove ? removeElements([id]) : moveElements([id], [e.dx, e.dy])).apply(doc).doc;
            const patched = patchRaster(prev, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
            const fresh = rasterizeFloor(doc.floors[0]);
            for (const k of ['free', 'staff', 'stepped', 'doorWidth', 'passWidth'] as const)
              expect(Buffer.from(patched[k].buffer).equals(Buffer.from(fresh[k].buffer)), k).toBe(true);
            prev = { floor: doc.floors[0], grid: patched };
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
