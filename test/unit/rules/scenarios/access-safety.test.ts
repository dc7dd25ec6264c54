/**
 * Accessibility and safety rules: GB 55019 / GB 50763 through national.json, hainan §6.3.3.1, jiangxi §4.6.2,
 * §5.2.2, §5.2.3.4, §5.3.1.2; hunan §6.2–§6.3; hainan §10.1 a and annex E; GB 55037 / GB 50016 exits.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../../src/rules';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { MAIN, box, counter, door, hall, mainDoor, obstacle, oneFloor, point, vlink, wall, zone } from './hall';
import { expectVerdict } from './verdict';

const PRESETS: PresetId[] = ['hunan', 'hainan', 'jiangxi'];

/** Two floors with a public zone on each, joined by `links`. */
const twoFloors = (preset: PresetId, links: HallElement[], level?: HallLevel) =>
  hall({
    preset,
    level,
    floors: [{ elements: [zone('counter-service', box(2, 10, 10, 16), { id: 'z1' }), ...links] }, { elements: [zone('counter-service', box(2, 10, 10, 16), { id: 'z2' })] }],
  });
const lift = (car = { w: 1.1, d: 1.4 }, accessible = true) => vlink('elevator', [20, 15], ['F1', 'F2'], { id: 'lift', accessible, car, size: { w: 2, d: 2 } });

describe('access.route-connects (hainan §6.3.3.1 c 所有的无障碍设施应有无障碍通道连接; GB 55019)', () => {
  for (const preset of PRESETS) {
    it(`${preset}: upper-floor counters reached by stairs only are an error`, () =>
      expectVerdict(twoFloors(preset, [vlink('stair', [20, 15], ['F1', 'F2'])]), 'access.route-connects', { status: 'fail', severity: 'error', names: ['z2'], says: ['stairs'] }));
    it(`${preset}: with an accessible lift they are reached`, () => expectVerdict(twoFloors(preset, [lift()]), 'access.route-connects', { status: 'pass' }));
  }
  // GB 55019 (全文强制) binds every building: hainan's §1 参照执行 for villages does not soften the accessible route.
  for (const level of ['township', 'village'] as HallLevel[])
    it(`hainan ${level}: counters upstairs by stairs only are still an error`, () =>
      expectVerdict(twoFloors('hainan', [vlink('stair', [20, 15], ['F1', 'F2'])], level), 'access.route-connects', { status: 'fail', severity: 'error' }));
  it('a room behind a 0.80 m door is out of a wheelchair’s reach (doors by clear width ≥ 0.90 m)', () => {
    const els: HallElement[] = [
      zone('mother-baby', box(24, 14, 30, 20), { id: 'mb' }),
      wall([24, 14], [30, 14], { id: 'w1' }),
      wall([24, 14], [24, 20], { id: 'w2' }),
      door([27, 14], { width: 0.8, wallId: 'w1' }),
    ];
    expectVerdict(oneFloor('hunan', els), 'access.route-connects', { status: 'fail', names: ['mb'] });
  });
  it('no main entrance: nothing to route from (not applicable; access.entrance reports it)', () =>
    expectVerdict(hall({ preset: 'hunan', floors: [{ noMain: true, elements: [zone('waiting', box(2, 2, 6, 6))] }] }), 'access.route-connects', { status: 'na' }));
  /**
   * A room reached only through a 3 m corridor whose walls (0.2 m thick) leave `gap` clear between their faces (GB 55019
   * §2.2.2 ≥ 1.20 m; GB 50763 §8.2.2-3 公众通行的室内走道应为无障碍通道).
   */
  const throughCorridor = (gap: number, crowded = false) => {
    const [l, r] = [14 - 0.1, 14 + gap + 0.1];
    return hall({
      preset: 'hunan',
      crowded,
      floors: [
        {
          elements: [
            wall([0, 12], [l, 12], { id: 'c1' }),
            wall([r, 12], [30, 12], { id: 'c2' }),
            wall([l, 12], [l, 15], { id: 'c3' }),
            wall([r, 12], [r, 15], { id: 'c4' }),
            wall([0, 15], [l, 15], { id: 'c5' }),
            wall([r, 15], [30, 15], { id: 'c6' }),
            zone('mother-baby', box(0, 15, 30, 20), { id: 'mb' }),
          ],
        },
      ],
    });
  };
  /**
   * A waiting area 10 × 8 m open on every side, its middle an island of four seat blocks with `gap` between them:
   * the centre lies where the gaps cross, and a wheelchair rolls into the area whether or not it fits between the
   * blocks to the very centre.
   */
  const islandInWaiting = (gap: number) => {
    const [c, h] = [[15, 10] as const, gap / 2];
    const blocks = [
      box(c[0] - 2 - h, c[1] + h, c[0] - h, c[1] + 2 + h),
      box(c[0] + h, c[1] + h, c[0] + 2 + h, c[1] + 2 + h),
      box(c[0] - 2 - h, c[1] - 2 - h, c[0] - h, c[1] - h),
      box(c[0] + h, c[1] - 2 - h, c[0] + 2 + h, c[1] - h),
    ].map((p, k) => obstacle(p, { id: `seats${k}` }));
    return oneFloor('hunan', [zone('waiting', box(10, 6, 20, 14), { id: 'wa' }), ...blocks]);
  };
  it.each([0.8, 1.0, 1.19])('a waiting area whose seat island leaves %s m gaps around its centre is still reached', (gap) =>
    expectVerdict(islandInWaiting(gap), 'access.route-connects', { status: 'pass' }),
  );
  it('a room fenced off on every side by gaps under 1.20 m is out of reach', () => {
    const fence = [box(9, 5, 21, 5.3), box(9, 14.7, 21, 15), box(9, 5.3, 9.3, 9.5), box(9, 10.5, 9.3, 14.7), box(20.7, 5.3, 21, 14.7)];
    const doc = oneFloor('hunan', [zone('waiting', box(10, 6, 20, 14), { id: 'wa' }), ...fence.map((p, k) => obstacle(p, { id: `f${k}` }))]);
    expectVerdict(doc, 'access.route-connects', { status: 'fail', severity: 'error', names: ['wa'], says: ['passage under 1.20 m'] });
  });
  it('a walled room with no door: the finding says no one gets in', () =>
    expectVerdict(throughCorridor(0), 'access.route-connects', { status: 'fail', severity: 'error', names: ['mb'], says: ['on foot either'] }));
  it.each([
    [0.6, false, true],
    [1.0, false, true],
    [1.19, false, true],
    [1.2, false, false],
    [1.6, false, false],
    [1.6, true, true],
    [1.79, true, true],
    [1.8, true, false],
  ])('a room behind a %s m corridor (crowded %s) is out of reach: %s', (gap, crowded, fails) =>
    expectVerdict(
      throughCorridor(gap, crowded),
      'access.route-connects',
      fails ? { status: 'fail', severity: 'error', names: ['mb'], says: [`passage under ${crowded ? '1.80' : '1.20'} m`] } : { status: 'pass' },
    ),
  );
});

