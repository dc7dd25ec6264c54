/**
 * Counter (窗口) rules from the standards' words: hunan §5.4.2–5.4.3, §5.4.6, §5.5; hainan §6.1.3.1, §6.2.1.2,
 * §6.3.2.8, §6.3.3.1 e, §9.3.1.1, table B.1; jiangxi §6.4, §7.1.5, §7.1.6, §8.1.3.5; GB 55019 low counters.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { CounterType, HallLevel, PresetId } from '../../../../src/core/vocab';
import { box, counter, obstacle, oneFloor, point, sign, zone } from './hall';
import { expectVerdict, verdictOf } from './verdict';

const row = (types: CounterType[]): HallElement[] => types.map((t, i) => counter(t, [3 + i * 1.5, 10]));

const ALL: Record<PresetId, CounterType[]> = {
  hunan: ['consultation-desk', 'general-intake', 'general-pickup', 'assisted', 'cross-region', 'unresolved', 'policy', 'gov-disclosure'],
  hainan: ['consultation-desk', 'general-intake', 'assisted', 'cross-region', 'unresolved', 'leader-duty', 'general-pickup', 'lost-found'],
  jiangxi: ['consultation-desk', 'general-intake', 'general-pickup', 'cross-region', 'policy', 'postal', 'unresolved', 'extended-hours', 'tidal'],
};
const without = (p: PresetId, t: CounterType) => ALL[p].filter((x) => x !== t);
const SPECIAL: CounterType[] = ['foreign-language', 'lost-found', 'priority', 'remote', 'weekend'];

describe('counter.required', () => {
  const cases: [string, PresetId, HallLevel, CounterType[], string | null, 'error' | 'warning' | 'info' | null][] = [
    ['hunan county: all windows', 'hunan', 'county', ALL.hunan, null, null],
    ['hunan county: no 综合出件窗口 (§5.4.3 应)', 'hunan', 'county', without('hunan', 'general-pickup'), 'general-pickup', 'error'],
    ['hunan county: no 帮（代）办窗口 (应)', 'hunan', 'county', without('hunan', 'assisted'), 'assisted', 'error'],
    ['hunan county: no “办不成事”反映窗口 (应)', 'hunan', 'county', without('hunan', 'unresolved'), 'unresolved', 'error'],
    ['hunan county: no 政策兑现窗口 (宜)', 'hunan', 'county', without('hunan', 'policy'), 'policy', 'warning'],
    ['hunan township: no 跨域通办窗口 (§5.4 可参考执行)', 'hunan', 'township', without('hunan', 'cross-region'), 'cross-region', 'warning'],
    ['hainan county: all windows', 'hainan', 'county', ALL.hainan, null, null],
    ['hainan county: no “未办成事”协调服务窗口 (应)', 'hainan', 'county', without('hainan', 'unresolved'), 'unresolved', 'error'],
    ['hainan county: no 综合出件窗口 (可)', 'hainan', 'county', without('hainan', 'general-pickup'), 'general-pickup', 'info'],
    ['hainan village: no “未办成事” window (B.1 便民服务站 lists none)', 'hainan', 'village', without('hainan', 'unresolved'), 'unresolved', null],
    ['hainan village: no 帮办代办窗口 (参照执行)', 'hainan', 'village', without('hainan', 'assisted'), 'assisted', 'warning'],
    ['hainan county: no 特色窗口 of any type (§6.1.3.1 可设置…特色窗口)', 'hainan', 'county', without('hainan', 'lost-found'), 'any:special', 'info'],
    ...SPECIAL.map((t): (typeof cases)[number] => [`hainan county: a ${t} window is a 特色窗口`, 'hainan', 'county', [...without('hainan', 'lost-found'), t], null, null]),
    ['hainan township: no 特色窗口 (B.1 便民服务中心 lists 失物招领, 适老化…优先)', 'hainan', 'township', without('hainan', 'lost-found'), 'any:special', 'info'],
    ['hainan township: no 领导值班和投诉建议窗口 (可, B.1 便民服务中心 lists it)', 'hainan', 'township', without('hainan', 'leader-duty'), 'leader-duty', 'info'],
    ['hainan village: no 领导值班和投诉建议窗口 (§6.1.3.1 可设置 names no level)', 'hainan', 'village', without('hainan', 'leader-duty'), 'leader-duty', 'info'],
    ['hainan village: no 综合出件窗口 (可, B.1 便民服务站 lists it)', 'hainan', 'village', without('hainan', 'general-pickup'), 'general-pickup', 'info'],
    ['jiangxi county: all windows', 'jiangxi', 'county', ALL.jiangxi, null, null],
    ['jiangxi county: no 邮递服务窗口 (§7.1.6.4 应)', 'jiangxi', 'county', without('jiangxi', 'postal'), 'postal', 'error'],
    ['jiangxi county: no 延时错时服务窗口 (§8.1.3.5 应)', 'jiangxi', 'county', without('jiangxi', 'extended-hours'), 'extended-hours', 'error'],
    ['jiangxi county: no 潮汐窗口 (依据需要预留)', 'jiangxi', 'county', without('jiangxi', 'tidal'), 'tidal', 'info'],
    ['jiangxi village: no 惠企政策兑现窗口 (参照执行)', 'jiangxi', 'village', without('jiangxi', 'policy'), 'policy', 'warning'],
  ];
  it.each(cases)('%s', (_n, preset, level, types, missing, severity) => {
    const doc = oneFloor(preset, row(types), level);
    if (!missing) expectVerdict(doc, 'counter.required', { status: 'pass' });
    else if (!severity) {
      const v = verdictOf(doc, 'counter.required');
      if (v.status === 'fail' && v.findings.some((f) => f.key.endsWith(`|${missing}`))) throw new Error(`${missing} reported`);
    } else expectVerdict(doc, 'counter.required', { status: 'fail', disc: missing, severity, count: 1 });
  });
  it('hunan §5.4.6: a 政务公开区 stands for the 政务公开窗口', () =>
    expectVerdict(oneFloor('hunan', [...row(without('hunan', 'gov-disclosure')), zone('gov-disclosure', box(20, 10, 25, 15))]), 'counter.required', { status: 'pass' }));
  it('hunan §5.4.6: neither window nor zone at county level is an error', () =>
    expectVerdict(oneFloor('hunan', row(without('hunan', 'gov-disclosure'))), 'counter.required', { status: 'fail', severity: 'error', disc: 'or-zone:gov-disclosure' }));
  it('hunan §5.4.6 is for 县级以上 only: a township hall without it is not told', () => {
    const v = verdictOf(oneFloor('hunan', row(without('hunan', 'gov-disclosure')), 'township'), 'counter.required');
    if (v.status === 'fail') throw new Error(v.findings.map((f) => f.message.en).join());
  });
});

/** One general-intake counter facing north at (10, 5): its 1-metre strip runs from y = 5.3 to 6.3. */
const desk = (extra: Parameters<typeof counter>[2] = {}) => counter('general-intake', [10, 5], { id: 'k1', number: 'A01', ...extra });

