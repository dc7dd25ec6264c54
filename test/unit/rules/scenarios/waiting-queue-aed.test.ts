/**
 * Waiting areas, the queue and the AED at and around their limits: hunan §5.4.7 (应…能够容纳…等待队列，原则上每层
 * 不少于两处; 宜…关联设置), jiangxi §6.8 (宜 §6.8.1, 应 §6.8.2), the queue model of RULES.md, hunan §6.3 (县级以上地区
 * 可配置AED), hainan E.4 (政务服务中心宜配置…便民服务中心和便民服务站可…选择). Six general-intake counters along the
 * north wall at the preset's 5 visitors per counter-hour and 8 minutes need 4 seats at the 95th percentile.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { box, counter, door, hall, oneFloor, point, sign, zone } from './hall';
import { expectVerdict } from './verdict';

const six = (): HallElement[] => Array.from({ length: 6 }, (_, k) => counter('general-intake', [5 + 4 * k, 17], { rotation: 180, id: `c${k + 1}`, number: `0${k + 1}` }));
const west = (seats = 0): HallElement[] => [zone('waiting', box(4, 6, 14, 12), { id: 'w1' }), ...(seats ? [point('seat', [9, 9], { count: seats })] : [])];
const east = (seats = 0): HallElement[] => [zone('waiting', box(16, 6, 26, 12), { id: 'w2' }), ...(seats ? [point('seat', [21, 9], { count: seats })] : [])];

describe('zone.waiting-per-floor (hunan §5.4.7 原则上每层不少于两处)', () => {
  it('two waiting areas by six counters pass', () => expectVerdict(oneFloor('hunan', [...six(), ...west(), ...east()]), 'zone.waiting-per-floor', { status: 'pass' }));
  it('one is an error naming it, on its floor, with both counts', () =>
    expectVerdict(oneFloor('hunan', [...six(), ...west()]), 'zone.waiting-per-floor', {
      status: 'fail',
      severity: 'error',
      names: ['w1'],
      says: ['6 counters', '1 waiting', 'at least 2'],
    }));
  it('none is an error located at a counter', () => expectVerdict(oneFloor('hunan', six()), 'zone.waiting-per-floor', { status: 'fail', severity: 'error', says: ['0 waiting'] }));
  it('a waiting zone merged with form filling (also) still counts', () =>
    expectVerdict(oneFloor('hunan', [...six(), ...west(), zone('form-filling', box(16, 6, 26, 12), { also: ['waiting'] })]), 'zone.waiting-per-floor', { status: 'pass' }));
  it('a floor with only the consultation desk has no counters to wait for', () =>
    expectVerdict(oneFloor('hunan', [counter('consultation-desk', [15, 5]), ...west()]), 'zone.waiting-per-floor', { status: 'na' }));
  for (const level of ['township', 'village', 'park'] as HallLevel[])
    it(`${level}: §5.4 可参考执行 → warning`, () =>
      expectVerdict(oneFloor('hunan', [...six(), ...west()], level), 'zone.waiting-per-floor', { status: 'fail', severity: 'warning' }));
});

describe('zone.waiting-capacity (hunan §5.4.7, jiangxi §6.8.2 能够容纳…等待队列): 4 seats for six counters', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: 4 seats pass (at the model's number)`, () => expectVerdict(oneFloor(preset, [...six(), ...west(2), ...east(2)]), 'zone.waiting-capacity', { status: 'pass' }));
    it(`${preset}: 3 seats are an error saying 3 and 4`, () =>
      expectVerdict(oneFloor(preset, [...six(), ...west(2), ...east(1)]), 'zone.waiting-capacity', {
        status: 'fail',
        severity: 'error',
        // Both ends of the shortfall: the waiting areas and the counters whose queues need the seats.
        names: ['w1', 'w2', 'c1', 'c6'],
        says: ['seat 3', 'needs 4'],
      }));
    it(`${preset}: seats outside a waiting area do not count`, () =>
      expectVerdict(oneFloor(preset, [...six(), ...west(), point('seat', [15, 3], { count: 10 })]), 'zone.waiting-capacity', {
        status: 'fail',
        severity: 'error',
        says: ['seat 0'],
      }));
  }
  it('no waiting area at all: the finding names the counters whose queue needs seats', () =>
    expectVerdict(oneFloor('hunan', six()), 'zone.waiting-capacity', { status: 'fail', severity: 'error', names: ['c1', 'c6'] }));
  it('hunan township: 参考执行 → warning', () =>
    expectVerdict(oneFloor('hunan', [...six(), ...west(1)], 'township'), 'zone.waiting-capacity', { status: 'fail', severity: 'warning' }));
  it('jiangxi township: 参照执行 → warning', () =>
    expectVerdict(oneFloor('jiangxi', [...six(), ...west(1)], 'township'), 'zone.waiting-capacity', { status: 'fail', severity: 'warning' }));
  it('hainan: no capacity clause', () => expectVerdict(oneFloor('hainan', [...six(), ...west()]), 'zone.waiting-capacity', { status: 'off' }));
});

describe('queue.utilisation (RULES.md queue model: utilisation ≥ 1 is an error)', () => {
  // 60 visitors an hour at 10 minutes each is 10 erlangs of work.
  const q = { 'general-intake': { arrivalsPerHour: 60, serviceMin: 10 } };
  const counters = (n: number) => Array.from({ length: n }, (_, k) => counter('general-intake', [2 + 2.5 * k, 17], { rotation: 180, id: `g${k + 1}` }));
  it('ten counters for 10 erlangs: utilisation 1.00 is an error naming them', () =>
    expectVerdict(hall({ preset: 'hunan', queue: q, floors: [{ elements: [...counters(10), ...west()] }] }), 'queue.utilisation', {
      status: 'fail',
      severity: 'error',
      names: ['g1', 'g10', 'w1'],
      says: ['utilisation 1.00', '10 counters'],
    }));
  it('eleven counters pass', () =>
    expectVerdict(hall({ preset: 'hunan', queue: q, floors: [{ elements: [...counters(11), ...west()] }] }), 'queue.utilisation', { status: 'pass' }));
  it('a type with demand but no counter is an error (no counters)', () =>
    expectVerdict(hall({ preset: 'jiangxi', queue: q, floors: [{ elements: west() }] }), 'queue.utilisation', { status: 'fail', severity: 'error', says: ['no counters'] }));
  it('no counters and no demand: not applicable', () => expectVerdict(oneFloor('hainan', west()), 'queue.utilisation', { status: 'na' }));
});

describe('safety.aed-present (hunan §6.3 县级以上地区可配置AED; hainan E.4)', () => {
  it('hunan county: 可 → info', () => expectVerdict(oneFloor('hunan', []), 'safety.aed-present', { status: 'fail', severity: 'info' }));
  it('hunan township: 县级以上 only', () => expectVerdict(oneFloor('hunan', [], 'township'), 'safety.aed-present', { status: 'off' }));
  for (const level of ['province', 'city', 'county'] as HallLevel[])
    it(`hainan ${level} (政务服务中心宜配置): warning`, () => expectVerdict(oneFloor('hainan', [], level), 'safety.aed-present', { status: 'fail', severity: 'warning' }));
  for (const level of ['township', 'village'] as HallLevel[])
    it(`hainan ${level} (可…选择是否进行配置): info`, () => expectVerdict(oneFloor('hainan', [], level), 'safety.aed-present', { status: 'fail', severity: 'info' }));
  it('jiangxi: no AED clause', () => expectVerdict(oneFloor('jiangxi', []), 'safety.aed-present', { status: 'off' }));
});

describe('safety.aed-coverage (100 m walk, derived from the 3–5 minute retrieval target: warning)', () => {
  /** A 130 × 10 m gallery: the main entrance in the west wall, the AED at its west end, a waiting area `x` metres on. */
  const gallery = (x: number) =>
    hall({
      preset: 'hainan',
      floors: [
        {
          size: [130, 10],
          noMain: true,
          elements: [
            door([0, 5], { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-w', rotation: 90 }),
            point('aed', [2, 5]),
            zone('waiting', box(x, 3, x + 4, 7), { id: 'far' }),
          ],
        },
      ],
    });
  it('a waiting area whose far side is about 90 m away passes', () => expectVerdict(gallery(86), 'safety.aed-coverage', { status: 'pass' }));
  it('one whose far side is about 110 m away is a warning naming it', () =>
    expectVerdict(gallery(106), 'safety.aed-coverage', { status: 'fail', severity: 'warning', names: ['far'], says: ['max 100 m'] }));
  it('no AED: coverage not applicable (aed-present reports it)', () => expectVerdict(oneFloor('hainan', west()), 'safety.aed-coverage', { status: 'na' }));
});

