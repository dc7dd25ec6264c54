/**
 * access.route-width: a hand-drawn accessible route may cross a wall only through a door in it (walk2 #7). The hall:
 * a partition on x = 15 from y = 0 to 20 with one door at y = 12; the route drawn (5, 3.5) → (5, 7) → (16.5, 7) →
 * (16.5, 12) runs through the partition at (15, 7).
 */
import { describe, expect, it } from 'vitest';
import { KINDS, type HallElement } from '../../../../src/core/kinds/registry';
import type { Vec2 } from '../../../../src/core/geometry/vec';
import { PRESET_IDS } from '../../../../src/core/presets';
import { checkHall } from '../../../../src/rules';
import { resolveRuleSetting } from '../../../../src/rules/preset';
import { door, oneFloor, wall } from './hall';
import { expectVerdict } from './verdict';

const RULE = 'access.route-width';
const route = (points: Vec2[], accessible = true): HallElement => KINDS.route.create({ id: 'r', points, width: 1.5, accessible }) as HallElement;
const partition = (): HallElement[] => [wall([15, 0], [15, 20], { id: 'p' }), door([15, 12], { id: 'pd', wallId: 'p', width: 1, rotation: 90 })];
const through: Vec2[] = [
  [5, 3.5],
  [5, 7],
  [16.5, 7],
  [16.5, 12],
];

describe('access.route-width: an accessible route through a wall with no door', () => {
  for (const preset of PRESET_IDS.filter((p) => resolveRuleSetting(p, RULE, 'county'))) {
    it(`${preset}: crossing the partition at (15, 7) is an error located there, naming the route and the wall`, () => {
      const doc = oneFloor(preset, [...partition(), route(through)]);
      expectVerdict(doc, RULE, { status: 'fail', severity: 'error', count: 1, names: ['r', 'p'], says: ['(15.0, 7.0)'] });
      const [f] = checkHall(doc).findings.filter((x) => x.ruleId === RULE);
      expect(f.at).toEqual([15, 7]);
      expect(f.message.zh).toContain('穿过墙体');
    });
    it(`${preset}: the same route through the door at y = 12 passes`, () =>
      expectVerdict(
        oneFloor(preset, [
          ...partition(),
          route([
            [5, 3.5],
            [5, 12],
            [16.5, 12],
          ]),
        ]),
        RULE,
        { status: 'pass' },
      ));
  }
  it('hunan: crossing it twice is two findings, in the route’s order', () => {
    const doc = oneFloor('hunan', [
      ...partition(),
      route([
        [5, 5],
        [20, 5],
        [20, 9],
        [5, 9],
      ]),
    ]);
    expect(
      checkHall(doc)
        .findings.filter((x) => x.ruleId === RULE)
        .map((f) => f.at),
    ).toEqual([
      [15, 5],
      [15, 9],
    ]);
  });
  it('hunan: just past the door leaf’s edge (0.51 m from its centre) is through the wall', () =>
    expectVerdict(
      oneFloor('hunan', [
        ...partition(),
        route([
          [5, 12.51],
          [20, 12.51],
        ]),
      ]),
      RULE,
      { status: 'fail', count: 1 },
    ));
  it('hunan: a route that is not marked accessible is not this rule’s', () => expectVerdict(oneFloor('hunan', [...partition(), route(through, false)]), RULE, { status: 'pass' }));
});