describe('counter.one-metre-line (hunan §5.4.3 应; hainan §6.3.2.8 / jiangxi §7.1.5 via GB/T 36112)', () => {
  for (const preset of ['hunan', 'hainan', 'jiangxi'] as const) {
    it(`${preset}: a clear strip passes`, () => expectVerdict(oneFloor(preset, [desk(), point('seat', [10, 8])]), 'counter.one-metre-line', { status: 'pass' }));
    it(`${preset}: a seat inside the strip is an error naming both`, () =>
      expectVerdict(oneFloor(preset, [desk(), point('seat', [10, 5.9], { id: 'seat1' })]), 'counter.one-metre-line', {
        status: 'fail',
        severity: 'error',
        names: ['k1', 'seat1'],
      }));
    it(`${preset}: a counter without its line is an error`, () =>
      expectVerdict(oneFloor(preset, [desk({ oneMetreLine: { enabled: false, distance: 1 } })]), 'counter.one-metre-line', { status: 'fail', severity: 'error', disc: 'missing' }));
  }
  it.each([
    [0.85, true],
    [0.9, false],
    [1.1, false],
    [1.15, true],
  ])('hunan: a line drawn %s m from the desk fails: %s', (d, fails) =>
    expectVerdict(
      oneFloor('hunan', [desk({ oneMetreLine: { enabled: true, distance: d } })]),
      'counter.one-metre-line',
      fails ? { status: 'fail', disc: 'distance', says: [`${d.toFixed(2)} m`, '1±0.10 m'] } : { status: 'pass' },
    ),
  );
  it('a pillar in the strip is an error', () =>
    expectVerdict(oneFloor('hunan', [desk(), obstacle(box(9.8, 5.6, 10.2, 6.0), { id: 'pillar' })]), 'counter.one-metre-line', { status: 'fail', names: ['pillar'] }));
  it('the consultation desk needs no line', () =>
    expectVerdict(oneFloor('hunan', [counter('consultation-desk', [10, 5], { oneMetreLine: { enabled: false, distance: 1 } })]), 'counter.one-metre-line', { status: 'na' }));
  it('hunan township: §5.4 可参考执行 → warning', () =>
    expectVerdict(oneFloor('hunan', [desk(), point('seat', [10, 5.9])], 'township'), 'counter.one-metre-line', { status: 'fail', severity: 'warning' }));
  it('no counters: not applicable', () => expectVerdict(oneFloor('hunan', []), 'counter.one-metre-line', { status: 'na' }));
});

