/**
 * Facilities the texts require and a plan can show, each a point kind, read at and around each threshold:
 * - suggestion box: hunan part 1 §6.5 “应配备…意见评议箱”, hainan §6.2.1.1 “基础设施类：应配备…意见箱”, jiangxi §6.9.2
 *   “应设置投诉信箱” (in the complaint area, §6.9);
 * - drinking water: hunan §6.5 “饮用水设备”, hainan §6.2.1.1 “便民服务类：应配备座椅、饮水机…”, jiangxi §5.3.1.3;
 * - self-service terminals: hunan §6.5 “自助服务区应配备…自助终端”, hainan §6.2.1.1 “智能设施类：应配备监控、自助终端”,
 *   jiangxi §6.5.1 “应配备终端机…”;
 * - staff notice board: hunan §5.5 “应设置工作人员公示牌”, jiangxi §5.1.3.3 “应设置…岗位公示栏”;
 * - help phone outside: jiangxi §5.2.2.2 “应在政务服务中心外部醒目位置公示求助电话或设置应急呼叫装置”;
 * - Wi-Fi notice: jiangxi §5.2.3.2 “在中心显著位置公示无线网络账号和简易密码”;
 * - records cabinets: hunan §5.4.11 “资料存储区应配置…档案柜”, hainan §6.2.1.1 (…档案柜);
 * - name board: hunan §5.5 “门外醒目位置设置门楣招牌”, hainan §6.3.2.1 “显著位置应悬挂统一名称标识”.
 * The scenario hall is 30 × 20 m with its main entrance at (15, 0) in the south wall.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { box, hall, oneFloor, point, wall, zone } from './hall';
import { expectVerdict } from './verdict';

const waiting = (): HallElement => zone('waiting', box(10, 0, 30, 10), { id: 'wait', name: '等候区' });
const office = (): HallElement => zone('back-office', box(0, 10, 10, 20), { id: 'office', name: '办公区' });
const areas = (): HallElement[] => [waiting(), office()];

describe('facility.suggestion-box', () => {
  const R = 'facility.suggestion-box';
  it.each([
    ['hunan', '§6.5'],
    ['hainan', '§6.2.1.1'],
  ] as [PresetId, string][])('%s county: none is an error citing %s; one in a public area passes', (preset, clause) => {
    expectVerdict(oneFloor(preset, areas()), R, { status: 'fail', severity: 'error', count: 1, clause, says: ['suggestion box'] });
    expectVerdict(oneFloor(preset, [...areas(), point('suggestion-box', [20, 5])]), R, { status: 'pass' });
  });
  it.each(['hunan', 'hainan'] as PresetId[])('%s: a box in the back office only is not for citizens (named); on a public area’s edge (0.9 m) it is', (preset) => {
    expectVerdict(oneFloor(preset, [...areas(), point('suggestion-box', [5, 15], { id: 'sb' })]), R, { status: 'fail', severity: 'error', names: ['sb'], says: ['public area'] });
    // 1.1 m from the waiting area's edge, inside the office: beyond the 1 m edge tolerance.
    expectVerdict(oneFloor(preset, [...areas(), point('suggestion-box', [8.9, 11.1], { id: 'sb' })]), R, { status: 'fail', names: ['sb'] });
    expectVerdict(oneFloor(preset, [...areas(), point('suggestion-box', [9.5, 10.5])]), R, { status: 'pass' });
  });
  it.each([
    ['hunan', 'township', 'error'],
    ['hunan', 'village', 'error'],
    ['hunan', 'park', 'warning'],
    ['hainan', 'township', 'warning'],
    ['jiangxi', 'village', 'warning'],
  ] as [PresetId, HallLevel, string][])('%s %s: none is a(n) %s', (preset, level, severity) =>
    expectVerdict(oneFloor(preset, areas(), level), R, { status: 'fail', severity: severity as 'error' | 'warning' }),
  );
  it('jiangxi: the complaint area holds the 投诉信箱 (§6.9.2); one elsewhere leaves the area named', () => {
    const complaint = zone('complaint', box(0, 0, 10, 10), { id: 'cz', name: '投诉受理区' });
    expectVerdict(oneFloor('jiangxi', [...areas(), complaint, point('suggestion-box', [20, 5])]), R, {
      status: 'fail',
      severity: 'error',
      count: 1,
      names: ['cz'],
      clause: '§6.9.2',
    });
    expectVerdict(oneFloor('jiangxi', [...areas(), complaint, point('suggestion-box', [9.9, 5])]), R, { status: 'pass' });
    // On the edge within 1 m outside passes; 1.2 m outside does not.
    expectVerdict(oneFloor('jiangxi', [...areas(), complaint, point('suggestion-box', [10.9, 5])]), R, { status: 'pass' });
    expectVerdict(oneFloor('jiangxi', [...areas(), complaint, point('suggestion-box', [11.2, 5])]), R, { status: 'fail', names: ['cz'] });
  });
  it('jiangxi: a waiting area merged with complaints (also) is a complaint area', () => {
    const merged = zone('waiting', box(10, 0, 30, 10), { id: 'wc', also: ['complaint'] });
    expectVerdict(oneFloor('jiangxi', [merged]), R, { status: 'fail', names: ['wc'] });
    expectVerdict(oneFloor('jiangxi', [merged, point('suggestion-box', [29.8, 5])]), R, { status: 'pass' });
  });
  it('jiangxi: with no complaint area (zone.required says so) a box anywhere passes, none fails', () => {
    expectVerdict(oneFloor('jiangxi', areas()), R, { status: 'fail', severity: 'error' });
    expectVerdict(oneFloor('jiangxi', [...areas(), point('suggestion-box', [5, 15])]), R, { status: 'pass' });
  });
});

describe('facility.drinking-water', () => {
  const R = 'facility.drinking-water';
  it.each([
    ['hunan', '§6.5'],
    ['hainan', '§6.2.1.1'],
    ['jiangxi', '§5.3.1.3'],
  ] as [PresetId, string][])('%s county: none is an error citing %s; one in the waiting area passes', (preset, clause) => {
    expectVerdict(oneFloor(preset, areas()), R, { status: 'fail', severity: 'error', count: 1, clause });
    expectVerdict(oneFloor(preset, [...areas(), point('drinking-water', [29.5, 5])]), R, { status: 'pass' });
  });
  it('hunan and jiangxi name no place: a dispenser in the back office passes', () => {
    for (const preset of ['hunan', 'jiangxi'] as PresetId[]) expectVerdict(oneFloor(preset, [...areas(), point('drinking-water', [1, 19])]), R, { status: 'pass' });
  });
  it('hainan 便民服务类 is for citizens: a dispenser in the back office only fails, naming it', () =>
    expectVerdict(oneFloor('hainan', [...areas(), point('drinking-water', [1, 19], { id: 'dw' })]), R, { status: 'fail', severity: 'error', names: ['dw'] }));
});

describe('facility.self-service-terminal', () => {
  const R = 'facility.self-service-terminal';
  const self = (): HallElement => zone('self-service', box(20, 0, 30, 10), { id: 'ss', name: '自助服务区' });
  it.each([
    ['hunan', '§6.5'],
    ['jiangxi', '§6.5.1'],
  ] as [PresetId, string][])('%s county: a self-service area without a terminal is an error naming it (%s)', (preset, clause) => {
    expectVerdict(oneFloor(preset, [self(), point('self-service-terminal', [15, 5])]), R, { status: 'fail', severity: 'error', count: 1, names: ['ss'], clause });
    expectVerdict(oneFloor(preset, [self(), point('self-service-terminal', [25, 9.5])]), R, { status: 'pass' });
  });
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s: a terminal 0.9 m outside the area’s edge serves it, 1.2 m outside does not', (preset) => {
    expectVerdict(oneFloor(preset, [self(), point('self-service-terminal', [19.1, 5])]), R, { status: 'pass' });
    expectVerdict(oneFloor(preset, [self(), point('self-service-terminal', [18.8, 5])]), R, { status: 'fail', names: ['ss'] });
  });
  it('hunan: two self-service areas, one equipped: one finding, for the other', () => {
    const second = zone('waiting', box(0, 0, 10, 10), { id: 'ws', also: ['self-service'] });
    expectVerdict(oneFloor('hunan', [self(), second, point('self-service-terminal', [25, 5])]), R, { status: 'fail', count: 1, names: ['ws'] });
  });
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s: no self-service area and no terminal is one error; one terminal anywhere then passes', (preset) => {
    expectVerdict(oneFloor(preset, areas()), R, { status: 'fail', severity: 'error', count: 1 });
    expectVerdict(oneFloor(preset, [...areas(), point('self-service-terminal', [20, 5])]), R, { status: 'pass' });
  });
  it('hainan §6.2.1.1: one terminal in a public area; in the back office only it fails', () => {
    expectVerdict(oneFloor('hainan', areas()), R, { status: 'fail', severity: 'error', clause: '§6.2.1.1' });
    expectVerdict(oneFloor('hainan', [...areas(), point('self-service-terminal', [20, 5])]), R, { status: 'pass' });
    expectVerdict(oneFloor('hainan', [...areas(), point('self-service-terminal', [5, 15], { id: 't' })]), R, { status: 'fail', names: ['t'] });
  });
  it('jiangxi township (参照执行): a warning', () => expectVerdict(oneFloor('jiangxi', [self()], 'township'), R, { status: 'fail', severity: 'warning' }));
});

describe('facility.staff-notice-board', () => {
  const R = 'facility.staff-notice-board';
  it.each([
    ['hunan', 'county', 'error', '§5.5'],
    ['hunan', 'township', 'error', '§5.5'],
    ['hunan', 'park', 'warning', '§5.5'],
    ['jiangxi', 'county', 'error', '§5.1.3.3'],
    ['jiangxi', 'township', 'warning', '§5.1.3.3'],
  ] as [PresetId, HallLevel, string, string][])('%s %s: none is a(n) %s citing %s', (preset, level, severity, clause) =>
    expectVerdict(oneFloor(preset, areas(), level), R, { status: 'fail', severity: severity as 'error' | 'warning', count: 1, clause }),
  );
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s: a board in the waiting area passes; in the back office only it fails', (preset) => {
    expectVerdict(oneFloor(preset, [...areas(), point('staff-notice-board', [20, 9.9])]), R, { status: 'pass' });
    expectVerdict(oneFloor(preset, [...areas(), point('staff-notice-board', [2, 19.8], { id: 'nb' })]), R, { status: 'fail', names: ['nb'] });
  });
  it('hainan: no such sentence', () => expectVerdict(oneFloor('hainan', areas()), R, { status: 'off' }));
});

describe('facility.help-phone: jiangxi §5.2.2.2 外部醒目位置', () => {
  const R = 'facility.help-phone';
  it('none is an error citing §5.2.2.2', () => expectVerdict(oneFloor('jiangxi', areas()), R, { status: 'fail', severity: 'error', count: 1, clause: '§5.2.2.2' }));
  it('outside the main door passes; on the entrance wall (0.25 m in, within 0.3 m) passes; 0.4 m in does not', () => {
    expectVerdict(oneFloor('jiangxi', [...areas(), point('help-phone', [17, -0.5])]), R, { status: 'pass' });
    expectVerdict(oneFloor('jiangxi', [...areas(), point('help-phone', [17, 0.25])]), R, { status: 'pass' });
    expectVerdict(oneFloor('jiangxi', [...areas(), point('help-phone', [17, 0.4], { id: 'hp' })]), R, { status: 'fail', names: ['hp'], says: ['outside the main door'] });
  });
  it('outside but 7.9 m from the main door passes, 8.2 m does not (8 m)', () => {
    expectVerdict(oneFloor('jiangxi', [...areas(), point('help-phone', [22.9, -0.2])]), R, { status: 'pass' });
    expectVerdict(oneFloor('jiangxi', [...areas(), point('help-phone', [23.2, -0.2])]), R, { status: 'fail' });
  });
  it('township (参照执行): a warning; hunan and hainan: no such sentence', () => {
    expectVerdict(oneFloor('jiangxi', areas(), 'township'), R, { status: 'fail', severity: 'warning' });
    expectVerdict(oneFloor('hunan', areas()), R, { status: 'off' });
    expectVerdict(oneFloor('hainan', areas()), R, { status: 'off' });
  });
  it('without a main entrance its presence is still checked', () => {
    const noMain = hall({ preset: 'jiangxi', floors: [{ elements: areas(), noMain: true }] });
    expectVerdict(noMain, R, { status: 'fail' });
    expectVerdict(hall({ preset: 'jiangxi', floors: [{ elements: [...areas(), point('help-phone', [5, 5])], noMain: true }] }), R, { status: 'pass' });
  });
});

describe('facility.wifi-notice: jiangxi §5.2.3.2 显著位置', () => {
  const R = 'facility.wifi-notice';
  it('none is an error citing §5.2.3.2', () => expectVerdict(oneFloor('jiangxi', areas()), R, { status: 'fail', severity: 'error', count: 1, clause: '§5.2.3.2' }));
  it('in plain sight of the entrance within the sight limit passes, beyond it fails (10 m set)', () => {
    const spec = (at: [number, number]) =>
      hall({ preset: 'jiangxi', overrides: { conspicuousSightMaxM: 10 }, floors: [{ elements: [waiting(), point('wifi-notice', at, { id: 'wn' })] }] });
    // From inside the entrance (15, 0.8): 9.8 m and 10.3 m straight; both walks are longer than 8 m.
    expectVerdict(spec([15, 10.6]), R, { status: 'pass' });
    expectVerdict(spec([15, 11.1]), R, { status: 'fail', names: ['wn'] });
  });
  it('behind a wall: within 8 m walk passes, farther fails', () => {
    // A wall from x 10 to 20 at y 4 hides the notice at (15, 5) from the entrance; the walk round its end is ~11 m.
    const hidden = (at: [number, number]) => oneFloor('jiangxi', [wall([10, 4], [20, 4]), point('wifi-notice', at, { id: 'wn' })]);
    expectVerdict(hidden([15, 5]), R, { status: 'fail', names: ['wn'] });
    expectVerdict(hidden([19.5, 4.4]), R, { status: 'pass' });
  });
});

describe('facility.records-cabinet', () => {
  const R = 'facility.records-cabinet';
  const records = (): HallElement => zone('records', box(0, 10, 10, 20), { id: 'rec', name: '资料存储区' });
  it('hunan county: a records area without a cabinet is an error naming it (§5.4.11); with one it passes', () => {
    expectVerdict(oneFloor('hunan', [records(), point('records-cabinet', [20, 15])]), R, { status: 'fail', severity: 'error', count: 1, names: ['rec'], clause: '§5.4.11' });
    expectVerdict(oneFloor('hunan', [records(), point('records-cabinet', [5, 19.5])]), R, { status: 'pass' });
  });
  it('hunan: a back office that also stores records (also) needs one', () => {
    const merged = zone('back-office', box(0, 10, 10, 20), { id: 'bo', also: ['records'] });
    expectVerdict(oneFloor('hunan', [merged]), R, { status: 'fail', names: ['bo'] });
  });
  it.each(['township', 'village', 'park'] as HallLevel[])('hunan %s (§5.4 可参考执行): a warning', (level) =>
    expectVerdict(oneFloor('hunan', [records()], level), R, { status: 'fail', severity: 'warning' }),
  );
  it('hainan §6.2.1.1: one cabinet anywhere passes, none is an error', () => {
    expectVerdict(oneFloor('hainan', areas()), R, { status: 'fail', severity: 'error', clause: '§6.2.1.1' });
    expectVerdict(oneFloor('hainan', [...areas(), point('records-cabinet', [5, 19.5])]), R, { status: 'pass' });
  });
  it('jiangxi: not asked', () => expectVerdict(oneFloor('jiangxi', [records()]), R, { status: 'off' }));
});

describe('facility.name-board', () => {
  const R = 'facility.name-board';
  it('hunan §5.5 门外: over the main door outside passes; inside the hall fails naming it; none fails', () => {
    expectVerdict(oneFloor('hunan', [...areas(), point('name-board', [15, 0.15])]), R, { status: 'pass' });
    expectVerdict(oneFloor('hunan', [...areas(), point('name-board', [15, 3], { id: 'nb' })]), R, { status: 'fail', severity: 'error', names: ['nb'], clause: '§5.5' });
    expectVerdict(oneFloor('hunan', areas()), R, { status: 'fail', severity: 'error', count: 1 });
  });
  it('hunan township (§5.5 is not under §5.4): an error; park: a warning', () => {
    expectVerdict(oneFloor('hunan', areas(), 'township'), R, { status: 'fail', severity: 'error' });
    expectVerdict(oneFloor('hunan', areas(), 'park'), R, { status: 'fail', severity: 'warning' });
  });
  it('hainan §6.3.2.1 显著位置: outside the door or in sight inside passes; hidden and far fails', () => {
    expectVerdict(oneFloor('hainan', [...areas(), point('name-board', [15, -0.3])]), R, { status: 'pass' });
    expectVerdict(oneFloor('hainan', [...areas(), point('name-board', [25, 9.8])]), R, { status: 'pass' });
    // The office walled off: out of sight and out of reach from the entrance.
    const walled = [...areas(), wall([0, 10], [10, 10]), wall([10, 10], [10, 20])];
    expectVerdict(oneFloor('hainan', [...walled, point('name-board', [5, 19.8], { id: 'nb' })]), R, { status: 'fail', severity: 'error', names: ['nb'], clause: '§6.3.2.1' });
  });
  it('jiangxi §4.5.4 门楣标识应…挂牌展示: over the main door outside passes; none is an error; township and village are not obliged', () => {
    expectVerdict(oneFloor('jiangxi', [...areas(), point('name-board', [15, -0.2])]), R, { status: 'pass' });
    expectVerdict(oneFloor('jiangxi', areas()), R, { status: 'fail', severity: 'error', count: 1, clause: '§4.5.4' });
    expectVerdict(oneFloor('jiangxi', areas(), 'township'), R, { status: 'off' });
    expectVerdict(oneFloor('jiangxi', areas(), 'village'), R, { status: 'off' });
    expectVerdict(oneFloor('jiangxi', areas(), 'park'), R, { status: 'fail', severity: 'warning' });
  });
});
