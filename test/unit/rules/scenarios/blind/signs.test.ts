/**
 * Blind sign scenarios from the standards' text: hunan §5.5 (门外醒目位置设置…办公时间牌; 县级以上…整体布局图; 应在各楼层
 * 入口处设置楼层指示牌), §5.4.7 (宜…设置醒目的导引标识), §6.1 (安装电梯设施的，应在电梯入口处设置乘梯须知); hainan §5.5.1,
 * §6.1.4.3–6.1.4.14, §6.3.2.1, §6.3.3.4; jiangxi §5.1.3.1–5.1.3.2, §5.1.4.1, §5.1.6.4, §6.1.5, §6.9.1.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../../src/core/vocab';
import { box, counter, door, hall, oneFloor, sign, vlink, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { expectNoFinding } from './lib';

describe('blind sign.layout-map', () => {
  it('jiangxi §5.1.6.4 在中心出入口: a map 6 m inside the entrance passes', () =>
    expectVerdict(oneFloor('jiangxi', [sign('layout-map', [15, 6])]), 'sign.layout-map', { status: 'pass' }));
  it('jiangxi: the only map hangs upstairs: error', () =>
    expectVerdict(hall({ preset: 'jiangxi', floors: [{ elements: [vlink('stair', [28, 17], ['F1', 'F2'])] }, { elements: [sign('layout-map', [15, 3])] }] }), 'sign.layout-map', {
      status: 'fail',
      severity: 'error',
    }));
  it('jiangxi township (参照执行): no map is a warning', () => expectVerdict(oneFloor('jiangxi', [], 'township'), 'sign.layout-map', { status: 'fail', severity: 'warning' }));
  it('hunan city: a map anywhere in the hall, even upstairs, passes (no place named)', () =>
    expectVerdict(
      hall({ preset: 'hunan', level: 'city', floors: [{ elements: [vlink('stair', [28, 17], ['F1', 'F2'])] }, { elements: [sign('layout-map', [15, 3])] }] }),
      'sign.layout-map',
      {
        status: 'pass',
      },
    ));
  it('hunan village: 县级以上 only: no finding', () => expectNoFinding(oneFloor('hunan', [], 'village'), 'sign.layout-map'));
  it('hainan: a map 6 m inside the entrance passes (显著位置)', () => expectVerdict(oneFloor('hainan', [sign('layout-map', [15, 6])]), 'sign.layout-map', { status: 'pass' }));
  it('hainan village (参照执行): none is a warning', () => expectVerdict(oneFloor('hainan', [], 'village'), 'sign.layout-map', { status: 'fail', severity: 'warning' }));
});

describe('blind sign.service-hours', () => {
  it('hunan park (园区参照执行): none is a warning', () => expectVerdict(oneFloor('hunan', [], 'park'), 'sign.service-hours', { status: 'fail', severity: 'warning' }));
  it('hunan village: §5.5 binds every level: none is an error', () => expectVerdict(oneFloor('hunan', [], 'village'), 'sign.service-hours', { status: 'fail', severity: 'error' }));
  it('hunan: a board 2 m outside the main door passes (门外醒目位置)', () =>
    expectVerdict(oneFloor('hunan', [sign('service-hours', [13, -2])]), 'sign.service-hours', { status: 'pass' }));
  it('hunan: a board in the far corner of the hall is not outside the door: error', () =>
    expectVerdict(oneFloor('hunan', [sign('service-hours', [28, 18])]), 'sign.service-hours', { status: 'fail', severity: 'error' }));
  it('hainan §5.5.1 统一并公开 names no place: a board at the back of the hall, 19 m from the door, makes the hours public', () =>
    expectVerdict(oneFloor('hainan', [sign('service-hours', [15, 19])]), 'sign.service-hours', { status: 'pass' }));
  it('hainan township (参照执行): none is a warning', () => expectVerdict(oneFloor('hainan', [], 'township'), 'sign.service-hours', { status: 'fail', severity: 'warning' }));
  it('jiangxi §5.1.3.1 正门: a board only at a side door 12 m from the main entrance is not at the 正门: error', () =>
    expectVerdict(
      oneFloor('jiangxi', [door([30, 10], { id: 'side', entrance: 'secondary', wallId: 'wall-e', rotation: 90 }), sign('service-hours', [29.5, 11.5])]),
      'sign.service-hours',
      {
        status: 'fail',
        severity: 'error',
      },
    ));
  it('jiangxi village (参照执行): none is a warning', () => expectVerdict(oneFloor('jiangxi', [], 'village'), 'sign.service-hours', { status: 'fail', severity: 'warning' }));
});

/** Three floors joined by an elevator at (3, 10); directories hang 2 m from it on the floors listed. */
function threeFloors(preset: PresetId, on: string[], level: HallLevel = 'county', kind: 'floor-directory' | 'elevator-notice' = 'floor-directory') {
  // A notice hangs beside the elevator's door on the door's wall (the south face at rotation 0); a directory beside the shaft.
  const at: [number, number] = kind === 'elevator-notice' ? [4.5, 8.7] : [5, 10];
  const s = (f: string): HallElement[] => (on.includes(f) ? [sign(kind, at, { id: `${kind}-${f}` })] : []);
  return hall({
    preset,
    level,
    floors: [
      { elements: [vlink('elevator', [3, 10], ['F1', 'F2', 'F3'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }), ...s('F1')] },
      { elements: s('F2') },
      { elements: s('F3') },
    ],
  });
}

