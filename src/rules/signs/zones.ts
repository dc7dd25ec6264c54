/** Zone signs, complaint signs, bilingual text, accessible-facility signs. */
import type { ElementOf } from '../../core/kinds/registry';
import { isStaffZone, zoneHasType } from '../../core/kinds/zone';
import { centroid, distToPolygon, insideOrNear } from '../../core/geometry/polygon';
import { dist } from '../../core/geometry/vec';
import { kindOf } from '../../core/kinds/registry';
import type { Finding } from '../types';
import { defineRule } from '../define';
import { all, atMost, finding, fmtLimit, fmtMeasured, mainEntrance, num } from '../util';

const EXEMPT = new Set(['circulation', 'unclassified']);
const near = insideOrNear;

export const signZone = defineRule({
  id: 'sign.zone',
  group: 'signs',
  title: { zh: '区域标牌', en: 'Zone signs' },
  scope: 'floor',
  reads: ['zone', 'sign'],
  params: ['zoneSignTolM'],
  check(ctx) {
    const f = ctx.floor!;
    const tol = num(ctx, 'zoneSignTolM');
    const signs = f.elements.filter((e): e is ElementOf<'sign'> => e.kind === 'sign' && (e.signKind === 'zone' || e.signKind === 'complaint'));
    // Where the text asks every area to be signed (jiangxi §5.1.4.1 各区域, whose §6.1.3 counts 办公区 among its
    // areas), staff zones are signed too; elsewhere the signs are for citizens finding public zones.
    const staffToo = ctx.setting.options?.staffZones === true;
    return f.elements
      .filter((z): z is ElementOf<'zone'> => z.kind === 'zone' && (staffToo || !isStaffZone(z)) && !EXEMPT.has(z.type))
      .filter((z) => !signs.some((s) => near(s.position, z.polygon, tol)))
      .map((z) =>
        finding('sign.zone', ctx, {
          elementIds: [z.id],
          floorId: f.id,
          at: centroid(z.polygon),
          zh: `“${z.name ?? z.id}”没有区域标牌`,
          en: `"${z.nameEn || z.name || z.id}" has no zone sign`,
          hintZh: '在区域内或边界上放置区域标牌',
          hintEn: 'Place a zone sign inside it or on its edge',
        }),
      );
  },
});

export const signComplaint = defineRule({
  id: 'sign.complaint',
  group: 'signs',
  title: { zh: '投诉受理标识', en: 'Complaint sign' },
  scope: 'floor',
  reads: ['zone', 'sign'],
  params: ['zoneSignTolM'],
  check(ctx) {
    const f = ctx.floor!;
    const tol = num(ctx, 'zoneSignTolM');
    const signs = f.elements.filter((e): e is ElementOf<'sign'> => e.kind === 'sign' && e.signKind === 'complaint');
    return f.elements
      .filter((z): z is ElementOf<'zone'> => z.kind === 'zone' && zoneHasType(z, 'complaint'))
      .filter((z) => !signs.some((s) => near(s.position, z.polygon, tol)))
      .map((z) =>
        finding('sign.complaint', ctx, {
          elementIds: [z.id],
          floorId: f.id,
          at: centroid(z.polygon),
          zh: `投诉受理区“${z.name ?? z.id}”没有投诉受理标识`,
          en: `Complaint area "${z.name ?? z.id}" has no complaint sign`,
        }),
      );
  },
});

export const signBilingual = defineRule({
  id: 'sign.bilingual',
  group: 'signs',
  title: { zh: '中英文标识', en: 'Bilingual signs' },
  scope: 'floor',
  reads: ['sign'],
  params: [],
  check(ctx) {
    const f = ctx.floor!;
    return f.elements
      .filter((s): s is ElementOf<'sign'> => s.kind === 'sign' && (!s.text.zh.trim() || !s.text.en.trim()))
      .map((s) =>
        finding('sign.bilingual', ctx, {
          elementIds: [s.id],
          floorId: f.id,
          at: s.position,
          zh: `标识“${s.text.zh || s.id}”缺少${s.text.zh.trim() ? '英文' : '中文'}`,
          en: `Sign "${s.text.en || s.text.zh || s.id}" has no ${s.text.zh.trim() ? 'English' : 'Chinese'} text`,
        }),
      );
  },
});

