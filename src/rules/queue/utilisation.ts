import { counterTypeTerm } from '../../core/terms';
import { centroid } from '../../core/geometry/polygon';
import { zoneHasType } from '../../core/kinds/zone';
import { defineRule } from '../define';
import { all, finding, fmtMeasured, hallFloorId } from '../util';
import { queueReport } from './report';

/**
 * Utilisation ≥ 1: arrivals outpace service and the queue grows without bound. Each finding names the counter
 * type's counters and the waiting zones that would hold its queue, on the floor with most of those counters, so
 * a click zooms to them.
 */
export const queueUtilisation = defineRule({
  id: 'queue.utilisation',
  group: 'queue',
  title: { zh: '窗口负荷', en: 'Counter utilisation' },
  scope: 'hall',
  reads: ['counter', 'zone'],
  params: ['seatPercentile', 'targetWaitMin', 'queueArrivalsPerCounterHour', 'queueServiceMin'],
  check(ctx) {
    const counters = all(ctx.doc, 'counter');
    const waiting = all(ctx.doc, 'zone').filter(({ el }) => zoneHasType(el, 'waiting'));
    return queueReport(ctx.doc, ctx.params)
      .rows.filter((r) => !r.stable)
      .map((r) => {
        const own = counters.filter(({ el }) => el.type === r.type);
        const perFloor = new Map<string, number>();
        for (const c of own) perFloor.set(c.floor.id, (perFloor.get(c.floor.id) ?? 0) + 1);
        const floorId = [...perFloor.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? hallFloorId(ctx.doc);
        const zones = waiting.filter((w) => w.floor.id === floorId);
        const first = own.find((c) => c.floor.id === floorId);
        const typeName = counterTypeTerm(r.type, ctx.doc.meta.preset);
        const numbers = own.map(({ el }) => el.number || el.id).join('、');
        return finding('queue.utilisation', ctx, {
          disc: r.type,
          elementIds: [...own.map((c) => c.el.id), ...zones.map((z) => z.el.id)],
          floorId,
          at: first ? first.el.position : zones[0] ? centroid(zones[0].el.polygon) : undefined,
          zh: `${typeName.zh}（${numbers || '无窗口'}）：利用率 ${fmtMeasured(r.utilisation, 1)} ≥ 1，排队将无限增长（${r.counters} 个窗口，每小时 ${r.arrivalsPerHour} 人，每人 ${r.serviceMin} 分钟）`,
          en: `${typeName.en} (${numbers || 'no counters'}): utilisation ${fmtMeasured(r.utilisation, 1)} ≥ 1, the queue grows without bound (${r.counters} counters, ${r.arrivalsPerHour}/h, ${r.serviceMin} min each)`,
          hintZh: r.countersForTarget ? `至少需要 ${r.countersForTarget} 个窗口` : '增加窗口或缩短办理时间',
          hintEn: r.countersForTarget ? `Needs at least ${r.countersForTarget} counters` : 'Add counters or shorten service',
          data: { utilisation: r.utilisation, counters: r.counters, countersNeeded: r.countersForTarget ?? -1 },
        });
      });
  },
});
