/**
 * Facilities the texts ask a hall to be equipped with, each a point kind: suggestion box, drinking water,
 * self-service terminals, the staff notice board, the help phone outside, the Wi-Fi notice, records cabinets and
 * the name board. Where one must stand follows the preset's words (`options`):
 * - `inZoneTypes`: every zone of these types (as its type or an `also` type) holds one, inside it or within
 *   `zoneSignTolM` of its edge (自助服务区应配备…自助终端, 资料存储区应配置…档案柜, 投诉受理区…应设置投诉信箱); a hall
 *   with no such zone still needs one somewhere (zone.required reports the missing zone);
 * - `placement`, any of: 'any' (the text names no place), 'public' (for citizens: in a public zone or on its edge),
 *   'outside' (门外 / 外部: beyond the building's outer boundary or on its outer wall, within `entranceSignMaxM` of
 *   the main door), 'conspicuous' (显著位置: within `entranceSignMaxM` walk of the main entrance, or in plain sight of
 *   it within `conspicuousSightMaxM`). Without a main entrance there is nowhere to measure from (access.entrance
 *   reports that): presence alone is checked, never passed unseen.
 */
import type { Floor } from '../../core/document';
import { centroid, distToPolygonBoundary, insideOrNear, pointInPolygon } from '../../core/geometry/polygon';
import { dist } from '../../core/geometry/vec';
import { isStaffZone, zoneHasType } from '../../core/kinds/zone';
import type { ElementOf } from '../../core/kinds/registry';
import { POINT_KINDS, type PointKind, type ZoneType } from '../../core/vocab';
import { lineOfSight } from '../../nav';
import { outerBoundary } from '../doors';
import { defineRule } from '../define';
import { elementsOn, pointsOf } from '../element-index';
import type { Finding, RuleContext, RuleDef, RuleReads } from '../types';
import { all, atMost, fieldFrom, finding, fmtLimit, hallFloorId, mainEntrance, num } from '../util';
import { walked } from '../walk';
import { insideOf } from '../zones/placement';
import { OFF_PLAN_RULES } from './off-plan';

type Placement = 'any' | 'public' | 'outside' | 'conspicuous';
type Placed = { floor: Floor; el: ElementOf<'point'> };
type Main = NonNullable<ReturnType<typeof mainEntrance>>;

/** Inside the polygon or within `tol` of its edge: a box or board hangs on the zone's wall. */
const inOrOn = insideOrNear;

const term = (k: PointKind) => POINT_KINDS[k];

function zonesWithout(ctx: RuleContext, ruleId: string, kind: PointKind, types: readonly ZoneType[], pts: readonly Placed[]): Finding[] | null {
  const zones = all(ctx.doc, 'zone').filter(({ el }) => types.some((t) => zoneHasType(el, t)));
  if (!zones.length) return null;
  const tol = num(ctx, 'zoneSignTolM');
  const t = term(kind);
  return zones
    .filter(({ floor, el }) => !pts.some((p) => p.floor.id === floor.id && inOrOn(p.el.position, el.polygon, tol)))
    .map(({ floor, el }) =>
      finding(ruleId, ctx, {
        elementIds: [el.id],
        floorId: floor.id,
        at: centroid(el.polygon),
        disc: el.id,
        zh: `“${el.name ?? el.id}”内没有${t.zh}`,
        en: `"${el.nameEn || el.name || el.id}" has no ${t.en.toLowerCase()}`,
        hintZh: `在该区域内或其边缘 ${fmtLimit(tol)} m 内放置${t.zh}`,
        hintEn: `Place a ${t.en.toLowerCase()} inside it or within ${fmtLimit(tol)} m of its edge`,
      }),
    );
}

function inPublicZone(ctx: RuleContext, p: Placed): boolean {
  const tol = num(ctx, 'zoneSignTolM');
  return elementsOn(p.floor, 'zone').some((z) => !isStaffZone(z) && z.type !== 'unclassified' && inOrOn(p.el.position, z.polygon, tol));
}

function outsideMain(ctx: RuleContext, main: Main, p: Placed): boolean {
  if (p.floor.id !== main.floor.id || !atMost(ctx, dist(p.el.position, main.el.position), num(ctx, 'entranceSignMaxM'))) return false;
  const boundary = outerBoundary(main.floor);
  return !boundary || !pointInPolygon(p.el.position, boundary) || distToPolygonBoundary(p.el.position, boundary) <= num(ctx, 'exteriorDoorTolM');
}

function conspicuous(ctx: RuleContext, main: Main, pts: readonly Placed[]): boolean {
  const here = pts.filter((p) => p.floor.id === main.floor.id);
  if (!here.length) return false;
  const inside = insideOf(ctx.doc, main.floor.id, main.el, num(ctx, 'entranceInsideM'));
  const sightMax = num(ctx, 'conspicuousSightMaxM');
  if (here.some((p) => atMost(ctx, dist(p.el.position, inside), sightMax) && lineOfSight(ctx.doc, main.floor.id, inside, p.el.position))) return true;
  const max = num(ctx, 'entranceSignMaxM');
  const field = fieldFrom(ctx.doc, `entrance:${main.el.id}`, [{ floorId: main.floor.id, p: inside }]);
  return here.some((p) => atMost(ctx, walked(ctx, field, p.floor.id, p.el.position, max), max));
}

