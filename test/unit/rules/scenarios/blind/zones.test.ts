/**
 * Blind zone scenarios, written from the standards' text alone: hunan DB43/T part 1 §5.1 (三层以下), §5.2 (面积),
 * §5.4.1 (办公区…应通过建筑布局分隔开), §5.4.2 (入口附近或醒目位置), §5.4.3 (宜与后台审批区对应连接), §5.4.7;
 * hainan §6.1.2.1–6.1.2.2 and table B.1; jiangxi §6.1.3–§6.12, §7.1.6.3. Scope: hunan §5.4 township/village
 * 可参考执行 and the whole text 园区参照执行; hainan and jiangxi §1 乡镇、村、园区 参照执行 (应 → warning).
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { Opening } from '../../../../../src/core/kinds/opening';
import type { HallLevel, PresetId, ZoneType } from '../../../../../src/core/vocab';
import { box, counter, door, hall, oneFloor, vlink, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { PRESETS, expectNoError, expectNoFinding } from './lib';
import { JIANGXI_COUNTY, without } from '../required-zones';

/**
 * A walled back office in the north-west corner (0..10 × 12..20) and a counter area south of it across the
 * partition; `d` is the door in the partition (null: none), `walls` false leaves the boundary open.
 */
function office(d: Partial<Opening> | null, walls = true): HallElement[] {
  return [
    zone('back-office', box(0, 12, 10, 20), { id: 'bo' }),
    zone('counter-service', box(0, 4, 10, 12), { id: 'cs' }),
    ...(walls ? [wall([0, 12], [10, 12], { id: 'p-s' }), wall([10, 12], [10, 20], { id: 'p-e' })] : []),
    ...(d ? [door([5, 12], { id: 'bd', wallId: 'p-s', width: 1.0, ...d })] : []),
  ];
}

