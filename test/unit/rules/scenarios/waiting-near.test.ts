/**
 * zone.waiting-adjacent measured as its interpretation reads (hunan §5.4.7 / jiangxi §6.8.1 宜与…窗口服务区…关联设置:
 * adjoining a service area, or within `waitingNearMaxM` walk): between the nearest points of the two areas, so a
 * long waiting hall that adjoins the counter area passes however far its far end lies. It was measured from the
 * waiting area's centre: a 30 m waiting hall adjoining the counters read "16.00 m walk" and was warned.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { PresetId } from '../../../../src/core/vocab';
import { box, hall, wall, zone } from './hall';
import { expectVerdict } from './verdict';

const RULE = 'zone.waiting-adjacent';
const PRESETS: PresetId[] = ['hunan', 'jiangxi'];
/** A 60 × 20 m floor: the counter area along the west wall (x 1–5), the waiting area from x0 to x1. */
const floor = (preset: PresetId, x0: number, x1: number, ...extra: HallElement[]) =>
  hall({ preset, floors: [{ size: [60, 20], elements: [zone('counter-service', box(1, 1, 5, 19)), zone('waiting', box(x0, 1, x1, 19), { id: 'wz' }), ...extra] }] });

describe('zone.waiting-adjacent: between the nearest points of the waiting and service areas', () => {
  for (const preset of PRESETS) {
    for (const len of [30, 40, 54])
      it(`${preset}: a ${len} m waiting hall adjoining the counter area passes (关联设置)`, () => expectVerdict(floor(preset, 5, 5 + len), RULE, { status: 'pass' }));
    it(`${preset}: a waiting hall 14 m from the counter area passes, however long`, () => expectVerdict(floor(preset, 19, 59), RULE, { status: 'pass' }));
    it(`${preset}: one 16 m away is a warning with the walk`, () =>
      expectVerdict(floor(preset, 21, 59), RULE, { status: 'fail', severity: 'warning', names: ['wz'], says: ['max 15 m'] }));
    it(`${preset}: back to back across a solid wall, the walk round (out east, back along the north) decides: a warning`, () =>
      expectVerdict(
        hall({
          preset,
          floors: [
            {
              size: [60, 20],
              elements: [zone('counter-service', box(1, 1, 5, 19)), zone('waiting', box(5, 1, 45, 15), { id: 'wz' }), wall([5, 0], [5, 17]), wall([5, 15], [45, 15])],
            },
          ],
        }),
        RULE,
        { status: 'fail', severity: 'warning', names: ['wz'], says: ['max 15 m'] },
      ));
  }
});
