/**
 * Zone rules, scenario by scenario from the standards' words: hunan DB43/T part 1 §5.1, §5.2, §5.4; hainan
 * §6.1.2 and table B.1; jiangxi DB36/T 2016 §6.1–§6.12, §7.1.6.3. Each hall is small and says one thing.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId, ZoneType } from '../../../../src/core/vocab';
import { box, counter, door, hall, oneFloor, wall, zone } from './hall';
import { expectVerdict, verdictOf } from './verdict';
import { backToBackWaiting, HAINAN_COUNTY, HUNAN_COUNTY, JIANGXI_COUNTY, without } from './required-zones';

/** Zones of the given types side by side along the north wall, 2 × 4 m each (merged types via `also`). */
const zonesOf = (types: ZoneType[]): HallElement[] => types.map((t, i) => zone(t, box(1 + i * 2, 15, 3 + i * 2, 19)));

describe('zone.required (hunan §5.4.1, hainan §6.1.2.1 + B.1, jiangxi §6.1.3/§6.10.2/§6.11/§6.12)', () => {
  const cases: [string, PresetId, HallLevel, ZoneType[], ZoneType | null, 'error' | 'warning' | 'info' | null][] = [
    ['hunan county: every listed zone present', 'hunan', 'county', [...HUNAN_COUNTY, 'toilet', 'mother-baby', 'business-services'], null, null],
    ['hunan county: no 资料存储区 (应)', 'hunan', 'county', without(HUNAN_COUNTY, 'records'), 'records', 'error'],
    ['hunan city: no 信息化设备空间 (应)', 'hunan', 'city', without(HUNAN_COUNTY, 'it-room'), 'it-room', 'error'],
    ['hunan county: no 商务服务区 (可)', 'hunan', 'county', HUNAN_COUNTY, 'business-services', 'info'],
    ['hunan county: no 母婴室 (§6.5 应配备…母婴专用设施)', 'hunan', 'county', HUNAN_COUNTY, 'mother-baby', 'error'],
    ['hunan township: no 资料存储区 (§5.4 可参考执行: 应 as warning)', 'hunan', 'township', without(HUNAN_COUNTY, 'records'), 'records', 'warning'],
    ['hunan village: no 自助服务区 (可参考执行)', 'hunan', 'village', without(HUNAN_COUNTY, 'self-service'), 'self-service', 'warning'],
    ['hunan park: no 咨询服务区 (参照执行)', 'hunan', 'park', without(HUNAN_COUNTY, 'consultation'), 'consultation', 'warning'],
    ['hainan county: no 制证和取证区 (应)', 'hainan', 'county', without(HAINAN_COUNTY, 'certificate'), 'certificate', 'error'],
    ['hainan county: no 配套功能区 (应)', 'hainan', 'county', without(HAINAN_COUNTY, 'support'), 'support', 'error'],
    ['hainan county: no 母婴室 (§6.2.1.1 便民服务类：应配备…母婴设施)', 'hainan', 'county', HAINAN_COUNTY, 'mother-baby', 'error'],
    ['hainan township: no 24 小时自助办理区 (参照执行)', 'hainan', 'township', without(HAINAN_COUNTY, 'self-service-24h'), 'self-service-24h', 'warning'],
    ['hainan village: no 配套功能区 (B.1 便民服务站 lists none)', 'hainan', 'village', without(HAINAN_COUNTY, 'support'), 'support', null],
    ['hainan village: no 制证和取证区 (B.1, 参照执行)', 'hainan', 'village', without(HAINAN_COUNTY, 'certificate'), 'certificate', 'warning'],
    ['jiangxi county: every listed zone present', 'jiangxi', 'county', [...JIANGXI_COUNTY, 'mother-baby'], null, null],
    ['jiangxi county: no 文化建设专区 (§6.11 应)', 'jiangxi', 'county', without(JIANGXI_COUNTY, 'culture'), 'culture', 'error'],
    ['jiangxi county: no 档案室 (§6.12 应按照建标 103 的要求设置档案室)', 'jiangxi', 'county', without(JIANGXI_COUNTY, 'records'), 'records', 'error'],
    ['jiangxi county: no 会议室 (§6.10.2 应设置公用或专用多功能会议室)', 'jiangxi', 'county', without(JIANGXI_COUNTY, 'meeting'), 'meeting', 'error'],
    ['jiangxi county: no 母婴室 (§6.12 宜)', 'jiangxi', 'county', JIANGXI_COUNTY, 'mother-baby', 'warning'],
    ['jiangxi township: no 休息等候区 (参照执行)', 'jiangxi', 'township', without(JIANGXI_COUNTY, 'waiting'), 'waiting', 'warning'],
  ];
  it.each(cases)('%s', (_n, preset, level, types, missing, severity) => {
    const doc = oneFloor(preset, zonesOf(types), level);
    if (!missing) {
      expectVerdict(doc, 'zone.required', { status: 'pass' });
      return;
    }
    if (!severity) {
      const v = verdictOf(doc, 'zone.required');
      if (v.status === 'fail') for (const f of v.findings) if (f.key.endsWith(`|${missing}`)) throw new Error(`${missing} reported: ${f.message.en}`);
      return;
    }
    expectVerdict(doc, 'zone.required', { status: 'fail', disc: missing, severity, count: 1 });
  });
  it('hunan §5.4.7 可与填表区合并设置: a waiting zone that is also the form-filling zone counts for both', () => {
    const els = zonesOf(without(without(HUNAN_COUNTY, 'form-filling'), 'waiting'));
    els.push(zone('waiting', box(22, 15, 28, 19), { also: ['form-filling'] }));
    expectVerdict(
      oneFloor('hunan', [...els, zone('toilet', box(22, 10, 24, 14)), zone('mother-baby', box(24, 10, 26, 14)), zone('business-services', box(26, 10, 28, 14))]),
      'zone.required',
      {
        status: 'pass',
      },
    );
  });
});