describe('counter.desk-height (hunan §5.4.3 宜为75 cm左右; jiangxi §6.4.1 宜为 75cm~80cm)', () => {
  it.each([
    ['hunan', 0.69, true],
    ['hunan', 0.7, false],
    ['hunan', 0.8, false],
    ['hunan', 0.81, true],
    ['jiangxi', 0.74, true],
    ['jiangxi', 0.75, false],
    ['jiangxi', 0.8, false],
    ['jiangxi', 0.81, true],
  ] as [PresetId, number, boolean][])('%s: a %s m top fails: %s', (preset, h, fails) =>
    expectVerdict(
      oneFloor(preset, [desk({ top: { width: 0.9, depth: 0.6, height: h } })]),
      'counter.desk-height',
      fails ? { status: 'fail', severity: 'warning', says: [`${h.toFixed(2)} m`] } : { status: 'pass' },
    ),
  );
  it('a consultation desk is not a 窗口 work top', () =>
    expectVerdict(oneFloor('hunan', [counter('consultation-desk', [10, 5], { top: { width: 1.6, depth: 0.6, height: 1.05 } })]), 'counter.desk-height', { status: 'na' }));
  it('hainan: no such clause', () => expectVerdict(oneFloor('hainan', [desk()]), 'counter.desk-height', { status: 'off' }));
});

describe('counter.desk-size (hunan §5.4.3 宽为75 cm 至100 cm左右; jiangxi §6.4.1 宽度宜为 55cm~65cm, read as depth)', () => {
  it.each([
    ['hunan', 0.74, 0.6, true],
    ['hunan', 0.75, 0.6, false],
    ['hunan', 1.0, 0.6, false],
    ['hunan', 1.01, 0.6, true],
    ['jiangxi', 1.2, 0.54, true],
    ['jiangxi', 1.2, 0.55, false],
    ['jiangxi', 1.2, 0.65, false],
    ['jiangxi', 1.2, 0.66, true],
  ] as [PresetId, number, number, boolean][])('%s: a %s × %s m top fails: %s', (preset, w, d, fails) =>
    expectVerdict(
      oneFloor(preset, [desk({ top: { width: w, depth: d, height: 0.78 } })]),
      'counter.desk-size',
      fails ? { status: 'fail', severity: 'warning' } : { status: 'pass' },
    ),
  );
});

