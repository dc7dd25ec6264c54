/**
 * The wall nearest a door swing's hinge is sought only among walls whose box, grown by the best distance so far,
 * holds the hinge: the direction is the one the measure of every wall gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearWallDir } from '../../../src/dxf/doors';
import type { WallLine } from '../../../src/dxf/walls';

/** Every wall measured, as first written: the reference. */
function reference(walls: WallLine[], x: number, y: number, reach: number): number | undefined {
  let best = reach;
  let dir: number | undefined;
  for (const w of walls) {
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const L2 = dx * dx + dy * dy;
    if (L2 === 0) continue;
    const t = Math.max(0, Math.min(1, ((x - w.a[0]) * dx + (y - w.a[1]) * dy) / L2));
    const d = Math.hypot(x - (w.a[0] + t * dx), y - (w.a[1] + t * dy));
    if (d < best) {
      best = d;
      dir = Math.atan2(dy, dx);
    }
  }
  return dir;
}

const onGrid = fc.integer({ min: -30, max: 30 }).map((v) => v / 4);
const anywhere = fc.double({ min: -8, max: 8, noNaN: true });
const wallArb = fc
  .tuple(fc.oneof(onGrid, anywhere), fc.oneof(onGrid, anywhere), fc.oneof(onGrid, anywhere), fc.oneof(onGrid, anywhere))
  .map(([ax, ay, bx, by]): WallLine => ({ a: [ax, ay], b: [bx, by], thickness: 0.2 }));

describe('nearest wall to a swing', () => {
  it('has the direction the measure of every wall gives', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(wallArb, { maxLength: 30 }), fc.oneof(onGrid, anywhere), fc.oneof(onGrid, anywhere), fc.constantFrom(0.3, 0.54, 1, 3), (walls, x, y, reach) => {
        const dir = nearWallDir(walls, x, y, reach);
        expect(dir).toBe(reference(walls, x, y, reach));
        if (dir !== undefined) found++;
      }),
      { numRuns: 2000 },
    );
    expect(found).toBeGreaterThan(0);
  });
});
