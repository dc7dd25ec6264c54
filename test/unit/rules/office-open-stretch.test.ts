/** An open-boundary finding of zone.office-separated carries the open stretch itself, for the plan to mark. */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../src/core/kinds/registry';
import { checkHall } from '../../../src/rules';
import { box, door, oneFloor, wall, zone } from './scenarios/hall';

const ofRule = (els: HallElement[]) => checkHall(oneFloor('hunan', els)).findings.filter((f) => f.ruleId === 'zone.office-separated');
const rounded = (s: [number, number][][] | undefined) => s?.map((st) => st.map((p) => p.map((v) => Math.round(v * 100) / 100)));

describe('zone.office-separated: the open stretch', () => {
  // a back office in the north-west corner (the outer walls bound it on the west and north)
  const office = zone('back-office', box(0, 14, 10, 20), { id: 'bo' });

  it('a side open to the hall: the stretch from end to end, not the zone', () => {
    const [f] = ofRule([office, wall([0, 14], [10, 14], { id: 'w-s' })]);
    expect(f.message.zh).toContain('6.0 m 边界没有墙');
    expect(rounded(f.stretches)).toEqual([
      [
        [10, 14],
        [10, 20],
      ],
    ]);
  });

  it('a side shared with a public zone, walled but for 4 m left of a 2 m staff door: that 4 m only', () => {
    const els = [
      office,
      zone('counter-service', box(0, 8, 10, 14), { id: 'cs' }),
      wall([10, 14], [10, 20], { id: 'w-e' }),
      wall([4, 14], [10, 14], { id: 'w-s' }),
      door([5, 14], { id: 'd', width: 2, wallId: 'w-s', entrance: 'staff' }),
    ];
    const open = ofRule(els).filter((f) => f.data?.openLengthM !== undefined);
    expect(open.map((f) => [f.data?.openLengthM, rounded(f.stretches)])).toEqual([
      [
        4,
        [
          [
            [0, 14],
            [4, 14],
          ],
        ],
      ],
    ]);
  });

  it('findings about something else carry no stretch', () => {
    const els = [
      office,
      zone('counter-service', box(0, 8, 10, 14), { id: 'cs' }),
      wall([0, 14], [10, 14], { id: 'w-s' }),
      wall([10, 14], [10, 20], { id: 'w-e' }),
      door([5, 14], { id: 'd', width: 1, wallId: 'w-s' }),
    ];
    const fs = ofRule(els);
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.stretches === undefined)).toBe(true);
  });
});
