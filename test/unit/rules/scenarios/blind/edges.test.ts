/**
 * Edge scenarios an auditor holding the texts would try, at and just across each threshold the other blind files
 * leave between two tested values: hunan §5.4.7 “原则上每层不少于两处” (two places, not two polygons), jiangxi
 * §6.1.4 “应大于” (strictly more), §7.1.6.3 “不多于6个” (six included), the 一米线 at the edges of its tolerance,
 * hunan §5.1 “三层以下” (storey 3 included), a public door into the back office by every kind the public can pass,
 * and passable gaps whose verdict must not depend on where they fall on the 0.5 m walking raster.
 */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { CounterType, EntranceKind, HallLevel, PresetId, ZoneType } from '../../../../../src/core/vocab';
import { box, counter, door, hall, obstacle, oneFloor, sign, wall, zone } from '../hall';
import { expectVerdict, verdictOf } from '../verdict';
import { PRESETS, expectNoFinding } from './lib';
import { HUNAN_COUNTY } from '../required-zones';

const desk = (d: number) => counter('general-intake', [10, 8], { id: 'k', number: '01', oneMetreLine: { enabled: true, distance: d } });

describe('edge counter.one-metre-line: 一米线 at the edges of the preset tolerance (1.00 ± 0.10 m, inclusive)', () => {
  const cases: [number, boolean][] = [
    [0.89, true],
    [0.9, false],
    [0.99, false],
    [1.0, false],
    [1.1, false],
    [1.11, true],
  ];
  for (const preset of PRESETS)
    it.each(cases)(`${preset}: a line at %s m fails: %s`, (d, fails) =>
      expectVerdict(oneFloor(preset, [desk(d)]), 'counter.one-metre-line', fails ? { status: 'fail', severity: 'error', names: ['k'] } : { status: 'pass' }),
    );
});

/** A floor with a counter area and `waits` waiting zones. */
const waitingFloor = (waits: HallElement[]): HallElement[] => [zone('counter-service', box(2, 2, 14, 8), { id: 'cs' }), counter('general-intake', [8, 5]), ...waits];

describe('edge zone.waiting-per-floor: 原则上每层不少于两处 (hunan §5.4.7)', () => {
  it('county: one waiting area on the counters’ floor is an error naming the floor', () => {
    expectVerdict(oneFloor('hunan', waitingFloor([zone('waiting', box(16, 2, 24, 8), { id: 'w1' })])), 'zone.waiting-per-floor', { status: 'fail', severity: 'error' });
  });
  it('county: two waiting areas apart pass', () =>
    expectVerdict(oneFloor('hunan', waitingFloor([zone('waiting', box(16, 2, 24, 8)), zone('waiting', box(16, 12, 24, 18))])), 'zone.waiting-per-floor', { status: 'pass' }));
  it('county: one waiting area drawn as two polygons sharing an edge is one place (处): error', () =>
    expectVerdict(oneFloor('hunan', waitingFloor([zone('waiting', box(16, 2, 20, 8)), zone('waiting', box(20, 2, 24, 8))])), 'zone.waiting-per-floor', {
      status: 'fail',
      severity: 'error',
    }));
  it('county: two waiting rooms back to back across a partition are two places: pass', () =>
    expectVerdict(oneFloor('hunan', waitingFloor([zone('waiting', box(16, 2, 20, 8)), wall([20, 2], [20, 8]), zone('waiting', box(20, 2, 24, 8))])), 'zone.waiting-per-floor', {
      status: 'pass',
    }));
  it('county: a form-filling area that also serves for waiting (§5.4.7 可与填表区合并设置) is the second place', () =>
    expectVerdict(
      oneFloor('hunan', waitingFloor([zone('waiting', box(16, 2, 24, 8)), zone('form-filling', box(16, 12, 24, 18), { also: ['waiting'] })])),
      'zone.waiting-per-floor',
      {
        status: 'pass',
      },
    ));
  it('county: F1 with two, F2 with counters and one: the finding is on F2', () => {
    const doc = hall({
      preset: 'hunan',
      floors: [
        { elements: waitingFloor([zone('waiting', box(16, 2, 24, 8)), zone('waiting', box(16, 12, 24, 18))]) },
        { elements: [zone('counter-service', box(2, 2, 14, 8)), counter('general-intake', [8, 5]), zone('waiting', box(16, 2, 24, 8))] },
      ],
    });
    const v = verdictOf(doc, 'zone.waiting-per-floor');
    expect(v.status).toBe('fail');
    if (v.status === 'fail') expect(v.findings.map((f) => f.floorId)).toEqual(['F2']);
  });
  for (const level of ['township', 'village', 'park'] as HallLevel[])
    it(`${level} (§5.4 可参考执行): one waiting area is a warning`, () =>
      expectVerdict(oneFloor('hunan', waitingFloor([zone('waiting', box(16, 2, 24, 8))]), level), 'zone.waiting-per-floor', { status: 'fail', severity: 'warning' }));
  for (const preset of ['hainan', 'jiangxi'] as PresetId[])
    it(`${preset}: no per-floor count in the text`, () => expectNoFinding(oneFloor(preset, waitingFloor([zone('waiting', box(16, 2, 24, 8))])), 'zone.waiting-per-floor'));
});

