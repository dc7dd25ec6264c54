/**
 * The government-disclosure place is labelled 政务公开: hunan part 1 §5.4.6 “县级以上政务服务大厅应…整合设立政务公开窗口，
 * 统一标识为‘政务公开’” (county level and above; parks 参照执行) and jiangxi §6.7.1 “各级政务服务中心应…整合设立政务公开区域，
 * 统一标识为‘政务公开’” (township, village and park 参照执行: warnings). Hainan has no such sentence.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { box, counter, oneFloor, sign, zone } from './hall';
import { expectVerdict } from './verdict';

const RULE = 'sign.disclosure';
const area = (): HallElement => zone('gov-disclosure', box(2, 2, 10, 8), { id: 'gd', name: '政务公开区' });
const label = (at: [number, number], zh = '政务公开', extra = {}): HallElement => sign('zone', at, { text: { zh, en: 'Government disclosure' }, ...extra });

describe('sign.disclosure: 统一标识为“政务公开”', () => {
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s county: a disclosure area with a sign reading 政务公开 inside passes', (preset) =>
    expectVerdict(oneFloor(preset, [area(), label([6, 7.5])]), RULE, { status: 'pass' }),
  );
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s county: an area without it is an error naming the area', (preset) =>
    expectVerdict(oneFloor(preset, [area()]), RULE, { status: 'fail', severity: 'error', count: 1, names: ['gd'], says: ['政务公开'] }),
  );
  it('jiangxi county: a zone sign with another name (信息公开) is not the label', () =>
    expectVerdict(oneFloor('jiangxi', [area(), label([6, 7.5], '信息公开查阅')]), RULE, { status: 'fail', severity: 'error', clause: '§6.7.1' }));
  it('jiangxi county: the label on the edge passes, 1.5 m outside does not (1 m)', () => {
    expectVerdict(oneFloor('jiangxi', [area(), label([6, 8.9])]), RULE, { status: 'pass' });
    expectVerdict(oneFloor('jiangxi', [area(), label([6, 9.5])]), RULE, { status: 'fail', names: ['gd'] });
  });
  it('jiangxi county: a label aimed at the area serves it wherever it hangs', () =>
    expectVerdict(oneFloor('jiangxi', [area(), label([20, 15], '政务公开', { target: 'gd' })]), RULE, { status: 'pass' }));
  it('jiangxi county: a waiting area merged with disclosure (also) needs the label too', () => {
    const merged = zone('waiting', box(2, 2, 10, 8), { id: 'wg', also: ['gov-disclosure'] });
    expectVerdict(oneFloor('jiangxi', [merged]), RULE, { status: 'fail', names: ['wg'] });
    expectVerdict(oneFloor('jiangxi', [merged, label([6, 7.5], '休息等候 · 政务公开')]), RULE, { status: 'pass' });
  });
  it('hunan county: a disclosure window without the label is an error citing §5.4.6; its counter sign reading 政务公开 passes', () => {
    const win = counter('gov-disclosure', [15, 10], { id: 'gw', number: '18' });
    expectVerdict(oneFloor('hunan', [win]), RULE, { status: 'fail', severity: 'error', names: ['gw'], clause: '§5.4.6' });
    expectVerdict(oneFloor('hunan', [win, sign('counter', [15, 10.3], { text: { zh: '18 政务公开', en: '18 Government disclosure' }, target: 'gw' })]), RULE, {
      status: 'pass',
    });
  });
  it.each([
    ['hunan', 'township', 'off'],
    ['hunan', 'village', 'off'],
    ['hunan', 'park', 'warning'],
    ['jiangxi', 'township', 'warning'],
    ['jiangxi', 'village', 'warning'],
  ] as [PresetId, HallLevel, string][])('%s %s: %s', (preset, level, want) =>
    expectVerdict(oneFloor(preset, [area()], level), RULE, want === 'off' ? { status: 'off' } : { status: 'fail', severity: 'warning' }),
  );
  it('hainan: no such sentence', () => expectVerdict(oneFloor('hainan', [area()]), RULE, { status: 'off' }));
  it('no disclosure area or window: not applicable (zone.required and counter.required report it)', () =>
    expectVerdict(oneFloor('jiangxi', [zone('waiting', box(2, 2, 10, 8))]), RULE, { status: 'na' }));
});