describe('counter.uniform (hunan §5.4.3 均应统一; hainan §6.2.1.2 宜; jiangxi §6.4.1 应)', () => {
  const three = (h3: number) => [
    counter('general-intake', [4, 5], { top: { width: 0.9, depth: 0.6, height: 0.75 } }),
    counter('general-intake', [6, 5], { top: { width: 0.9, depth: 0.6, height: 0.75 } }),
    counter('assisted', [8, 5], { id: 'odd', top: { width: 0.9, depth: 0.6, height: h3 } }),
  ];
  it.each([
    ['hunan', 'error'],
    ['hainan', 'warning'],
    ['jiangxi', 'error'],
  ] as [PresetId, 'error' | 'warning'][])('%s: one desk higher than the rest', (preset, severity) =>
    expectVerdict(oneFloor(preset, three(0.8)), 'counter.uniform', { status: 'fail', severity, count: 1, names: ['odd'] }),
  );
  it('all alike pass', () => expectVerdict(oneFloor('hunan', three(0.75)), 'counter.uniform', { status: 'pass' }));
  it('the consultation desk and the low counter differ by design', () =>
    expectVerdict(
      oneFloor('hunan', [
        ...three(0.75),
        counter('consultation-desk', [12, 5], { top: { width: 1.6, depth: 0.7, height: 1.05 } }),
        counter('priority', [14, 5], { low: true, top: { width: 0.9, depth: 0.6, height: 0.75 } }),
      ]),
      'counter.uniform',
      { status: 'pass' },
    ));
});

