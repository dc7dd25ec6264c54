/**
 * Door widths under the code that governs (presets/NOTES.md): GB 55019-2021 “新建和扩建建筑的门开启后的通行净宽不应小于
 * 900mm，既有建筑改造或改建的门开启后的通行净宽不应小于800mm” over GB 50763-2012's 800 mm; the accessible toilet's own
 * door clause (GB 50763 §3.9.3, 800 mm) stays that rule's. The hall: an accessible toilet in the north-east corner,
 * 4 × 4 m, walled on its south and west sides, its door in the south wall.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import { PRESET_IDS, type PresetId } from '../../../../src/core/presets';
import { box, door, hall, wall, zone } from './hall';
import { expectVerdict } from './verdict';

function toiletBehind(preset: PresetId, width: number, opts: { existing?: boolean; staff?: boolean } = {}) {
  const els: HallElement[] = [
    wall([26, 16], [30, 16], { id: 'wt-s' }),
    wall([26, 16], [26, 20], { id: 'wt-w' }),
    zone('accessible-toilet', box(26, 16, 30, 20), { id: 'at', name: '无障碍卫生间' }),
    door([28, 16], { id: 'td', wallId: 'wt-s', width, ...(opts.staff ? { entrance: 'staff' as const } : {}) }),
  ];
  return hall({ preset, overrides: opts.existing ? { buildingWork: 'existing' } : {}, floors: [{ elements: els }] });
}

describe('access.door-width: new work 0.90 m, an altered existing building 0.80 m (GB 55019)', () => {
  for (const preset of PRESET_IDS) {
    it(`${preset}: a 0.89 m door in a new building is an error that prints 0.89 and 0.90`, () =>
      expectVerdict(toiletBehind(preset, 0.89), 'access.door-width', { status: 'fail', severity: 'error', count: 1, names: ['td'], says: ['0.89 m', 'need 0.90 m', 'new'] }));
    it(`${preset}: 0.90 m passes (不应小于 includes the figure)`, () => expectVerdict(toiletBehind(preset, 0.9), 'access.door-width', { status: 'pass' }));
    it(`${preset}: in an altered existing building 0.80 m passes`, () => expectVerdict(toiletBehind(preset, 0.8, { existing: true }), 'access.door-width', { status: 'pass' }));
    it(`${preset}: there 0.79 m is an error saying the existing-building limit`, () =>
      expectVerdict(toiletBehind(preset, 0.79, { existing: true }), 'access.door-width', { status: 'fail', severity: 'error', says: ['0.79 m', 'need 0.80 m', 'existing'] }));
    it(`${preset}: a 0.60 m staff-only door is not on an accessible route`, () =>
      expectVerdict(toiletBehind(preset, 0.6, { staff: true }), 'access.door-width', { status: 'pass' }));
  }
});

describe('the wheelchair network takes doors by the same limit (access.route-connects)', () => {
  const connects = (p: PresetId) => (p === 'hainan' ? 'hainan §6.3.3.1 c' : 'GB 55019 §2.1.1');
  for (const preset of PRESET_IDS) {
    it(`${preset} (${connects(preset)}): behind a 0.60 m door the toilet is out of reach`, () =>
      expectVerdict(toiletBehind(preset, 0.6), 'access.route-connects', { status: 'fail', severity: 'error', names: ['at'] }));
    it(`${preset}: behind a 0.89 m door too, in a new building, and the finding says why`, () =>
      expectVerdict(toiletBehind(preset, 0.89), 'access.route-connects', { status: 'fail', severity: 'error', names: ['at'], says: ['door under 0.90 m'] }));
    it(`${preset}: a 0.90 m door lets the wheelchair through`, () => expectVerdict(toiletBehind(preset, 0.9), 'access.route-connects', { status: 'pass' }));
    it(`${preset}: an altered existing building: 0.80 m passes, 0.79 m does not`, () => {
      expectVerdict(toiletBehind(preset, 0.8, { existing: true }), 'access.route-connects', { status: 'pass' });
      expectVerdict(toiletBehind(preset, 0.79, { existing: true }), 'access.route-connects', { status: 'fail', names: ['at'] });
    });
  }
});

describe('the accessible toilet door keeps its own clause (GB 50763 §3.9.3 不应小于800mm)', () => {
  for (const preset of PRESET_IDS) {
    it(`${preset}: 0.80 m passes access.toilet's door requirement`, () => expectVerdict(toiletBehind(preset, 0.8), 'access.toilet', { status: 'pass' }));
    it(`${preset}: 0.79 m fails its door requirement`, () =>
      expectVerdict(toiletBehind(preset, 0.79), 'access.toilet', { status: 'fail', severity: 'error', count: 1, disc: 'door', says: ['0.79 m', 'min 0.80 m'] }));
  }
  it('in a new building the same 0.80 m door is still short of GB 55019’s 0.90 m (one finding, under access.door-width)', () =>
    expectVerdict(toiletBehind('hunan', 0.8), 'access.door-width', { status: 'fail', severity: 'error', count: 1, names: ['td'] }));
});