describe('access.elevator (hainan §6.3.3.1 d 如场所为多楼层应设置无障碍电梯; jiangxi §5.2.2.2; GB 55019 car ≥ 1.40 × 1.10 m)', () => {
  for (const preset of PRESETS) {
    it(`${preset}: two public floors with stairs only is an error`, () =>
      expectVerdict(twoFloors(preset, [vlink('stair', [20, 15], ['F1', 'F2'])]), 'access.elevator', { status: 'fail', severity: 'error' }));
    it(`${preset}: an accessible 1.40 × 1.10 m car serving both floors passes`, () => expectVerdict(twoFloors(preset, [lift()]), 'access.elevator', { status: 'pass' }));
    it(`${preset}: a 1.30 × 1.10 m car is too small, and the finding says so`, () =>
      expectVerdict(twoFloors(preset, [lift({ w: 1.1, d: 1.3 })]), 'access.elevator', { status: 'fail', severity: 'error', says: ['1.30 m deep × 1.10 m wide car'] }));
    it(`${preset}: a 1.39 m deep car is short of 1.40 m`, () =>
      expectVerdict(twoFloors(preset, [lift({ w: 1.1, d: 1.39 })]), 'access.elevator', { status: 'fail', severity: 'error', says: ['1.39 m deep × 1.10 m wide car'] }));
    // Depth is from the door: a car 1.40 m wide but 1.10 m deep does not hold a wheelchair rolled in.
    it(`${preset}: a car turned the wrong way (1.40 wide × 1.10 deep) is too shallow`, () =>
      expectVerdict(twoFloors(preset, [lift({ w: 1.4, d: 1.1 })]), 'access.elevator', { status: 'fail', severity: 'error', says: ['1.10 m deep × 1.40 m wide car'] }));
    it(`${preset}: 1.60 wide × 1.40 deep passes`, () => expectVerdict(twoFloors(preset, [lift({ w: 1.6, d: 1.4 })]), 'access.elevator', { status: 'pass' }));
    it(`${preset}: 1.09 m wide is short of 1.10 m`, () =>
      expectVerdict(twoFloors(preset, [lift({ w: 1.09, d: 1.5 })]), 'access.elevator', { status: 'fail', severity: 'error', says: ['1.09 m wide'] }));
  }
  it('a lift not marked accessible is not the accessible elevator', () =>
    expectVerdict(twoFloors('hainan', [lift(undefined, false)]), 'access.elevator', { status: 'fail', severity: 'error', says: ['not marked accessible'] }));
  it('no elevator at all: the finding says there is none', () => expectVerdict(twoFloors('jiangxi', []), 'access.elevator', { status: 'fail', says: ['there is none'] }));
  // The ground floor citizens enter by is one of the place's floors even when it holds only a lobby and a stair.
  const lobbyBelow = (level: HallLevel) =>
    hall({ preset: 'hainan', level, floors: [{ elements: [vlink('stair', [25, 15], ['F1', 'F2'])] }, { elements: [zone('counter-service', box(2, 12, 10, 18))] }] });
  it('hainan: an entrance lobby below the counters, stair only, is an error', () => expectVerdict(lobbyBelow('county'), 'access.elevator', { status: 'fail', severity: 'error' }));
  it('hainan township (参照执行): the same station is a warning', () => expectVerdict(lobbyBelow('township'), 'access.elevator', { status: 'fail', severity: 'warning' }));
  it('one floor: not applicable (如场所为多楼层)', () => expectVerdict(oneFloor('hainan', [zone('waiting', box(2, 2, 6, 6))]), 'access.elevator', { status: 'na' }));
});