export const signAccessible = defineRule({
  id: 'sign.accessible',
  group: 'signs',
  title: { zh: '无障碍设施标识', en: 'Accessibility signs' },
  scope: 'hall',
  reads: ['sign', 'zone', 'counter'],
  params: ['accessibleSignMaxM', 'levelStepMaxM', 'toleranceM'],
  check(ctx) {
    const max = num(ctx, 'accessibleSignMaxM');
    const signs = all(ctx.doc, 'sign').filter(({ el }) => el.signKind === 'accessible');
    type Facility = { floorId: string; id: string; name: [string, string]; poly?: [number, number][]; p: [number, number] };
    const facilities: Facility[] = [];
    // A zone that also serves as the accessible toilet is one (access.toilet takes it as such).
    for (const { floor, el } of all(ctx.doc, 'zone'))
      if (zoneHasType(el, 'accessible-toilet'))
        facilities.push({
          floorId: floor.id,
          id: el.id,
          name: [`无障碍卫生间“${el.name ?? el.id}”`, `accessible toilet "${el.nameEn || el.name || el.id}"`],
          poly: el.polygon,
          p: centroid(el.polygon),
        });
    for (const { floor, el } of all(ctx.doc, 'vlink'))
      if ((el.linkKind === 'elevator' && el.accessible) || el.linkKind === 'ramp') {
        const what = el.linkKind === 'ramp' ? ['坡道', 'ramp'] : ['无障碍电梯', 'accessible elevator'];
        for (const fid of new Set([floor.id, ...el.floors]))
          facilities.push({
            floorId: fid,
            id: el.id,
            name: [`${what[0]}“${el.name ?? el.id}”`, `${what[1]} "${el.name ?? el.id}"`],
            poly: kindOf(el).footprint(el)!,
            p: el.position,
          });
      }
    for (const { floor, el } of all(ctx.doc, 'counter'))
      if (el.low) facilities.push({ floorId: floor.id, id: el.id, name: [`${el.number || el.id}号低位窗口`, `low counter ${el.number || el.id}`], p: el.position });
    const main = mainEntrance(ctx.doc);
    // hainan §6.3.3.1 b 应在场所出入口显著位置公开无障碍服务的电话: the entrance is signed whether or not it is step-free.
    const accessibleEntrance = main && (main.el.step <= num(ctx, 'levelStepMaxM') || main.el.ramp);
    if (main && (accessibleEntrance || ctx.setting.options?.entranceAlways === true))
      facilities.push({
        floorId: main.floor.id,
        id: main.el.id,
        name: accessibleEntrance ? ['无障碍入口', 'the accessible entrance'] : ['主入口', 'the main entrance'],
        p: main.el.position,
      });
    const out: Finding[] = [];
    for (const fac of facilities) {
      const onFloor = signs.filter(({ floor }) => floor.id === fac.floorId);
      if (onFloor.some(({ el }) => el.target === fac.id)) continue;
      // The nearest sign on the floor, printed so the message shows how far it misses the limit by.
      let nearest = Number.POSITIVE_INFINITY;
      for (const { el } of onFloor) nearest = Math.min(nearest, fac.poly ? distToPolygon(el.position, fac.poly) : dist(el.position, fac.p));
      if (atMost(ctx, nearest, max)) continue;
      const far = Number.isFinite(nearest);
      out.push(
        finding('sign.accessible', ctx, {
          elementIds: [fac.id],
          floorId: fac.floorId,
          at: fac.p,
          disc: fac.floorId,
          zh: `${fac.name[0]}附近 ${fmtLimit(max)} m 内没有无障碍标识${far ? `（最近的在 ${fmtMeasured(nearest, max)} m 处）` : ''}`,
          en: `No accessibility sign within ${fmtLimit(max)} m of ${fac.name[1]}${far ? ` (the nearest is ${fmtMeasured(nearest, max)} m away)` : ''}`,
          data: far ? { distanceM: nearest, maxM: max } : { maxM: max },
        }),
      );
    }
    return out;
  },
});
