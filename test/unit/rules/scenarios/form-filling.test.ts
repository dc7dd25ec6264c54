/**
 * Form-filling furniture: hunan part 1 §5.4.5 “填表区应配置桌子、椅凳” (under §5.4, 可参考执行 at township and village,
 * 参照执行 at parks) with §6.5 “应配备…填表桌台” (not under §5.4: the table binds township and village in full), and
 * jiangxi §6.3.1 填单区 “应配置桌子、椅凳”. The table and the seats are two requirements, one finding each. Every zone used for filling in forms, its own or a
 * waiting area merged with it, holds a table (furniture of type table, or of no type and below eye height) and seats; hainan has no such clause.
 */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { checkHall } from '../../../../src/rules';
import { loadSample } from '../../core/helpers';
import { box, obstacle, oneFloor, point, zone } from './hall';
import { expectVerdict, verdictOf } from './verdict';

const formZone = (extra: HallElement[] = []): HallElement[] => [zone('form-filling', box(2, 2, 10, 8), { id: 'ff', name: '填表区' }), ...extra];
const table = (poly = box(4, 4, 7, 4.8), height = 0.75): HallElement => obstacle(poly, { id: 'desk', name: '填表台', height });
const seats = (at: [number, number] = [5.5, 5.5]): HallElement => point('seat', at, { id: 'chairs', count: 4 });

describe('zone.form-filling: a table and seats in every form-filling zone', () => {
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s county: a table and seats in the zone pass', (preset) =>
    expectVerdict(oneFloor(preset, formZone([table(), seats()])), 'zone.form-filling', { status: 'pass' }),
  );
  it('hunan county: no table and no seats are two errors (one per requirement) naming the zone, citing §5.4.5', () => {
    expectVerdict(oneFloor('hunan', formZone()), 'zone.form-filling', { status: 'fail', severity: 'error', count: 2, clause: '§5.4.5', names: ['ff'] });
    expectVerdict(oneFloor('hunan', formZone()), 'zone.form-filling', { status: 'fail', disc: 'table', count: 1, says: ['no table'] });
    expectVerdict(oneFloor('hunan', formZone()), 'zone.form-filling', { status: 'fail', disc: 'seats', count: 1, says: ['no seats'] });
  });
  it('jiangxi county: seats without a table is an error citing §6.3.1', () =>
    expectVerdict(oneFloor('jiangxi', formZone([seats()])), 'zone.form-filling', {
      status: 'fail',
      severity: 'error',
      count: 1,
      clause: '§6.3.1',
      disc: 'table',
      says: ['no table'],
    }));
  it('hunan county: a table without seats is an error', () =>
    expectVerdict(oneFloor('hunan', formZone([table()])), 'zone.form-filling', { status: 'fail', severity: 'error', count: 1, disc: 'seats', says: ['no seats'] }));
  it('hunan county: a table and seats outside the zone do not count', () =>
    expectVerdict(oneFloor('hunan', formZone([table(box(14, 4, 17, 4.8)), seats([15.5, 6])])), 'zone.form-filling', { status: 'fail', severity: 'error' }));
  it('hunan county: a full-height cabinet is not a table', () =>
    expectVerdict(oneFloor('hunan', formZone([table(box(4, 4, 7, 4.8), 2.2), seats()])), 'zone.form-filling', { status: 'fail', says: ['no table'] }));
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s county: furniture the plan calls a table is one at any height', (preset) =>
    expectVerdict(oneFloor(preset, formZone([obstacle(box(4, 4, 7, 4.8), { id: 'desk', height: 1.6, role: 'table' }), seats()])), 'zone.form-filling', {
      status: 'pass',
    }),
  );
  it.each(['cabinet', 'column', 'other'] as const)('hunan county: low furniture the plan names %s is not a table', (role) =>
    expectVerdict(oneFloor('hunan', formZone([obstacle(box(4, 4, 7, 4.8), { id: 'low', height: 0.9, role }), seats()])), 'zone.form-filling', {
      status: 'fail',
      disc: 'table',
      says: ['no table'],
    }),
  );
  it('hunan county: a waiting area merged with form filling needs them too', () => {
    const els = [zone('waiting', box(2, 2, 10, 8), { id: 'w', also: ['form-filling'] }), seats()];
    expectVerdict(oneFloor('hunan', els), 'zone.form-filling', { status: 'fail', severity: 'error', names: ['w'], says: ['no table'] });
    expectVerdict(oneFloor('hunan', [...els, table()]), 'zone.form-filling', { status: 'pass' });
  });
  it('the finding locates its floor', () => {
    const v = verdictOf(oneFloor('hunan', formZone()), 'zone.form-filling');
    expect(v.status === 'fail' && v.findings.map((f) => f.floorId)).toEqual(['F1', 'F1']);
  });
  it.each([
    ['hunan', 'park'],
    ['jiangxi', 'township'],
  ] as [PresetId, HallLevel][])('%s %s (参照执行): warnings', (preset, level) =>
    expectVerdict(oneFloor(preset, formZone(), level), 'zone.form-filling', { status: 'fail', severity: 'warning', count: 2 }),
  );
  it.each(['township', 'village'] as HallLevel[])('hunan %s: §5.4.5 is 可参考执行 (missing seats a warning), §6.5 应配备…填表桌台 is not (missing table an error)', (level) => {
    const doc = oneFloor('hunan', formZone(), level);
    expectVerdict(doc, 'zone.form-filling', { status: 'fail', disc: 'seats', severity: 'warning', count: 1 });
    expectVerdict(doc, 'zone.form-filling', { status: 'fail', disc: 'table', severity: 'error', count: 1, clause: '§6.5' });
  });
  it('hainan: no such clause, no rule', () => expectVerdict(oneFloor('hainan', formZone()), 'zone.form-filling', { status: 'off' }));
  it('no form-filling zone: not applicable (zone.required reports the missing zone)', () =>
    expectVerdict(oneFloor('hunan', [zone('waiting', box(2, 2, 10, 8))]), 'zone.form-filling', { status: 'na' }));
});

describe('the samples furnish their form-filling zones', () => {
  it.each(['county-hall', 'township-hall'] as const)('%s: no form-filling finding', (name) => {
    const doc = loadSample(name);
    expect(
      checkHall(doc)
        .findings.filter((f) => f.ruleId === 'zone.form-filling')
        .map((f) => f.message.en),
    ).toEqual([]);
  });
});