describe('access.ramp (GB 55019: ≤ 1:12, rise per run ≤ 0.75 m, clear width ≥ 1.20 m, landing ≥ 1.50 m)', () => {
  const ramp = (extra: Partial<Parameters<typeof vlink>[3]> = {}) =>
    vlink('ramp', [5, 5], ['F1'], { id: 'ramp', slope: 1 / 12, runRise: 0.75, clearWidth: 1.2, landing: 1.5, ...extra });
  for (const preset of PRESETS) it(`${preset}: a ramp at every limit passes`, () => expectVerdict(oneFloor(preset, [ramp()]), 'access.ramp', { status: 'pass' }));
  it.each([
    ['slope', { slope: 1 / 10 }, '1:10'],
    ['rise', { runRise: 0.8 }, '0.80 m'],
    ['clear', { clearWidth: 1.1 }, '1.10 m'],
    ['landing', { landing: 1.4 }, '1.40 m'],
  ] as [string, object, string][])('too much %s is an error that prints it', (disc, extra, shown) =>
    expectVerdict(oneFloor('hainan', [ramp(extra)]), 'access.ramp', { status: 'fail', severity: 'error', disc, count: 1, says: [shown] }),
  );
  it('no ramp: not applicable', () => expectVerdict(oneFloor('hunan', []), 'access.ramp', { status: 'na' }));
});