describe('edge zone.public-over-staff: 服务对象使用面积应大于工作人员使用面积 (jiangxi §6.1.4, strictly more)', () => {
  it('50 m² public against 50 m² staff is not more: error', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10, 5)), zone('back-office', box(0, 10, 10, 15))]), 'zone.public-over-staff', {
      status: 'fail',
      severity: 'error',
    }));
  it('50.5 m² against 50 m² passes', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10.1, 5)), zone('back-office', box(0, 10, 10, 15))]), 'zone.public-over-staff', { status: 'pass' }));
});

describe('edge zone.specialist-max: 专业区域要求不多于6个 (jiangxi §7.1.6.3, six included)', () => {
  const areas = (n: number) => Array.from({ length: n }, (_, i) => zone('specialist', box(i * 3 + 0.5, 10, i * 3 + 2.5, 14)));
  it('six pass', () => expectVerdict(oneFloor('jiangxi', areas(6)), 'zone.specialist-max', { status: 'pass' }));
  it('seven are an error', () => expectVerdict(oneFloor('jiangxi', areas(7)), 'zone.specialist-max', { status: 'fail', severity: 'error' }));
});

describe('edge zone.hall-storeys: 设置在建筑物三层以下 (hunan §5.1, storey 3 included)', () => {
  const stack = (n: number) => hall({ preset: 'hunan', floors: Array.from({ length: n }, (_, i) => ({ elements: i === n - 1 ? [zone('waiting', box(2, 2, 8, 8))] : [] })) });
  it('a public waiting area on storey 3 passes', () => expectVerdict(stack(3), 'zone.hall-storeys', { status: 'pass' }));
  it('on storey 4 it is an error', () => expectVerdict(stack(4), 'zone.hall-storeys', { status: 'fail', severity: 'error' }));
});

/** The walled back office of the other blind files, its partition door `kind`. */
function officeBehind(kind: EntranceKind): HallElement[] {
  return [
    zone('back-office', box(0, 12, 10, 20), { id: 'bo' }),
    zone('counter-service', box(0, 4, 10, 12), { id: 'cs' }),
    wall([0, 12], [10, 12], { id: 'p-s' }),
    wall([10, 12], [10, 20], { id: 'p-e' }),
    door([5, 12], { id: 'bd', wallId: 'p-s', width: 1.0, entrance: kind }),
  ];
}

