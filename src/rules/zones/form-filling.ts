/**
 * Form-filling furniture (hunan part 1 §5.4.5 “填表区应配置桌子、椅凳”, jiangxi §6.3.1 填单区 “应配置桌子、椅凳”): every
 * zone where citizens fill in forms, its own type or merged into another (a waiting area 兼填表), has a table and
 * seats inside it. A table is furniture (an obstacle) whose centre stands in the zone and whose role is `table`;
 * furniture the plan gives no role is read by its height: lower than eye height is taken for a table, so a column or a
 * full-height cabinet is not one. Seats are seat rows placed in the zone.
 */
import type { ElementOf } from '../../core/kinds/registry';
import { zoneHasType } from '../../core/kinds/zone';
import { EYE_HEIGHT_M } from '../../core/kinds/roles';
import { cachedBBox, centroid, pointInPolygon, type Polygon } from '../../core/geometry/polygon';
import type { Vec2 } from '../../core/geometry/vec';
import type { Finding, RuleDef } from '../types';
import { defineRule } from '../define';
import { finding } from '../util';
import { elementsOn, pointElementsOn } from '../element-index';

const inside = (p: Vec2, poly: Polygon): boolean => {
  const b = cachedBBox(poly);
  return p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY && pointInPolygon(p, poly);
};

/** A table by its role, or by its height where the plan does not say what the furniture is. */
const isTable = (o: ElementOf<'obstacle'>): boolean => (o.role === undefined ? o.height < EYE_HEIGHT_M : o.role === 'table');

export const zoneFormFilling: RuleDef = defineRule({
  id: 'zone.form-filling',
  group: 'zones',
  title: { zh: '填表区桌椅', en: 'Form-filling tables and seats' },
  scope: 'floor',
  reads: ['zone', 'point:seat', 'obstacle'],
  params: [],
  check(ctx) {
    const floor = ctx.floor!;
    const out: Finding[] = [];
    // From the floor's element index: the zones, seats and tables among the floor's elements.
    const zones = elementsOn(floor, 'zone').filter((el) => zoneHasType(el, 'form-filling'));
    if (!zones.length) return out;
    const seatAt: Vec2[] = pointElementsOn(floor, 'seat').map((e) => e.position);
    const tableAt: Vec2[] = elementsOn(floor, 'obstacle').flatMap((e) => (isTable(e) ? [centroid(e.polygon)] : []));
    // A table the level must have although the zone list is only guidance there (hunan §6.5 填表桌台 beside §5.4).
    const tableError = ctx.setting.options?.tableError === true;
    for (const zone of zones) {
      const name = { zh: zone.name ?? zone.id, en: zone.nameEn || zone.name || zone.id };
      const missing = (disc: 'table' | 'seats', zh: string, en: string) => {
        const f = finding('zone.form-filling', ctx, {
          elementIds: [zone.id],
          floorId: floor.id,
          at: centroid(zone.polygon),
          disc,
          zh: `填表区“${name.zh}”内没有配置${zh}`,
          en: `Form-filling area "${name.en}" has no ${en}`,
          hintZh: disc === 'table' ? '在区域内放置桌子（家具类型选“桌子”）' : '在区域内放置椅凳',
          hintEn: disc === 'table' ? 'Place a table (furniture of type Table) inside the zone' : 'Place seats inside the zone',
        });
        if (disc === 'table' && tableError) f.severity = 'error';
        out.push(f);
      };
      if (!tableAt.some((p) => inside(p, zone.polygon))) missing('table', '桌子', 'table');
      if (!seatAt.some((p) => inside(p, zone.polygon))) missing('seats', '椅凳', 'seats');
    }
    return out;
  },
});