describe('blind sign.floor-directory: hunan 各楼层入口处; jiangxi 楼梯间、电梯间及上下楼醒目位置', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a directory by the elevator on each of three floors passes`, () =>
      expectVerdict(threeFloors(preset, ['F1', 'F2', 'F3']), 'sign.floor-directory', { status: 'pass' }));
    it(`${preset}: none on storey 3 is an error located on F3`, () => {
      const v = threeFloors(preset, ['F1', 'F2']);
      expectVerdict(v, 'sign.floor-directory', { status: 'fail', severity: 'error' });
    });
  }
  it('jiangxi township (参照执行): a missing directory is a warning', () =>
    expectVerdict(threeFloors('jiangxi', ['F1'], 'township'), 'sign.floor-directory', { status: 'fail', severity: 'warning' }));
  it('hunan township: the sentence’s subject is the 县级以上 hall: no finding', () => expectNoFinding(threeFloors('hunan', [], 'township'), 'sign.floor-directory'));
  it('hainan: no floor-directory clause', () => expectNoFinding(threeFloors('hainan', []), 'sign.floor-directory'));
});

describe('blind sign.elevator-notice: 安装电梯设施的，应在电梯入口处设置乘梯须知 (hunan §6.1)', () => {
  it('a notice at the elevator on every floor passes', () =>
    expectVerdict(threeFloors('hunan', ['F1', 'F2', 'F3'], 'county', 'elevator-notice'), 'sign.elevator-notice', { status: 'pass' }));
  it('none on storey 2 is an error', () =>
    expectVerdict(threeFloors('hunan', ['F1', 'F3'], 'county', 'elevator-notice'), 'sign.elevator-notice', { status: 'fail', severity: 'error' }));
  it('village: §6.1 binds every level: error', () =>
    expectVerdict(threeFloors('hunan', [], 'village', 'elevator-notice'), 'sign.elevator-notice', { status: 'fail', severity: 'error' }));
  it('park (园区参照执行): a warning', () => expectVerdict(threeFloors('hunan', [], 'park', 'elevator-notice'), 'sign.elevator-notice', { status: 'fail', severity: 'warning' }));
  it('a hall with stairs only has no elevator to sign', () =>
    expectNoFinding(hall({ preset: 'hunan', floors: [{ elements: [vlink('stair', [3, 10], ['F1', 'F2'])] }, { elements: [] }] }), 'sign.elevator-notice'));
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) it(`${preset}: no such clause`, () => expectNoFinding(threeFloors(preset, []), 'sign.elevator-notice'));
});

describe('blind sign.zone: jiangxi §5.1.4.1 各区域应悬挂对应标牌 (应); hainan §6.1.4.3 位置标识 (no modal)', () => {
  const two = (signs: HallElement[], level: HallLevel = 'county', preset: PresetId = 'jiangxi') =>
    oneFloor(preset, [zone('waiting', box(2, 12, 8, 18), { id: 'wz' }), zone('self-service', box(20, 12, 26, 18), { id: 'ss' }), ...signs], level);
  it('jiangxi: each zone with its sign passes', () => expectVerdict(two([sign('zone', [5, 15]), sign('zone', [23, 15])]), 'sign.zone', { status: 'pass' }));
  it('jiangxi: a sign hung on the zone’s edge (0.3 m outside) counts', () =>
    expectVerdict(two([sign('zone', [5, 11.7]), sign('zone', [23, 15])]), 'sign.zone', { status: 'pass' }));
  it('jiangxi: one zone without a sign is an error naming it', () =>
    expectVerdict(two([sign('zone', [5, 15])]), 'sign.zone', { status: 'fail', severity: 'error', names: ['ss'], count: 1 }));
  it('jiangxi: a sign 4 m outside the zone does not mark it', () =>
    expectVerdict(two([sign('zone', [5, 15]), sign('zone', [23, 8])]), 'sign.zone', { status: 'fail', severity: 'error', names: ['ss'] }));
  it('jiangxi village (参照执行): a warning', () => expectVerdict(two([], 'village'), 'sign.zone', { status: 'fail', severity: 'warning' }));
  it('hainan: no 位置标识 is a warning', () => expectVerdict(two([], 'county', 'hainan'), 'sign.zone', { status: 'fail', severity: 'warning' }));
  it('jiangxi: a plain corridor (circulation) is no functional area needing a 区域标牌', () =>
    expectNoFinding(oneFloor('jiangxi', [zone('circulation', box(2, 8, 28, 10))]), 'sign.zone'));
});

describe('blind sign.complaint: 应设置“投诉受理”醒目标志 (jiangxi §6.9.1)', () => {
  const area = (signs: HallElement[], level: HallLevel = 'county') => oneFloor('jiangxi', [zone('complaint', box(20, 12, 26, 18), { id: 'cz' }), ...signs], level);
  it('a complaint sign in the complaint area passes', () => expectVerdict(area([sign('complaint', [23, 15])]), 'sign.complaint', { status: 'pass' }));
  it('none is an error', () => expectVerdict(area([]), 'sign.complaint', { status: 'fail', severity: 'error' }));
  it('township (参照执行): a warning', () => expectVerdict(area([], 'township'), 'sign.complaint', { status: 'fail', severity: 'warning' }));
  for (const preset of ['hunan', 'hainan'] as PresetId[])
    it(`${preset}: no such clause`, () => expectNoFinding(oneFloor(preset, [zone('complaint', box(20, 12, 26, 18))]), 'sign.complaint'));
});

describe('blind sign.bilingual: hainan §6.1.4.4 一般由图形、中文和英文三部分组成; hunan §5.5 也可…增设英文标识', () => {
  const zhOnly = () => sign('zone', [15, 10], { id: 'zh', text: { zh: '休息等候区', en: '' } });
  it('hainan: a sign without English is a warning naming it', () =>
    expectVerdict(oneFloor('hainan', [zhOnly()]), 'sign.bilingual', { status: 'fail', severity: 'warning', names: ['zh'] }));
  it('hainan village: still a warning (一般 is not 应)', () => expectVerdict(oneFloor('hainan', [zhOnly()], 'village'), 'sign.bilingual', { status: 'fail', severity: 'warning' }));
  it('hainan: a sign with both passes', () =>
    expectVerdict(oneFloor('hainan', [sign('zone', [15, 10], { text: { zh: '休息等候区', en: 'Waiting' } })]), 'sign.bilingual', { status: 'pass' }));
  it('hunan: 可 → information at most', () => expectVerdict(oneFloor('hunan', [zhOnly()]), 'sign.bilingual', { status: 'fail', severity: 'info' }));
  it('jiangxi: no clause asks for English', () => expectNoFinding(oneFloor('jiangxi', [zhOnly()]), 'sign.bilingual'));
});

describe('blind sign.electronic-clearance: 电子标识不宜设置在电梯、自动扶梯…楼梯出入口 (hainan §6.1.4.14, 宜)', () => {
  const near = (x: number, electronic = true, link: 'stair' | 'escalator' | 'elevator' = 'escalator') =>
    oneFloor('hainan', [vlink(link, [10, 10], ['F1'], { id: 'v', size: { w: 1.2, d: 4 } }), sign('directional', [x, 10], { id: 'es', electronic })]);
  it('an electronic sign 5 m beside an escalator passes', () => expectVerdict(near(15), 'sign.electronic-clearance', { status: 'pass' }));
  it('an electronic sign right at an escalator is a warning naming it', () =>
    expectVerdict(near(11), 'sign.electronic-clearance', { status: 'fail', severity: 'warning', names: ['es'] }));
  it('a printed sign right at the escalator is fine', () => expectNoFinding(near(11, false), 'sign.electronic-clearance'));
  it('jiangxi: no such clause', () =>
    expectNoFinding(
      oneFloor('jiangxi', [vlink('escalator', [10, 10], ['F1'], { size: { w: 1.2, d: 4 } }), sign('directional', [11, 10], { electronic: true })]),
      'sign.electronic-clearance',
    ));
});

/**
 * An accessible toilet 4 × 4 m in the north-east corner, open on its south side, and an accessible sign at `at`;
 * the level main entrance (an accessible entrance, itself a facility) carries its own sign.
 */
const toiletWith = (preset: PresetId, at: [number, number] | null, level: HallLevel = 'county') =>
  oneFloor(
    preset,
    [sign('accessible', [13.5, 0.3], { id: 'ae' }), zone('accessible-toilet', box(26, 16, 30, 20), { id: 'at' }), ...(at ? [sign('accessible', at, { id: 'as' })] : [])],
    level,
  );

describe('blind sign.accessible: 无障碍设施设备处均应设置无障碍标识 (hainan §6.3.3.4 应)', () => {
  it('hainan: a sign on the toilet passes', () => expectVerdict(toiletWith('hainan', [28, 16.2]), 'sign.accessible', { status: 'pass' }));
  it('hainan: no sign at the accessible toilet is an error naming it', () =>
    expectVerdict(toiletWith('hainan', null), 'sign.accessible', { status: 'fail', severity: 'error', names: ['at'] }));
  it('hainan: a sign across the hall (20 m off) does not mark it', () => expectVerdict(toiletWith('hainan', [8, 16]), 'sign.accessible', { status: 'fail', severity: 'error' }));
  it('hainan: an unsigned low counter is an error', () =>
    expectVerdict(
      oneFloor('hainan', [counter('general-intake', [10, 8], { id: 'low', low: true, kneeSpace: true, top: { width: 0.9, depth: 0.6, height: 0.75 } })]),
      'sign.accessible',
      {
        status: 'fail',
        severity: 'error',
        names: ['low'],
      },
    ));
  it('hainan township (参照执行): a warning', () => expectVerdict(toiletWith('hainan', null, 'township'), 'sign.accessible', { status: 'fail', severity: 'warning' }));
});

/**
 * A partition from the west wall to x = 22 at y = 8, and a waiting area behind it in the north-west: the walk
 * from the entrance turns round the partition's east end at about (22, 8).
 */
const roundTheEnd = (signs: HallElement[]): HallElement[] => [wall([0, 8], [22, 8], { id: 'pt' }), zone('waiting', box(2, 12, 8, 18), { id: 'wz' }), ...signs];

describe('blind sign.continuity: hainan §6.1.4.9 具有连续性 (应); jiangxi §6.1.5 应设置醒目的导引标识', () => {
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a directional sign just past the turn passes`, () =>
      expectVerdict(oneFloor(preset, roundTheEnd([sign('directional', [23, 9.5])])), 'sign.continuity', { status: 'pass' }));
    it(`${preset}: no sign at the turn is an error naming the waiting area`, () =>
      expectVerdict(oneFloor(preset, roundTheEnd([])), 'sign.continuity', { status: 'fail', severity: 'error', names: ['wz'] }));
  }
  it('#3 hunan §5.4.7 休息等候区…宜…设置醒目的导引标识: a waiting area round a partition with no guide sign at all is a warning', () =>
    expectVerdict(oneFloor('hunan', roundTheEnd([])), 'sign.continuity', { status: 'fail', severity: 'warning', names: ['wz'] }));
});

