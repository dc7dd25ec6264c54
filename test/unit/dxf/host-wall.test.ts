/**
 * The wall an opening sits in is sought only among walls whose box, grown by the opening's width and the wall's
 * reach, holds the opening: the host (or the filler wall made across a gap) is the one the scan of every wall finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextId, r3, type Ids } from '../../../src/dxf/ids';
import { hostWall, type WallEl } from '../../../src/dxf/wall-elements';

type Opening = { x: number; y: number; rotation: number; width: number };

/** The scan of every wall, as first written: the reference the boxed scan must agree with. */
function reference(door: Opening, walls: WallEl[], ids: Ids, floorId: string, slack = 0.15): { id: string; at: [number, number] } | undefined {
  const rad = (door.rotation * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  let best: { w: WallEl; d: number; t: number; L: number } | undefined;
  for (const w of walls) {
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const L = Math.hypot(dx, dy);
    if (L === 0 || Math.abs(dx * uy - dy * ux) > 0.2 * L) continue;
    const t = ((door.x - w.a[0]) * dx + (door.y - w.a[1]) * dy) / L;
    const d = Math.abs((door.x - w.a[0]) * dy - (door.y - w.a[1]) * dx) / L;
    if (d > w.thickness / 2 + slack) continue;
    if (t < -door.width || t > L + door.width) continue;
    if (!best || d < best.d) best = { w, d, t, L };
  }
  if (!best) return undefined;
  const { w, t, L } = best;
  const ax = (w.b[0] - w.a[0]) / L;
  const ay = (w.b[1] - w.a[1]) / L;
  if (t >= door.width / 2 && t <= L - door.width / 2) return { id: w.id, at: [w.a[0] + ax * t, w.a[1] + ay * t] };
  const px = w.a[0] + ax * t;
  const py = w.a[1] + ay * t;
  const filler: WallEl = {
    id: nextId(ids, floorId, 'wall'),
    kind: 'wall',
    a: [r3(px - (ax * door.width) / 2), r3(py - (ay * door.width) / 2)],
    b: [r3(px + (ax * door.width) / 2), r3(py + (ay * door.width) / 2)],
    thickness: w.thickness,
  };
  walls.push(filler);
  return { id: filler.id, at: [px, py] };
}

const coord = fc.double({ min: -40, max: 40, noNaN: true });
/** Walls on a grid of 0.5 m (openings often sit right at a wall's end or face) and some at any angle. */
const wallArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), fc.integer({ min: -12, max: 12 }), fc.boolean(), fc.constantFrom(0.1, 0.2, 0.24, 0.37))
    .map(([x, y, l, vertical, t]) => ({
      a: [x / 2, y / 2] as [number, number],
      b: [x / 2 + (vertical ? 0 : l / 2), y / 2 + (vertical ? l / 2 : 0)] as [number, number],
      thickness: t,
    })),
  fc
    .tuple(coord, coord, coord, coord, fc.double({ min: 0.05, max: 0.6, noNaN: true }))
    .map(([ax, ay, bx, by, t]) => ({ a: [ax, ay] as [number, number], b: [bx, by] as [number, number], thickness: t })),
);
const openingArb = fc.oneof(
  fc.record({
    x: fc.integer({ min: -40, max: 40 }).map((v) => v / 4),
    y: fc.integer({ min: -40, max: 40 }).map((v) => v / 4),
    rotation: fc.constantFrom(0, 90, 180, 270),
    width: fc.constantFrom(0.8, 0.9, 1.5),
  }),
  fc.record({ x: coord, y: coord, rotation: fc.double({ min: -180, max: 360, noNaN: true }), width: fc.double({ min: 0.3, max: 3, noNaN: true }) }),
);

describe('host wall of an opening', () => {
  it('is the wall (or the filler across a gap) the scan of every wall finds', () => {
    let hosted = 0;
    fc.assert(
      fc.property(fc.array(wallArb, { maxLength: 40 }), fc.array(openingArb, { minLength: 1, maxLength: 12 }), fc.constantFrom(0.15, 0.4), (ws, openings, slack) => {
        const mine: WallEl[] = ws.map((w, i) => ({ id: `w${i}`, kind: 'wall', ...w }));
        const theirs: WallEl[] = mine.map((w) => ({ ...w }));
        const ids: Ids = { n: new Map() };
        const refIds: Ids = { n: new Map() };
        for (const o of openings) {
          const got = hostWall(o, mine, ids, 'F1', slack);
          expect(got).toEqual(reference(o, theirs, refIds, 'F1', slack));
          if (got) hosted++;
        }
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
    expect(hosted).toBeGreaterThan(0);
  });
});