/** A back office (staff) north-west, a counter area south of it, the wall between them, and a door in it. */
function backOffice(doorExtra: Parameters<typeof door>[1] | null, walled = true): HallElement[] {
  const els: HallElement[] = [zone('back-office', box(0, 14, 10, 20), { id: 'bo' }), zone('counter-service', box(0, 8, 10, 14), { id: 'cs' })];
  if (walled) els.push(wall([0, 14], [10, 14], { id: 'w-bo-s' }), wall([10, 14], [10, 20], { id: 'w-bo-e' }));
  if (doorExtra) els.push(door([5, 14], { id: 'bo-door', width: 1, wallId: walled ? 'w-bo-s' : undefined, ...doorExtra }));
  return els;
}

describe('zone.office-separated (hunan §5.4.1 应通过建筑布局分隔开; hainan D.4.11; jiangxi §6.10.1)', () => {
  for (const preset of ['hunan', 'hainan', 'jiangxi'] as const) {
    it(`${preset}: walled back office with a staff-only door passes`, () =>
      expectVerdict(oneFloor(preset, backOffice({ entrance: 'staff' })), 'zone.office-separated', { status: 'pass' }));
    it(`${preset}: an ordinary door from the counter area into the back office is an error`, () =>
      expectVerdict(oneFloor(preset, backOffice({ entrance: 'none' })), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bo-door', 'bo'] }));
    it(`${preset}: a door marked "secondary entrance" in that interior wall is still a public door into it`, () =>
      expectVerdict(oneFloor(preset, backOffice({ entrance: 'secondary' })), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bo-door'] }));
    it(`${preset}: no wall between back office and counter area is an error`, () =>
      expectVerdict(oneFloor(preset, backOffice(null, false)), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bo', 'cs'] }));
  }
  it('hunan: a back office open on its side to the hall (no public zone drawn there) is an error', () => {
    const els = backOffice({ entrance: 'staff' }).filter((e) => e.id !== 'w-bo-e');
    expectVerdict(oneFloor('hunan', els), 'zone.office-separated', { status: 'fail', severity: 'error', names: ['bo'] });
  });
  it('hunan township: §5.4 可参考执行, so an open back office is a warning', () =>
    expectVerdict(oneFloor('hunan', backOffice({ entrance: 'none' }), 'township'), 'zone.office-separated', { status: 'fail', severity: 'warning' }));
});

/** A partition wall 4 m north of the entrance, from x = 5 to 25, so that what lies behind it is out of sight. */
const screen = (): HallElement[] => [wall([5, 4], [25, 4], { id: 'screen' })];

describe('zone.consultation-near-entrance (hunan §5.4.2 入口附近或醒目位置; jiangxi §6.2 入口处或醒目位置)', () => {
  for (const preset of ['hunan', 'jiangxi'] as const) {
    it(`${preset}: a consultation desk 5 m inside the entrance passes`, () =>
      expectVerdict(oneFloor(preset, [counter('consultation-desk', [15, 5], { rotation: 180 })]), 'zone.consultation-near-entrance', { status: 'pass' }));
    it(`${preset}: a desk 18 m away but in plain sight of the entrance passes (醒目位置)`, () =>
      expectVerdict(oneFloor(preset, [counter('consultation-desk', [15, 18.5], { rotation: 180 })]), 'zone.consultation-near-entrance', { status: 'pass' }));
    it(`${preset}: a desk behind a partition, more than 15 m walk and out of sight, is an error`, () =>
      expectVerdict(oneFloor(preset, [...screen(), counter('consultation-desk', [15, 18.5], { rotation: 180 })]), 'zone.consultation-near-entrance', {
        status: 'fail',
        severity: 'error',
        says: ['max 15 m'],
      }));
    it(`${preset}: no consultation desk or zone at all is an error`, () =>
      expectVerdict(oneFloor(preset, []), 'zone.consultation-near-entrance', { status: 'fail', severity: 'error' }));
  }
  it.each(['hunan', 'jiangxi'] as const)('%s: no main entrance is access.entrance’s finding, not a second one here (not applicable)', (preset) => {
    const doc = hall({ preset, floors: [{ elements: [counter('consultation-desk', [15, 5], { rotation: 180 })], noMain: true }] });
    expectVerdict(doc, 'zone.consultation-near-entrance', { status: 'na' });
    expectVerdict(doc, 'access.entrance', { status: 'fail', severity: 'error' });
  });
  it('hunan township: 可参考执行 → warning', () =>
    expectVerdict(oneFloor('hunan', [...screen(), counter('consultation-desk', [15, 18.5], { rotation: 180 })], 'township'), 'zone.consultation-near-entrance', {
      status: 'fail',
      severity: 'warning',
    }));
  it('hainan: the text places no consultation area (rule does not apply)', () => expectVerdict(oneFloor('hainan', []), 'zone.consultation-near-entrance', { status: 'off' }));
});

describe('zone.waiting-per-floor (hunan §5.4.7 原则上每层不少于两处)', () => {
  const counters = () => [counter('general-intake', [5, 10]), counter('general-intake', [7, 10])];
  it('two waiting areas on a floor with counters pass', () =>
    expectVerdict(oneFloor('hunan', [...counters(), zone('waiting', box(2, 12, 8, 16)), zone('waiting', box(20, 12, 26, 16))]), 'zone.waiting-per-floor', { status: 'pass' }));
  it('one waiting area is an error that names the floor and the counts', () =>
    expectVerdict(oneFloor('hunan', [...counters(), zone('waiting', box(2, 12, 8, 16))]), 'zone.waiting-per-floor', {
      status: 'fail',
      severity: 'error',
      says: ['2 counters', '1 waiting', 'at least 2'],
    }));
  it('a floor with no counters is not applicable', () => expectVerdict(oneFloor('hunan', [zone('waiting', box(2, 12, 8, 16))]), 'zone.waiting-per-floor', { status: 'na' }));
  it('hainan and jiangxi have no such clause', () => {
    expectVerdict(oneFloor('hainan', counters()), 'zone.waiting-per-floor', { status: 'off' });
    expectVerdict(oneFloor('jiangxi', counters()), 'zone.waiting-per-floor', { status: 'off' });
  });
});

describe('zone.waiting-adjacent (hunan §5.4.7 宜, jiangxi §6.8.1 宜)', () => {
  for (const preset of ['hunan', 'jiangxi'] as const) {
    it(`${preset}: a waiting area beside the counter area passes`, () =>
      expectVerdict(oneFloor(preset, [zone('counter-service', box(2, 10, 8, 16)), zone('waiting', box(8, 10, 12, 16))]), 'zone.waiting-adjacent', { status: 'pass' }));
    // Back to back across a solid wall the two are 关联 only by the walk round (40 m by the far door).
    it(`${preset}: a waiting room back to back with the counter area, a solid wall between, is a warning`, () =>
      expectVerdict(oneFloor(preset, backToBackWaiting()), 'zone.waiting-adjacent', { status: 'fail', severity: 'warning', names: ['wz'] }));
    it(`${preset}: a waiting area 18 m walk from any service area is a warning with the walk`, () =>
      expectVerdict(oneFloor(preset, [zone('counter-service', box(1, 14, 4, 19)), zone('waiting', box(24, 14, 29, 19))]), 'zone.waiting-adjacent', {
        status: 'fail',
        severity: 'warning',
        says: ['max 15 m'],
      }));
    it(`${preset}: no waiting area: not applicable`, () =>
      expectVerdict(oneFloor(preset, [zone('counter-service', box(1, 14, 4, 19))]), 'zone.waiting-adjacent', { status: 'na' }));
  }
});

describe('zone.waiting-capacity (hunan §5.4.7 能够容纳…等待队列; jiangxi §6.8.2)', () => {
  const counters = (n: number) => Array.from({ length: n }, (_, i) => counter('general-intake', [2 + i * 1.2, 10]));
  for (const preset of ['hunan', 'jiangxi'] as const) {
    it(`${preset}: six counters and two seats is an error`, () =>
      expectVerdict(oneFloor(preset, [...counters(6), zone('waiting', box(2, 14, 10, 19), { id: 'wz' })]), 'zone.waiting-capacity', {
        status: 'fail',
        severity: 'error',
        names: ['wz'],
      }));
  }
  it('hainan: no such clause', () => expectVerdict(oneFloor('hainan', counters(2)), 'zone.waiting-capacity', { status: 'off' }));
});

describe('zone.24h-independent (hainan §6.1.2.1 出入口应独立; jiangxi §6.5.3 一楼主入口一侧; hunan part 4 可)', () => {
  const z24 = (x = 20) => zone('self-service-24h', box(x, 0, x + 5, 5), { id: 'z24', name: '24h' });
  const ownDoor = (x = 20) => door([x + 2.5, 0], { id: 'd24', entrance: '24h', wallId: 'wall-s' });
  it('hainan: a 24h area with its own exterior door passes', () => expectVerdict(oneFloor('hainan', [z24(), ownDoor()]), 'zone.24h-independent', { status: 'pass' }));
  it('hainan: a 24h area reached only through the hall is an error', () =>
    expectVerdict(oneFloor('hainan', [z24()]), 'zone.24h-independent', { status: 'fail', severity: 'error', disc: 'own-door', count: 1 }));
  it('hainan: a 24h area whose only door is the hall’s main entrance is not independent', () =>
    expectVerdict(oneFloor('hainan', [zone('self-service-24h', box(13, 0, 18, 5), { id: 'z24' })]), 'zone.24h-independent', {
      status: 'fail',
      severity: 'error',
      disc: 'own-door',
    }));
  it('jiangxi: on storey 1 beside the main entrance with its own door passes', () =>
    expectVerdict(oneFloor('jiangxi', [z24(17), ownDoor(17)]), 'zone.24h-independent', { status: 'pass' }));
  it('jiangxi: on storey 2 is an error (一楼)', () =>
    expectVerdict(hall({ preset: 'jiangxi', floors: [{ elements: [] }, { elements: [z24(17), ownDoor(17)] }] }), 'zone.24h-independent', {
      status: 'fail',
      severity: 'error',
      disc: 'ground-floor',
    }));
  it('jiangxi: storey 1 above a basement is still 一楼', () =>
    expectVerdict(hall({ preset: 'jiangxi', floors: [{ elements: [z24(17), ownDoor(17)] }, { storey: -1, elevation: -4.5, elements: [] }] }), 'zone.24h-independent', {
      status: 'pass',
    }));
  it('jiangxi: in the far corner, 20.8 m from the main entrance, is an error with the distance', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('self-service-24h', box(0, 17, 3, 20), { id: 'z24' }), door([0, 18.5], { entrance: '24h', rotation: 90, wallId: 'wall-w' })]),
      'zone.24h-independent',
      {
        status: 'fail',
        disc: 'near-main',
        severity: 'error',
        says: ['max 20 m'],
      },
    ));
  it('jiangxi (全天 24h 开放, not 独立): a 24h foyer the main entrance opens straight into passes', () =>
    expectVerdict(oneFloor('jiangxi', [zone('self-service-24h', box(13, 0, 18, 5), { id: 'z24' })]), 'zone.24h-independent', { status: 'pass' }));
  it('jiangxi: reached only through the hall, it cannot open at night', () =>
    expectVerdict(oneFloor('jiangxi', [z24(17)]), 'zone.24h-independent', { status: 'fail', severity: 'error', disc: 'own-door', count: 1 }));
  it('jiangxi: 19.5 m from the main entrance is still 主入口一侧 (≤ 20 m)', () =>
    expectVerdict(
      oneFloor('jiangxi', [zone('self-service-24h', box(0, 15, 2.6, 20), { id: 'z24' }), door([0, 17.5], { entrance: '24h', rotation: 90, wallId: 'wall-w' })]),
      'zone.24h-independent',
      {
        status: 'pass',
      },
    ));
  it('jiangxi township (参照执行): a warning', () =>
    expectVerdict(oneFloor('jiangxi', [z24(17)], 'township'), 'zone.24h-independent', { status: 'fail', severity: 'warning', disc: 'own-door' }));
  it('hainan village (参照执行): a warning', () => expectVerdict(oneFloor('hainan', [z24()], 'village'), 'zone.24h-independent', { status: 'fail', severity: 'warning' }));
  it('hunan: 可 → info', () => expectVerdict(oneFloor('hunan', [z24()]), 'zone.24h-independent', { status: 'fail', severity: 'info' }));
  it('no 24h area: not applicable', () => expectVerdict(oneFloor('hainan', []), 'zone.24h-independent', { status: 'na' }));
});

describe('zone.public-over-staff (jiangxi §6.1.4 服务对象使用面积应大于工作人员使用面积)', () => {
  it('public 60 m² over staff 40 m² passes', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10, 6)), zone('back-office', box(0, 10, 10, 14))]), 'zone.public-over-staff', { status: 'pass' }));
  it('equal areas fail (大于 is strict)', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10, 5)), zone('back-office', box(0, 10, 10, 15))]), 'zone.public-over-staff', {
      status: 'fail',
      severity: 'error',
      says: ['50.00 m²'],
    }));
  it('hunan: no such clause', () => expectVerdict(oneFloor('hunan', []), 'zone.public-over-staff', { status: 'off' }));
  it('no zones drawn: nothing to compare (not applicable)', () => expectVerdict(oneFloor('jiangxi', []), 'zone.public-over-staff', { status: 'na' }));
  it('jiangxi township (参照执行): a warning', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(0, 0, 10, 4)), zone('back-office', box(0, 10, 10, 15))], 'township'), 'zone.public-over-staff', {
      status: 'fail',
      severity: 'warning',
      says: ['40', '50'],
    }));
});