describe('blind zone.office-separated: 办公区与其他区域之间应通过建筑布局分隔开', () => {
  for (const preset of PRESETS) {
    it(`${preset}: walled office, no door at all into the hall, passes`, () => expectVerdict(oneFloor(preset, office(null)), 'zone.office-separated', { status: 'pass' }));
    it(`${preset}: an emergency-exit door in the interior partition lets the public in: error`, () =>
      expectVerdict(oneFloor(preset, office({ entrance: 'exit' })), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bd'] }));
    it(`${preset}: an interior door flagged exterior is still a public door into the office: error`, () =>
      expectVerdict(oneFloor(preset, office({ exterior: true })), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bd'] }));
    it(`${preset}: a 24h-entrance door in the interior partition: error`, () =>
      expectVerdict(oneFloor(preset, office({ entrance: '24h' })), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bd'] }));
  }
  it('hunan: a 1.2 m gap left in the partition wall (no door drawn) is an open boundary: error', () => {
    const els = [
      zone('back-office', box(0, 12, 10, 20), { id: 'bo' }),
      zone('counter-service', box(0, 4, 10, 12), { id: 'cs' }),
      wall([0, 12], [4.4, 12], { id: 'p-s1' }),
      wall([5.6, 12], [10, 12], { id: 'p-s2' }),
      wall([10, 12], [10, 20], { id: 'p-e' }),
    ];
    expectVerdict(oneFloor('hunan', els), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bo'] });
  });
  it('jiangxi: the office’s only ordinary door opens to the street (outer wall), not to a public zone: passes', () =>
    expectVerdict(oneFloor('jiangxi', [...office(null), door([0, 16], { id: 'od', wallId: 'wall-w', rotation: 90, width: 1.0 })]), 'zone.office-separated', {
      status: 'pass',
    }));
  it('hainan: a walled corridor (circulation) between office and counters, ordinary door from it into the office: error', () => {
    const els = [
      zone('back-office', box(0, 14, 10, 20), { id: 'bo' }),
      zone('circulation', box(0, 12, 10, 14), { id: 'corr' }),
      zone('counter-service', box(0, 4, 10, 12), { id: 'cs' }),
      wall([0, 14], [10, 14], { id: 'p-s' }),
      wall([10, 14], [10, 20], { id: 'p-e' }),
      door([5, 14], { id: 'bd', wallId: 'p-s', width: 1.0 }),
    ];
    expectVerdict(oneFloor('hainan', els), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bd'] });
  });
  const refer: [PresetId, HallLevel][] = [
    ['hunan', 'village'],
    ['hunan', 'park'],
    ['hainan', 'township'],
    ['hainan', 'village'],
    ['jiangxi', 'township'],
    ['jiangxi', 'park'],
  ];
  for (const [preset, level] of refer)
    it(`${preset} ${level} (参照/参考执行): an ordinary door into the office is a warning`, () =>
      expectVerdict(oneFloor(preset, office({ entrance: 'none' }), level), 'zone.office-separated', { status: 'fail', severity: 'warning' }));
});

/** A partition 10..20 × y = 4 in front of the entrance, which hides what is straight behind it. */
const partition = (): HallElement => wall([10, 4], [20, 4], { id: 'part' });

describe('blind zone.consultation-near-entrance: 入口附近或醒目位置 (either branch)', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a desk behind a partition, out of sight but about 11 m walk (入口附近), passes`, () =>
      expectVerdict(oneFloor(preset, [partition(), counter('consultation-desk', [15, 6], { rotation: 180 })]), 'zone.consultation-near-entrance', { status: 'pass' }));
    it(`${preset}: a desk 26 m straight ahead in an open 30 × 30 hall (醒目位置), passes`, () =>
      expectVerdict(hall({ preset, floors: [{ size: [30, 30], elements: [counter('consultation-desk', [15, 26.5], { rotation: 180 })] }] }), 'zone.consultation-near-entrance', {
        status: 'pass',
      }));
    it(`${preset}: a consultation zone (no desk) just inside the entrance passes`, () =>
      expectVerdict(oneFloor(preset, [zone('consultation', box(12, 1, 18, 5))]), 'zone.consultation-near-entrance', { status: 'pass' }));
    it(`${preset}: the only desk is upstairs (storey 2), far by the stair: error`, () =>
      expectVerdict(
        hall({
          preset,
          floors: [{ elements: [vlink('stair', [28, 17], ['F1', 'F2'])] }, { elements: [counter('consultation-desk', [15, 3], { rotation: 180, id: 'up' })] }],
        }),
        'zone.consultation-near-entrance',
        { status: 'fail', severity: 'error' },
      ));
  }
  it('jiangxi village (参照执行): a hidden far desk is a warning', () =>
    expectVerdict(
      oneFloor('jiangxi', [wall([5, 4], [25, 4], { id: 'scr' }), counter('consultation-desk', [15, 18.5], { rotation: 180 })], 'village'),
      'zone.consultation-near-entrance',
      { status: 'fail', severity: 'warning' },
    ));
  it('hunan park (参照执行): a hidden far desk is a warning', () =>
    expectVerdict(
      oneFloor('hunan', [wall([5, 4], [25, 4], { id: 'scr' }), counter('consultation-desk', [15, 18.5], { rotation: 180 })], 'park'),
      'zone.consultation-near-entrance',
      {
        status: 'fail',
        severity: 'warning',
      },
    ));
  it('hainan: §6.1.2.1 defines the 咨询接待区 but places it nowhere: no finding for a far desk', () =>
    expectNoFinding(oneFloor('hainan', [wall([5, 4], [25, 4], { id: 'scr' }), counter('consultation-desk', [15, 18.5], { rotation: 180 })]), 'zone.consultation-near-entrance'));
});

describe('blind zone.waiting-adjacent: 在空间上宜与咨询服务区、窗口服务区、自助服务区等关联设置 (宜)', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: a waiting area 1 m from a self-service area passes`, () =>
      expectVerdict(oneFloor(preset, [zone('self-service', box(2, 12, 8, 18)), zone('waiting', box(9, 12, 13, 18))]), 'zone.waiting-adjacent', { status: 'pass' }));
    it(`${preset}: a waiting area 10 m from a consultation area passes`, () =>
      expectVerdict(oneFloor(preset, [zone('consultation', box(2, 12, 8, 18)), zone('waiting', box(18, 12, 22, 18))]), 'zone.waiting-adjacent', { status: 'pass' }));
    it(`${preset} township: far from any service area stays a warning (宜)`, () =>
      expectVerdict(oneFloor(preset, [zone('counter-service', box(1, 14, 4, 19)), zone('waiting', box(24, 14, 29, 19))], 'township'), 'zone.waiting-adjacent', {
        status: 'fail',
        severity: 'warning',
      }));
  }
  it('hainan: no clause on where the 便民服务区 stands', () =>
    expectNoFinding(oneFloor('hainan', [zone('counter-service', box(1, 14, 4, 19)), zone('waiting', box(24, 14, 29, 19))]), 'zone.waiting-adjacent'));
});

describe('blind zone.public-over-staff: 服务对象使用面积应大于工作人员使用面积 (jiangxi §6.1.4)', () => {
  it('public 50.5 m² over staff 50 m² passes', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10.1, 5)), zone('back-office', box(0, 10, 10, 15))]), 'zone.public-over-staff', { status: 'pass' }));
  it('staff area counts every staff zone: 60 public vs 40 back office + 24 archive fails', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('waiting', box(0, 0, 10, 6)), zone('back-office', box(0, 10, 10, 14)), zone('records', box(12, 10, 18, 14))]),
      'zone.public-over-staff',
      { status: 'fail', severity: 'error' },
    ));
  it('areas add up over floors: 60 public on F1, 70 back office on F2, fails', () =>
    expectVerdict(
      hall({ preset: 'jiangxi', floors: [{ elements: [zone('waiting', box(0, 2, 10, 8))] }, { elements: [zone('back-office', box(0, 0, 10, 7))] }] }),
      'zone.public-over-staff',
      { status: 'fail', severity: 'error' },
    ));
  it('the public’s hall corridors count as their area: 40 m² waiting + 15 m² corridor over 50 m² back office passes', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('waiting', box(0.5, 0.5, 10.5, 4.5)), zone('circulation', box(12, 0.5, 27, 1.5)), zone('back-office', box(0.5, 10, 10.5, 15))]),
      'zone.public-over-staff',
      { status: 'pass' },
    ));
  it('jiangxi township (参照执行): a warning', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10, 4)), zone('back-office', box(0, 10, 10, 15))], 'township'), 'zone.public-over-staff', {
      status: 'fail',
      severity: 'warning',
    }));
  for (const preset of ['hunan', 'hainan'] as PresetId[])
    it(`${preset}: no such clause`, () =>
      expectNoFinding(oneFloor(preset, [zone('waiting', box(0, 0, 10, 4)), zone('back-office', box(0, 10, 10, 15))]), 'zone.public-over-staff'));
});

