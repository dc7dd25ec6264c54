/**
 * Blind emergency and safety scenarios: hunan part 1 §6.2 (应在…出入口处、24小时自助服务区等重点区域安装视频安防监控),
 * §6.3 (应配置…急救医药箱，县级以上地区可配置AED); hainan §10.1 a, annex E.4 (政务服务中心宜配置…便民服务中心和便民服务站
 * 可…选择), §11.1.4; jiangxi §5.2.3.4; GB 55037-2022 §7.4.1 (安全出口不应少于2个); GB 50016-2014 §5.5.17-4 (直线距离
 * 不应大于30m…增加25%), §5.5.18 (疏散门和安全出口的净宽度不应小于0.90m).
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../../src/core/vocab';
import { box, door, hall, oneFloor, point, vlink, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { expectNoFinding } from './lib';

describe('blind safety.aed-present: hunan 县级以上地区可配置AED; hainan E.4 宜 / 可', () => {
  const none = (preset: PresetId, level: HallLevel) => oneFloor(preset, [zone('waiting', box(2, 12, 10, 18))], level);
  it('hunan city: none is information (可)', () => expectVerdict(none('hunan', 'city'), 'safety.aed-present', { status: 'fail', severity: 'info' }));
  it('hunan village: the text speaks of 县级以上 only: no finding', () => expectNoFinding(none('hunan', 'village'), 'safety.aed-present'));
  it('hainan province: none is a warning (宜)', () => expectVerdict(none('hainan', 'province'), 'safety.aed-present', { status: 'fail', severity: 'warning' }));
  it('hainan village: 可根据实际情况选择: information at most', () => expectVerdict(none('hainan', 'village'), 'safety.aed-present', { status: 'fail', severity: 'info' }));
  it('hainan county: one AED passes', () => expectVerdict(oneFloor('hainan', [point('aed', [15, 2])]), 'safety.aed-present', { status: 'pass' }));
  it('jiangxi: the text asks for no AED: no error', () => {
    const v = none('jiangxi', 'county');
    expectNoFinding(v, 'safety.aed-present');
  });
});

describe('blind safety.aed-coverage: every public point within 100 m walk of an AED (warning)', () => {
  const long = (aedX: number) =>
    hall({ preset: 'hainan', floors: [{ size: [130, 20], elements: [point('aed', [aedX, 2], { id: 'aed' }), zone('waiting', box(115, 2, 129.8, 18), { id: 'far' })] }] });
  it('an AED at the west end, the waiting area 115–130 m east: warning naming it', () =>
    expectVerdict(long(3), 'safety.aed-coverage', { status: 'fail', severity: 'warning', names: ['far'] }));
  it('the AED moved to the middle passes', () => expectVerdict(long(65), 'safety.aed-coverage', { status: 'pass' }));
});

describe('blind safety.first-aid: hunan §6.3 应配置…急救医药箱; hainan §10.1 a', () => {
  const kit = (preset: PresetId, level: HallLevel, has: boolean) => oneFloor(preset, has ? [point('first-aid-kit', [15, 3])] : [], level);
  it('hunan county: a kit passes', () => expectVerdict(kit('hunan', 'county', true), 'safety.first-aid', { status: 'pass' }));
  it('hunan village: §6.3 binds every level: none is an error', () => expectVerdict(kit('hunan', 'village', false), 'safety.first-aid', { status: 'fail', severity: 'error' }));
  it('hunan park (园区参照执行): none is a warning', () => expectVerdict(kit('hunan', 'park', false), 'safety.first-aid', { status: 'fail', severity: 'warning' }));
  it('hainan city: none is an error', () => expectVerdict(kit('hainan', 'city', false), 'safety.first-aid', { status: 'fail', severity: 'error' }));
  it('hainan village (参照执行): none is a warning', () => expectVerdict(kit('hainan', 'village', false), 'safety.first-aid', { status: 'fail', severity: 'warning' }));
});

describe('blind safety.exits: 每个楼层的安全出口不应少于2个 (GB 55037 §7.4.1)', () => {
  it('the main entrance and an ordinary door in the north outer wall are two exits: pass', () =>
    expectVerdict(oneFloor('hunan', [zone('waiting', box(1, 1, 29, 19)), door([10, 20], { id: 'n', wallId: 'wall-n', width: 1.2 })]), 'safety.exits', { status: 'pass' }));
  it('a door marked “exit” in an interior partition leads nowhere outside: one exit only, error', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('waiting', box(1, 1, 29, 11)), wall([0, 12], [30, 12], { id: 'pw' }), door([10, 12], { id: 'fake', wallId: 'pw', entrance: 'exit', width: 1.2 })]),
      'safety.exits',
      {
        status: 'fail',
        severity: 'error',
      },
    ));
  it('the main entrance alone is an error', () => expectVerdict(oneFloor('hainan', [zone('waiting', box(1, 1, 29, 19))]), 'safety.exits', { status: 'fail', severity: 'error' }));
});

describe('blind safety.exit-width: 疏散门和安全出口的净宽度不应小于0.90m (GB 50016 §5.5.18)', () => {
  const exitOf = (w: number) => oneFloor('hunan', [door([30, 10], { id: 'ex', entrance: 'exit', wallId: 'wall-e', rotation: 90, width: w })]);
  it('a 0.90 m exit door passes', () => expectVerdict(exitOf(0.9), 'safety.exit-width', { status: 'pass' }));
  it('a 0.89 m exit door fails, naming it', () => expectVerdict(exitOf(0.89), 'safety.exit-width', { status: 'fail', names: ['ex'] }));
});

describe('blind safety.travel-distance: 室内任一点至最近疏散门或安全出口的直线距离不应大于30m (GB 50016 §5.5.17-4)', () => {
  it('a 70 m long floor with exits only near its west end: the east end is too far', () =>
    expectVerdict(
      hall({
        preset: 'hunan',
        floors: [{ size: [70, 10], elements: [door([0, 5], { entrance: 'exit', wallId: 'wall-w', rotation: 90 }), zone('waiting', box(58, 1, 69.8, 9), { id: 'east' })] }],
      }),
      'safety.travel-distance',
      { status: 'fail', names: ['east'] },
    ));
  it('an exit added in the east wall passes', () =>
    expectVerdict(
      hall({
        preset: 'hunan',
        floors: [
          {
            size: [70, 10],
            elements: [
              door([0, 5], { entrance: 'exit', wallId: 'wall-w', rotation: 90 }),
              door([70, 5], { entrance: 'exit', wallId: 'wall-e', rotation: 90 }),
              zone('waiting', box(58, 1, 69.8, 9)),
            ],
          },
        ],
      }),
      'safety.travel-distance',
      { status: 'pass' },
    ));
  /** A 50 × 10 m floor whose only exits are the main entrance (x = 15) and a west door; the far corner is ~35 m away. */
  const far = (sprinklers: boolean) =>
    hall({
      preset: 'jiangxi',
      sprinklers,
      floors: [{ size: [50, 10], elements: [door([0, 5], { entrance: 'exit', wallId: 'wall-w', rotation: 90 }), zone('waiting', box(40, 1, 48, 9), { id: 'e' })] }],
    });
  it('without sprinklers ~34 m is too far', () => expectVerdict(far(false), 'safety.travel-distance', { status: 'fail', names: ['e'] }));
  it('with sprinklers (30 m + 25 % = 37.5 m) it passes', () => expectVerdict(far(true), 'safety.travel-distance', { status: 'pass' }));
  it('the quoted clause measures in a straight line: a room 20 m straight from the entrance, 40 m round a partition, passes', () =>
    expectVerdict(
      oneFloor('hunan', [
        wall([3, 6], [30, 6], { id: 'pt' }),
        wall([0, 14], [27, 14], { id: 'pt2' }),
        door([30, 16], { entrance: 'exit', wallId: 'wall-e', rotation: 90, width: 0.9 }),
        zone('waiting', box(10, 7, 20, 13), { id: 'mid' }),
      ]),
      'safety.travel-distance',
      { status: 'pass' },
    ));
});

