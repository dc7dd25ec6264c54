/**
 * Decision points of a walked route (sign.continuity): a corner the path smoothing cut into several short legs is
 * one turn, measured from the leg before it to the leg after it, so it is found exactly when the whole corner
 * turns at least `turnDeg`, however it is cut.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NavPoint } from '../../../src/nav';
import { decisionPoints } from '../../../src/rules/signs/continuity';
import { junctions } from '../../../src/rules/signs/junctions';

const TURN = 30;
const LEG = 2;

/** 10 m east, then `cuts` short legs sharing the turn `total` (degrees, left), then 10 m on. */
function corner(total: number, cuts: number[]): NavPoint[] {
  const pts: NavPoint[] = [
    { floorId: 'F1', p: [-10, 0] },
    { floorId: 'F1', p: [0, 0] },
  ];
  let heading = 0;
  let at: [number, number] = [0, 0];
  const share = cuts.reduce((s, c) => s + c, 0);
  for (const c of cuts) {
    heading += (total * c) / share;
    const r = (heading * Math.PI) / 180;
    at = [at[0] + 0.6 * Math.cos(r), at[1] + 0.6 * Math.sin(r)];
    pts.push({ floorId: 'F1', p: at });
  }
  const r = (total * Math.PI) / 180;
  pts.push({ floorId: 'F1', p: [at[0] + 10 * Math.cos(r), at[1] + 10 * Math.sin(r)] });
  return pts;
}

describe('decisionPoints', () => {
  it('finds a corner exactly when it turns at least turnDeg in all, however the smoothing cut it (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0, max: TURN - 1, noNaN: true }), fc.double({ min: TURN + 1, max: 170, noNaN: true })),
        fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (total, cuts) => {
          expect(decisionPoints(corner(total, cuts), TURN, LEG).length).toBe(total >= TURN ? 1 : 0);
        },
      ),
    );
  });
  it('a 50° corner cut into 40° and 10° is one decision point, not none', () => {
    expect(decisionPoints(corner(50, [0.8, 0.2]), TURN, LEG)).toHaveLength(1);
  });
  it('stepping off a stair onto another floor is a decision point', () => {
    const pts: NavPoint[] = [
      { floorId: 'F1', p: [0, 0] },
      { floorId: 'F1', p: [3, 10] },
      { floorId: 'F2', p: [3, 10] },
      { floorId: 'F2', p: [20, 10] },
    ];
    expect(decisionPoints(pts, TURN, LEG).map((d) => d.floorId)).toEqual(['F2']);
  });
});

describe('junctions', () => {
  const SPLIT = 1;
  const pt = (x: number, y: number): NavPoint => ({ floorId: 'F1', p: [x, y] });
  /** A 10 m trunk east, then on 10 m east (route one) or `branch` m at `deg` degrees left (route two). */
  const fork = (deg: number, branch = 10): NavPoint[][] => {
    const r = (deg * Math.PI) / 180;
    return [
      [pt(0, 0), pt(10, 0), pt(20, 0)],
      [pt(0, 0), pt(10, 0), pt(10 + branch * Math.cos(r), branch * Math.sin(r))],
    ];
  };
  // Within about 6° of either way a 10 m branch never gets SPLIT away from the other way: it is the same way, not a fork.
  it('finds the fork once, near its apex, however gently the ways part (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 8, max: 172, noNaN: true }), (deg) => {
        const [first, second] = junctions(fork(deg), SPLIT, LEG);
        expect(first).toEqual([]);
        expect(second).toHaveLength(1);
        // The ways are `SPLIT` apart after SPLIT / sin θ on the branch: the junction is no farther from the apex.
        const reach = SPLIT / Math.sin((deg * Math.PI) / 180) + SPLIT / 2;
        expect(Math.hypot(second[0].p[0] - 10, second[0].p[1])).toBeLessThanOrEqual(reach + 1e-9);
      }),
    );
  });
  it('a route that walks past where another ends is no fork', () => {
    expect(
      junctions(
        [
          [pt(0, 0), pt(10, 0)],
          [pt(0, 0), pt(20, 0)],
        ],
        SPLIT,
        LEG,
      ),
    ).toEqual([[], []]);
  });
  it('a branch ending within decisionMinLegM of the fork is a destination, not a way to choose', () => {
    expect(junctions(fork(90, 1.5), SPLIT, LEG)).toEqual([[], []]);
  });
  it('ways parting at the entrance are left to the entrance signs (sign.layout-map)', () => {
    expect(
      junctions(
        [
          [pt(0, 0), pt(10, 0)],
          [pt(0, 0), pt(0, 10)],
        ],
        SPLIT,
        LEG,
      ),
    ).toEqual([[], []]);
  });
});
