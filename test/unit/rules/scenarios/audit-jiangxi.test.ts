/**
 * The auditor's scenarios for jiangxi DB36/T 2016—2024: 范围 “适用于省、市、县（区）政务服务中心…园区…乡镇（街道）
 * 便民服务中心、村（社区）便民服务站可参照执行” (应 reads as a warning there), §5 signs and equipment, §6 layout,
 * §7.1.6 windows, and the national codes.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, ZoneType } from '../../../../src/core/vocab';
import { type Row, audit, COUNTY_UP, deskRangeRows, fails, nationalRows, upperFloorRows, pass, shall, unevenDesks, withPoint } from './audit-lib';
import { MAIN, box, counter, door, hall, oneFloor, point, sign, vlink, wall, zone } from './hall';
import { JIANGXI_COUNTY, without } from './required-zones';

const P = 'jiangxi';
const LEVELS: HallLevel[] = [...COUNTY_UP, 'township', 'village', 'park'];
const full = (l: HallLevel) => COUNTY_UP.includes(l);
const s = (l: HallLevel) => shall(full(l));

/** Each zone type a 3 × 3 m room along the north wall (what the list asks, not where). */
const zonesOf = (types: ZoneType[]): HallElement[] => types.map((t, i) => zone(t, box(i * 2, 16, i * 2 + 1.9, 19), { id: `z-${t}` }));
const specialists = (n: number) => Array.from({ length: n }, (_, i) => zone('specialist', box(i * 3, 10, i * 3 + 2, 14)));
const waiting = (seat: Parameters<typeof point>[2]) => [zone('waiting', box(5, 10, 12, 16), { id: 'wz' }), point('seat', [8, 13], { count: 6, ...seat })];
/** Two floors joined by a stair, with a floor directory beside it on the floors listed. */
const stairHall = (level: HallLevel, signsOn: string[]) => {
  const dir = (f: string) => (signsOn.includes(f) ? [sign('floor-directory', [5, 10])] : []);
  return hall({ preset: P, level, floors: [{ elements: [vlink('stair', [3, 10], ['F1', 'F2'], { id: 'v' }), ...dir('F1')] }, { elements: dir('F2') }] });
};
const z24 = (x: number) => zone('self-service-24h', box(x, 0, x + 5, 5), { id: 'z24' });
const door24 = (x: number) => door([x + 2.5, 0], { id: 'd24', entrance: '24h', wallId: 'wall-s' });