describe('access.toilet (hainan §6.3.3.1 f; jiangxi §5.3.1.2; GB 50763: ≥ 4.0 m², Ø1.50 m, door ≥ 0.80 m)', () => {
  const toilet = (w: number, d: number, doorW: number) => [
    zone('accessible-toilet', box(20, 15, 20 + w, 15 + d), { id: 'at' }),
    wall([20, 15], [20 + w, 15], { id: 'wt' }),
    door([20 + w / 2, 15], { width: doorW, wallId: 'wt' }),
  ];
  for (const preset of PRESETS) {
    it(`${preset}: 2.0 × 2.0 m with a 0.80 m door passes`, () => expectVerdict(oneFloor(preset, toilet(2, 2, 0.8)), 'access.toilet', { status: 'pass' }));
    it(`${preset}: 1.9 × 2.1 m is 3.99 m², an error`, () =>
      expectVerdict(oneFloor(preset, toilet(1.9, 2.1, 0.8)), 'access.toilet', { status: 'fail', severity: 'error', disc: 'area', says: ['3.99 m²'] }));
    it(`${preset}: a 0.75 m door is an error`, () =>
      expectVerdict(oneFloor(preset, toilet(2, 2, 0.75)), 'access.toilet', { status: 'fail', severity: 'error', disc: 'door', says: ['0.75 m'] }));
    it(`${preset}: none at all is an error`, () => expectVerdict(oneFloor(preset, []), 'access.toilet', { status: 'fail', severity: 'error' }));
  }
  for (const preset of PRESETS) {
    it(`${preset}: 1.50 m wide holds the Ø1.50 m circle exactly`, () => expectVerdict(oneFloor(preset, toilet(1.5, 2.7, 0.9)), 'access.toilet', { status: 'pass' }));
    it(`${preset}: 1.49 m wide does not (turning space only)`, () =>
      expectVerdict(oneFloor(preset, toilet(1.49, 2.8, 0.9)), 'access.toilet', { status: 'fail', severity: 'error', count: 1, disc: 'turning' }));
    it(`${preset}: exactly 4.00 m² passes (不应小于)`, () => expectVerdict(oneFloor(preset, toilet(1.6, 2.5, 0.9)), 'access.toilet', { status: 'pass' }));
  }
  it.each([
    ['hunan', 'township', 'error'],
    ['hunan', 'village', 'error'],
    ['hainan', 'township', 'warning'],
    ['jiangxi', 'village', 'warning'],
  ] as [PresetId, HallLevel, 'error' | 'warning'][])('%s %s: no accessible toilet is %s', (preset, level, severity) =>
    expectVerdict(oneFloor(preset, [], level), 'access.toilet', { status: 'fail', severity }),
  );
  it('a long narrow 4.2 m² room cannot hold the Ø1.50 m circle', () =>
    expectVerdict(oneFloor('hainan', toilet(3, 1.4, 0.9)), 'access.toilet', { status: 'fail', disc: 'turning', says: ['1.50 m'] }));
});

describe('access.door-width (GB 55019 通行净宽不应小于900mm)', () => {
  for (const preset of PRESETS)
    it.each([
      [0.85, true],
      [0.9, false],
    ])(`${preset}: a %s m public door fails: %s`, (w, fails) =>
      expectVerdict(
        oneFloor(preset, [door([0, 10], { id: 'dx', rotation: 90, width: w, wallId: 'wall-w' })]),
        'access.door-width',
        fails ? { status: 'fail', severity: 'error', names: ['dx'], says: [`${w.toFixed(2)} m`] } : { status: 'pass' },
      ),
    );
  it('a staff-only door is not on an accessible route', () =>
    expectVerdict(oneFloor('hunan', [door([0, 10], { rotation: 90, width: 0.8, entrance: 'staff', wallId: 'wall-w' })]), 'access.door-width', { status: 'pass' }));
});

describe('access.entrance (jiangxi §4.6.2 + §5.2.2.2 盲道; hainan §6.3.3.1 c 有地面高差时应放置轮椅坡道; GB 55019)', () => {
  const withMain = (preset: PresetId, extra: Parameters<typeof mainDoor>[0]) => hall({ preset, floors: [{ noMain: true, elements: [mainDoor(extra)] }] });
  for (const preset of PRESETS) {
    it(`${preset}: a 0.15 m step without a ramp is an error`, () =>
      expectVerdict(withMain(preset, { step: 0.15, tactilePaving: true }), 'access.entrance', { status: 'fail', severity: 'error', disc: 'step', says: ['0.15 m'] }));
    it(`${preset}: a 0.015 m threshold counts as level (GB 50763 §3.5.3 不应大于15mm)`, () =>
      expectVerdict(withMain(preset, { step: 0.015, tactilePaving: true }), 'access.entrance', { status: 'pass' }));
    it(`${preset}: a step with a ramp passes`, () => expectVerdict(withMain(preset, { step: 0.45, ramp: true, tactilePaving: true }), 'access.entrance', { status: 'pass' }));
  }
  it('jiangxi: no tactile paving at the entrance hall is an error (应…在中心出入口门厅、过厅设置盲道)', () =>
    expectVerdict(withMain('jiangxi', {}), 'access.entrance', { status: 'fail', severity: 'error', disc: 'tactile' }));
  it('hainan: 盲道 is asked outside the building (a), not at the entrance hall', () => expectVerdict(withMain('hainan', {}), 'access.entrance', { status: 'pass' }));
});