describe('blind sign.layout-map: a 显著位置 is one the entrance sees the face of', () => {
  // A panel's width runs along `rotation` and its face looks 90° clockwise of it (src/core/kinds/sign/face.ts): rotation 0 faces south.
  it('hainan: a map 12 m ahead facing the entrance (rotation 0, face to the south) passes', () =>
    expectVerdict(oneFloor('hainan', [sign('layout-map', [15, 12], { rotation: 0 })]), 'sign.layout-map', { status: 'pass' }));
  it('#16 hainan: the same map turned to face the back wall (rotation 180) shows the entrance its back: error', () =>
    expectVerdict(oneFloor('hainan', [sign('layout-map', [15, 12], { rotation: 180 })]), 'sign.layout-map', { status: 'fail', severity: 'error' }));
});

describe('blind escalators and counter signs', () => {
  const esc = (on: string[]) =>
    hall({
      preset: 'jiangxi',
      floors: [
        { elements: [vlink('escalator', [10, 10], ['F1', 'F2'], { id: 'esc', size: { w: 1.2, d: 6 } }), ...(on.includes('F1') ? [sign('floor-directory', [12, 6])] : [])] },
        { elements: on.includes('F2') ? [sign('floor-directory', [12, 14])] : [] },
      ],
    });
  it('jiangxi §5.1.3.2 上下楼醒目位置: a directory at each end of the escalator passes', () => expectVerdict(esc(['F1', 'F2']), 'sign.floor-directory', { status: 'pass' }));
  it('jiangxi: none where the escalator arrives on 2F: error', () => expectVerdict(esc(['F1']), 'sign.floor-directory', { status: 'fail', severity: 'error' }));
  const signed = (d: number) => oneFloor('hunan', [counter('general-intake', [10, 8], { id: 'k' }), sign('counter', [10, 8 + d], { text: { zh: '综合受理', en: '' } })]);
  it('hunan: a Chinese counter sign 1.2 m from its counter (not linked) marks it', () => expectVerdict(signed(1.2), 'counter.numbered', { status: 'pass' }));
  it('hunan: one 4 m away does not: error naming the counter', () => expectVerdict(signed(4), 'counter.numbered', { status: 'fail', severity: 'error', names: ['k'] }));
});