const perLevel = (l: HallLevel): Row[] => [
  // §6.1.3 科学划分…等区域, §6.10.2 应设置…会议室, §6.12 应…设置档案室, 宜设置母婴室.
  { name: `${l}: every zone the text lists`, doc: () => oneFloor(P, zonesOf([...JIANGXI_COUNTY, 'mother-baby']), l), rule: 'zone.required', want: pass },
  {
    name: `${l}: no 多功能会议室 (§6.10.2 应)`,
    doc: () => oneFloor(P, zonesOf([...without(JIANGXI_COUNTY, 'meeting'), 'mother-baby']), l),
    rule: 'zone.required',
    want: fails(s(l), { disc: 'meeting' }),
  },
  { name: `${l}: no 母婴室 (§6.12 宜)`, doc: () => oneFloor(P, zonesOf(JIANGXI_COUNTY), l), rule: 'zone.required', want: fails('warning', { disc: 'mother-baby' }) },
  // §6.4.1 前后台高度应匹配.
  { name: `${l}: two tops of different heights`, doc: () => unevenDesks(P, l), rule: 'counter.uniform', want: fails(s(l), { names: ['k2'] }) },
  // §6.1.4 服务对象使用面积应大于工作人员使用面积 (大于 is strict).
  {
    name: `${l}: public 60 m² over staff 40 m²`,
    doc: () => oneFloor(P, [zone('waiting', box(0, 0, 10, 6)), zone('back-office', box(0, 10, 10, 14))], l),
    rule: 'zone.public-over-staff',
    want: pass,
  },
  {
    name: `${l}: public and staff 40 m² each`,
    doc: () => oneFloor(P, [zone('waiting', box(0, 0, 10, 4)), zone('back-office', box(0, 10, 10, 14))], l),
    rule: 'zone.public-over-staff',
    want: fails(s(l), { says: ['40'] }),
  },
  // §7.1.6.3 专业区域要求不多于6个.
  { name: `${l}: six specialist areas`, doc: () => oneFloor(P, specialists(6), l), rule: 'zone.specialist-max', want: pass },
  { name: `${l}: seven specialist areas`, doc: () => oneFloor(P, specialists(7), l), rule: 'zone.specialist-max', want: fails(s(l), { says: ['7 specialist'] }) },
  // §6.9.1 应设置“投诉受理”醒目标志.
  {
    name: `${l}: a complaint room with its sign`,
    doc: () => oneFloor(P, [zone('complaint', box(20, 14, 26, 19), { id: 'cz' }), sign('complaint', [23, 16])], l),
    rule: 'sign.complaint',
    want: pass,
  },
  {
    name: `${l}: a complaint room without its sign`,
    doc: () => oneFloor(P, [zone('complaint', box(20, 14, 26, 19), { id: 'cz' })], l),
    rule: 'sign.complaint',
    want: fails(s(l), { names: ['cz'] }),
  },
  // §5.2.2.1 应…提供…爱心专座; §5.2.2.2 休息等候区宜…设置轮椅席位.
  {
    name: `${l}: a waiting area with 爱心专座 and a wheelchair space`,
    doc: () => oneFloor(P, waiting({ priority: true, wheelchair: true }), l),
    rule: 'access.priority-seats',
    want: pass,
  },
  { name: `${l}: no 爱心专座`, doc: () => oneFloor(P, waiting({ wheelchair: true }), l), rule: 'access.priority-seats', want: fails(s(l), { names: ['wz'] }) },
  { name: `${l}: no wheelchair space (宜)`, doc: () => oneFloor(P, waiting({ priority: true }), l), rule: 'access.wheelchair-spaces', want: fails('warning', { names: ['wz'] }) },
  // §5.1.7 应在醒目位置张贴公共安全标志…“安全出口”.
  { name: `${l}: a 安全出口 sign`, doc: () => oneFloor(P, [sign('safety-exit', [15, 19])], l), rule: 'safety.exit-sign', want: pass },
  { name: `${l}: no 安全出口 sign`, doc: () => oneFloor(P, [], l), rule: 'safety.exit-sign', want: fails(s(l)) },
  // §5.2.2 服务设施 (read as 应): 排队取号机, 便民医药箱, 座椅; §5.2.4 移动式手提灭火器.
  { name: `${l}: a ticket machine`, doc: () => withPoint(P, 'ticket-machine', l), rule: 'counter.ticket-machine', want: pass },
  { name: `${l}: no ticket machine`, doc: () => oneFloor(P, [], l), rule: 'counter.ticket-machine', want: fails(s(l)) },
  { name: `${l}: a first-aid kit`, doc: () => withPoint(P, 'first-aid-kit', l), rule: 'safety.first-aid', want: pass },
  { name: `${l}: no first-aid kit`, doc: () => oneFloor(P, [], l), rule: 'safety.first-aid', want: fails(s(l)) },
  { name: `${l}: an extinguisher`, doc: () => withPoint(P, 'fire-extinguisher', l), rule: 'safety.fire-extinguisher', want: pass },
  { name: `${l}: no extinguisher`, doc: () => oneFloor(P, [], l), rule: 'safety.fire-extinguisher', want: fails(s(l)) },
  // §5.1.6.4 在中心出入口设置中心平面布局图; §5.1.3.1 应在…正门醒目位置设置服务时间.
  { name: `${l}: a layout map 3 m inside the entrance`, doc: () => oneFloor(P, [sign('layout-map', [15, 3])], l), rule: 'sign.layout-map', want: pass },
  { name: `${l}: a layout map at the back wall only`, doc: () => oneFloor(P, [sign('layout-map', [15, 19])], l), rule: 'sign.layout-map', want: fails(s(l)) },
  { name: `${l}: service hours at the main door`, doc: () => oneFloor(P, [sign('service-hours', [14, 1])], l), rule: 'sign.service-hours', want: pass },
  { name: `${l}: no service hours`, doc: () => oneFloor(P, [], l), rule: 'sign.service-hours', want: fails(s(l)) },
  // §5.1.3.2 应在…楼梯间、电梯间…公示楼层索引牌.
  { name: `${l}: a floor directory by the stair on both floors`, doc: () => stairHall(l, ['F1', 'F2']), rule: 'sign.floor-directory', want: pass },
  { name: `${l}: none by the stair on 2F`, doc: () => stairHall(l, ['F1']), rule: 'sign.floor-directory', want: fails(s(l), { count: 1 }) },
  // §6.2 应设在中心入口处或醒目位置.
  { name: `${l}: a consultation desk 5 m inside`, doc: () => oneFloor(P, [counter('consultation-desk', [15, 5])], l), rule: 'zone.consultation-near-entrance', want: pass },
  {
    name: `${l}: a consultation desk far behind a partition`,
    doc: () => oneFloor(P, [wall([0, 10], [29, 10], { id: 'pw' }), counter('consultation-desk', [3, 17], { id: 'cd' })], l),
    rule: 'zone.consultation-near-entrance',
    want: fails(s(l), { names: ['cd'] }),
  },
  // §6.5.3 24h 自助服务区应设置在…一楼主入口一侧.
  { name: `${l}: a 24 h area beside the main entrance with its own door`, doc: () => oneFloor(P, [z24(17), door24(17)], l), rule: 'zone.24h-independent', want: pass },
  {
    name: `${l}: a 24 h area on storey 2`,
    doc: () => hall({ preset: P, level: l, floors: [{ elements: [] }, { elements: [z24(17), door24(17)] }] }),
    rule: 'zone.24h-independent',
    want: fails(s(l), { disc: 'ground-floor' }),
  },
  // §6.7.1 统一标识为“政务公开”.
  {
    name: `${l}: a disclosure area signed 政务公开`,
    doc: () => oneFloor(P, [zone('gov-disclosure', box(20, 10, 25, 15), { id: 'gd' }), sign('zone', [22, 12], { text: { zh: '政务公开', en: 'Government disclosure' } })], l),
    rule: 'sign.disclosure',
    want: pass,
  },
  {
    name: `${l}: a disclosure area signed otherwise`,
    doc: () => oneFloor(P, [zone('gov-disclosure', box(20, 10, 25, 15), { id: 'gd' }), sign('zone', [22, 12], { text: { zh: '信息查阅', en: 'Information' } })], l),
    rule: 'sign.disclosure',
    want: fails(s(l), { names: ['gd'] }),
  },
];