describe('access.priority-seats / access.wheelchair-spaces (jiangxi §5.2.2.1 应 爱心专座; §5.2.2.2 宜 轮椅席位)', () => {
  const waiting = (seat: Partial<Parameters<typeof point>[2]>) => [zone('waiting', box(5, 10, 12, 16), { id: 'wz' }), point('seat', [8, 13], { count: 6, ...seat })];
  it('a waiting area with both passes both', () => {
    const doc = oneFloor('jiangxi', waiting({ priority: true, wheelchair: true }));
    expectVerdict(doc, 'access.priority-seats', { status: 'pass' });
    expectVerdict(doc, 'access.wheelchair-spaces', { status: 'pass' });
  });
  it('no 爱心专座 is an error', () =>
    expectVerdict(oneFloor('jiangxi', waiting({ wheelchair: true })), 'access.priority-seats', { status: 'fail', severity: 'error', names: ['wz'] }));
  it('no 轮椅席位 is a warning', () =>
    expectVerdict(oneFloor('jiangxi', waiting({ priority: true })), 'access.wheelchair-spaces', { status: 'fail', severity: 'warning', names: ['wz'] }));
  // 应为老年服务对象提供…爱心专座 asks the centre, not each waiting area; 休息等候区宜…设置轮椅席位 asks each area.
  const second = () => zone('waiting', box(18, 10, 25, 16), { id: 'wz2' });
  it('priority seats in one of two waiting areas meet §5.2.2.1', () =>
    expectVerdict(oneFloor('jiangxi', [...waiting({ priority: true, wheelchair: true }), second()]), 'access.priority-seats', { status: 'pass' }));
  it('none in either is one error naming both', () =>
    expectVerdict(oneFloor('jiangxi', [...waiting({ wheelchair: true }), second()]), 'access.priority-seats', {
      status: 'fail',
      severity: 'error',
      count: 1,
      names: ['wz', 'wz2'],
    }));
  it('the second area still lacks its wheelchair space (宜): a warning naming it', () =>
    expectVerdict(oneFloor('jiangxi', [...waiting({ priority: true, wheelchair: true }), second()]), 'access.wheelchair-spaces', {
      status: 'fail',
      severity: 'warning',
      names: ['wz2'],
    }));
  it('no waiting area: not applicable', () => expectVerdict(oneFloor('jiangxi', []), 'access.wheelchair-spaces', { status: 'na' }));
  it('hunan and hainan: no such clause', () => {
    expectVerdict(oneFloor('hunan', waiting({})), 'access.priority-seats', { status: 'off' });
    expectVerdict(oneFloor('hainan', waiting({})), 'access.wheelchair-spaces', { status: 'off' });
  });
});

describe('safety.aed-present (hainan E.4 政务服务中心宜…便民服务中心和便民服务站可; hunan §6.3 县级以上地区可)', () => {
  it.each([
    ['hainan', 'county', 'warning'],
    ['hainan', 'city', 'warning'],
    ['hainan', 'township', 'info'],
    ['hainan', 'village', 'info'],
    ['hunan', 'county', 'info'],
    ['hunan', 'township', null],
    ['jiangxi', 'county', null],
  ] as [PresetId, HallLevel, 'warning' | 'info' | null][])('%s %s without an AED: %s', (preset, level, severity) =>
    expectVerdict(oneFloor(preset, [], level), 'safety.aed-present', severity ? { status: 'fail', severity } : { status: 'off' }),
  );
  it('with an AED it passes', () => expectVerdict(oneFloor('hainan', [point('aed', [15, 2])]), 'safety.aed-present', { status: 'pass' }));
  it('AED coverage without an AED: not applicable', () => expectVerdict(oneFloor('hainan', [zone('waiting', box(2, 2, 6, 6))]), 'safety.aed-coverage', { status: 'na' }));
});