describe('blind zone.specialist-max: 专业区域要求不多于6个 (jiangxi §7.1.6.3)', () => {
  const areas = (n: number) => Array.from({ length: n }, (_, i) => zone('specialist', box(i * 3 + 0.5, 10, i * 3 + 2.5, 14)));
  it('jiangxi park: seven is a warning (参照执行)', () => expectVerdict(oneFloor('jiangxi', areas(7), 'park'), 'zone.specialist-max', { status: 'fail', severity: 'warning' }));
  it('jiangxi city: seven is an error', () => expectVerdict(oneFloor('jiangxi', areas(7), 'city'), 'zone.specialist-max', { status: 'fail', severity: 'error' }));
  it('hunan: no limit on specialist areas', () => expectNoFinding(oneFloor('hunan', areas(7)), 'zone.specialist-max'));
});

describe('blind zone.hall-storeys: 设置在建筑物三层以下 (hunan §5.1)', () => {
  const stack = (n: number, top: HallElement[], level: HallLevel = 'county') =>
    hall({ preset: 'hunan', level, floors: Array.from({ length: n }, (_, i) => ({ elements: i === n - 1 ? top : [] })) });
  it('a public waiting area on storey 4 is an error', () =>
    expectVerdict(stack(4, [zone('waiting', box(2, 2, 8, 8))]), 'zone.hall-storeys', { status: 'fail', severity: 'error' }));
  it('only a back office on storey 4 (no public service there) passes', () =>
    expectVerdict(stack(4, [zone('back-office', box(2, 2, 8, 8))]), 'zone.hall-storeys', { status: 'pass' }));
  it('village: §5.1 is not §5.4, so storey 4 stays an error', () =>
    expectVerdict(stack(4, [zone('counter-service', box(2, 2, 8, 8))], 'village'), 'zone.hall-storeys', { status: 'fail', severity: 'error' }));
  it('park (园区参照执行): storey 4 is a warning', () =>
    expectVerdict(stack(4, [zone('counter-service', box(2, 2, 8, 8))], 'park'), 'zone.hall-storeys', { status: 'fail', severity: 'warning' }));
  it('#11 a public waiting area in the basement is 三层以下 in the text’s own words (以下 = at or below): no finding', () =>
    expectNoFinding(
      hall({ preset: 'hunan', floors: [{ elements: [zone('counter-service', box(2, 2, 8, 8))] }, { storey: -1, elevation: -4.5, elements: [zone('waiting', box(2, 2, 8, 8))] }] }),
      'zone.hall-storeys',
    ));
  it('hainan: no storey clause', () =>
    expectNoFinding(
      hall({ preset: 'hainan', floors: [{ elements: [] }, { elements: [] }, { elements: [] }, { elements: [zone('counter-service', box(2, 2, 8, 8))] }] }),
      'zone.hall-storeys',
    ));
});