describe('safety.aed-signed (a directional sign at the main entrance, and the AED on the layout map: one finding each)', () => {
  const aed = () => point('aed', [25, 15]);
  const toAed = (at: [number, number]) => sign('directional', at, { text: { zh: 'AED 自动体外除颤器 →', en: 'AED →' } });
  const map = () => sign('layout-map', [12, 2]);
  it('both pass', () => expectVerdict(oneFloor('hunan', [aed(), toAed([16, 3]), map()]), 'safety.aed-signed', { status: 'pass' }));
  it('neither: two warnings, one per requirement', () => expectVerdict(oneFloor('hunan', [aed()]), 'safety.aed-signed', { status: 'fail', severity: 'warning', count: 2 }));
  it('no layout map only: one warning about the map', () =>
    expectVerdict(oneFloor('hunan', [aed(), toAed([16, 3])]), 'safety.aed-signed', { status: 'fail', severity: 'warning', count: 1, disc: 'map' }));
  it('the sign 9 m from the entrance is not at it (8 m)', () =>
    expectVerdict(oneFloor('hunan', [aed(), toAed([15, 9]), map()]), 'safety.aed-signed', { status: 'fail', count: 1, disc: 'directional', says: ['8 m'] }));
  it('a directional sign that does not name the AED does not point to it', () =>
    expectVerdict(oneFloor('hunan', [aed(), sign('directional', [16, 3]), map()]), 'safety.aed-signed', { status: 'fail', count: 1, disc: 'directional' }));
  it('no main entrance: nothing to sign from (not applicable)', () =>
    expectVerdict(hall({ preset: 'hunan', floors: [{ noMain: true, elements: [aed(), map()] }] }), 'safety.aed-signed', { status: 'na' }));
});
