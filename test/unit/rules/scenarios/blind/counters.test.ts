/**
 * Blind counter (窗口) scenarios from the standards' text: hunan §5.4.2–5.4.3 (一米线; 台面尺寸、样式…均应统一，
 * 工作台面的高度宜为75 cm左右，宽为75 cm 至100 cm左右), §5.5 (窗口应设置中文标识), §6 服务设施设备 (应配备…服务评价器);
 * hainan §6.1.3.1, §6.2.1.2 (宜统一), §6.3.3.1 e (低位服务台或者适老化和无障碍服务窗口), §9.3.1.1, table B.1; jiangxi
 * §6.4.1 (高度宜为 75cm~80cm，宽度宜为 55cm~65cm；前后台高度应匹配，设计风格保持一致), §6.4.2–6.4.3, §7.1.6;
 * GB 55019 §3.6 (低位服务设施 700mm～850mm, 容膝容脚空间, 直径不小于1.50m的轮椅回转空间).
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { CounterType, HallLevel, PresetId } from '../../../../../src/core/vocab';
import { box, counter, obstacle, oneFloor, point, sign, wall } from '../hall';
import { expectVerdict } from '../verdict';
import { PRESETS, expectNoFinding } from './lib';

type Top = { width: number; depth: number; height: number };
const top = (t: Partial<Top> = {}): Top => ({ width: 0.9, depth: 0.6, height: 0.75, ...t });
/** A general-intake counter facing north at (10, 8), front edge at y = 8.3. */
const desk = (extra: Parameters<typeof counter>[2] = {}) => counter('general-intake', [10, 8], { id: 'k', number: '01', ...extra });

describe('blind counter.desk-height: hunan 75 cm左右 (read 0.70–0.80), jiangxi 75cm~80cm (宜 → warning)', () => {
  const cases: [PresetId, number, boolean][] = [
    ['hunan', 0.7, false],
    ['hunan', 0.69, true],
    ['hunan', 0.8, false],
    ['hunan', 0.81, true],
    ['jiangxi', 0.75, false],
    ['jiangxi', 0.74, true],
    ['jiangxi', 0.8, false],
    ['jiangxi', 0.81, true],
  ];
  it.each(cases)('%s: a %s m work top fails: %s', (preset, h, fails) =>
    expectVerdict(oneFloor(preset, [desk({ top: top({ height: h }) })]), 'counter.desk-height', fails ? { status: 'fail', severity: 'warning', names: ['k'] } : { status: 'pass' }),
  );
  it('hainan: no desk-height clause', () => expectNoFinding(oneFloor('hainan', [desk({ top: top({ height: 1.1 }) })]), 'counter.desk-height'));
  it('jiangxi: the low accessible counter GB 55019 asks for (0.72 m, knee space) is not a wrong desk height', () =>
    expectNoFinding(
      oneFloor('jiangxi', [desk(), counter('general-intake', [14, 8], { id: 'low', low: true, kneeSpace: true, top: top({ height: 0.72 }) })]),
      'counter.desk-height',
    ));
  it('jiangxi §6.4.1 is about the 前台工作台 of the 窗口服务区: a 1.05 m stand-up 咨询导办台 (§6.2) is not held to it', () =>
    expectNoFinding(oneFloor('jiangxi', [counter('consultation-desk', [15, 5], { top: top({ height: 1.05 }) })]), 'counter.desk-height'));
  it('hunan village: still a warning (宜 stays 宜)', () =>
    expectVerdict(oneFloor('hunan', [desk({ top: top({ height: 0.9 }) })], 'village'), 'counter.desk-height', { status: 'fail', severity: 'warning' }));
});

describe('blind counter.desk-size: hunan 宽为75 cm 至100 cm左右 (width), jiangxi 宽度宜为 55cm~65cm (preset reads depth)', () => {
  const cases: [PresetId, Partial<Top>, boolean][] = [
    ['hunan', { width: 0.75 }, false],
    ['hunan', { width: 0.74 }, true],
    ['hunan', { width: 1.0 }, false],
    ['hunan', { width: 1.01 }, true],
    ['jiangxi', { depth: 0.55 }, false],
    ['jiangxi', { depth: 0.54 }, true],
    ['jiangxi', { depth: 0.65 }, false],
    ['jiangxi', { depth: 0.66 }, true],
  ];
  it.each(cases)('%s: top %o fails: %s', (preset, t, fails) =>
    expectVerdict(oneFloor(preset, [desk({ top: top(t) })]), 'counter.desk-size', fails ? { status: 'fail', severity: 'warning', names: ['k'] } : { status: 'pass' }),
  );
});