/** A general-intake counter with a loose evaluator `d` m east of it. */
const evaluatorAt = (d: number) => oneFloor(P, [counter('general-intake', [10, 5], { id: 'k1', number: 'A' }), point('evaluator', [10 + d, 5])]);
/** A counter numbered A with a counter sign reading A `d` m east of it. */
const counterSignAt = (d: number) =>
  oneFloor(P, [counter('general-intake', [10, 5], { id: 'k1', number: 'A' }), sign('counter', [10 + d, 5], { text: { zh: 'A 综合受理', en: 'A General intake' } })]);

const rows: Row[] = [
  ...nationalRows(P),
  ...upperFloorRows(P),
  ...LEVELS.flatMap(perLevel),
  // §6.4.1 前台工作台高度宜为 75cm~80cm，宽度宜为 55cm~65cm (read as depth: a preset choice).
  ...(['county', 'township'] as HallLevel[]).flatMap((l): Row[] => [...deskRangeRows(P, l, 'height', 0.75, 0.8), ...deskRangeRows(P, l, 'depth', 0.55, 0.65)]),
  // §6.4.3 应设置服务评价器 (under 窗口服务区: one per window, the 咨询导办台 aside).
  { name: 'an evaluator 0.9 m from its counter', doc: () => evaluatorAt(0.9), rule: 'counter.evaluator', want: pass },
  { name: 'an evaluator 1.1 m away is no counter’s', doc: () => evaluatorAt(1.1), rule: 'counter.evaluator', want: fails('error', { names: ['k1'] }) },
  { name: 'a consultation desk without an evaluator', doc: () => oneFloor(P, [counter('consultation-desk', [10, 5])]), rule: 'counter.evaluator', want: pass },
  // §6.4.2 窗口序号, §5.1.5.1 各服务窗口应标示窗口功能.
  { name: 'a counter sign 1.4 m from its counter', doc: () => counterSignAt(1.4), rule: 'counter.numbered', want: pass },
  { name: 'a counter sign 1.6 m away', doc: () => counterSignAt(1.6), rule: 'counter.numbered', want: fails('error', { names: ['k1'], disc: 'no-sign' }) },
  {
    name: 'two counters numbered alike',
    doc: () => oneFloor(P, [counter('general-intake', [8, 5], { number: 'A' }), counter('general-intake', [12, 5], { number: 'A' })]),
    rule: 'counter.numbered',
    want: fails('error', { disc: 'duplicate' }),
  },
  // §6.7.1 结合…休息等候区等位置，整合设立政务公开区域: a waiting area that is also the disclosure area counts for both.
  {
    name: 'the disclosure area merged into the waiting area',
    doc: () =>
      oneFloor(P, [...zonesOf([...without(without(JIANGXI_COUNTY, 'gov-disclosure'), 'waiting'), 'mother-baby']), zone('waiting', box(2, 2, 8, 8), { also: ['gov-disclosure'] })]),
    rule: 'zone.required',
    want: pass,
  },
  // §5.1.4.1 各区域应悬挂对应标牌: a toilet is one of §6.12's 区域; a corridor is no 区域 of §6.1.3.
  { name: 'an unsigned toilet', doc: () => oneFloor(P, [zone('toilet', box(2, 12, 6, 16), { id: 'wc' })]), rule: 'sign.zone', want: fails('error', { names: ['wc'] }) },
  { name: 'an unsigned corridor', doc: () => oneFloor(P, [zone('circulation', box(2, 2, 28, 5))]), rule: 'sign.zone', want: { status: 'na' } },
  // §6.8.2 应依据人均流量合理配置休息座椅，设立能够容纳中心办事群众的等待队列 (RULES.md's M/M/c at the 95th percentile:
  // three counters at 30 an hour and 5 minutes need 14 seats); the finding names the waiting area and the counters.
  ...([14, 5] as const).map(
    (n): Row => ({
      name: `${n} seats for three intake counters at 30/h × 5 min`,
      doc: () =>
        hall({
          preset: P,
          queue: { 'general-intake': { arrivalsPerHour: 30, serviceMin: 5 } },
          floors: [
            {
              elements: [
                ...[0, 1, 2].map((k) => counter('general-intake', [4 + 3 * k, 17], { rotation: 180, id: `g${k}` })),
                zone('waiting', box(3, 5, 27, 12), { id: 'wz' }),
                point('seat', [15, 8], { count: n }),
              ],
            },
          ],
        }),
      rule: 'zone.waiting-capacity',
      want: n === 14 ? pass : fails('error', { names: ['wz', 'g0', 'g2'], says: ['5', '14'] }),
    }),
  ),
  // §5.2.3.4 应在…出入口处…安装视频安防监控系统.
  { name: 'a camera watching the main entrance', doc: () => oneFloor(P, [point('cctv', [MAIN[0], 4])]), rule: 'safety.cctv', want: pass },
  { name: 'no camera', doc: () => oneFloor(P, []), rule: 'safety.cctv', want: fails('error', { names: ['main'] }) },
];

/** A consultation area round the end of a screen wall (out of the entrance's sight) at x: about 13 m walk at 12.5, 17 m at 8.5. */
const roundTheScreen = (x: number) => oneFloor(P, [wall([0, 3], [20, 3], { id: 'pw' }), zone('consultation', box(x - 0.5, 4.5, x + 0.5, 5.5), { id: 'cz' })]);
rows.push(
  { name: 'a consultation area about 13 m walk round a screen (入口附近)', doc: () => roundTheScreen(12.5), rule: 'zone.consultation-near-entrance', want: pass },
  {
    name: 'a consultation area about 17 m walk round a screen, out of sight',
    doc: () => roundTheScreen(8.5),
    rule: 'zone.consultation-near-entrance',
    want: fails('error', { names: ['cz'], says: ['17.'] }),
  },
);

audit(P, rows);