describe('blind safety.cctv: hunan §6.2 出入口处、24小时自助服务区; hainan §11.1.4 合理安装; jiangxi §5.2.3.4 全覆盖', () => {
  const cam = (at: [number, number]): HallElement => point('cctv', at, { id: 'cam' });
  it('hunan: a camera 5 m inside the main entrance passes', () => expectVerdict(oneFloor('hunan', [cam([15, 5])]), 'safety.cctv', { status: 'pass' }));
  it('hunan: the only camera at the back wall, 19 m from the entrance: error', () =>
    expectVerdict(oneFloor('hunan', [cam([15, 19.5])]), 'safety.cctv', { status: 'fail', severity: 'error' }));
  it('hunan: the entrance and the 24h area each in a camera’s reach pass', () =>
    expectVerdict(
      oneFloor('hunan', [
        cam([15, 5]),
        zone('self-service-24h', box(0.1, 15, 4, 19.9), { id: 'z24' }),
        door([0, 17], { entrance: '24h', wallId: 'wall-w', rotation: 90 }),
        point('cctv', [2, 17.5]),
      ]),
      'safety.cctv',
      { status: 'pass' },
    ));
  it('hunan: the entrance covered but the 24h area (far corner) out of every camera’s reach: error naming it', () =>
    expectVerdict(
      oneFloor('hunan', [cam([15, 5]), zone('self-service-24h', box(0.1, 15, 4, 19.9), { id: 'z24' }), door([0, 17], { entrance: '24h', wallId: 'wall-w', rotation: 90 })]),
      'safety.cctv',
      { status: 'fail', severity: 'error', names: ['z24'] },
    ));
  it('hunan park (园区参照执行): no camera is a warning', () => expectVerdict(oneFloor('hunan', [], 'park'), 'safety.cctv', { status: 'fail', severity: 'warning' }));
  it('hainan: one camera anywhere passes (合理安装 names no place)', () => expectVerdict(oneFloor('hainan', [cam([28, 18])]), 'safety.cctv', { status: 'pass' }));
  it('hainan: none is an error', () => expectVerdict(oneFloor('hainan', []), 'safety.cctv', { status: 'fail', severity: 'error' }));
  it('hainan village (参照执行): none is a warning', () => expectVerdict(oneFloor('hainan', [], 'village'), 'safety.cctv', { status: 'fail', severity: 'warning' }));
  it('jiangxi: the entrance covered but the counter area (大厅含服务窗口) far from any camera: error', () =>
    expectVerdict(oneFloor('jiangxi', [cam([15, 3]), zone('counter-service', box(20, 14, 29.8, 19.8), { id: 'cs' })]), 'safety.cctv', { status: 'fail', severity: 'error' }));
});

