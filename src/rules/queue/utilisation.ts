import { COUNTER_TYPES } from '../../core/vocab';
import { defineRule } from '../define';
import { finding, fmt } from '../util';
import { queueReport } from './report';

/** Utilisation ≥ 1: arrivals outpace service and the queue grows without bound. */
export const queueUtilisation = defineRule({
  id: 'queue.utilisation',
  group: 'queue',
  title: { zh: '窗口负荷', en: 'Counter utilisation' },
  scope: 'hall',
  reads: ['counter'],
  params: ['seatPercentile', 'targetWaitMin', 'queueArrivalsPerCounterHour', 'queueServiceMin'],
  check(ctx) {
    return queueReport(ctx.doc, ctx.params)
      .rows.filter((r) => !r.stable)
      .map((r) =>
        finding('queue.utilisation', ctx, {
          disc: r.type,
          zh: `${COUNTER_TYPES[r.type].zh}：利用率 ${fmt(r.utilisation, 2)} ≥ 1，排队将无限增长（${r.counters} 个窗口，每小时 ${r.arrivalsPerHour} 人，每人 ${r.serviceMin} 分钟）`,
          en: `${COUNTER_TYPES[r.type].en}: utilisation ${fmt(r.utilisation, 2)} ≥ 1, the queue grows without bound (${r.counters} counters, ${r.arrivalsPerHour}/h, ${r.serviceMin} min each)`,
          hintZh: r.countersForTarget ? `至少需要 ${r.countersForTarget} 个窗口` : '增加窗口或缩短办理时间',
          hintEn: r.countersForTarget ? `Needs at least ${r.countersForTarget} counters` : 'Add counters or shorten service',
          data: { utilisation: r.utilisation, counters: r.counters, countersNeeded: r.countersForTarget ?? -1 },
        }),
      );
  },
});