describe('blind zone.hall-area: 建筑面积宜为…以上 (hunan §5.2, 宜 → warning)', () => {
  const two = (level: HallLevel, w: number, h: number) =>
    hall({
      preset: 'hunan',
      level,
      floors: [
        { elements: [zone('counter-service', box(1, 1, 5, 5))], size: [w, h] },
        { elements: [zone('waiting', box(1, 1, 5, 5))], size: [w, h] },
      ],
    });
  it('county: two 50 × 50 m floors make 5000 m² (以上 includes it): pass', () => expectVerdict(two('county', 50, 50), 'zone.hall-area', { status: 'pass' }));
  it('county: two 50 × 49.9 m floors make 4990 m²: warning', () => expectVerdict(two('county', 50, 49.9), 'zone.hall-area', { status: 'fail', severity: 'warning' }));
  it('city: two 100 × 50 m floors make 10000 m²: pass', () => expectVerdict(two('city', 100, 50), 'zone.hall-area', { status: 'pass' }));
  it('province: two 100 × 49.9 m floors: warning', () => expectVerdict(two('province', 100, 49.9), 'zone.hall-area', { status: 'fail', severity: 'warning' }));
  for (const preset of ['hainan', 'jiangxi'] as PresetId[]) it(`${preset}: no area clause`, () => expectNoFinding(oneFloor(preset, []), 'zone.hall-area'));
});