describe('counter.low-counter (GB 55019: 700–850 mm, knee space, Ø1.50 m in front; hainan §6.3.3.1 e 或者)', () => {
  const low = (h: number, extra: Parameters<typeof counter>[2] = {}) =>
    counter('priority', [10, 5], { id: 'low', low: true, kneeSpace: true, top: { width: 0.9, depth: 0.6, height: h }, ...extra });
  for (const preset of ['hunan', 'jiangxi'] as const) {
    it.each([
      [0.69, true],
      [0.7, false],
      [0.85, false],
      [0.86, true],
    ])(`${preset}: a low counter %s m high fails: %s`, (h, fails) =>
      expectVerdict(oneFloor(preset, [low(h)]), 'counter.low-counter', fails ? { status: 'fail', severity: 'error', says: [`${h.toFixed(2)} m`] } : { status: 'pass' }),
    );
    it(`${preset}: no knee space is an error saying so`, () =>
      expectVerdict(oneFloor(preset, [low(0.75, { kneeSpace: false })]), 'counter.low-counter', { status: 'fail', severity: 'error', says: ['knee'] }));
    it(`${preset}: a pillar 1 m in front leaves no Ø1.50 m circle`, () =>
      expectVerdict(oneFloor(preset, [low(0.75), obstacle(box(9.5, 6.2, 10.5, 7.2))]), 'counter.low-counter', { status: 'fail', severity: 'error', says: ['1.50 m'] }));
    it(`${preset}: no low counter at all`, () => expectVerdict(oneFloor(preset, [desk()]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
  }
  it('hainan: a priority window (适老化和无障碍服务窗口) satisfies the either-or', () =>
    expectVerdict(oneFloor('hainan', [desk(), counter('priority', [14, 5])]), 'counter.low-counter', { status: 'pass' }));
  it('hainan: neither branch is an error', () => expectVerdict(oneFloor('hainan', [desk()]), 'counter.low-counter', { status: 'fail', severity: 'error' }));
});

describe('counter.numbered (hunan §5.5 窗口应设置中文标识; jiangxi §6.4.2 窗口序号, §5.1.5.1)', () => {
  for (const preset of ['hunan', 'jiangxi'] as const) {
    it(`${preset}: numbered and signed passes`, () =>
      expectVerdict(oneFloor(preset, [desk(), sign('counter', [10, 4.5], { target: 'k1' })]), 'counter.numbered', { status: 'pass' }));
    it(`${preset}: no counter sign is an error`, () => expectVerdict(oneFloor(preset, [desk()]), 'counter.numbered', { status: 'fail', severity: 'error', disc: 'no-sign' }));
    it(`${preset}: a counter sign in English only is no 中文标识`, () =>
      expectVerdict(oneFloor(preset, [desk(), sign('counter', [10, 4.5], { target: 'k1', text: { zh: '', en: 'Counter A01' } })]), 'counter.numbered', {
        status: 'fail',
        severity: 'error',
        disc: 'no-sign',
      }));
  }
  it('jiangxi §6.4.2 窗口序号: two windows numbered A01 is an error', () =>
    expectVerdict(oneFloor('jiangxi', [desk(), counter('general-intake', [12, 5], { number: 'A01' }), sign('counter', [10, 4.5], { target: 'k1' })]), 'counter.numbered', {
      status: 'fail',
      severity: 'error',
      disc: 'duplicate',
    }));
  it('jiangxi: a window without a number is an error', () =>
    expectVerdict(oneFloor('jiangxi', [desk({ number: '' }), sign('counter', [10, 4.5], { target: 'k1' })]), 'counter.numbered', {
      status: 'fail',
      severity: 'error',
      disc: 'no-number',
    }));
  it('hunan §5.5 asks for a Chinese sign, not numbers: an unnumbered window with its sign passes', () =>
    expectVerdict(oneFloor('hunan', [desk({ number: '' }), sign('counter', [10, 4.5], { target: 'k1', text: { zh: '综合受理', en: '' } })]), 'counter.numbered', {
      status: 'pass',
    }));
  it('hunan: nor are shared numbers its business', () =>
    expectVerdict(
      oneFloor('hunan', [
        desk(),
        counter('general-intake', [12, 5], { number: 'A01', id: 'k2' }),
        sign('counter', [10, 4.5], { target: 'k1' }),
        sign('counter', [12, 4.5], { target: 'k2' }),
      ]),
      'counter.numbered',
      { status: 'pass' },
    ));
  it('hunan: an untargeted Chinese sign by the window serves it', () =>
    expectVerdict(oneFloor('hunan', [desk({ number: '' }), sign('counter', [10, 4.5], { text: { zh: '帮办代办', en: '' } })]), 'counter.numbered', { status: 'pass' }));
  it('hainan: §6.1.3.4 is about staff details on the screen, no numbering clause', () => expectVerdict(oneFloor('hainan', [desk()]), 'counter.numbered', { status: 'off' }));
});

describe('counter.evaluator (jiangxi §6.4.3 应设置服务评价器, per counter; hainan §9.3.1.1 and hunan §6.5 per place)', () => {
  it('jiangxi: an evaluator bound to the counter passes', () =>
    expectVerdict(oneFloor('jiangxi', [desk(), point('evaluator', [10, 5.2], { counterId: 'k1' })]), 'counter.evaluator', { status: 'pass' }));
  it('jiangxi: a counter without one is an error naming it', () =>
    expectVerdict(oneFloor('jiangxi', [desk(), counter('general-intake', [20, 5], { id: 'k2' }), point('evaluator', [10, 5.2], { counterId: 'k1' })]), 'counter.evaluator', {
      status: 'fail',
      severity: 'error',
      count: 1,
      names: ['k2'],
    }));
  // §6.4.3 stands under 6.4 窗口服务区; the 咨询导办台 belongs to the 咨询服务区 of §6.2 (as for the desk sizes and the 一米线).
  it('jiangxi: the consultation desk (咨询导办台, §6.2) is not a 窗口 of §6.4: no evaluator needed there', () =>
    expectVerdict(oneFloor('jiangxi', [desk(), counter('consultation-desk', [20, 5], { id: 'cd' }), point('evaluator', [10, 5.2], { counterId: 'k1' })]), 'counter.evaluator', {
      status: 'pass',
    }));
  it('jiangxi: a window without one is still named beside an exempt consultation desk', () =>
    expectVerdict(
      oneFloor('jiangxi', [
        desk(),
        counter('consultation-desk', [20, 5], { id: 'cd' }),
        counter('general-pickup', [25, 5], { id: 'k3' }),
        point('evaluator', [10, 5.2], { counterId: 'k1' }),
      ]),
      'counter.evaluator',
      { status: 'fail', severity: 'error', count: 1, names: ['k3'] },
    ));
  it('hainan: one evaluator in the place suffices', () =>
    expectVerdict(oneFloor('hainan', [desk(), counter('general-intake', [20, 5]), point('evaluator', [10, 5.2])]), 'counter.evaluator', { status: 'pass' }));
  it('hainan: none at all is an error', () => expectVerdict(oneFloor('hainan', [desk()]), 'counter.evaluator', { status: 'fail', severity: 'error' }));
  it('hainan village: §9.3.1.1 names 各级政务服务场所 itself, so 参照执行 does not soften it: an error', () =>
    expectVerdict(oneFloor('hainan', [desk()], 'village'), 'counter.evaluator', { status: 'fail', severity: 'error' }));
  // hunan part 1 §6.5 服务设施设备 “应配备…服务评价器…等服务设备”: the hall is equipped, not each counter.
  it('hunan: no evaluator in the hall is an error', () => expectVerdict(oneFloor('hunan', [desk()]), 'counter.evaluator', { status: 'fail', severity: 'error' }));
  it('hunan: one evaluator serves two counters', () =>
    expectVerdict(oneFloor('hunan', [desk(), counter('general-intake', [20, 5]), point('evaluator', [10, 5.2])]), 'counter.evaluator', { status: 'pass' }));
  it('hunan village (part 1 applies to every level): still an error', () =>
    expectVerdict(oneFloor('hunan', [desk()], 'village'), 'counter.evaluator', { status: 'fail', severity: 'error' }));
  it('hunan park (参照执行): a warning', () => expectVerdict(oneFloor('hunan', [desk()], 'park'), 'counter.evaluator', { status: 'fail', severity: 'warning' }));
});

describe('counter.ticket-machine (hunan §6.5 应配备…排队取号机等服务设备; hainan §6.2.1.1 业务办理类 应配备…取号机)', () => {
  for (const preset of ['hunan', 'hainan'] as PresetId[]) {
    it(`${preset}: one ticket machine passes`, () => expectVerdict(oneFloor(preset, [desk(), point('ticket-machine', [3, 3])]), 'counter.ticket-machine', { status: 'pass' }));
    it(`${preset}: none is an error`, () => expectVerdict(oneFloor(preset, [desk()]), 'counter.ticket-machine', { status: 'fail', severity: 'error', count: 1 }));
  }
  it('hainan village (参照执行): a warning', () => expectVerdict(oneFloor('hainan', [desk()], 'village'), 'counter.ticket-machine', { status: 'fail', severity: 'warning' }));
  // jiangxi §5.2.2 服务设施 lists 排队取号机 among the centre's facilities (a list without a modal verb, read as 应), and
  // §6.2 has the consultation area hand out queue numbers (排队取号).
  it('jiangxi: none is an error citing §5.2.2', () =>
    expectVerdict(oneFloor('jiangxi', [desk()]), 'counter.ticket-machine', { status: 'fail', severity: 'error', count: 1, clause: '§5.2.2' }));
  it('jiangxi: one passes', () => expectVerdict(oneFloor('jiangxi', [desk(), point('ticket-machine', [3, 3])]), 'counter.ticket-machine', { status: 'pass' }));
  it('jiangxi township (参照执行): a warning', () => expectVerdict(oneFloor('jiangxi', [desk()], 'township'), 'counter.ticket-machine', { status: 'fail', severity: 'warning' }));
});