describe('blind counter.uniform: hunan 台面尺寸、样式…均应统一 (应); hainan 同类型设备…宜统一; jiangxi 设计风格保持一致 (应)', () => {
  const pair = (preset: PresetId, b: Parameters<typeof counter>[2]) => oneFloor(preset, [desk(), counter('general-intake', [13, 8], { id: 'k2', number: '02', ...b })]);
  it('hunan: identical counters pass', () => expectVerdict(pair('hunan', {}), 'counter.uniform', { status: 'pass' }));
  it('hunan: a second counter 1.00 m wide beside a 0.90 m one is an error', () =>
    expectVerdict(pair('hunan', { top: top({ width: 1.0 }) }), 'counter.uniform', { status: 'fail', severity: 'error' }));
  it('hunan: a different style is an error (样式)', () => expectVerdict(pair('hunan', { style: 'open' }), 'counter.uniform', { status: 'fail', severity: 'error' }));
  it('hainan: a different style is a warning (宜)', () => expectVerdict(pair('hainan', { style: 'open' }), 'counter.uniform', { status: 'fail', severity: 'warning' }));
  it('jiangxi: a different style is an error (设计风格保持一致)', () =>
    expectVerdict(pair('jiangxi', { style: 'open' }), 'counter.uniform', { status: 'fail', severity: 'error' }));
  it('hunan: the low accessible counter (lower top, knee space) that GB 55019 requires is not a breach of uniformity', () =>
    expectNoFinding(pair('hunan', { low: true, kneeSpace: true, top: top({ height: 0.72 }) }), 'counter.uniform'));
  it('hunan township (§5.4 可参考执行): a different width is a warning', () =>
    expectVerdict(oneFloor('hunan', [desk(), counter('general-intake', [13, 8], { id: 'k2', top: top({ width: 1.0 }) })], 'township'), 'counter.uniform', {
      status: 'fail',
      severity: 'warning',
    }));
});

/** The low counter faces north at (10, 8); `ahead` m in front of its front edge (y = 8.3) a 2 m wide block stands. */
const lowDesk = (h: number, extra: Parameters<typeof counter>[2] = {}) =>
  counter('general-intake', [10, 8], { id: 'low', low: true, kneeSpace: true, top: top({ height: h }), ...extra });
const blockAhead = (ahead: number): HallElement => obstacle(box(8, 8.3 + ahead, 12, 8.3 + ahead + 1), { id: 'blk' });

