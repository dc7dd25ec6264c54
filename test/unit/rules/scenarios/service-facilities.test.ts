/**
 * Equipment the texts ask every hall for, read at every level:
 * - hunan part 1 §6.5 服务设施设备 “应配备等候休息座椅、母婴专用设施、咨询服务台、填表桌台…”: §6 is not under §5.4, whose
 *   可参考执行 lets township and village halls take the zone and window layout as guidance, so the seats and the
 *   consultation desk are errors there too; parks refer to the whole text (warnings).
 * - jiangxi §5.2.2 服务设施 lists “咨询导办台、显示屏、排队取号机…便民医药箱、座椅、轮椅” (read as 应, as for its ticket
 *   machine and first-aid kit), and §7.1.6.2 “通用综合窗口…包含但不限于统一出件、异地通办等办事窗口”.
 */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { CounterType, HallLevel } from '../../../../src/core/vocab';
import { box, counter, oneFloor, point, zone } from './hall';
import { expectVerdict, verdictOf } from './verdict';

const counters = (types: CounterType[]): HallElement[] => [
  zone('counter-service', box(2, 10, 28, 18)),
  ...types.map((t, i) => counter(t, [4 + i * 2.5, 16], { id: `k-${t}`, number: String(i + 1).padStart(2, '0'), rotation: 180 })),
];
const seatsRow = (): HallElement => point('seat', [15, 6], { id: 'row', count: 6 });

describe('hunan §6.5 应配备…等候休息座椅: seats in the hall at every level', () => {
  it.each(['county', 'township', 'village'] as HallLevel[])('hunan %s: no seat is an error citing §6.5', (level) =>
    expectVerdict(oneFloor('hunan', counters(['general-intake']), level), 'zone.seats', { status: 'fail', severity: 'error', count: 1, clause: '§6.5' }),
  );
  it('hunan park (参照执行): a warning', () => expectVerdict(oneFloor('hunan', counters(['general-intake']), 'park'), 'zone.seats', { status: 'fail', severity: 'warning' }));
  it.each(['county', 'township'] as HallLevel[])('hunan %s: a row of seats passes', (level) =>
    expectVerdict(oneFloor('hunan', [...counters(['general-intake']), seatsRow()], level), 'zone.seats', { status: 'pass' }),
  );
});

describe('hunan §6.5 应配备…咨询服务台: the consultation desk at every level', () => {
  it.each(['township', 'village'] as HallLevel[])('hunan %s: no consultation desk is an error, the other §5.4 windows warnings', (level) => {
    const doc = oneFloor('hunan', counters(['general-intake']), level);
    expectVerdict(doc, 'counter.required', { status: 'fail', severity: 'error', disc: 'consultation-desk', count: 1, clause: '§6.5' });
    expectVerdict(doc, 'counter.required', { status: 'fail', severity: 'warning', disc: 'assisted', count: 1 });
  });
  it('hunan park: a warning', () =>
    expectVerdict(oneFloor('hunan', counters(['general-intake']), 'park'), 'counter.required', { status: 'fail', severity: 'warning', disc: 'consultation-desk', count: 1 }));
  it('hunan township: a consultation desk meets it', () => {
    const v = verdictOf(oneFloor('hunan', counters(['consultation-desk', 'general-intake']), 'township'), 'counter.required');
    expect(v.status === 'fail' && v.findings.filter((f) => f.key.endsWith('|consultation-desk'))).toEqual([]);
  });
});

describe('jiangxi §5.2.2 服务设施 and §7.1.6.2 通用综合窗口', () => {
  it('jiangxi county: no seat is an error citing §5.2.2', () =>
    expectVerdict(oneFloor('jiangxi', counters(['general-intake'])), 'zone.seats', { status: 'fail', severity: 'error', count: 1, clause: '§5.2.2' }));
  it('jiangxi township (参照执行): a warning', () =>
    expectVerdict(oneFloor('jiangxi', counters(['general-intake']), 'township'), 'zone.seats', { status: 'fail', severity: 'warning' }));
  it('jiangxi county: seats pass', () => expectVerdict(oneFloor('jiangxi', [...counters(['general-intake']), seatsRow()]), 'zone.seats', { status: 'pass' }));
  it.each(['consultation-desk', 'general-pickup', 'cross-region'] as CounterType[])('jiangxi county: no %s window is an error', (t) =>
    expectVerdict(oneFloor('jiangxi', counters(['general-intake', 'policy', 'postal', 'unresolved', 'extended-hours'])), 'counter.required', {
      status: 'fail',
      severity: 'error',
      disc: t,
      count: 1,
    }),
  );
  it('jiangxi county: every window the text names passes', () =>
    expectVerdict(
      oneFloor('jiangxi', counters(['consultation-desk', 'general-intake', 'general-pickup', 'cross-region', 'policy', 'postal', 'unresolved', 'extended-hours', 'tidal'])),
      'counter.required',
      { status: 'pass' },
    ));
});