describe('edge zone.office-separated: every door kind the public can pass into the back office is a finding', () => {
  for (const preset of PRESETS) {
    it(`${preset}: a staff-only door passes`, () => expectVerdict(oneFloor(preset, officeBehind('staff')), 'zone.office-separated', { status: 'pass' }));
    for (const kind of ['none', 'secondary', 'main', 'exit', '24h'] as EntranceKind[])
      it(`${preset}: a “${kind}” door in the interior partition is an error naming it`, () =>
        expectVerdict(oneFloor(preset, officeBehind(kind)), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bd'] }));
  }
});

/**
 * A row of furniture blocks wall to wall at y = 10..11 with one gap `g` wide at `x0`; the waiting area lies beyond
 * it, the counter area before it. No text sets a walking width; the preset's `walkMinWidthM` (0.55 m, one 人流股)
 * does, so a gap's verdict must not change with where it falls on the 0.5 m cells, below the width or above it.
 */
const squeeze = (g: number, x0: number): HallElement[] => [
  zone('counter-service', box(10, 3, 20, 8), { id: 'cs' }),
  obstacle(box(0.1, 10, x0, 11)),
  obstacle(box(x0 + g, 10, 29.9, 11)),
  zone('waiting', box(10, 14, 20, 19.9), { id: 'w' }),
];

describe('edge walking through narrow gaps: the verdict does not depend on the raster’s cells', () => {
  const offsets = [9.5, 9.63, 9.75, 9.87, 10.12, 14.31, 14.5];
  for (const g of [0.4, 0.5, 0.6, 0.8])
    it(`a ${g} m gap gives one verdict wherever it falls`, () => {
      const got = offsets.map((x0) => verdictOf(oneFloor('jiangxi', squeeze(g, x0)), 'zone.waiting-adjacent').status);
      expect(new Set(got).size, `${g} m at ${offsets.join(', ')}: ${got.join(', ')}`).toBe(1);
    });
});

describe('edge 宜 and 可 beside 应 in one list: each missing item is its own finding at its own force', () => {
  const row = (types: CounterType[]): HallElement[] => types.map((t, i) => counter(t, [2 + i * 1.6, 12], { id: `w-${t}` }));
  const HUNAN_WINDOWS: CounterType[] = ['consultation-desk', 'general-intake', 'general-pickup', 'assisted', 'cross-region', 'unresolved', 'policy', 'gov-disclosure'];
  const but = (list: CounterType[], ...out: CounterType[]) => list.filter((t) => !out.includes(t));
  it('hunan county: every window but 政策兑现 (宜结合当地政策情况，设置) is one warning', () =>
    expectVerdict(oneFloor('hunan', row(but(HUNAN_WINDOWS, 'policy'))), 'counter.required', { status: 'fail', severity: 'warning', disc: 'policy', count: 1 }));
  it('hunan county: without 帮（代）办 and 政策兑现, an error and a separate warning', () => {
    const doc = oneFloor('hunan', row(but(HUNAN_WINDOWS, 'policy', 'assisted')));
    expectVerdict(doc, 'counter.required', { status: 'fail', severity: 'error', disc: 'assisted', count: 1 });
    expectVerdict(doc, 'counter.required', { status: 'fail', severity: 'warning', disc: 'policy', count: 1 });
  });
  it('hunan county: every window there passes', () => expectVerdict(oneFloor('hunan', row(HUNAN_WINDOWS)), 'counter.required', { status: 'pass' }));
  it('jiangxi county: only the 潮汐窗口 (依据需要预留) missing is information', () =>
    expectVerdict(oneFloor('jiangxi', row(['general-intake', 'policy', 'postal', 'unresolved', 'extended-hours'])), 'counter.required', {
      status: 'fail',
      severity: 'info',
      disc: 'tidal',
      count: 1,
    }));
  it('hainan village: table B.1 便民服务站 has no “未办成事” window; only the 可设置 windows are information', () => {
    const v = verdictOf(oneFloor('hainan', row(['consultation-desk', 'general-intake', 'assisted', 'cross-region']), 'village'), 'counter.required');
    const got = v.status === 'fail' ? v.findings.map((f) => `${f.severity} ${f.key.split('|').at(-1)}`) : [];
    expect(got.sort()).toEqual(['info any:special', 'info general-pickup', 'info leader-duty']);
  });
});

describe('edge zone.consultation-near-entrance: 入口附近 (walk ≤ 15 m) or 醒目位置, out of sight near the limit', () => {
  /** A desk at (15, 6) facing south behind a partition at y = 4 of half-length `half`: walked round its end. */
  const hidden = (preset: PresetId, half: number) =>
    oneFloor(preset, [wall([15 - half, 4], [15 + half, 4], { id: 'part' }), counter('consultation-desk', [15, 6], { id: 'cd', rotation: 180 })]);
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    // Taut walks from 0.8 m inside the door to the desk's service point: 14.0 m (the raster's steps read 16.25 m) and 15.9 m.
    it(`${preset}: 14.0 m round a 13 m partition passes`, () => expectVerdict(hidden(preset, 6.5), 'zone.consultation-near-entrance', { status: 'pass' }));
    it(`${preset}: 15.9 m round a 15 m partition is an error saying so`, () =>
      expectVerdict(hidden(preset, 7.5), 'zone.consultation-near-entrance', { status: 'fail', severity: 'error', says: ['15.90 m walk'] }));
  }
});

describe('edge walks measured as walked (taut round the corners), not in raster steps', () => {
  it('jiangxi zone.waiting-adjacent: a waiting room 13.5 m walk round a partition from the counter area passes', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('counter-service', box(12, 1, 18, 3), { id: 'cs' }), wall([8.5, 4], [21.5, 4], { id: 'part' }), zone('waiting', box(13, 5, 17, 7), { id: 'w' })]),
      'zone.waiting-adjacent',
      { status: 'pass' },
    ));
  it('jiangxi zone.waiting-adjacent: one 17 m round a longer partition is a warning', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('counter-service', box(12, 1, 18, 3), { id: 'cs' }), wall([5, 4], [25, 4], { id: 'part' }), zone('waiting', box(13, 5, 17, 7), { id: 'w' })]),
      'zone.waiting-adjacent',
      { status: 'fail', severity: 'warning', names: ['w'] },
    ));
});

