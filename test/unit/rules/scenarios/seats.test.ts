/**
 * hainan §6.2.1.1: 业务办理类 “应配备服务柜台、取号机、座椅…”, 便民服务类 “应配备座椅…” (table C.1: every level). Hainan sizes no
 * waiting queue, so a place with no seat at all must be found by its own rule; hunan §5.4.7 and jiangxi §6.8.2 size
 * the seats from the queue (zone.waiting-capacity).
 */
import { describe, it } from 'vitest';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { box, counter, oneFloor, point, zone } from './hall';
import { expectVerdict } from './verdict';

const base = () => [zone('counter-service', box(2, 2, 12, 8)), counter('general-intake', [6, 3], { id: 'k1' })];

describe('zone.seats (hainan §6.2.1.1 应配备…座椅)', () => {
  it('hainan county: no seat in the place is an error citing §6.2.1.1', () =>
    expectVerdict(oneFloor('hainan', base()), 'zone.seats', { status: 'fail', severity: 'error', count: 1, clause: '§6.2.1.1' }));
  it('hainan county: one row of seats passes', () => expectVerdict(oneFloor('hainan', [...base(), point('seat', [8, 12], { count: 6 })]), 'zone.seats', { status: 'pass' }));
  it.each(['township', 'village'] as HallLevel[])('hainan %s (参照执行): a warning', (level) =>
    expectVerdict(oneFloor('hainan', base(), level), 'zone.seats', { status: 'fail', severity: 'warning' }),
  );
  it.each(['hunan', 'jiangxi'] as PresetId[])('%s: seats are sized by the queue (zone.waiting-capacity), no rule here', (preset) =>
    expectVerdict(oneFloor(preset, base()), 'zone.seats', { status: 'off' }),
  );
});