describe('zone.specialist-max (jiangxi §7.1.6.3 不多于6个)', () => {
  const areas = (n: number) => Array.from({ length: n }, (_, i) => zone('specialist', box(i * 3, 10, i * 3 + 2, 14)));
  it('six pass', () => expectVerdict(oneFloor('jiangxi', areas(6)), 'zone.specialist-max', { status: 'pass' }));
  it('seven fail', () => expectVerdict(oneFloor('jiangxi', areas(7)), 'zone.specialist-max', { status: 'fail', severity: 'error', says: ['7 specialist', 'more than 6'] }));
  it('none: not applicable', () => expectVerdict(oneFloor('jiangxi', []), 'zone.specialist-max', { status: 'na' }));
  const depts = (names: string[]) => names.map((d, i) => counter('specialist', [2 + 2 * i, 17], { department: d, id: `sp${i}` }));
  const SIX = ['公安', '税务', '社保', '医保', '公积金', '不动产'];
  it('specialist counters of six departments, no zones drawn: six areas pass', () => expectVerdict(oneFloor('jiangxi', depts(SIX)), 'zone.specialist-max', { status: 'pass' }));
  it('of seven departments: an error naming the counters and the departments', () =>
    expectVerdict(oneFloor('jiangxi', depts([...SIX, '市场监管'])), 'zone.specialist-max', {
      status: 'fail',
      severity: 'error',
      names: ['sp0', 'sp6'],
      says: ['7 departments', '市场监管'],
    }));
  it('two counters of one department are one area', () => expectVerdict(oneFloor('jiangxi', depts([...SIX, '公安'])), 'zone.specialist-max', { status: 'pass' }));
});