describe('safety.first-aid (hunan §6.3 应配置…急救医药箱; hainan §10.1 a)', () => {
  for (const preset of ['hunan', 'hainan'] as PresetId[]) {
    it(`${preset}: none is an error`, () => expectVerdict(oneFloor(preset, []), 'safety.first-aid', { status: 'fail', severity: 'error' }));
    it(`${preset}: one passes`, () => expectVerdict(oneFloor(preset, [point('first-aid-kit', [15, 2])]), 'safety.first-aid', { status: 'pass' }));
  }
  it('hunan township: §6.3 binds every level', () => expectVerdict(oneFloor('hunan', [], 'township'), 'safety.first-aid', { status: 'fail', severity: 'error' }));
  // jiangxi §5.2.2 服务设施 lists 便民医药箱 among the centre's facilities (a list without a modal verb, read as 应).
  it('jiangxi: none is an error citing §5.2.2', () => expectVerdict(oneFloor('jiangxi', []), 'safety.first-aid', { status: 'fail', severity: 'error', clause: '§5.2.2' }));
  it('jiangxi: one passes', () => expectVerdict(oneFloor('jiangxi', [point('first-aid-kit', [15, 2])]), 'safety.first-aid', { status: 'pass' }));
  it('jiangxi village (参照执行): a warning', () => expectVerdict(oneFloor('jiangxi', [], 'village'), 'safety.first-aid', { status: 'fail', severity: 'warning' }));
});

describe('safety.exits, travel distance, exit width (GB 55037 §7.4.1; GB 50016 §5.5.17, §5.5.18)', () => {
  const exitW = (x: number, w = 1.5) => door([x, 20], { entrance: 'exit', width: w, rotation: 180, wallId: 'wall-n' });
  const z = () => zone('waiting', box(1, 1, 29, 19));
  it('one exit on the floor is an error', () => expectVerdict(oneFloor('hunan', [z()]), 'safety.exits', { status: 'fail', severity: 'error', says: ['1 exit', 'at least 2'] }));
  it('a hall with no zones drawn has no floor to count exits on (not applicable)', () => {
    expectVerdict(oneFloor('hunan', []), 'safety.exits', { status: 'na' });
    expectVerdict(oneFloor('hunan', []), 'safety.travel-distance', { status: 'na' });
  });
  it('two exits pass', () => expectVerdict(oneFloor('hunan', [z(), exitW(15)]), 'safety.exits', { status: 'pass' }));
  it('an exit door 0.85 m wide is an error', () =>
    expectVerdict(oneFloor('jiangxi', [z(), exitW(15, 0.85)]), 'safety.exit-width', { status: 'fail', severity: 'error', says: ['0.85 m'] }));
  it('an exit door 0.90 m wide passes', () => expectVerdict(oneFloor('jiangxi', [z(), exitW(15, 0.9)]), 'safety.exit-width', { status: 'pass' }));
  const far = (sprinklers: boolean) =>
    hall({
      preset: 'hainan',
      sprinklers,
      floors: [
        { noMain: true, elements: [door([0, 1], { entrance: 'main', rotation: 90, wallId: 'wall-w' }), door([0, 3], { entrance: 'exit', rotation: 90, wallId: 'wall-w' }), z()] },
      ],
    });
  it('a far corner 33 m from the nearest exit is an error without sprinklers', () =>
    expectVerdict(far(false), 'safety.travel-distance', { status: 'fail', severity: 'error', says: ['max 30 m'] }));
  it('with sprinklers 37.5 m is allowed', () => expectVerdict(far(true), 'safety.travel-distance', { status: 'pass' }));
});

