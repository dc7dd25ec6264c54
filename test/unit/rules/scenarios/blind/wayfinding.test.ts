/**
 * Blind wayfinding scenarios: hainan §6.1.4.9 “标识的设置应符合服务对象的办事动线，具有连续性” (应), jiangxi §6.1.5
 * “应设置醒目的导引标识”, read with RULES.md's decision points (“a turn over turnDeg 30° or a junction”): where
 * corridors cross, a walker must choose even when the route goes straight on. Also accessible-facility signs
 * (hainan §6.3.3.4 无障碍设施设备处均应设置无障碍标识), the AED across floors and seats in merged waiting areas.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { PresetId } from '../../../../../src/core/vocab';
import { box, counter, hall, oneFloor, point, sign, vlink, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { expectNoError } from './lib';

/**
 * A 3 m corridor runs north from the entrance (x 13.5–16.5) to a waiting hall at y ≥ 14; at y 9–11 a cross
 * corridor runs the full width, west to the toilets and east to the self-service area. The walk to the waiting
 * hall goes straight on through the crossing, where the other routes part.
 */
function crossing(signs: HallElement[]): HallElement[] {
  return [
    wall([13.5, 0], [13.5, 9], { id: 'c-w1' }),
    wall([16.5, 0], [16.5, 9], { id: 'c-e1' }),
    wall([0, 9], [13.5, 9], { id: 'x-sw' }),
    wall([16.5, 9], [30, 9], { id: 'x-se' }),
    wall([0, 11], [13.5, 11], { id: 'x-nw' }),
    wall([16.5, 11], [30, 11], { id: 'x-ne' }),
    wall([13.5, 11], [13.5, 14], { id: 'c-w2' }),
    wall([16.5, 11], [16.5, 14], { id: 'c-e2' }),
    wall([0, 14], [13.5, 14], { id: 'n-w' }),
    wall([16.5, 14], [30, 14], { id: 'n-e' }),
    zone('waiting', box(1, 14.2, 29, 19.8), { id: 'wz' }),
    zone('toilet', box(0.2, 9.2, 3, 10.8), { id: 'wc' }),
    zone('self-service', box(27, 9.2, 29.8, 10.8), { id: 'ss' }),
    ...signs,
  ];
}

