import { zoneTypeTerm } from '../../core/terms';
import type { ZoneType } from '../../core/vocab';
import type { Finding, Severity } from '../types';
import { defineRule } from '../define';
import { all, finding, hallFloorId } from '../util';

/**
 * Zone types the preset lists at the hall's level: `required` at the rule's severity, `expected` as warnings, `optional` as infos.
 * `errorTypes` are required by a clause the level does not merely refer to (hunan §6.5 beside §5.4's 可参考执行): errors
 * there although the rest of the list reads as warnings.
 */
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
    // Every type some zone has (its own or merged in): zoneHasType for all zones, once.
    const present = new Set<string>();
    for (const { el } of all(ctx.doc, 'zone')) {
      present.add(el.type);
      for (const t of el.also) present.add(t);
    }
    const lists: [unknown, Severity | undefined][] = [
      [o.required, undefined],
      [o.expected, 'warning'],
      [o.optional, 'info'],
    ];
    const strict = new Set(Array.isArray(o.errorTypes) ? (o.errorTypes as ZoneType[]) : []);
    const name = (t: ZoneType) => zoneTypeTerm(t, ctx.doc.meta.preset);
    for (const [list, sev] of lists) {
      for (const t of (Array.isArray(list) ? list : []) as ZoneType[]) {
        if (present.has(t)) continue;
        const f = finding('zone.required', ctx, {
          disc: t,
          floorId: hallFloorId(ctx.doc),
          zh: `缺少${name(t).zh}`,
          en: `No ${name(t).en} zone`,
          hintZh: `画一个“${name(t).zh}”功能区，或在现有功能区的“兼用功能”中加入`,
          hintEn: `Draw a ${name(t).en} zone, or add it to an existing zone's merged functions`,
          data: { zoneType: t },
        });
        if (sev && !(sev === 'warning' && ctx.setting.severity === 'info')) f.severity = sev;
        else if (!sev && strict.has(t)) f.severity = 'error';
        out.push(f);
      }
    }
    return out;
  },
});
