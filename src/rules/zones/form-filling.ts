/**
 * Form-filling furniture (hunan part 1 §5.4.5 “填表区应配置桌子、椅凳”, jiangxi §6.3.1 填单区 “应配置桌子、椅凳”): every
 * zone where citizens fill in forms, its own type or merged into another (a waiting area 兼填表), has a table and
 * seats inside it. The model has no table kind: a table is furniture (an obstacle) lower than eye height whose
 * centre stands in the zone, so a column or a full-height cabinet is not one; seats are seat rows placed in the zone.
 */
import type { ElementOf } from '../../core/kinds/registry';
import { zoneHasType } from '../../core/kinds/zone';
import { EYE_HEIGHT_M } from '../../core/kinds/roles';
import { cachedBBox, centroid, pointInPolygon, type Polygon } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import type { Finding, RuleDef } from '../types';
import { defineRule } from '../define';
import { finding } from '../util';

const inside = (p: Vec2, poly: Polygon): boolean => {
  const b = cachedBBox(poly);
  return p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInPolygon(p, poly);
};

export const zoneFormFilling: RuleDef = defineRule({
  id: 'zone.form-filling',
  group: 'zones',
  title: { zh: '填表区桌椅', en: 'Form-filling tables and seats' },
  scope: 'floor',
  reads: ['zone', 'point', 'obstacle'],
  params: [],
  check(ctx) {
    const f = ctx.floor!;
    const out: Finding[] = [];
    const zones: ElementOf<'zone'>[] = [];
    for (const el of f.elements) if (el.kind === 'zone' && zoneHasType(el, 'form-filling')) zones.push(el);
    if (!zones.length) return out;
    // One pass over the floor for the candidates, then each zone tests only those.
    const seatAt: Vec2[] = [];
    const tableAt: Vec2[] = [];
    for (const e of f.elements) {
      if (e.kind === 'point' && e.pointKind === 'seat') seatAt.push(e.position);
      else if (e.kind === 'obstacle' && e.height < EYE_HEIGHT_M) tableAt.push(centroid(e.polygon));
    }
    for (const zone of zones) {
      const seats = seatAt.some((p) => inside(p, zone.polygon));
      const table = tableAt.some((p) => inside(p, zone.polygon));
      if (seats && table) continue;
      const name = { zh: zone.name ?? zone.id, en: zone.nameEn || zone.name || zone.id };
      const what = !seats && !table ? { zh: '桌子和椅凳', en: 'tables or seats' } : !table ? { zh: '桌子', en: 'table' } : { zh: '椅凳', en: 'seats' };
      out.push(
        finding('zone.form-filling', ctx, {
          elementIds: [zone.id],
          floorId: f.id,
          at: centroid(zone.polygon),
          zh: `填表区“${name.zh}”内没有配置${what.zh}`,
          en: `Form-filling area "${name.en}" has no ${what.en}`,
          hintZh: `在区域内放置${what.zh}（桌子：低于视线高度的家具）`,
          hintEn: `Place ${what.en} inside the zone (a table: furniture below eye height)`,
          data: { table, seats },
        }),
      );
    }
    return out;
  },
});
