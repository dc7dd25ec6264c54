/**
 * Blind accessibility scenarios: GB 55019-2021 §2.2.2 (无障碍通道的通行净宽不应小于1.20m，人员密集的公共场所…不应小于
 * 1.80m), §2.3.1 (纵向坡度不应大于1:12…提升高度不应大于750mm…通行净宽不应小于1.20m…水平长度不应小于1.50m), §2.5.1
 * (门…通行净宽不应小于900mm / 既有建筑改造 800mm), §2.6.2 (深度不应小于1.40m，宽度不应小于1.10m); GB 50763 (不在随附文本中)
 * accessible toilet; hainan §6.3.3.1 c–f; jiangxi §4.6.2, §5.2.2.1–5.2.2.2, §5.3.1.2. Widths are made by furniture
 * blocks (obstacles) as often as by walls, and placed off the 0.5 m grid, since a measured width must not depend on
 * where the gap falls.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../../src/core/vocab';
import { box, counter, door, hall, mainDoor, obstacle, oneFloor, point, vlink, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { PRESETS, expectNoError, expectNoFinding } from './lib';

/**
 * A row of furniture blocks across the hall at y = 10..11 leaves one gap `g` m wide starting at x = `x0`; the
 * mother-and-baby room (a public zone) lies beyond it, in the north half, reachable only through the gap.
 */
function gapInFurniture(g: number, x0: number, crowded = false, preset: PresetId = 'hunan') {
  return hall({
    preset,
    crowded,
    floors: [
      {
        elements: [obstacle(box(0.1, 10, x0, 11), { id: 'o-w' }), obstacle(box(x0 + g, 10, 29.9, 11), { id: 'o-e' }), zone('mother-baby', box(6, 14, 24, 19.9), { id: 'mb' })],
      },
    ],
  });
}

describe('blind access.route-width / route-connects: clear width between furniture blocks (GB 55019 §2.2.2)', () => {
  const cases: [number, number, boolean, boolean][] = [
    [1.0, 14.37, false, true],
    [1.19, 9.83, false, true],
    [1.2, 9.83, false, false],
    [1.21, 17.61, false, false],
    [1.35, 14.37, false, false],
    [1.6, 12.13, true, true],
    [1.79, 20.42, true, true],
    [1.8, 20.42, true, false],
    [2.05, 7.77, true, false],
  ];
  it.each(cases)('a %s m gap at x = %s (crowded %s): the room beyond is out of a wheelchair’s reach: %s', (g, x0, crowded, fails) =>
    expectVerdict(gapInFurniture(g, x0, crowded), 'access.route-connects', fails ? { status: 'fail', severity: 'error', names: ['mb'] } : { status: 'pass' }),
  );
  it.each([
    [0.6, 11.11],
    [0.79, 16.4],
    [0.95, 13.26],
  ])('a %s m gap at x = %s blocks the wheelchair in every preset', (g, x0) => {
    for (const preset of PRESETS) expectVerdict(gapInFurniture(g, x0, false, preset), 'access.route-connects', { status: 'fail', severity: 'error', names: ['mb'] });
  });
  it('the narrow gap is no finding when a wide way round exists: a 1.0 m gap plus a 2.4 m one', () =>
    expectVerdict(
      hall({
        preset: 'jiangxi',
        floors: [
          {
            elements: [
              obstacle(box(0.1, 10, 8.2, 11)),
              obstacle(box(9.2, 10, 20.3, 11)),
              obstacle(box(22.7, 10, 29.9, 11)),
              zone('mother-baby', box(6, 14, 24, 19.9), { id: 'mb' }),
            ],
          },
        ],
      }),
      'access.route-connects',
      { status: 'pass' },
    ));
  it('a gap between a block and the west wall’s face of 1.15 m blocks the wheelchair', () =>
    expectVerdict(
      hall({ preset: 'hainan', floors: [{ elements: [obstacle(box(1.25, 10, 29.9, 11)), zone('mother-baby', box(6, 14, 24, 19.9), { id: 'mb' })] }] }),
      'access.route-connects',
      { status: 'fail', severity: 'error', names: ['mb'] },
    ));
  it('the same with 1.25 m between block and wall face passes', () =>
    expectVerdict(
      hall({ preset: 'hainan', floors: [{ elements: [obstacle(box(1.35, 10, 29.9, 11)), zone('mother-baby', box(6, 14, 24, 19.9), { id: 'mb' })] }] }),
      'access.route-connects',
      {
        status: 'pass',
      },
    ));
});