describe('zone.hall-storeys (hunan §5.1 设置在建筑物三层以下)', () => {
  const floors = (n: number, level: HallLevel = 'county') =>
    hall({ preset: 'hunan', level, floors: Array.from({ length: n }, (_, i) => ({ elements: i === n - 1 ? [zone('counter-service', box(2, 2, 8, 8))] : [] })) });
  it('public counters on storey 3 pass (以下 includes 3)', () => expectVerdict(floors(3), 'zone.hall-storeys', { status: 'pass' }));
  it('public counters on storey 4 are an error naming the floor', () =>
    expectVerdict(floors(4), 'zone.hall-storeys', { status: 'fail', severity: 'error', says: ['storey 4', 'storey 3 or below'] }));
  it('public counters in a basement are 三层以下 in the text’s words: pass', () =>
    expectVerdict(
      hall({ preset: 'hunan', floors: [{ elements: [] }, { storey: -1, elevation: -4.5, elements: [zone('counter-service', box(2, 2, 8, 8))] }] }),
      'zone.hall-storeys',
      {
        status: 'pass',
      },
    ));
  it('§5.1 binds township halls too (not §5.4)', () => expectVerdict(floors(4, 'township'), 'zone.hall-storeys', { status: 'fail', severity: 'error' }));
  it('jiangxi: no such clause', () => expectVerdict(oneFloor('jiangxi', []), 'zone.hall-storeys', { status: 'off' }));
});

