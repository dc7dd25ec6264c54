/**
 * Blind scenarios on gaps no one can pass: walking distances (hunan §5.4.7 / jiangxi §6.8.1 关联设置, read as a
 * walk of at most waitingNearMaxM; 入口附近 read as a walk of consultMaxWalkM) must go where people can walk, not
 * through a 0.3 m slit left between two wall ends.
 */
import { describe, it } from 'vitest';
import type { PresetId } from '../../../../../src/core/vocab';
import { box, counter, door, oneFloor, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { backToBackWaiting } from '../required-zones';

/** A partition across the hall at y = 10 with a 0.3 m slit at x = 5.0–5.3 and a 1.0 m door far east at x = 29. */
const slitPartition = () => [wall([0, 10], [5, 10], { id: 'pw1' }), wall([5.3, 10], [30, 10], { id: 'pw2' }), door([28.5, 10], { id: 'far', wallId: 'pw2', width: 1.0 })];

describe('blind walking distances ignore a 0.3 m slit', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[])
    it(`${preset}: a waiting area 4 m across the partition from the counters (slit between), 50 m round by the door: warning`, () =>
      expectVerdict(oneFloor(preset, [...slitPartition(), zone('counter-service', box(2, 5, 8, 8)), zone('waiting', box(2, 12, 8, 15), { id: 'wz' })]), 'zone.waiting-adjacent', {
        status: 'fail',
        severity: 'warning',
        names: ['wz'],
      }));
  it('#13 hunan: a waiting room back to back with the counter area (a solid wall between, 40 m round by the door) is not 关联设置: warning', () =>
    expectVerdict(oneFloor('hunan', backToBackWaiting()), 'zone.waiting-adjacent', { status: 'fail', severity: 'warning', names: ['wz'] }));
  it('hunan: a consultation desk 7 m through a 0.3 m slit, out of sight, 40 m round by the door: error', () =>
    expectVerdict(
      oneFloor('hunan', [
        wall([0, 3], [15, 3], { id: 'q1' }),
        wall([15.3, 3], [28, 3], { id: 'q2' }),
        wall([28, 3], [28, 20], { id: 'q3' }),
        door([28, 18], { wallId: 'q3', rotation: 90, width: 1 }),
        counter('consultation-desk', [20, 5], { rotation: 180 }),
      ]),
      'zone.consultation-near-entrance',
      { status: 'fail', severity: 'error' },
    ));
});
