/**
 * Sign rules from the standards' words: hunan §5.5, §6.1; hainan §5.5.1, §6.1.4, §6.3.2.1, §6.3.3.4; jiangxi
 * §5.1.3–§5.1.6, §6.1.5, §6.9.1.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { PresetId } from '../../../../src/core/vocab';
import { box, hall, oneFloor, sign, vlink, wall, zone } from './hall';
import { expectVerdict } from './verdict';

/** A partition 4 m inside the entrance from x = 5 to 25: what stands behind it is out of the entrance's sight. */
const screen = (): HallElement => wall([5, 4], [25, 4], { id: 'screen' });

describe('sign.layout-map (hunan §5.5 县级以上…整体布局图; hainan §6.3.2.1 显著位置; jiangxi §5.1.6.4 在中心出入口)', () => {
  it('hunan: the text names no place: a map anywhere passes', () =>
    expectVerdict(oneFloor('hunan', [screen(), sign('layout-map', [15, 18])]), 'sign.layout-map', { status: 'pass' }));
  it('hunan: no map is an error', () => expectVerdict(oneFloor('hunan', []), 'sign.layout-map', { status: 'fail', severity: 'error' }));
  it('hunan township: 县级以上 only', () => expectVerdict(oneFloor('hunan', [], 'township'), 'sign.layout-map', { status: 'off' }));
  it('hainan: a map 18 m away in plain sight of the entrance, facing it (rotation 0 faces south), is 显著位置', () =>
    expectVerdict(oneFloor('hainan', [sign('layout-map', [15, 19])]), 'sign.layout-map', { status: 'pass' }));
  it('hainan: a map behind a partition, far and out of sight, is an error', () =>
    expectVerdict(oneFloor('hainan', [screen(), sign('layout-map', [15, 19])]), 'sign.layout-map', { status: 'fail', severity: 'error' }));
  it('hainan township: 参照执行 → warning', () => expectVerdict(oneFloor('hainan', [], 'township'), 'sign.layout-map', { status: 'fail', severity: 'warning' }));
  it('jiangxi: a map 3 m inside the entrance passes', () => expectVerdict(oneFloor('jiangxi', [sign('layout-map', [15, 3])]), 'sign.layout-map', { status: 'pass' }));
  it('jiangxi: a map at the back wall is not 在中心出入口', () =>
    expectVerdict(oneFloor('jiangxi', [sign('layout-map', [15, 19])]), 'sign.layout-map', { status: 'fail', severity: 'error', says: ['max 8 m'] }));
});

describe('sign.service-hours (hunan §5.5 门外…办公时间牌; hainan §5.5.1 公开; jiangxi §5.1.3.1 正门醒目位置)', () => {
  for (const preset of ['hunan', 'hainan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a service-hours board outside the main door passes`, () =>
      expectVerdict(oneFloor(preset, [sign('service-hours', [16.5, -0.3])]), 'sign.service-hours', { status: 'pass' }));
    it(`${preset}: none is an error`, () => expectVerdict(oneFloor(preset, []), 'sign.service-hours', { status: 'fail', severity: 'error' }));
  }
  for (const preset of ['hainan', 'jiangxi'] as PresetId[])
    it(`${preset}: one just inside passes (公开 / 正门醒目位置 name no side of the door)`, () =>
      expectVerdict(oneFloor(preset, [sign('service-hours', [14, 1])]), 'sign.service-hours', { status: 'pass' }));
  it('hunan §5.5 门外醒目位置: a board 1 m inside the hall is not outside the door', () =>
    expectVerdict(oneFloor('hunan', [sign('service-hours', [14, 1])]), 'sign.service-hours', { status: 'fail', severity: 'error', says: ['inside the hall'] }));
  it('hunan: one on the entrance wall beside the door counts as outside', () =>
    expectVerdict(oneFloor('hunan', [sign('service-hours', [17, 0.15])]), 'sign.service-hours', { status: 'pass' }));
  it('hunan: one outside but 9 m from the door is not at it (8 m)', () =>
    expectVerdict(oneFloor('hunan', [sign('service-hours', [24, -0.5])]), 'sign.service-hours', { status: 'fail', severity: 'error', says: ['8 m'] }));
  it('hunan township: §5.5 binds every level', () => expectVerdict(oneFloor('hunan', [], 'township'), 'sign.service-hours', { status: 'fail', severity: 'error' }));
});