describe('edge sign.layout-map: 出入口 / 显著位置 within 8 m walk of the main entrance, walked round a partition', () => {
  /** A layout map at (15, 6) behind a partition at y = 4 of half-length `half`, walked to round its end. */
  const behind = (preset: PresetId, half: number) => oneFloor(preset, [wall([15 - half, 4], [15 + half, 4], { id: 'part' }), sign('layout-map', [15, 6], { id: 'm' })]);
  for (const preset of ['jiangxi', 'hainan'] as PresetId[]) {
    // Taut walks from 0.8 m inside the door round the partition's end: about 7.7 m (the raster's steps read 9.77 m) and 8.38 m.
    it(`${preset}: about 7.7 m round a 5.6 m partition passes`, () => expectVerdict(behind(preset, 2.8), 'sign.layout-map', { status: 'pass' }));
    it(`${preset}: 8.38 m round a 6.4 m partition is an error saying so`, () =>
      expectVerdict(behind(preset, 3.2), 'sign.layout-map', { status: 'fail', severity: 'error', says: ['8.38 m'] }));
  }
});

describe('edge zone.required (hunan §5.4.1): 应 zones, the 其他功能 rooms (no modal verb) and 可设置 商务服务区 each at their own force', () => {
  const side = (types: ZoneType[]): HallElement[] => types.map((t, i) => zone(t, box(0.5 + i * 2, 15, 2.5 + i * 2, 19)));
  const ALL: ZoneType[] = [...HUNAN_COUNTY, 'toilet', 'mother-baby', 'business-services'];
  const but = (...out: ZoneType[]) => ALL.filter((t) => !out.includes(t));
  it('county: every zone there passes', () => expectVerdict(oneFloor('hunan', side(ALL)), 'zone.required', { status: 'pass' }));
  it('county: without the mother-and-baby room, one error (§6.5 应配备…母婴专用设施)', () =>
    expectVerdict(oneFloor('hunan', side(but('mother-baby'))), 'zone.required', { status: 'fail', severity: 'error', disc: 'mother-baby', count: 1 }));
  it('county: without the toilet (其他功能, no modal verb), one warning', () =>
    expectVerdict(oneFloor('hunan', side(but('toilet'))), 'zone.required', { status: 'fail', severity: 'warning', disc: 'toilet', count: 1 }));
  it('county: without 商务服务区 (可根据自身实际情况设置), information only', () =>
    expectVerdict(oneFloor('hunan', side(but('business-services'))), 'zone.required', { status: 'fail', severity: 'info', disc: 'business-services', count: 1 }));
  it('county: without the complaint room and the toilet, an error and a separate warning', () => {
    const doc = oneFloor('hunan', side(but('complaint', 'toilet')));
    expectVerdict(doc, 'zone.required', { status: 'fail', severity: 'error', disc: 'complaint', count: 1 });
    expectVerdict(doc, 'zone.required', { status: 'fail', severity: 'warning', disc: 'toilet', count: 1 });
  });
});
