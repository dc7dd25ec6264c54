/**
 * Edge scenarios at the limits the other blind files test only well inside or well outside: each limit at its
 * figure (不大于/不小于 include it, within `toleranceM`) and a centimetre or so past it. Distances the texts place
 * by a spot (在…处, 附近, 覆盖) are straight; walks (步行) are measured as walked. Values from the presets: evaluator
 * 1.0 m from its counter, counter sign 1.5 m, camera reach 12 m (hunan §6.2 出入口处), floor directory 6 m from where
 * people step off the lift, accessible sign 5 m from its facility, escape corridor 1.10 m (GB 50016 §5.5.18), AED
 * 100 m walk, layout map 8 m walk from the main entrance, 醒目位置 in sight within 30 m, toilet Ø1.50 m turning space
 * and 0.80 m door (GB 55019).
 */
import { describe, it } from 'vitest';
import type { PresetId } from '../../../../../src/core/vocab';
import { box, counter, door, hall, oneFloor, point, sign, vlink, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { PRESETS } from './lib';

describe('edge counter.evaluator (jiangxi §6.4.3 per counter): a loose evaluator within 1.0 m of the counter', () => {
  const at = (d: number) => oneFloor('jiangxi', [counter('general-intake', [6, 8], { id: 'a' }), point('evaluator', [6, 8 + d])]);
  it('1.00 m away passes', () => expectVerdict(at(1.0), 'counter.evaluator', { status: 'pass' }));
  it('1.02 m away is an error naming the counter', () => expectVerdict(at(1.02), 'counter.evaluator', { status: 'fail', severity: 'error', names: ['a'] }));
});

describe('edge counter.numbered (hunan §5.5 窗口应设置中文标识): a loose counter sign within 1.5 m', () => {
  const signed = (d: number) => oneFloor('hunan', [counter('general-intake', [10, 8], { id: 'k' }), sign('counter', [10, 8 + d], { text: { zh: '综合受理', en: '' } })]);
  it('1.50 m away marks it', () => expectVerdict(signed(1.5), 'counter.numbered', { status: 'pass' }));
  it('1.52 m away does not: error naming the counter', () => expectVerdict(signed(1.52), 'counter.numbered', { status: 'fail', severity: 'error', names: ['k'] }));
});

describe('edge safety.cctv (hunan §6.2 出入口处): the main entrance within a camera’s 12 m reach', () => {
  const cam = (y: number) => oneFloor('hunan', [point('cctv', [15, y], { id: 'cam' })]);
  it('a camera 12.0 m from the door in plain view passes', () => expectVerdict(cam(12), 'safety.cctv', { status: 'pass' }));
  it('12.1 m away is an error naming the entrance', () => expectVerdict(cam(12.1), 'safety.cctv', { status: 'fail', severity: 'error', names: ['main'] }));
});

describe('edge sign.floor-directory (hunan 各楼层入口处): within 6 m of the lift’s door', () => {
  /** A lift 2 × 2 m at (3, 10) whose door (south face) is at y = 9; the 1F directory `d` m south of the door. */
  const lift = (preset: PresetId, d: number) =>
    hall({
      preset,
      floors: [
        {
          elements: [
            vlink('elevator', [3, 10], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
            sign('floor-directory', [3, 9 - d]),
          ],
        },
        { elements: [sign('floor-directory', [5, 8])] },
      ],
    });
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: 6.0 m from the door passes`, () => expectVerdict(lift(preset, 6), 'sign.floor-directory', { status: 'pass' }));
    it(`${preset}: 6.1 m from the door is an error on F1`, () => expectVerdict(lift(preset, 6.1), 'sign.floor-directory', { status: 'fail', severity: 'error', names: ['lift'] }));
  }
});

describe('edge sign.accessible (hainan §6.3.3.4 无障碍设施设备处): within 5 m of the facility', () => {
  const signed = (x: number) =>
    oneFloor('hainan', [sign('accessible', [13.5, 0.3], { id: 'ae' }), zone('accessible-toilet', box(26, 16, 30, 20), { id: 'at' }), sign('accessible', [x, 18], { id: 'as' })]);
  it('5.0 m from the toilet passes', () => expectVerdict(signed(21), 'sign.accessible', { status: 'pass' }));
  it('5.1 m away is an error naming the toilet', () => expectVerdict(signed(20.9), 'sign.accessible', { status: 'fail', severity: 'error', names: ['at'] }));
});

describe('edge safety.exit-width: 疏散走道净宽不应小于1.10m (GB 50016 §5.5.18, restated)', () => {
  const corridor = (w: number) => oneFloor('hunan', [zone('circulation', box(2, 8, 28, 8 + w), { id: 'c' })]);
  it('a 1.10 m corridor passes', () => expectVerdict(corridor(1.1), 'safety.exit-width', { status: 'pass' }));
  it('a 1.09 m corridor is an error naming it', () => expectVerdict(corridor(1.09), 'safety.exit-width', { status: 'fail', severity: 'error', names: ['c'] }));
});

describe('edge safety.aed-coverage: 100 m walk to the nearest AED, at the limit', () => {
  /** A 110 × 10 m floor, the AED at (1, 5), a 0.4 m waiting spot centred `d` m east of it. */
  const spot = (d: number) =>
    hall({ preset: 'hainan', floors: [{ size: [110, 10], elements: [point('aed', [1, 5]), zone('waiting', box(1 + d - 0.2, 4.8, 1 + d + 0.2, 5.2), { id: 'w' })] }] });
  it('100.0 m passes', () => expectVerdict(spot(100), 'safety.aed-coverage', { status: 'pass' }));
  it('100.3 m is a warning naming the zone', () => expectVerdict(spot(100.3), 'safety.aed-coverage', { status: 'fail', severity: 'warning', names: ['w'] }));
});

describe('edge sign.layout-map (jiangxi §5.1.6.4 在中心出入口, hainan 显著位置): 8 m walk from inside the main entrance', () => {
  // Straight in from 0.8 m inside the door at (15, 0): the walk is the distance.
  const map = (preset: PresetId, d: number) => oneFloor(preset, [sign('layout-map', [15, 0.8 + d], { id: 'm' })]);
  it('jiangxi: 8.0 m passes', () => expectVerdict(map('jiangxi', 8), 'sign.layout-map', { status: 'pass' }));
  it('jiangxi: 8.1 m is an error', () => expectVerdict(map('jiangxi', 8.1), 'sign.layout-map', { status: 'fail', severity: 'error' }));
});

describe('edge zone.consultation-near-entrance: 醒目位置 is in sight within 30 m of the entrance, however far the walk', () => {
  /** A 30 × 40 m floor, a consultation desk facing the entrance with its service point `d` m straight ahead. */
  const desk = (preset: PresetId, d: number) =>
    hall({ preset, floors: [{ size: [30, 40], elements: [counter('consultation-desk', [15, 0.8 + d + 0.6], { id: 'cd', rotation: 180 })] }] });
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: in sight 30.0 m ahead passes`, () => expectVerdict(desk(preset, 30), 'zone.consultation-near-entrance', { status: 'pass' }));
    it(`${preset}: 30.5 m ahead is neither near nor in sight: error`, () =>
      expectVerdict(desk(preset, 30.5), 'zone.consultation-near-entrance', { status: 'fail', severity: 'error' }));
  }
});