/** A partition wall across the hall at y = 10 with one door of width `w` centred at x; the room beyond is public. */
function doorInPartition(w: number, x: number, preset: PresetId = 'hunan', extra: Parameters<typeof door>[1] = {}) {
  return oneFloor(preset, [
    wall([0, 10], [30, 10], { id: 'pw' }),
    door([x, 10], { id: 'pd', wallId: 'pw', width: w, ...extra }),
    zone('mother-baby', box(6, 14, 24, 19.9), { id: 'mb' }),
  ]);
}

describe('blind doors on the wheelchair route: 门开启后的通行净宽不应小于900mm (GB 55019 §2.5.1)', () => {
  it.each([
    [0.6, 7.3, true],
    [0.79, 15.25, true],
    [0.8, 22.1, true],
    [0.89, 12.7, true],
    [0.9, 12.7, false],
    [0.9, 18.35, false],
    [1.2, 4.15, false],
  ])('a %s m door at x = %s cuts the room off from a wheelchair: %s', (w, x, fails) =>
    expectVerdict(doorInPartition(w, x), 'access.route-connects', fails ? { status: 'fail', severity: 'error', names: ['mb'] } : { status: 'pass' }),
  );
  it('a 0.85 m public side entrance (secondary) in a new building: access.door-width error naming it', () =>
    expectVerdict(oneFloor('jiangxi', [door([30, 12.35], { id: 'sd', entrance: 'secondary', wallId: 'wall-e', rotation: 90, width: 0.85 })]), 'access.door-width', {
      status: 'fail',
      severity: 'error',
      names: ['sd'],
    }));
  it('a stepped door (0.05 m, no ramp) into the room bars the wheelchair', () =>
    expectVerdict(doorInPartition(1.2, 15.4, 'hainan', { step: 0.05 }), 'access.route-connects', { status: 'fail', severity: 'error', names: ['mb'] }));
  it('a door at the 0.015 m level threshold does not', () => expectVerdict(doorInPartition(1.2, 15.4, 'hainan', { step: 0.015 }), 'access.route-connects', { status: 'pass' }));
});

describe('blind access.ramp: GB 55019 §2.3.1 (不应大于1:12; 提升高度不应大于750mm; 净宽不应小于1.20m; 平台不应小于1.50m)', () => {
  const ramp = (extra: Parameters<typeof vlink>[3] = {}) => vlink('ramp', [6, 12], ['F1'], { id: 'rp', slope: 1 / 12, runRise: 0.5, clearWidth: 1.5, landing: 1.8, ...extra });
  const cases: [string, Parameters<typeof vlink>[3], boolean][] = [
    ['slope 1:12.1', { slope: 1 / 12.1 }, false],
    ['slope 1:12', { slope: 1 / 12 }, false],
    ['slope 1:11.9', { slope: 1 / 11.9 }, true],
    ['slope 1:10', { slope: 0.1 }, true],
    ['rise per run 0.75 m', { runRise: 0.75 }, false],
    ['rise per run 0.76 m', { runRise: 0.76 }, true],
    ['clear width 1.20 m', { clearWidth: 1.2 }, false],
    ['clear width 1.19 m', { clearWidth: 1.19 }, true],
    ['landing 1.50 m', { landing: 1.5 }, false],
    ['landing 1.49 m', { landing: 1.49 }, true],
  ];
  for (const preset of PRESETS)
    it.each(cases)(`${preset}: %s fails: %s`, (_n, extra, fails) =>
      expectVerdict(oneFloor(preset, [ramp(extra)]), 'access.ramp', fails ? { status: 'fail', severity: 'error', names: ['rp'], count: 1 } : { status: 'pass' }),
    );
  it('a ramp wrong in slope and in width is two requirements: two findings', () =>
    expectVerdict(oneFloor('hunan', [ramp({ slope: 0.1, clearWidth: 1.0 })]), 'access.ramp', { status: 'fail', severity: 'error', count: 2 }));
});

/** Three floors: an accessible lift serving `served`, and a stair through all three; a public zone on each. */
function liftHall(preset: PresetId, car: { w: number; d: number }, served = ['F1', 'F2', 'F3']) {
  const z = (f: string): HallElement => zone('counter-service', box(2, 12, 10, 18), { id: `cs-${f}` });
  return hall({
    preset,
    floors: [
      { elements: [vlink('stair', [25, 15], ['F1', 'F2', 'F3']), vlink('elevator', [15, 15], served, { id: 'lift', accessible: true, car, size: { w: 2, d: 2 } }), z('F1')] },
      { elements: [z('F2')] },
      { elements: [z('F3')] },
    ],
  });
}

