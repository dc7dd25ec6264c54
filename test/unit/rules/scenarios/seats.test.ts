/**
 * hainan §6.2.1.1: 业务办理类 “应配备服务柜台、取号机、座椅…”, 便民服务类 “应配备座椅…” (table C.1: every level). Hainan sizes no
 * waiting queue, so a place with no seat at all must be found by its own rule. Hunan §6.5 and jiangxi §5.2.2 ask for
 * seats too (service-facilities.test.ts); their queues size them (zone.waiting-capacity).
 */
import { describe, it } from 'vitest';
import type { HallLevel } from '../../../../src/core/vocab';
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
});
