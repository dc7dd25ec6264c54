/** The queue report per counter type, for the inspector and zone.waiting-capacity. */
import type { HallDocument } from '../../core/document';
import { COUNTER_TYPE_IDS, type CounterType } from '../../core/vocab';
import type { ParamValue } from '../types';
import { countersForWait, erlangC, type QueueStats } from './erlang';
import { all, param } from '../util';

export interface QueueRow extends QueueStats {
  type: CounterType;
  /** Counters needed for the mean wait to reach `targetWaitMin`. */
  countersForTarget?: number;
  /** Where the inputs came from. */
  source: 'hall' | 'preset';
}

export interface QueueReport {
  rows: QueueRow[];
  seatsNeeded: number;
}

/** The last few reports by their inputs: counts per type, the hall's queue settings and the four parameters. */
const recent = new Map<string, QueueReport>();
const RECENT_MAX = 16;

export function queueReport(doc: HallDocument, params: Readonly<Record<string, ParamValue>>): QueueReport {
  const counts = new Map<CounterType, number>();
  // From the hall's counter index (rules ask on every seat move): the same counters in the same order as a scan
  // of every element would meet them.
  for (const { el } of all(doc, 'counter')) if (el.type !== 'consultation-desk') counts.set(el.type, (counts.get(el.type) ?? 0) + 1);
  const pct = param(params, 'seatPercentile');
  const target = param(params, 'targetWaitMin');
  const key = JSON.stringify([[...counts], doc.meta.queue, pct, target, param(params, 'queueArrivalsPerCounterHour'), param(params, 'queueServiceMin')]);
  const hit = recent.get(key);
  // A copy: callers may sort or annotate the rows.
  if (hit) return { rows: hit.rows.map((r) => ({ ...r })), seatsNeeded: hit.seatsNeeded };
  const report = compute(doc, counts, params, pct, target);
  recent.set(key, report);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return { rows: report.rows.map((r) => ({ ...r })), seatsNeeded: report.seatsNeeded };
}

function compute(doc: HallDocument, counts: Map<CounterType, number>, params: Readonly<Record<string, ParamValue>>, pct: number, target: number): QueueReport {
  const rows: QueueRow[] = [];
  for (const type of COUNTER_TYPE_IDS) {
    const c = counts.get(type) ?? 0;
    const hall = doc.meta.queue[type];
    if (!c && !hall) continue;
    const arrivals = hall?.arrivalsPerHour ?? param(params, 'queueArrivalsPerCounterHour') * c;
    const service = hall?.serviceMin ?? param(params, 'queueServiceMin');
    const s = erlangC(c, arrivals, service, pct);
    rows.push({ ...s, type, countersForTarget: countersForWait(arrivals, service, target), source: hall ? 'hall' : 'preset' });
  }
  const seatsNeeded = rows.reduce((s, r) => s + (r.stable ? r.seatsAtPercentile : 0), 0);
  return { rows, seatsNeeded };
}