describe('zone.hall-area (hunan §5.2 宜为…以上)', () => {
  const sized = (level: HallLevel, m2: number) =>
    hall({ preset: 'hunan', level, floors: [{ elements: [zone('counter-service', box(1, 1, 5, 5))], outline: box(0, 0, m2 / 20, 20) }] });
  it.each([
    ['province', 9999, true],
    ['province', 10000, false],
    ['city', 10000, false],
    ['county', 4990, true],
    ['county', 5000, false],
    ['township', 199, true],
    ['township', 200, false],
    ['village', 99, true],
    ['village', 100, false],
  ] as [HallLevel, number, boolean][])('%s hall of %s m² fails: %s', (level, m2, fails) =>
    expectVerdict(sized(level, m2), 'zone.hall-area', fails ? { status: 'fail', severity: 'warning' } : { status: 'pass' }),
  );
  it('park: the text gives no area', () => expectVerdict(sized('park', 50), 'zone.hall-area', { status: 'off' }));
  it('a back office on its own floor is part of the hall’s floor area (township: 150 + 150 m²)', () =>
    expectVerdict(
      hall({
        preset: 'hunan',
        level: 'township',
        floors: [
          { elements: [zone('counter-service', box(1, 1, 5, 5))], outline: box(0, 0, 7.5, 20) },
          { elements: [zone('back-office', box(1, 1, 5, 5))], outline: box(0, 0, 7.5, 20) },
        ],
      }),
      'zone.hall-area',
      { status: 'pass' },
    ));
  it('before any zone is drawn, the outlines are the hall (a 600 m² county hall is short of 5000 m²)', () =>
    expectVerdict(oneFloor('hunan', []), 'zone.hall-area', { status: 'fail', severity: 'warning', says: ['600', '5000'] }));
  it('a floor with no zone drawn is not counted', () =>
    expectVerdict(
      hall({
        preset: 'hunan',
        level: 'township',
        floors: [
          { elements: [zone('counter-service', box(1, 1, 5, 5))], outline: box(0, 0, 7.5, 20) },
          { elements: [], outline: box(0, 0, 7.5, 20) },
        ],
      }),
      'zone.hall-area',
      { status: 'fail', severity: 'warning', says: ['150', '200'] },
    ));
});