describe('blind access.elevator: GB 55019 §2.6.2 深度不应小于1.40m，宽度不应小于1.10m; hainan §6.3.3.1 d', () => {
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a 1.10 wide × 1.40 deep car serving all floors passes`, () => expectVerdict(liftHall(preset, { w: 1.1, d: 1.4 }), 'access.elevator', { status: 'pass' }));
    it(`#4 ${preset}: a car 1.40 wide × 1.10 deep is too shallow (depth 1.10 < 1.40): error`, () =>
      expectVerdict(liftHall(preset, { w: 1.4, d: 1.1 }), 'access.elevator', { status: 'fail', severity: 'error' }));
    it(`${preset}: 1.09 wide is an error`, () => expectVerdict(liftHall(preset, { w: 1.09, d: 1.4 }), 'access.elevator', { status: 'fail', severity: 'error' }));
    it(`${preset}: a lift that stops short of storey 3 leaves it without: error`, () =>
      expectVerdict(liftHall(preset, { w: 1.1, d: 1.4 }, ['F1', 'F2']), 'access.elevator', { status: 'fail', severity: 'error' }));
  }
  it('#5 hainan township (参照执行): a stair-only two-floor station is a warning', () =>
    expectVerdict(
      hall({ preset: 'hainan', level: 'township', floors: [{ elements: [vlink('stair', [25, 15], ['F1', 'F2'])] }, { elements: [zone('counter-service', box(2, 12, 10, 18))] }] }),
      'access.elevator',
      {
        status: 'fail',
        severity: 'warning',
      },
    ));
});

/** An accessible toilet w × d m in the north-east corner, walled on south and west, its door in the south wall. */
function toilet(w: number, d: number, doorW = 0.9, preset: PresetId = 'hunan', level: HallLevel = 'county') {
  const [x0, y0] = [30 - w, 20 - d];
  return oneFloor(
    preset,
    [
      zone('accessible-toilet', box(x0, y0, 30, 20), { id: 'at' }),
      wall([x0, y0], [30, y0], { id: 'ts' }),
      wall([x0, y0], [x0, 20], { id: 'tw' }),
      door([x0 + w / 2, y0], { id: 'td', wallId: 'ts', width: doorW }),
    ],
    level,
  );
}

describe('blind access.toilet: area ≥ 4.00 m², Ø1.50 m turning space, door ≥ 0.80 m', () => {
  for (const preset of PRESETS) {
    it(`${preset}: 2.50 × 1.60 m = 4.00 m² passes`, () => expectVerdict(toilet(2.5, 1.6, 0.9, preset), 'access.toilet', { status: 'pass' }));
    it(`${preset}: 2.00 × 1.99 m = 3.98 m² is an error`, () => expectVerdict(toilet(2, 1.99, 0.9, preset), 'access.toilet', { status: 'fail', severity: 'error', disc: 'area' }));
    it(`${preset}: 3.10 × 1.45 m = 4.50 m² cannot hold the Ø1.50 m circle: error`, () =>
      expectVerdict(toilet(3.1, 1.45, 0.9, preset), 'access.toilet', { status: 'fail', severity: 'error', disc: 'turning' }));
  }
  it('hainan township (参照执行 of §6.3.3.1 f): none is a warning', () =>
    expectVerdict(oneFloor('hainan', [], 'township'), 'access.toilet', { status: 'fail', severity: 'warning' }));
  it('jiangxi §5.3.1.2 应…配备无障碍设施: none is an error', () => expectVerdict(oneFloor('jiangxi', []), 'access.toilet', { status: 'fail', severity: 'error' }));
});

describe('blind access.entrance: level or ramped main entrance; jiangxi 门厅盲道', () => {
  const withMain = (preset: PresetId, extra: Parameters<typeof mainDoor>[0], level: HallLevel = 'county') =>
    hall({ preset, level, floors: [{ noMain: true, elements: [mainDoor({ tactilePaving: true, ...extra })] }] });
  for (const preset of PRESETS) {
    it(`${preset}: a 0.03 m step without a ramp is an error`, () => expectVerdict(withMain(preset, { step: 0.03 }), 'access.entrance', { status: 'fail', severity: 'error' }));
    it(`${preset}: a 0.30 m step with a ramp passes`, () => expectVerdict(withMain(preset, { step: 0.3, ramp: true }), 'access.entrance', { status: 'pass' }));
  }
  it('jiangxi village (参照执行): no tactile paving is a warning', () =>
    expectVerdict(withMain('jiangxi', { tactilePaving: false }, 'village'), 'access.entrance', { status: 'fail', severity: 'warning' }));
  it('hunan: no tactile-paving clause at the entrance hall', () => expectNoFinding(withMain('hunan', { tactilePaving: false }), 'access.entrance'));
});

