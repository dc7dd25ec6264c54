/**
 * Side ways off a corridor (sign.continuity's crossings): a break in the corridor's wall is a side way exactly when
 * the way behind it goes on at least `reach` past the wall's line, found once, inside the break; a recess is not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS, type ElementOf } from '../../../src/core/kinds/registry';
import type { Vec2 } from '../../../src/core/geometry/vec';
import type { NavPoint } from '../../../src/nav';
import { sideWays, sideWaysOf, WallIndex, type SideProbe } from '../../../src/rules/signs/side-ways';
import type { BBox } from '../../../src/core/geometry/polygon';

const REACH = 2;
const STEP = 0.5;
const LENGTH = 40;

let seq = 0;
const wall = (a: Vec2, b: Vec2) => KINDS.wall.create({ id: `w${++seq}`, a, b, thickness: 0.2 }) as ElementOf<'wall'>;

/** A corridor along x from 0 to LENGTH between y = −below and y = above, its north wall broken at [x0, x0 + w] for a way `depth` deep. */
function corridor(above: number, below: number, x0: number, w: number, depth: number): WallIndex {
  return new WallIndex(
    [
      wall([0, -below], [LENGTH, -below]),
      wall([0, above], [x0, above]),
      wall([x0 + w, above], [LENGTH, above]),
      wall([x0, above], [x0, above + depth]),
      wall([x0, above + depth], [x0 + w, above + depth]),
      wall([x0 + w, above + depth], [x0 + w, above]),
    ],
    2 * REACH,
  );
}

const route: NavPoint[] = [
  { floorId: 'F1', p: [0, 0] },
  { floorId: 'F1', p: [LENGTH, 0] },
];

describe('sideWays', () => {
  it('finds a break exactly when the way behind it goes on at least the reach, once and inside the break (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: REACH, noNaN: true }),
        fc.double({ min: 0.5, max: REACH, noNaN: true }),
        fc.double({ min: 5, max: 30, noNaN: true }),
        fc.double({ min: 1.2, max: 4, noNaN: true }),
        fc.oneof(fc.double({ min: 0.3, max: REACH - 0.05, noNaN: true }), fc.double({ min: REACH + 0.05, max: 8, noNaN: true })),
        (above, below, x0, w, depth) => {
          const walls = corridor(above, below, x0, w, depth);
          const found = sideWays(route, { walls: () => walls, walkable: () => true, step: STEP, reach: REACH });
          expect(found.length).toBe(depth >= REACH ? 1 : 0);
          for (const f of found) expect(f.p[0] >= x0 && f.p[0] <= x0 + w).toBe(true);
        },
      ),
    );
  });
  it('a break the public cannot walk into (staff-only space) is no side way', () => {
    const walls = corridor(1.5, 1.5, 10, 2, 6);
    expect(sideWays(route, { walls: () => walls, walkable: () => false, step: STEP, reach: REACH })).toEqual([]);
  });
  it('a corridor opening into open floor is no side way: the wall never comes back', () => {
    const walls = new WallIndex([wall([0, -1.5], [20, -1.5]), wall([0, 1.5], [20, 1.5])], 2 * REACH);
    expect(sideWays(route, { walls: () => walls, walkable: () => true, step: STEP, reach: REACH })).toEqual([]);
  });
  it('a break within the reach of the route’s start or end belongs to the entrance or the destination', () => {
    const walls = corridor(1.5, 1.5, 0.5, 1.2, 6);
    expect(sideWays(route, { walls: () => walls, walkable: () => true, step: STEP, reach: REACH })).toEqual([]);
  });
});

describe('sideWaysOf across edits of the walkable space', () => {
  /** A version of the walkable space: whether the side way's opening is public, and the box changed since its parent. */
  interface Space {
    open: boolean;
    parent?: Space;
    changed?: BBox;
  }
  /** The corridor of the tests above, its north wall broken at x 10–12 for a way 6 m deep, probed in `now`. */
  function run(walls: WallIndex, wallEls: object[], now: Space, probes: { n: number }) {
    const space = {
      version: () => now,
      changedSince: (_: string, from: Space) => {
        const out: BBox[] = [];
        for (let v: Space | undefined = now; v !== from; v = v.parent) {
          if (!v) return null;
          if (v.changed) out.push(v.changed);
        }
        return out;
      },
    };
    const probeFor = (): SideProbe => ({
      walls: () => walls,
      walkable: () => {
        probes.n++;
        return now.open;
      },
      step: STEP,
      reach: REACH,
    });
    return sideWaysOf([route], wallEls, [now], `${REACH}|${STEP}`, space, probeFor)[0];
  }

  it('keeps a route’s side ways while the space changes far from its probes, finds them again when it changes near', () => {
    const walls = corridor(1.5, 1.5, 10, 2, 6);
    const wallEls = [{}];
    const probes = { n: 0 };
    const v0: Space = { open: true };
    expect(run(walls, wallEls, v0, probes)).toHaveLength(1);
    expect(probes.n).toBeGreaterThan(0);
    // A seat moved 20 m away along the corridor: the probes are not run again and the side way is still there.
    const far: Space = { open: false, parent: v0, changed: { minX: 30, minY: -1, maxX: 31, maxY: 0 } };
    const before = probes.n;
    expect(run(walls, wallEls, far, probes)).toHaveLength(1);
    expect(probes.n).toBe(before);
    // A change in the side way's mouth: probed again, and now it is closed to the public.
    const near: Space = { open: false, parent: far, changed: { minX: 10.5, minY: 2, maxX: 11.5, maxY: 3 } };
    expect(run(walls, wallEls, near, probes)).toEqual([]);
    expect(probes.n).toBeGreaterThan(before);
    // A space that does not descend from the one read (made afresh): probed again.
    const fresh: Space = { open: true };
    expect(run(walls, wallEls, fresh, probes)).toHaveLength(1);
  });
});