/** Two floors joined by a stair at (3, 10); `signsOn` says where floor directories hang. */
function twoFloors(preset: PresetId, signsOn: string[], level: 'county' | 'township' = 'county', link: 'stair' | 'elevator' = 'stair') {
  const dir = (f: string) => (signsOn.includes(f) ? [sign('floor-directory', [5, 10])] : []);
  return hall({ preset, level, floors: [{ elements: [vlink(link, [3, 10], ['F1', 'F2'], { id: 'v' }), ...dir('F1')] }, { elements: dir('F2') }] });
}

describe('sign.floor-directory (hunan §5.5 应在各楼层入口处; jiangxi §5.1.3.2 楼梯间、电梯间)', () => {
  /** A 2 × 4 m stair at (3, 10): its landings are its south end (y = 8) and north end (y = 12). */
  const at = (y: number) =>
    hall({
      preset: 'jiangxi',
      floors: [
        { elements: [vlink('stair', [3, 10], ['F1', 'F2'], { id: 'v', size: { w: 2, d: 4 } }), sign('floor-directory', [3, y])] },
        { elements: [sign('floor-directory', [5, 10])] },
      ],
    });
  it('a directory 5.9 m from the stair’s north end passes, 6.1 m does not (6 m, measured to the landing, not the centre)', () => {
    expectVerdict(at(17.9), 'sign.floor-directory', { status: 'pass' });
    expectVerdict(at(18.1), 'sign.floor-directory', { status: 'fail', severity: 'error', count: 1, names: ['v'], says: ['6 m'] });
  });
  /** A 2 × 2 m lift at (10, 10) whose door is its south face (y = 9). */
  const lift = (signAt: [number, number]) =>
    hall({
      preset: 'jiangxi',
      floors: [
        { elements: [vlink('elevator', [10, 10], ['F1', 'F2'], { id: 'v', size: { w: 2, d: 2 } }), sign('floor-directory', signAt)] },
        { elements: [sign('floor-directory', [10, 8])] },
      ],
    });
  it('behind the lift, 5.5 m from its centre but 6.5 m from its door, is too far', () =>
    expectVerdict(lift([10, 15.5]), 'sign.floor-directory', { status: 'fail', severity: 'error', count: 1, names: ['v'] }));
  it('in front of the lift door, 5.5 m out, passes', () => expectVerdict(lift([10, 3.5]), 'sign.floor-directory', { status: 'pass' }));
  it('at the top of a 12 m escalator, 1 m past its end (7 m from its middle), passes', () =>
    expectVerdict(
      hall({
        preset: 'jiangxi',
        floors: [
          { elements: [vlink('escalator', [15, 10], ['F1', 'F2'], { id: 'v', size: { w: 1.2, d: 12 } }), sign('floor-directory', [15, 17])] },
          { elements: [sign('floor-directory', [15, 3])] },
        ],
      }),
      'sign.floor-directory',
      { status: 'pass' },
    ));
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a directory by the stair on both floors passes`, () => expectVerdict(twoFloors(preset, ['F1', 'F2']), 'sign.floor-directory', { status: 'pass' }));
    it(`${preset}: none on 2F is an error on 2F`, () =>
      expectVerdict(twoFloors(preset, ['F1']), 'sign.floor-directory', { status: 'fail', severity: 'error', count: 1, names: ['v'] }));
  }
  it('one floor, no stairs: not applicable', () => expectVerdict(oneFloor('jiangxi', []), 'sign.floor-directory', { status: 'na' }));
  it('hunan township: 县级以上 sentence', () => expectVerdict(twoFloors('hunan', [], 'township'), 'sign.floor-directory', { status: 'off' }));
  it('hainan: no such clause', () => expectVerdict(twoFloors('hainan', []), 'sign.floor-directory', { status: 'off' }));
});

describe('sign.elevator-notice (hunan §6.1 安装电梯设施的，应在电梯入口处设置乘梯须知)', () => {
  it('an elevator without notices is an error at each landing', () =>
    expectVerdict(twoFloors('hunan', [], 'county', 'elevator'), 'sign.elevator-notice', { status: 'fail', severity: 'error', count: 2 }));
  it('a stair only: not applicable', () => expectVerdict(twoFloors('hunan', []), 'sign.elevator-notice', { status: 'na' }));
  it('binds township halls too (§6, not §5.4)', () =>
    expectVerdict(twoFloors('hunan', [], 'township', 'elevator'), 'sign.elevator-notice', { status: 'fail', severity: 'error', count: 2 }));
});

describe('sign.zone (jiangxi §5.1.4.1 各区域应悬挂对应标牌; hainan §6.1.4.3 位置标识)', () => {
  const room = () => zone('waiting', box(10, 10, 16, 16), { id: 'wz' });
  it('jiangxi: a zone with its sign inside passes', () => expectVerdict(oneFloor('jiangxi', [room(), sign('zone', [13, 13])]), 'sign.zone', { status: 'pass' }));
  it('jiangxi: a zone without one is an error', () => expectVerdict(oneFloor('jiangxi', [room()]), 'sign.zone', { status: 'fail', severity: 'error', names: ['wz'] }));
  it('hainan: a warning', () => expectVerdict(oneFloor('hainan', [room()]), 'sign.zone', { status: 'fail', severity: 'warning' }));
  // Jiangxi's 各区域 are the areas of its §6.1.3, which lists the 办公区: a staff zone is signed too.
  it('jiangxi: a back office without a sign is an error', () =>
    expectVerdict(oneFloor('jiangxi', [zone('back-office', box(0, 14, 8, 20), { id: 'bo' })]), 'sign.zone', { status: 'fail', severity: 'error', names: ['bo'] }));
  it('jiangxi: a back office with its sign on its edge passes', () =>
    expectVerdict(oneFloor('jiangxi', [zone('back-office', box(0, 14, 8, 20)), sign('zone', [8.5, 17])]), 'sign.zone', { status: 'pass' }));
  it('jiangxi: a records room with a sign 1.5 m outside it is not signed (tolerance 1 m)', () =>
    expectVerdict(oneFloor('jiangxi', [zone('records', box(0, 14, 8, 20), { id: 'rec' }), sign('zone', [9.5, 17])]), 'sign.zone', { status: 'fail', names: ['rec'] }));
  it('jiangxi township (参照执行): an unsigned back office is a warning', () =>
    expectVerdict(oneFloor('jiangxi', [zone('back-office', box(0, 14, 8, 20))], 'township'), 'sign.zone', { status: 'fail', severity: 'warning' }));
  it('hainan: position signs serve citizens; a back office needs none', () =>
    expectVerdict(oneFloor('hainan', [zone('back-office', box(0, 14, 8, 20))]), 'sign.zone', { status: 'pass' }));
  it('hunan: §5.5 has no sign-per-zone clause', () => expectVerdict(oneFloor('hunan', [room()]), 'sign.zone', { status: 'off' }));
});

describe('sign.complaint (jiangxi §6.9.1 应设置“投诉受理”醒目标志)', () => {
  it('a complaint room with the sign passes', () =>
    expectVerdict(oneFloor('jiangxi', [zone('complaint', box(20, 14, 26, 19)), sign('complaint', [23, 14])]), 'sign.complaint', { status: 'pass' }));
  it('without it, an error', () => expectVerdict(oneFloor('jiangxi', [zone('complaint', box(20, 14, 26, 19))]), 'sign.complaint', { status: 'fail', severity: 'error' }));
  it('no complaint room: not applicable', () => expectVerdict(oneFloor('jiangxi', []), 'sign.complaint', { status: 'na' }));
});

describe('sign.bilingual (hainan §6.1.4.4 一般由图形、中文和英文三部分组成; hunan §5.5 也可…增设英文标识)', () => {
  const zhOnly = () => sign('directional', [10, 10], { text: { zh: '窗口服务区', en: '' } });
  it('hainan: a Chinese-only sign is a warning', () => expectVerdict(oneFloor('hainan', [zhOnly()]), 'sign.bilingual', { status: 'fail', severity: 'warning' }));
  it('hunan: 可 → info', () => expectVerdict(oneFloor('hunan', [zhOnly()]), 'sign.bilingual', { status: 'fail', severity: 'info' }));
  it('a bilingual sign passes', () =>
    expectVerdict(oneFloor('hainan', [sign('directional', [10, 10], { text: { zh: '窗口', en: 'Counters' } })]), 'sign.bilingual', { status: 'pass' }));
  it('jiangxi: no such clause', () => expectVerdict(oneFloor('jiangxi', [zhOnly()]), 'sign.bilingual', { status: 'off' }));
});

describe('sign.electronic-clearance (hainan §6.1.4.14 电子标识不宜设置在电梯…楼梯出入口)', () => {
  const lift = () => vlink('elevator', [5, 10], ['F1'], { size: { w: 2, d: 2 } });
  it('a screen 2 m in front of the elevator door (south face at rotation 0) is a warning that prints 2.00 m', () =>
    expectVerdict(oneFloor('hainan', [lift(), sign('directional', [5, 7], { electronic: true })]), 'sign.electronic-clearance', {
      status: 'fail',
      severity: 'warning',
      says: ['2.00 m', 'min 3 m'],
    }));
  it('a screen 3 m away passes', () =>
    expectVerdict(oneFloor('hainan', [lift(), sign('directional', [9, 10], { electronic: true })]), 'sign.electronic-clearance', { status: 'pass' }));
  it('a printed sign by the elevator is fine', () => expectVerdict(oneFloor('hainan', [lift(), sign('directional', [6.5, 10])]), 'sign.electronic-clearance', { status: 'na' }));
});

describe('sign.accessible (hainan §6.3.3.4 无障碍设施设备处均应设置无障碍标识)', () => {
  const toilet = () => zone('accessible-toilet', box(24, 14, 27, 17), { id: 'at' });
  it('an accessible toilet with the sign at its door passes', () =>
    expectVerdict(oneFloor('hainan', [toilet(), sign('accessible', [25, 13.8]), sign('accessible', [15, 0.5])]), 'sign.accessible', { status: 'pass' }));
  it('without a sign it is an error naming the toilet', () =>
    expectVerdict(oneFloor('hainan', [toilet(), sign('accessible', [15, 0.5])]), 'sign.accessible', { status: 'fail', severity: 'error', names: ['at'] }));
  it('a sign 4.9 m from the toilet passes, 5.1 m does not (5 m)', () => {
    expectVerdict(oneFloor('hainan', [toilet(), sign('accessible', [19.1, 15.5]), sign('accessible', [15, 0.5])]), 'sign.accessible', { status: 'pass' });
    expectVerdict(oneFloor('hainan', [toilet(), sign('accessible', [18.9, 15.5]), sign('accessible', [15, 0.5])]), 'sign.accessible', {
      status: 'fail',
      names: ['at'],
      says: ['accessible toilet', 'within 5 m', 'the nearest is 5.10 m away'],
    });
  });
  it('a toilet drawn as a toilet that also serves as the accessible one (as access.toilet takes it) needs the sign too', () => {
    const merged = () => zone('toilet', box(24, 14, 27, 17), { id: 'wc', also: ['accessible-toilet'] });
    expectVerdict(oneFloor('hainan', [merged(), sign('accessible', [15, 0.5])]), 'sign.accessible', { status: 'fail', severity: 'error', names: ['wc'], count: 1 });
    expectVerdict(oneFloor('hainan', [merged(), sign('accessible', [25, 13.8]), sign('accessible', [15, 0.5])]), 'sign.accessible', { status: 'pass' });
  });
  it('a sign aimed at the facility serves it wherever it hangs', () =>
    expectVerdict(oneFloor('hainan', [toilet(), sign('accessible', [5, 15], { target: 'at' }), sign('accessible', [15, 0.5])]), 'sign.accessible', { status: 'pass' }));
  it('the accessible entrance needs its sign too', () =>
    expectVerdict(oneFloor('hainan', [toilet(), sign('accessible', [25, 13.8])]), 'sign.accessible', { status: 'fail', severity: 'error', names: ['main'] }));
  it('hainan township (参照执行): a warning', () => expectVerdict(oneFloor('hainan', [toilet()], 'township'), 'sign.accessible', { status: 'fail', severity: 'warning' }));
  it('jiangxi and hunan: no such clause', () => {
    expectVerdict(oneFloor('jiangxi', [toilet()]), 'sign.accessible', { status: 'off' });
    expectVerdict(oneFloor('hunan', [toilet()]), 'sign.accessible', { status: 'off' });
  });
});

describe('sign.continuity (hainan §6.1.4.9 具有连续性; jiangxi §6.1.5 应设置醒目的导引标识)', () => {
  // The waiting area lies behind the partition: the walk turns at its ends.
  const behind = (): HallElement[] => [screen(), zone('waiting', box(12, 14, 18, 18), { id: 'wz' })];
  const guides = (): HallElement[] => [
    sign('directional', [15, 2]),
    sign('directional', [3, 3]),
    sign('directional', [27, 3]),
    sign('directional', [3, 8]),
    sign('directional', [27, 8]),
  ];
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: directional signs at the turns pass`, () => expectVerdict(oneFloor(preset, [...behind(), ...guides()]), 'sign.continuity', { status: 'pass' }));
    it(`${preset}: no sign at the turns is an error`, () => expectVerdict(oneFloor(preset, behind()), 'sign.continuity', { status: 'fail', severity: 'error' }));
  }
  // hunan asks guide signs only to its waiting areas (§5.4.7 宜…设置醒目的导引标识): a warning.
  it('hunan: the walk to a waiting area with no sign at the turns is a warning', () =>
    expectVerdict(oneFloor('hunan', behind()), 'sign.continuity', { status: 'fail', severity: 'warning', names: ['wz'] }));
});