describe('blind upper floors: exits by stair (GB 55037 §7.4.1) and cameras at every elevator landing (jiangxi §5.2.3.4 电梯…全覆盖)', () => {
  const upper = (stairs: HallElement[]) =>
    hall({
      preset: 'hunan',
      floors: [{ elements: [door([30, 10], { entrance: 'exit', wallId: 'wall-e', rotation: 90 }), ...stairs] }, { elements: [zone('waiting', box(1, 1, 29, 19), { id: 'w2' })] }],
    });
  it('storey 2 with one stair down has one exit: error on F2', () =>
    expectVerdict(upper([vlink('stair', [3, 17], ['F1', 'F2'])]), 'safety.exits', { status: 'fail', severity: 'error' }));
  it('storey 2 with two stairs at opposite ends passes', () =>
    expectVerdict(upper([vlink('stair', [3, 17], ['F1', 'F2']), vlink('stair', [27, 17], ['F1', 'F2'])]), 'safety.exits', { status: 'pass' }));
  const lifted = (camsOn: string[]) =>
    hall({
      preset: 'jiangxi',
      floors: [
        {
          elements: [
            point('cctv', [15, 3]),
            vlink('elevator', [5, 10], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
            ...(camsOn.includes('F1') ? [point('cctv', [7, 12], { id: 'c1' })] : []),
          ],
        },
        { elements: camsOn.includes('F2') ? [point('cctv', [7, 12], { id: 'c2' })] : [] },
      ],
    });
  it('jiangxi: a camera at the elevator landing on both floors passes', () => expectVerdict(lifted(['F1', 'F2']), 'safety.cctv', { status: 'pass' }));
  it('jiangxi: none at the 2F landing is an error', () => expectVerdict(lifted(['F1']), 'safety.cctv', { status: 'fail', severity: 'error' }));
});