/** An accessible toilet w × d m in the north-east corner, walled on south and west, its door in the south wall. */
function toilet(w: number, d: number, doorW: number, preset: PresetId) {
  const [x0, y0] = [30 - w, 20 - d];
  return oneFloor(preset, [
    zone('accessible-toilet', box(x0, y0, 30, 20), { id: 'at' }),
    wall([x0, y0], [30, y0], { id: 'ts' }),
    wall([x0, y0], [x0, 20], { id: 'tw' }),
    door([x0 + w / 2, y0], { id: 'td', wallId: 'ts', width: doorW }),
  ]);
}

describe('edge access.toilet: a Ø1.50 m turning space and a 0.80 m door, at the figure and past it', () => {
  for (const preset of PRESETS) {
    it(`${preset}: 2.70 × 1.50 m holds the Ø1.50 m circle exactly: pass`, () => expectVerdict(toilet(2.7, 1.5, 0.9, preset), 'access.toilet', { status: 'pass' }));
    it(`${preset}: 2.70 × 1.49 m (4.02 m²) does not: error`, () =>
      expectVerdict(toilet(2.7, 1.49, 0.9, preset), 'access.toilet', { status: 'fail', severity: 'error', disc: 'turning' }));
    it(`${preset}: a 0.80 m door passes`, () => expectVerdict(toilet(2.5, 1.6, 0.8, preset), 'access.toilet', { status: 'pass' }));
    it(`${preset}: a 0.79 m door is an error`, () => expectVerdict(toilet(2.5, 1.6, 0.79, preset), 'access.toilet', { status: 'fail', severity: 'error', names: ['at'] }));
  }
});
