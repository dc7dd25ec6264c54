/**
 * What the scenario suites and the blind suite share: each province's list of required zones at county level (the
 * order is the order zones are laid out in, so halls built from it are the same in both suites), and the hall
 * whose waiting room stands back to back with the counter area across a solid wall.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { ZoneType } from '../../../../src/core/vocab';
import { box, door, wall, zone } from './hall';

/** hunan §5.4.1's list. */
export const HUNAN_COUNTY: ZoneType[] = [
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
];
/** hainan §6.1.2.1 with table B.1. */
export const HAINAN_COUNTY: ZoneType[] = ['consultation', 'counter-service', 'certificate', 'gov-disclosure', 'convenience', 'self-service-24h', 'back-office', 'support'];
/** jiangxi §6.1.3 with §6.10.2 and §6.11. */
export const JIANGXI_COUNTY: ZoneType[] = [
  'consultation',
  'counter-service',
  'self-service',
  'self-service-24h',
  'enterprise-services',
  'form-filling',
  'gov-disclosure',
  'waiting',
  'complaint',
  'back-office',
  'support',
  'culture',
  'records',
  'meeting',
];
export const without = (list: ZoneType[], t: ZoneType) => list.filter((x) => x !== t);

/**
 * A partition the full width at y = 10 with its only door at x = 28.5; the counter area south of it and the waiting
 * room (`wz`) north of it, back to back at x 2–8: 关联 only by the walk round (about 40 m).
 */
export const backToBackWaiting = (): HallElement[] => [
  wall([0, 10], [30, 10], { id: 'pw' }),
  door([28.5, 10], { wallId: 'pw', width: 1.0 }),
  zone('counter-service', box(2, 6, 8, 9.9)),
  zone('waiting', box(2, 10.1, 8, 14), { id: 'wz' }),
];