describe('blind sign.continuity: a crossing of corridors is a decision point even when the route goes straight', () => {
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a directional sign at the crossing passes`, () =>
      expectVerdict(oneFloor(preset, crossing([sign('directional', [15, 10.5])])), 'sign.continuity', { status: 'pass' }));
    it(`${preset}: no sign at the crossing (11 m from the door), where the routes part, is an error`, () =>
      expectVerdict(oneFloor(preset, crossing([])), 'sign.continuity', { status: 'fail', severity: 'error' }));
  }
});

describe('blind sign.continuity across floors by elevator', () => {
  const up = (preset: PresetId, landing: boolean) =>
    hall({
      preset,
      floors: [
        {
          elements: [
            vlink('elevator', [5, 10], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
            sign('directional', [7, 3]),
            sign('directional', [7, 9]),
          ],
        },
        { elements: [wall([10, 0], [10, 14], { id: 'p2' }), zone('waiting', box(14, 2, 28, 8), { id: 'wz2' }), ...(landing ? [sign('directional', [9.5, 15])] : [])] },
      ],
    });
  it('hainan: a sign at the 2F elevator landing passes', () => expectVerdict(up('hainan', true), 'sign.continuity', { status: 'pass' }));
  it('hainan: none on 2F, where the walk turns round a partition, is an error naming the waiting area', () =>
    expectVerdict(up('hainan', false), 'sign.continuity', { status: 'fail', severity: 'error', names: ['wz2'] }));
});

describe('blind sign.accessible: every accessible facility carries the sign (hainan §6.3.3.4 应)', () => {
  const entranceSign = () => sign('accessible', [13.5, 0.3]);
  it('an accessible elevator with no sign within reach is an error naming it', () =>
    expectVerdict(
      hall({
        preset: 'hainan',
        floors: [
          { elements: [entranceSign(), vlink('elevator', [25, 15], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } })] },
          { elements: [] },
        ],
      }),
      'sign.accessible',
      { status: 'fail', severity: 'error', names: ['lift'] },
    ));
  it('the same elevator signed on both floors passes', () =>
    expectVerdict(
      hall({
        preset: 'hainan',
        floors: [
          {
            elements: [
              entranceSign(),
              vlink('elevator', [25, 15], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
              sign('accessible', [25, 13.5]),
            ],
          },
          { elements: [sign('accessible', [25, 13.5])] },
        ],
      }),
      'sign.accessible',
      { status: 'pass' },
    ));
  it('a ramp with no sign is an error naming it', () =>
    expectVerdict(
      oneFloor('hainan', [entranceSign(), vlink('ramp', [6, 12], ['F1'], { id: 'rp', slope: 1 / 12, runRise: 0.5, clearWidth: 1.5, landing: 1.8 })]),
      'sign.accessible',
      {
        status: 'fail',
        severity: 'error',
        names: ['rp'],
      },
    ));
  it('jiangxi (§5.2.2.2 names 盲文标识 among facilities to 配置, not a sign at each facility): no error', () =>
    expectNoError(oneFloor('jiangxi', [vlink('ramp', [6, 12], ['F1'], { id: 'rp', slope: 1 / 12, runRise: 0.5, clearWidth: 1.5, landing: 1.8 })]), 'sign.accessible'));
});

describe('blind safety.aed-coverage across floors and blind seats in a merged waiting area', () => {
  it('an AED by the elevator on F1 covers a small 2F by the elevator: pass', () =>
    expectVerdict(
      hall({
        preset: 'hainan',
        floors: [
          {
            elements: [
              point('aed', [7, 10]),
              vlink('elevator', [5, 10], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
              zone('waiting', box(2, 2, 10, 8)),
            ],
          },
          { elements: [zone('waiting', box(2, 12, 10, 18))] },
        ],
      }),
      'safety.aed-coverage',
      { status: 'pass' },
    ));
  const six = (): HallElement[] => Array.from({ length: 6 }, (_, k) => counter('general-intake', [5 + 4 * k, 17], { rotation: 180, id: `c${k + 1}` }));
  it('hunan: four seats in a form-filling area merged with waiting (§5.4.7 可与填表区合并设置) hold the queue of six counters', () =>
    expectVerdict(
      oneFloor('hunan', [...six(), zone('form-filling', box(4, 6, 14, 12), { also: ['waiting'] }), point('seat', [9, 9], { count: 4 }), zone('waiting', box(16, 6, 26, 12))]),
      'zone.waiting-capacity',
      { status: 'pass' },
    ));
});

/**
 * A 1.6 m corridor runs north from the entrance (x 14.2–15.8) and opens into the hall at y 8; the waiting area lies
 * straight ahead, the counter area off to the east. The walk to the waiting area never turns, but where the corridor
 * opens the way to the counters parts from it: the citizen bound for the waiting area must choose there.
 */
function fork(signs: HallElement[]): HallElement[] {
  return [
    wall([14.2, 0], [14.2, 8], { id: 'cw' }),
    wall([15.8, 0], [15.8, 8], { id: 'ce' }),
    wall([0, 8], [14.2, 8], { id: 'sw' }),
    wall([15.8, 8], [30, 8], { id: 'se' }),
    zone('waiting', box(12, 15, 18, 19.5), { id: 'wz' }),
    zone('counter-service', box(24, 10, 29.5, 14), { id: 'cs' }),
    ...signs,
  ];
}

describe('blind sign.continuity: where the way to another zone parts from the walk to the waiting area', () => {
  it('hunan §5.4.7 (宜…设置醒目的导引标识): no sign where the counters’ way parts is a warning naming the waiting area', () =>
    expectVerdict(oneFloor('hunan', fork([])), 'sign.continuity', { status: 'fail', severity: 'warning', names: ['wz'], count: 1 }));
  it('hunan: a directional sign at the corridor’s mouth passes', () =>
    expectVerdict(oneFloor('hunan', fork([sign('directional', [13, 9.5])])), 'sign.continuity', { status: 'pass' }));
  for (const preset of ['hainan', 'jiangxi'] as PresetId[])
    it(`${preset}: the same fork unsigned is an error; signed, passes`, () => {
      expectVerdict(oneFloor(preset, fork([])), 'sign.continuity', { status: 'fail', severity: 'error', names: ['wz'] });
      expectVerdict(oneFloor(preset, fork([sign('directional', [13, 9.5])])), 'sign.continuity', { status: 'pass' });
    });
});