describe('blind zone.required: 包括但不限于 / 应设置 lists, merging where allowed', () => {
  const side = (types: ZoneType[], merged: Record<string, ZoneType[]> = {}): HallElement[] =>
    types.map((t, i) => zone(t, box(0.5 + i * 2, 15, 2.5 + i * 2, 19), { also: merged[t] ?? [] }));
  const HUNAN: ZoneType[] = [
    'consultation',
    'counter-service',
    'self-service',
    'form-filling',
    'gov-disclosure',
    'waiting',
    'complaint',
    'records',
    'back-office',
    'it-room',
    'toilet',
    'mother-baby',
    'business-services',
  ];
  /** Table B.1 便民服务站 with the 母婴设施 §6.2.1.1 and table C.1 ask at every level. */
  const HAINAN_VILLAGE: ZoneType[] = ['consultation', 'counter-service', 'certificate', 'gov-disclosure', 'convenience', 'self-service-24h', 'back-office', 'mother-baby'];
  it('hunan county: waiting merged into the form-filling area (§5.4.7 可与填表区合并设置) passes', () =>
    expectVerdict(
      oneFloor(
        'hunan',
        side(
          HUNAN.filter((t) => t !== 'waiting'),
          { 'form-filling': ['waiting'] },
        ),
      ),
      'zone.required',
      { status: 'pass' },
    ));
  it('hainan county: the 便民服务区 merged into the 咨询接待区 (§6.1.2.2 可合并设置): nothing above information', () =>
    expectNoError(
      oneFloor(
        'hainan',
        side(['consultation', 'counter-service', 'certificate', 'gov-disclosure', 'self-service-24h', 'back-office', 'support', 'mother-baby'], { consultation: ['convenience'] }),
      ),
      'zone.required',
    ));
  it('hainan village: every zone of table B.1 便民服务站 (no 配套功能区) passes', () =>
    expectVerdict(oneFloor('hainan', side(HAINAN_VILLAGE), 'village'), 'zone.required', { status: 'pass' }));
  it('hainan city: no 后台办公区 is an error', () =>
    expectVerdict(
      oneFloor('hainan', side(['consultation', 'counter-service', 'certificate', 'gov-disclosure', 'convenience', 'self-service-24h', 'support']), 'city'),
      'zone.required',
      {
        status: 'fail',
        severity: 'error',
        disc: 'back-office',
      },
    ));
  it('jiangxi province: no 企业综合服务专区 (§6.6 应…打造) is an error', () =>
    expectVerdict(oneFloor('jiangxi', side([...without(JIANGXI_COUNTY, 'enterprise-services'), 'mother-baby']), 'province'), 'zone.required', {
      status: 'fail',
      severity: 'error',
      disc: 'enterprise-services',
      count: 1,
    }));
  it('jiangxi §6.7.1 “结合现有咨询服务台…休息等候区等位置，整合设立政务公开区域”: 政务公开 merged into the waiting area meets it', () =>
    expectNoError(oneFloor('jiangxi', side([...without(JIANGXI_COUNTY, 'gov-disclosure'), 'mother-baby'], { waiting: ['gov-disclosure'] })), 'zone.required'));
  it('hunan township: no 窗口服务区 (§5.4 可参考执行) is a warning', () =>
    expectVerdict(oneFloor('hunan', side(HUNAN.filter((t) => t !== 'counter-service')), 'township'), 'zone.required', {
      status: 'fail',
      severity: 'warning',
      disc: 'counter-service',
    }));
  it('hunan county: no 投诉受理区 is an error', () =>
    expectVerdict(oneFloor('hunan', side(HUNAN.filter((t) => t !== 'complaint'))), 'zone.required', { status: 'fail', severity: 'error', disc: 'complaint', count: 1 }));
});

describe('blind zone.counter-backoffice-link: 窗口在空间上宜与后台审批区对应连接 (hunan §5.4.3, 宜)', () => {
  /** A walled back office (0..8 × 14..20) with a staff door east; a counter area `gap` m east of it. */
  const link = (gap: number, level: HallLevel = 'county') =>
    oneFloor(
      'hunan',
      [
        zone('back-office', box(0, 14, 8, 20), { id: 'bo' }),
        wall([0, 14], [8, 14], { id: 'b-s' }),
        wall([8, 14], [8, 20], { id: 'b-e' }),
        door([8, 17], { id: 'sd', wallId: 'b-e', rotation: 90, entrance: 'staff', width: 1.0 }),
        zone('counter-service', box(8 + gap, 14, 14 + gap, 20), { id: 'cs' }),
        counter('general-intake', [11 + gap, 15], { rotation: 270 }),
      ],
      level,
    );
  it('#1 a counter area 6 m from the office’s staff door passes', () => expectVerdict(link(6), 'zone.counter-backoffice-link', { status: 'pass' }));
  it('one 14 m away is a warning', () => expectVerdict(link(14), 'zone.counter-backoffice-link', { status: 'fail', severity: 'warning', names: ['cs'] }));
  it('village: still a warning (宜)', () => expectVerdict(link(14, 'village'), 'zone.counter-backoffice-link', { status: 'fail', severity: 'warning' }));
});