describe('blind sign.electronic-clearance measures from the 出入口, not from the side of a long escalator', () => {
  const long = (at: [number, number]) =>
    oneFloor('hainan', [vlink('escalator', [10, 10], ['F1'], { size: { w: 1.2, d: 8 } }), sign('directional', at, { id: 'es', electronic: true })]);
  it('#17 an electronic sign beside the middle of an 8 m escalator, 4.5 m from either end, passes', () =>
    expectVerdict(long([12.5, 10]), 'sign.electronic-clearance', { status: 'pass' }));
  it('the same sign 1.5 m before its foot (south end) is a warning', () =>
    expectVerdict(long([10.5, 4.5]), 'sign.electronic-clearance', { status: 'fail', severity: 'warning', names: ['es'] }));
});

describe('blind sign.elevator-notice: 在电梯入口处 is the door side of the car', () => {
  /** An elevator at (5, 10), 2 × 2 m, rotation 0: riders face north to enter, so its door is on the south face (y = 9). */
  const notice = (at: [number, number]) =>
    hall({
      preset: 'hunan',
      floors: [
        { elements: [vlink('elevator', [5, 10], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }), sign('elevator-notice', at)] },
        { elements: [sign('elevator-notice', [5, 8.3])] },
      ],
    });
  it('a notice beside the door (south face) passes', () => expectVerdict(notice([5, 8.3]), 'sign.elevator-notice', { status: 'pass' }));
  it('#18 a notice on the back of the shaft (north face, 2.5 m from the door) is not at the entrance: error', () =>
    expectVerdict(notice([5, 11.5]), 'sign.elevator-notice', { status: 'fail', severity: 'error' }));
});

describe('blind park halls (hainan 重点园区 / jiangxi 园区 参照执行)', () => {
  it('hainan park: no service-hours board is a warning', () => expectVerdict(oneFloor('hainan', [], 'park'), 'sign.service-hours', { status: 'fail', severity: 'warning' }));
  it('hainan park: no layout map is a warning', () => expectVerdict(oneFloor('hainan', [], 'park'), 'sign.layout-map', { status: 'fail', severity: 'warning' }));
  it('jiangxi park: a counter without number or sign is a warning', () =>
    expectVerdict(oneFloor('jiangxi', [counter('general-intake', [6, 8], { id: 'a', number: '' })], 'park'), 'counter.numbered', { status: 'fail', severity: 'warning' }));
  it('jiangxi park: a zone without its sign is a warning', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(2, 12, 8, 18))], 'park'), 'sign.zone', { status: 'fail', severity: 'warning' }));
});
