import { ZONE_TYPES, type ZoneType } from '../../core/vocab';
import type { Finding, Severity } from '../types';
import { defineRule } from '../define';
import { finding, zonesOfType } from '../util';

/** Zone types the preset lists at the hall's level: `required` at the rule's severity, `expected` as warnings, `optional` as infos. */
export const zoneRequired = defineRule({
  id: 'zone.required',
  group: 'zones',
  title: { zh: '必设功能区', en: 'Required zones' },
  scope: 'hall',
  reads: ['zone'],
  params: [],
  check(ctx) {
    const o = ctx.setting.options ?? {};
    const out: Finding[] = [];
    const lists: [unknown, Severity | undefined][] = [
      [o.required, undefined],
      [o.expected, 'warning'],
      [o.optional, 'info'],
    ];
    for (const [list, sev] of lists) {
      for (const t of (Array.isArray(list) ? list : []) as ZoneType[]) {
        if (zonesOfType(ctx.doc, t).length) continue;
        const f = finding('zone.required', ctx, {
          disc: t,
          floorId: ctx.doc.floors[0]?.id,
          zh: `缺少${ZONE_TYPES[t]?.zh ?? t}`,
          en: `No ${ZONE_TYPES[t]?.en ?? t} zone`,
          hintZh: `画一个“${ZONE_TYPES[t]?.zh ?? t}”功能区，或在现有功能区的“兼用功能”中加入`,
          hintEn: `Draw a ${ZONE_TYPES[t]?.en ?? t} zone, or add it to an existing zone's merged functions`,
          data: { zoneType: t },
        });
        if (sev && !(sev === 'warning' && ctx.setting.severity === 'info')) f.severity = sev;
        out.push(f);
      }
    }
    return out;
  },
});