describe('safety.cctv (hunan §6.2 出入口处、24小时自助服务区; jiangxi §5.2.3.4 …大厅（含服务窗口）、电梯、走廊…全覆盖)', () => {
  const cam = (at: [number, number]) => point('cctv', at);
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: an entrance no camera sees is an error`, () => expectVerdict(oneFloor(preset, []), 'safety.cctv', { status: 'fail', severity: 'error', names: ['main'] }));
    it(`${preset}: a camera watching the entrance passes`, () => expectVerdict(oneFloor(preset, [cam([MAIN[0], 4])]), 'safety.cctv', { status: 'pass' }));
  }
  it('jiangxi: the elevator must be covered too', () =>
    expectVerdict(
      hall({
        preset: 'jiangxi',
        floors: [{ elements: [cam([MAIN[0], 4]), vlink('elevator', [3, 17], ['F1'], { id: 'lift', size: { w: 2, d: 2 } }), wall([0, 14], [8, 14]), wall([8, 14], [8, 20])] }],
      }),
      'safety.cctv',
      { status: 'fail', severity: 'error', names: ['lift'] },
    ));
  it('jiangxi: the counter area (大厅含服务窗口) must be covered', () =>
    expectVerdict(
      oneFloor('jiangxi', [
        cam([MAIN[0], 4]),
        zone('counter-service', box(22, 12, 30, 20), { id: 'cs' }),
        wall([22, 12], [30, 12]),
        wall([22, 12], [22, 20]),
        counter('general-intake', [26, 15]),
      ]),
      'safety.cctv',
      { status: 'fail', severity: 'error', names: ['cs'] },
    ));
  it('hunan: an unseen door is named as the door kind names it (its number on the floor, its width), never by its id', () => {
    const doc = oneFloor('hunan', [cam([MAIN[0], 4]), door([30, 10], { id: 'door-9', wallId: 'wall-e', rotation: 90, width: 1, entrance: 'secondary' })]);
    expectVerdict(doc, 'safety.cctv', { status: 'fail', severity: 'error', count: 1, names: ['door-9'] });
    const [f] = checkHall(doc).findings.filter((x) => x.ruleId === 'safety.cctv');
    expect(f.message.zh).toBe('出入口“门 2（1 m）”不在监控范围内');
    expect(f.message.en).toBe('Entrance "Door 2 (1 m)" is not covered by CCTV');
  });
  it('hainan §11.1.4 应合理安装摄像头: no camera at all is an error', () => expectVerdict(oneFloor('hainan', []), 'safety.cctv', { status: 'fail', severity: 'error', count: 1 }));
  it('hainan: the text names no place, so one camera anywhere meets it', () => expectVerdict(oneFloor('hainan', [cam([25, 18])]), 'safety.cctv', { status: 'pass' }));
  it('hainan township (参照执行): a warning', () => expectVerdict(oneFloor('hainan', [], 'township'), 'safety.cctv', { status: 'fail', severity: 'warning' }));
  it('hunan: the 24 h area needs a camera inside it', () =>
    expectVerdict(oneFloor('hunan', [cam([MAIN[0], 4]), zone('self-service-24h', box(0, 0, 6, 6), { id: 'z24' })]), 'safety.cctv', {
      status: 'fail',
      severity: 'error',
      names: ['z24'],
    }));
  it('hunan: the elevator is not among the places named', () =>
    expectVerdict(
      hall({
        preset: 'hunan',
        floors: [{ elements: [cam([MAIN[0], 4]), vlink('elevator', [3, 17], ['F1'], { size: { w: 2, d: 2 } }), wall([0, 14], [8, 14]), wall([8, 14], [8, 20])] }],
      }),
      'safety.cctv',
      {
        status: 'pass',
      },
    ));
});

describe('safety.fire-extinguisher (hainan §6.2.1.1 安防与应急类 应配备…消防器材; jiangxi §5.2.4 室内消防设备应包含…移动式手提灭火器)', () => {
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: one extinguisher in the place passes`, () =>
      expectVerdict(oneFloor(preset, [point('fire-extinguisher', [3, 3])]), 'safety.fire-extinguisher', { status: 'pass' }));
    it(`${preset}: none is an error`, () => expectVerdict(oneFloor(preset, []), 'safety.fire-extinguisher', { status: 'fail', severity: 'error', count: 1 }));
  }
  it('hainan township (参照执行): a warning', () => expectVerdict(oneFloor('hainan', [], 'township'), 'safety.fire-extinguisher', { status: 'fail', severity: 'warning' }));
  it('hunan: §6.1 asks fire systems per GB 50016, no extinguisher count: no rule', () => expectVerdict(oneFloor('hunan', []), 'safety.fire-extinguisher', { status: 'off' }));
});