describe('zone.counter-backoffice-link (hunan §5.4.3 宜与后台审批区对应连接)', () => {
  it('a counter area beside the back office passes', () => expectVerdict(oneFloor('hunan', backOffice({ entrance: 'staff' })), 'zone.counter-backoffice-link', { status: 'pass' }));
  it('a counter area with no back office reachable is a warning', () =>
    expectVerdict(oneFloor('hunan', [zone('counter-service', box(20, 2, 28, 8), { id: 'cs' }), counter('general-intake', [24, 5])]), 'zone.counter-backoffice-link', {
      status: 'fail',
      severity: 'warning',
      names: ['cs'],
    }));
  it('jiangxi: no such clause', () => expectVerdict(oneFloor('jiangxi', []), 'zone.counter-backoffice-link', { status: 'off' }));
  /** A walled back office (0..8 × 14..20) with a staff door east at (8, 17); a 6 m deep counter area `gap` m east of it. */
  const link = (gap: number) =>
    oneFloor('hunan', [
      zone('back-office', box(0, 14, 8, 20), { id: 'bo' }),
      wall([0, 14], [8, 14]),
      wall([8, 14], [8, 20], { id: 'b-e' }),
      door([8, 17], { wallId: 'b-e', rotation: 90, entrance: 'staff', width: 1.0 }),
      zone('counter-service', box(8 + gap, 14, 14 + gap, 20), { id: 'cs' }),
      counter('general-intake', [11 + gap, 15], { rotation: 270 }),
    ]);
  // Measured between the nearest points of the two areas, not their centres (13 m apart at a 6 m gap).
  it('a counter area 6 m from the staff door passes', () => expectVerdict(link(6), 'zone.counter-backoffice-link', { status: 'pass' }));
  it('9 m passes (within 10 m)', () => expectVerdict(link(9), 'zone.counter-backoffice-link', { status: 'pass' }));
  it('11 m is a warning naming the counter area', () =>
    expectVerdict(link(11), 'zone.counter-backoffice-link', { status: 'fail', severity: 'warning', names: ['cs'], says: ['10 m'] }));
});
