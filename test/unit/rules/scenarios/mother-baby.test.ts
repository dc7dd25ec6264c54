/**
 * 母婴室 / mother-and-baby facilities, read from every text that names them: hunan part 1 lists the room under 其他功能
 * (no modal verb) but §6.5 服务设施设备 says “应配备等候休息座椅、母婴专用设施…”; hainan table B.1 lists the room among
 * the optional zones (可) but §6.2.1.1 便民服务类 says “应配备…母婴设施…” and table C.1 lists them at all three levels;
 * jiangxi §6.12 “宜设置母婴室”. The strongest words on point decide: hunan and hainan require the facility, jiangxi
 * expects the room. A room of another type that also serves mothers and babies (a toilet with a changing station,
 * `also`) is the facility.
 */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId, ZoneType } from '../../../../src/core/vocab';
import { box, oneFloor, zone } from './hall';
import { expectVerdict, verdictOf, type Expected } from './verdict';
import { HAINAN_COUNTY, HUNAN_COUNTY, JIANGXI_COUNTY, without } from './required-zones';

const LISTS: Record<string, ZoneType[]> = { hunan: HUNAN_COUNTY, hainan: HAINAN_COUNTY, jiangxi: JIANGXI_COUNTY };
/** Every other zone the preset asks for at county level (hainan's village list has no 配套功能区), side by side. */
const rest = (preset: PresetId, level: HallLevel): HallElement[] => {
  const list = preset === 'hainan' && level === 'village' ? without(HAINAN_COUNTY, 'support') : LISTS[preset];
  return [...list, 'toilet' as ZoneType].map((t, i) => zone(t, box(0.5 + i * 1.8, 15, 2.1 + i * 1.8, 19)));
};
const babyRoom = (): HallElement => zone('mother-baby', box(20, 5, 23, 8), { id: 'mb' });
const toiletWithChanging = (): HallElement => zone('toilet', box(20, 5, 23, 8), { id: 'tb', also: ['mother-baby'] });

describe('mother-and-baby facilities: missing', () => {
  const cases: [PresetId, HallLevel, Expected['severity']][] = [
    ['hunan', 'county', 'error'],
    ['hunan', 'city', 'error'],
    ['hunan', 'province', 'error'],
    ['hainan', 'county', 'error'],
    ['hainan', 'city', 'error'],
    ['hainan', 'township', 'warning'],
    ['hainan', 'village', 'warning'],
    ['jiangxi', 'county', 'warning'],
    ['jiangxi', 'city', 'warning'],
  ];
  it.each(cases)('%s %s: no 母婴室 and no zone serving it is a %s', (preset, level, severity) =>
    expectVerdict(oneFloor(preset, rest(preset, level), level), 'zone.required', { status: 'fail', severity, disc: 'mother-baby', count: 1 }),
  );
  it.each([
    ['hunan', 'township'],
    ['hunan', 'village'],
  ] as [PresetId, HallLevel][])('%s %s: §5.4 is 可参考执行 there but §6.5 is not under it, so a missing one is still an error', (preset, level) =>
    expectVerdict(oneFloor(preset, rest(preset, level), level), 'zone.required', { status: 'fail', severity: 'error', disc: 'mother-baby', count: 1 }),
  );
  it('hunan park: the whole standard is 参照执行 there, so a missing one is a warning', () =>
    expectVerdict(oneFloor('hunan', rest('hunan', 'park'), 'park'), 'zone.required', { status: 'fail', severity: 'warning', disc: 'mother-baby', count: 1 }));
  it('hunan township: the rest of the §5.4 list stays a warning', () => {
    const v = verdictOf(oneFloor('hunan', rest('hunan', 'township').slice(1), 'township'), 'zone.required');
    const sev = v.status === 'fail' ? v.findings.map((f) => `${f.key.split('|').pop()} ${f.severity}`).sort() : [];
    expect(sev).toEqual(['business-services info', `${HUNAN_COUNTY[0]} warning`, 'mother-baby error']);
  });
  it('hunan county: the finding quotes the 应 it rests on and cites §6.5', () =>
    expectVerdict(oneFloor('hunan', rest('hunan', 'county')), 'zone.required', { status: 'fail', disc: 'mother-baby', clause: '§6.5' }));
  it('hainan county: the finding cites §6.2.1.1', () =>
    expectVerdict(oneFloor('hainan', rest('hainan', 'county')), 'zone.required', { status: 'fail', disc: 'mother-baby', clause: '§6.2.1.1' }));
});

/** The verdict says nothing about mothers and babies (other optional zones the small hall lacks are other findings). */
const expectNoBabyFinding = (preset: PresetId, level: HallLevel, extra: HallElement) => {
  const v = verdictOf(oneFloor(preset, [...rest(preset, level), extra], level), 'zone.required');
  const about = v.status === 'fail' ? v.findings.filter((f) => f.key.endsWith('|mother-baby')).map((f) => f.message.en) : [];
  expect(about).toEqual([]);
  if (v.status === 'fail') for (const f of v.findings) expect(f.severity, f.message.en).toBe('info');
};

describe('mother-and-baby facilities: present', () => {
  const presets: [PresetId, HallLevel][] = [
    ['hunan', 'county'],
    ['hainan', 'county'],
    ['hainan', 'village'],
    ['jiangxi', 'county'],
  ];
  it.each(presets)('%s %s: a 母婴室 meets it', (preset, level) => expectNoBabyFinding(preset, level, babyRoom()));
  it.each(presets)('%s %s: a toilet that also serves mothers and babies (changing station) meets it', (preset, level) => expectNoBabyFinding(preset, level, toiletWithChanging()));
});