describe('blind access.priority-seats (jiangxi §5.2.2.1 应…爱心专座) and wheelchair spaces (§5.2.2.2 宜…轮椅席位)', () => {
  const two = (level: HallLevel = 'county') =>
    oneFloor(
      'jiangxi',
      [
        zone('waiting', box(2, 12, 10, 18), { id: 'w1' }),
        point('seat', [6, 15], { count: 8, priority: true }),
        point('seat', [6, 13], { count: 2, wheelchair: true }),
        zone('waiting', box(18, 12, 26, 18), { id: 'w2' }),
        point('seat', [22, 15], { count: 8 }),
      ],
      level,
    );
  it('#10 the centre provides 爱心专座 (in the first waiting area): the text, which asks the centre to provide them, is met: no error', () =>
    expectNoError(two(), 'access.priority-seats'));
  it('a centre whose only waiting area has no 爱心专座 is an error naming it', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(18, 12, 26, 18), { id: 'w2' }), point('seat', [22, 15], { count: 8 })]), 'access.priority-seats', {
      status: 'fail',
      severity: 'error',
      names: ['w2'],
    }));
  it('and without a wheelchair space a separate warning naming it', () =>
    expectVerdict(two(), 'access.wheelchair-spaces', { status: 'fail', severity: 'warning', names: ['w2'], count: 1 }));
  it('township (参照执行): no 爱心专座 at all is a warning', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(18, 12, 26, 18)), point('seat', [22, 15], { count: 8 })], 'township'), 'access.priority-seats', {
      status: 'fail',
      severity: 'warning',
    }));
  for (const preset of ['hunan', 'hainan'] as PresetId[])
    it(`${preset}: no 爱心专座 clause`, () =>
      expectNoFinding(oneFloor(preset, [zone('waiting', box(2, 12, 10, 18)), point('seat', [6, 15], { count: 8 })]), 'access.priority-seats'));
});

describe('blind doors and passages at the issue’s thresholds under every preset', () => {
  for (const preset of PRESETS) {
    it.each([
      [0.6, 9.45, true],
      [0.79, 21.05, true],
      [0.8, 6.6, true],
      [0.9, 24.35, false],
    ])(`${preset}: a %s m door at x = %s bars the wheelchair: %s`, (w, x, fails) =>
      expectVerdict(doorInPartition(w, x, preset), 'access.route-connects', fails ? { status: 'fail', severity: 'error', names: ['mb'] } : { status: 'pass' }),
    );
    it.each([
      [0.8, 9.45, false],
      [0.79, 21.05, true],
    ])(`${preset}, altered existing building (800mm): a %s m door at x = %s bars the wheelchair: %s`, (w, x, fails) => {
      const doc = doorInPartition(w, x, preset);
      doc.meta.ruleOverrides = { buildingWork: 'existing' };
      expectVerdict(doc, 'access.route-connects', fails ? { status: 'fail', severity: 'error', names: ['mb'] } : { status: 'pass' });
    });
    it.each([
      [1.0, 3.3, false, true],
      [1.19, 23.9, false, true],
      [1.2, 23.9, false, false],
      [1.6, 5.55, false, false],
      [1.6, 5.55, true, true],
      [1.8, 18.05, true, false],
    ])(`${preset}: a %s m gap at x = %s (crowded %s) bars the wheelchair: %s`, (g, x0, crowded, fails) =>
      expectVerdict(gapInFurniture(g, x0, crowded, preset), 'access.route-connects', fails ? { status: 'fail', severity: 'error', names: ['mb'] } : { status: 'pass' }),
    );
  }
});

describe('blind access.route-connects names the counters it cannot reach', () => {
  it('a counter in the room behind a 1.0 m gap is named', () => {
    const doc = gapInFurniture(1.0, 14.37);
    doc.floors[0]?.elements.push(counter('general-intake', [15, 17], { id: 'far-k' }));
    expectVerdict(doc, 'access.route-connects', { status: 'fail', severity: 'error', names: ['far-k'] });
  });
});
