/**
 * Blind queue scenarios (hunan §5.4.7 / jiangxi §6.8.2 “能够容纳…等待队列”, sized by RULES.md's M/M/c model at
 * seatPercentile 0.95), with the seat counts worked out by hand from Erlang C: three general-intake counters at
 * 30 visitors an hour and 5 minutes each (2.5 erlangs, ρ = 0.833, P(wait) = 0.702) need 14 seats, since
 * P(Nq ≤ 13) = 0.945 < 0.95 ≤ P(Nq ≤ 14); two assisted counters at 10 an hour and 6 minutes (1 erlang, ρ = 0.5,
 * P(wait) = 1/3) need 2, since P(Nq ≤ 1) = 0.917. Two types need the sum, 16.
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import type { PresetId } from '../../../../../src/core/vocab';
import { box, counter, hall, point, zone } from '../hall';
import { expectVerdict } from '../verdict';

const intake = (): HallElement[] => [0, 1, 2].map((k) => counter('general-intake', [4 + 3 * k, 17], { rotation: 180, id: `g${k}` }));
const assisted = (): HallElement[] => [0, 1].map((k) => counter('assisted', [20 + 3 * k, 17], { rotation: 180, id: `a${k}` }));
const seats = (n: number): HallElement[] => [zone('waiting', box(3, 5, 27, 12), { id: 'wz' }), point('seat', [15, 8], { count: n })];

function withQueue(preset: PresetId, els: HallElement[], both: boolean) {
  const queue: Record<string, { arrivalsPerHour: number; serviceMin: number }> = { 'general-intake': { arrivalsPerHour: 30, serviceMin: 5 } };
  if (both) queue.assisted = { arrivalsPerHour: 10, serviceMin: 6 };
  return hall({ preset, queue, floors: [{ elements: els }] });
}

describe('blind zone.waiting-capacity against a hand-worked M/M/c', () => {
  for (const preset of ['hunan', 'jiangxi'] as PresetId[]) {
    it(`${preset}: 14 seats hold the queue of three intake counters`, () =>
      expectVerdict(withQueue(preset, [...intake(), ...seats(14)], false), 'zone.waiting-capacity', { status: 'pass' }));
    it(`${preset}: 13 seats do not: error`, () =>
      expectVerdict(withQueue(preset, [...intake(), ...seats(13)], false), 'zone.waiting-capacity', { status: 'fail', severity: 'error', says: ['13', '14'] }));
    it(`${preset}: with the two assisted counters as well, 16 seats pass`, () =>
      expectVerdict(withQueue(preset, [...intake(), ...assisted(), ...seats(16)], true), 'zone.waiting-capacity', { status: 'pass' }));
    it(`${preset}: and 15 do not`, () =>
      expectVerdict(withQueue(preset, [...intake(), ...assisted(), ...seats(15)], true), 'zone.waiting-capacity', { status: 'fail', severity: 'error', says: ['15', '16'] }));
  }
});