/** Where the placement asks, in both languages, for the message and the hint. */
const WHERE: Record<Exclude<Placement, 'any'>, [string, string]> = {
  public: ['公众区域内', 'in a public area'],
  outside: ['主入口门外', 'outside the main door'],
  conspicuous: ['主入口处或入口可见的显著位置', 'at the main entrance or in plain sight of it'],
};

function placedWrong(ctx: RuleContext, ruleId: string, kind: PointKind, placements: readonly Placement[], pts: readonly Placed[]): Finding[] {
  const main = mainEntrance(ctx.doc);
  const ok = (p: Placed, how: Placement): boolean =>
    how === 'any' || !main ? true : how === 'public' ? inPublicZone(ctx, p) : how === 'outside' ? outsideMain(ctx, main, p) : false;
  if (pts.some((p) => placements.some((how) => ok(p, how)))) return [];
  if (main && placements.includes('conspicuous') && conspicuous(ctx, main, pts)) return [];
  const t = term(kind);
  const wanted = placements.filter((x): x is Exclude<Placement, 'any'> => x !== 'any').map((x) => WHERE[x]);
  const first = pts[0];
  return [
    finding(ruleId, ctx, {
      elementIds: pts.map((p) => p.el.id),
      floorId: first.floor.id,
      at: first.el.position,
      disc: 'placement',
      zh: `${t.zh}不在${wanted.map((w) => w[0]).join('或')}`,
      en: `No ${t.en.toLowerCase()} is ${wanted.map((w) => w[1]).join(' or ')}`,
      hintZh: `把${t.zh}设在${wanted[0][0]}`,
      hintEn: `Put the ${t.en.toLowerCase()} ${wanted[0][1]}`,
    }),
  ];
}

/** A facility the preset requires: present, in each zone the text puts it in, and where the text places it. */
function checkFacility(ctx: RuleContext, ruleId: string, kind: PointKind): Finding[] {
  const pts = pointsOf(ctx.doc, kind);
  const types = ctx.setting.options?.inZoneTypes as ZoneType[] | undefined;
  if (types?.length) {
    const perZone = zonesWithout(ctx, ruleId, kind, types, pts);
    if (perZone) return perZone;
  }
  const t = term(kind);
  if (!pts.length)
    return [
      finding(ruleId, ctx, {
        floorId: hallFloorId(ctx.doc),
        zh: `没有配置${t.zh}`,
        en: `No ${t.en.toLowerCase()}`,
        hintZh: `放置${t.zh}`,
        hintEn: `Place a ${t.en.toLowerCase()}`,
      }),
    ];
  const placements = (ctx.setting.options?.placement as Placement[] | undefined) ?? ['any'];
  return placedWrong(ctx, ruleId, kind, placements, pts);
}

const PLACED_PARAMS = ['zoneSignTolM', 'entranceSignMaxM', 'exteriorDoorTolM', 'conspicuousSightMaxM', 'entranceInsideM', 'toleranceM'];

/**
 * What each rule reads besides its own point kind: placed by zone or public area, the zones; outside the door, the
 * doors and walls (the outline or the walls' hull); in sight of the entrance, also the walking space.
 */
const READS: Record<'byZone' | 'outside' | 'byEntrance', readonly RuleReads[]> = {
  byZone: ['zone'],
  outside: ['opening', 'wall'],
  byEntrance: ['zone', 'opening', 'nav'],
};

function facilityRule(kind: PointKind, title: { zh: string; en: string }, reads: keyof typeof READS): RuleDef {
  const id = `facility.${kind}`;
  return defineRule({
    id,
    group: 'facilities',
    title,
    scope: 'hall',
    reads: [`point:${kind}`, ...READS[reads]],
    params: PLACED_PARAMS,
    check: (ctx) => checkFacility(ctx, id, kind),
  });
}

export const RULES: RuleDef[] = [
  facilityRule('suggestion-box', { zh: '意见箱', en: 'Suggestion box' }, 'byZone'),
  facilityRule('drinking-water', { zh: '饮水设施', en: 'Drinking water' }, 'byZone'),
  facilityRule('self-service-terminal', { zh: '自助终端', en: 'Self-service terminals' }, 'byZone'),
  facilityRule('staff-notice-board', { zh: '工作人员公示栏', en: 'Staff notice board' }, 'byZone'),
  facilityRule('help-phone', { zh: '外部求助电话', en: 'Help phone outside' }, 'outside'),
  facilityRule('wifi-notice', { zh: '无线网络公示', en: 'Wi-Fi notice' }, 'byEntrance'),
  facilityRule('records-cabinet', { zh: '档案柜', en: 'Records cabinets' }, 'byZone'),
  facilityRule('name-board', { zh: '场所名称标识', en: 'Name board' }, 'byEntrance'),
  ...OFF_PLAN_RULES,
];
