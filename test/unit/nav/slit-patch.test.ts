/**
 * Slanted walls' slits and turned seats beside them, edited one move after another: a patched raster equals one
 * made afresh, the widths of steps measured across faces' strips included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import type { Vec2 } from '../../../src/core/geometry/vec';
import { moveElements, removeElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { parseHallText } from '../../../src/core/io';
import { rasterizeFloor } from '../../../src/nav';
import { patchRaster } from '../../../src/nav/raster-patch';
import { oneFloorHall } from '../../fixtures/one-floor-hall';

/**
 * A wall at 0.9 rad through (16.5, 6) with slits 0.45, 0.62 and 0.9 m wide, a 0.7 m door, and seats at odd angles
 * along it; with `angle`, at that angle and with slits that only a diagonal past a wall end crosses.
 */
function slantedHall(angle = 0.9, cuts = [-20, -4, -3.55, -1, -0.38, 2, 2.9, 20]): HallDocument {
  const along = (t: number, off = 0): Vec2 => [16.5 + Math.cos(angle) * t - Math.sin(angle) * off, 6 + Math.sin(angle) * t + Math.cos(angle) * off];
  const walls = [0, 2, 4, 6].map((k) => KINDS.wall.create({ id: `w${k}`, a: along(cuts[k]), b: along(cuts[k + 1]), thickness: 0.15 }));
  const seats = Array.from({ length: 12 }, (_, k) => KINDS.point.create({ id: `s${k}`, pointKind: 'seat', position: along(-5 + k * 0.8, k % 2 ? 0.7 : -0.8), rotation: 17 * k }));
  const door = KINDS.opening.create({ id: 'd', wallId: 'w6', position: along(4.5), width: 0.7, rotation: (angle * 180) / Math.PI });
  const r = parseHallText(JSON.stringify(oneFloorHall('slanted', [33, 12], [...walls, door, ...seats])));
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r.doc;
}

describe('raster patches beside slanted slits', () => {
  // The second hall's slits are crossed by diagonals past a wall end's cell only (raster-gaps.ts).
  const halls = [slantedHall(), slantedHall(0.8117424857956483, [-20, -1.6452167630195618, -1.0628381514, -0.5, 0.1, 2, 2.6, 20])];
  it('hold steps through gaps where the wall ends leave a slit only a diagonal crosses', () => {
    expect(rasterizeFloor(halls[1].floors[0]).gaps.size).toBeGreaterThan(0);
  });
  it.each([0, 1])('equal a raster made afresh after each of several random edits (hall %i, property)', (h) => {
    const start = halls[h];
    const ids = start.floors[0].elements.map((e) => e.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ i: fc.nat(ids.length - 1), remove: fc.boolean(), dx: fc.double({ min: -0.6, max: 0.6, noNaN: true }), dy: fc.double({ min: -0.6, max: 0.6, noNaN: true }) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        (edits) => {
          let doc = start;
          let prev = { floor: doc.floors[0], grid: rasterizeFloor(doc.floors[0]) };
          for (const e of edits) {
            const id = ids[e.i];
            if (!doc.floors[0].elements.some((x) => x.id === id)) continue;
            doc = (e.remove ? removeElements([id]) : moveElements([id], [e.dx, e.dy])).apply(doc).doc;
            const patched = patchRaster(prev, doc.floors[0]) ?? rasterizeFloor(doc.floors[0]);
            const fresh = rasterizeFloor(doc.floors[0]);
            for (const k of ['free', 'doorWidth', 'passWidth', 'cut'] as const) expect(Buffer.from(patched[k].buffer).equals(Buffer.from(fresh[k].buffer)), k).toBe(true);
            expect([...patched.gaps].sort((a, b) => a[0] - b[0])).toEqual([...fresh.gaps].sort((a, b) => a[0] - b[0]));
            prev = { floor: doc.floors[0], grid: patched };
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
