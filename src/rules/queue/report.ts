/** The queue report per counter type, for the inspector and zone.waiting-capacity. */
import type { HallDocument } from '../../core/document';
import { COUNTER_TYPE_IDS, type CounterType } from '../../core/vocab';
import type { ParamValue } from '../types';
import { countersForWait, erlangC, type QueueStats } from './erlang';

export interface QueueRow extends QueueStats {
  type: CounterType;
  /** Counters needed for the mean wait to reach `targetWaitMin`. */
  countersForTarget?: number;
  /** Where the inputs came from. */
  source: 'hall' | 'preset';
}

const n = (p: Readonly<Record<string, ParamValue>>, k: string, d: number) => (typeof p[k] === 'number' ? (p[k] as number) : d);

export function queueReport(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): { rows: QueueRow[]; seatsNeeded: number } {
  const counts = new Map<CounterType, number>();
  for (const f of doc.floors) for (const e of f.elements) if (e.kind === 'counter' && e.type !== 'consultation-desk') counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const pct = n(params, 'seatPercentile', 0.95);
  const target = n(params, 'targetWaitMin', 15);
  const rows: QueueRow[] = [];
  for (const type of COUNTER_TYPE_IDS) {
    const c = counts.get(type) ?? 0;
    const hall = doc.meta.queue[type];
    if (!c && !hall) continue;
    const arrivals = hall?.arrivalsPerHour ?? n(params, 'queueArrivalsPerCounterHour', 5) * c;
    const service = hall?.serviceMin ?? n(params, 'queueServiceMin', 8);
    const s = erlangC(c, arrivals, service, pct);
    rows.push({ ...s, type, countersForTarget: countersForWait(arrivals, service, target), source: hall ? 'hall' : 'preset' });
  }
  const seatsNeeded = rows.reduce((s, r) => s + (r.stable ? r.seatsAtPercentile : 0), 0);
  return { rows, seatsNeeded };
}