describe('blind counter.low-counter: GB 55019 700mm～850mm, knee space, Ø1.50 m in front', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: 0.70 m top passes`, () => expectVerdict(oneFloor(preset, [lowDesk(0.7)]), 'counter.low-counter', { status: 'pass' }));
    it(`${preset}: 0.85 m top passes`, () => expectVerdict(oneFloor(preset, [lowDesk(0.85)]), 'counter.low-counter', { status: 'pass' }));
    it(`${preset}: 0.86 m top is an error`, () => expectVerdict(oneFloor(preset, [lowDesk(0.86)]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
    it(`${preset}: 0.69 m top is an error`, () => expectVerdict(oneFloor(preset, [lowDesk(0.69)]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
    it(`${preset}: without knee space it is an error`, () =>
      expectVerdict(oneFloor(preset, [lowDesk(0.75, { kneeSpace: false })]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
    it(`${preset}: a block 1.55 m in front leaves the 1.50 m circle: pass`, () =>
      expectVerdict(oneFloor(preset, [lowDesk(0.75), blockAhead(1.55)]), 'counter.low-counter', { status: 'pass' }));
    it(`${preset}: a block 1.40 m in front takes the turning circle: error`, () =>
      expectVerdict(oneFloor(preset, [lowDesk(0.75), blockAhead(1.4)]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
    it(`${preset}: only a priority (适老化和无障碍) window, no low counter: error (the GB 55019 low counter is asked)`, () =>
      expectVerdict(oneFloor(preset, [desk(), counter('priority', [14, 8])]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
  }
  it('hainan §6.3.3.1 e 或者: a priority window instead of a low counter passes', () =>
    expectVerdict(oneFloor('hainan', [desk(), counter('priority', [14, 8])]), 'counter.low-counter', { status: 'pass' }));
  it('hainan: neither a low counter nor a priority window is an error', () =>
    expectVerdict(oneFloor('hainan', [desk()]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
  it('hunan: a low counter turned to face west (rotation 90) with open floor before it passes', () =>
    expectVerdict(oneFloor('hunan', [lowDesk(0.75, { rotation: 90 })]), 'counter.low-counter', { status: 'pass' }));
  it('hunan: the same west-facing counter 1.0 m from the west wall has no turning circle: error', () =>
    expectVerdict(oneFloor('hunan', [counter('general-intake', [1.6, 8], { id: 'low', low: true, kneeSpace: true, rotation: 90 })]), 'counter.low-counter', {
      status: 'fail',
      severity: 'error',
    }));
});

describe('blind counter.one-metre-line: 窗口前应设置一米线 (hunan §5.4.3; hainan/jiangxi via GB/T 36112)', () => {
  const line = (d: number) => ({ enabled: true, distance: d });
  for (const preset of PRESETS) {
    it(`${preset}: a line at 0.90 m passes (tolerance 0.1)`, () =>
      expectVerdict(oneFloor(preset, [desk({ oneMetreLine: line(0.9) })]), 'counter.one-metre-line', { status: 'pass' }));
    it(`${preset}: a line at 1.10 m passes`, () => expectVerdict(oneFloor(preset, [desk({ oneMetreLine: line(1.1) })]), 'counter.one-metre-line', { status: 'pass' }));
    it(`${preset}: a line at 0.80 m is an error`, () =>
      expectVerdict(oneFloor(preset, [desk({ oneMetreLine: line(0.8) })]), 'counter.one-metre-line', { status: 'fail', severity: 'error', names: ['k'] }));
    it(`${preset}: a counter turned west (rotation 90) with a seat 0.6 m in front of it: error`, () =>
      expectVerdict(oneFloor(preset, [desk({ rotation: 90 }), point('seat', [9.1, 8], { id: 'st' })]), 'counter.one-metre-line', {
        status: 'fail',
        severity: 'error',
        names: ['k', 'st'],
      }));
    it(`${preset}: the same seat behind that counter (east, staff side) is no obstruction`, () =>
      expectVerdict(oneFloor(preset, [desk({ rotation: 90 }), point('seat', [11.2, 8])]), 'counter.one-metre-line', { status: 'pass' }));
    it(`${preset}: a counter whose front is 0.6 m from a wall has no room for its line: error`, () =>
      expectVerdict(oneFloor(preset, [wall([6, 8.9], [14, 8.9], { id: 'wf' }), desk()]), 'counter.one-metre-line', { status: 'fail', severity: 'error', names: ['k'] }));
  }
  it('hunan: §5.4.3’s 一米线 is a clause of the 窗口服务区; the 综合咨询窗口 belongs to the 咨询服务区 (§5.4.2): no line asked of it', () =>
    expectNoFinding(oneFloor('hunan', [counter('consultation-desk', [10, 8], { id: 'cd', oneMetreLine: { enabled: false, distance: 1 } })]), 'counter.one-metre-line'));
  const refer: [PresetId, HallLevel][] = [
    ['hunan', 'village'],
    ['hainan', 'township'],
    ['jiangxi', 'park'],
  ];
  for (const [preset, level] of refer)
    it(`${preset} ${level} (参照/参考执行): a counter without its line is a warning`, () =>
      expectVerdict(oneFloor(preset, [desk({ oneMetreLine: { enabled: false, distance: 1 } })], level), 'counter.one-metre-line', { status: 'fail', severity: 'warning' }));
});

describe('blind counter.numbered: hunan 窗口应设置中文标识; jiangxi 窗口序号 + 各服务窗口应标示窗口功能', () => {
  const labelled = (id: string, at: [number, number], zh: string, en = '') => sign('counter', at, { target: id, text: { zh, en } });
  it('hunan: every counter with a Chinese counter sign passes (numbers are not asked)', () =>
    expectVerdict(
      oneFloor('hunan', [
        counter('general-intake', [6, 8], { id: 'a', number: '' }),
        counter('general-intake', [9, 8], { id: 'b', number: '' }),
        labelled('a', [6, 8.4], '综合受理'),
        labelled('b', [9, 8.4], '综合受理'),
      ]),
      'counter.numbered',
      { status: 'pass' },
    ));
  it('hunan: a counter sign in English only is no 中文标识: error', () =>
    expectVerdict(oneFloor('hunan', [counter('general-intake', [6, 8], { id: 'a' }), labelled('a', [6, 8.4], '', 'Intake')]), 'counter.numbered', {
      status: 'fail',
      severity: 'error',
      names: ['a'],
    }));
  it('hunan: a counter with no sign at all: error', () =>
    expectVerdict(oneFloor('hunan', [counter('general-intake', [6, 8], { id: 'a' })]), 'counter.numbered', { status: 'fail', severity: 'error', names: ['a'] }));
  it('jiangxi: two counters both numbered 05 is an error (窗口序号 must tell them apart)', () =>
    expectVerdict(
      oneFloor('jiangxi', [
        counter('general-intake', [6, 8], { id: 'a', number: '05' }),
        counter('general-intake', [9, 8], { id: 'b', number: '05' }),
        labelled('a', [6, 8.4], '05 综合受理'),
        labelled('b', [9, 8.4], '05 综合受理'),
      ]),
      'counter.numbered',
      { status: 'fail', severity: 'error' },
    ));
  it('jiangxi township (参照执行): an unnumbered counter is a warning', () =>
    expectVerdict(oneFloor('jiangxi', [counter('general-intake', [6, 8], { id: 'a', number: '' })], 'township'), 'counter.numbered', { status: 'fail', severity: 'warning' }));
});

describe('blind counter.evaluator: jiangxi §6.4.3 应设置服务评价器 (per counter); hainan §9.3.1.1 per place; hunan §6 应配备…服务评价器', () => {
  it('jiangxi: an evaluator 0.8 m from each of two counters passes', () =>
    expectVerdict(
      oneFloor('jiangxi', [
        counter('general-intake', [6, 8], { id: 'a' }),
        counter('general-intake', [12, 8], { id: 'b' }),
        point('evaluator', [6, 8.8]),
        point('evaluator', [12, 8.8]),
      ]),
      'counter.evaluator',
      { status: 'pass' },
    ));
  it('jiangxi: one evaluator for two counters 6 m apart leaves one without: error naming it', () =>
    expectVerdict(
      oneFloor('jiangxi', [counter('general-intake', [6, 8], { id: 'a' }), counter('general-intake', [12, 8], { id: 'b' }), point('evaluator', [6, 8.8])]),
      'counter.evaluator',
      {
        status: 'fail',
        severity: 'error',
        names: ['b'],
      },
    ));
  it('jiangxi: an evaluator bound to its counter though 3 m away passes', () =>
    expectVerdict(oneFloor('jiangxi', [counter('general-intake', [6, 8], { id: 'a' }), point('evaluator', [6, 11], { counterId: 'a' })]), 'counter.evaluator', { status: 'pass' }));
  it('hainan: one evaluator in the place for several counters passes (配置…评价器或二维码)', () =>
    expectVerdict(oneFloor('hainan', [counter('general-intake', [6, 8]), counter('general-intake', [12, 8]), point('evaluator', [15, 3])]), 'counter.evaluator', {
      status: 'pass',
    }));
  it('hainan: none is an error', () => expectVerdict(oneFloor('hainan', [counter('general-intake', [6, 8])]), 'counter.evaluator', { status: 'fail', severity: 'error' }));
  it.skip('#2 hunan §6 服务设施设备 “应配备…服务评价器…”: a hall of counters with no evaluator at all is an error', () =>
    expectVerdict(oneFloor('hunan', [counter('general-intake', [6, 8]), counter('general-intake', [12, 8])]), 'counter.evaluator', { status: 'fail', severity: 'error' }));
});

describe('blind counter.required: the windows each text names', () => {
  const row = (types: CounterType[]): HallElement[] => types.map((t, i) => counter(t, [2 + i * 1.6, 12], { id: `w-${t}` }));
  it('hainan township: table B.1 便民服务中心 lists the “未办成事” window: missing is a warning (参照执行)', () =>
    expectVerdict(oneFloor('hainan', row(['consultation-desk', 'general-intake', 'assisted', 'cross-region']), 'township'), 'counter.required', {
      status: 'fail',
      severity: 'warning',
      disc: 'unresolved',
    }));
  it('hunan county: no 综合受理窗口 is an error', () =>
    expectVerdict(oneFloor('hunan', row(['consultation-desk', 'general-pickup', 'assisted', 'cross-region', 'unresolved', 'policy', 'gov-disclosure'])), 'counter.required', {
      status: 'fail',
      severity: 'error',
      disc: 'general-intake',
      count: 1,
    }));
  it('hunan county: no 综合咨询窗口 is an error', () =>
    expectVerdict(oneFloor('hunan', row(['general-intake', 'general-pickup', 'assisted', 'cross-region', 'unresolved', 'policy', 'gov-disclosure'])), 'counter.required', {
      status: 'fail',
      severity: 'error',
      disc: 'consultation-desk',
      count: 1,
    }));
  it('jiangxi county: no “办不成事”反映 / 兜底 window is an error', () =>
    expectVerdict(oneFloor('jiangxi', row(['general-intake', 'policy', 'postal', 'extended-hours', 'tidal'])), 'counter.required', {
      status: 'fail',
      severity: 'error',
      disc: 'unresolved',
      count: 1,
    }));
  it('jiangxi park (参照执行): no 延时错时服务窗口 is a warning', () =>
    expectVerdict(oneFloor('jiangxi', row(['general-intake', 'policy', 'postal', 'unresolved', 'tidal']), 'park'), 'counter.required', {
      status: 'fail',
      severity: 'warning',
      disc: 'extended-hours',
    }));
});
