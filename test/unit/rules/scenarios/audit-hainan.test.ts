/**
 * The auditor's scenarios for hainan 《政务服务场所建设与管理规范》(2024): 范围 “…乡镇（街道）、村（社区、居）、重点园区的
 * 政务服务场所可参照执行” (应 reads as a warning there, save §9.3.1.1 在各级政务服务场所, which names every level), §6.1
 * zones and windows, §6.1.4 signs, §6.2.1.1 equipment, §6.3.3.1 accessibility, annex E, and the national codes.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, ZoneType } from '../../../../src/core/vocab';
import { type Row, audit, COUNTY_UP, fails, nationalRows, upperFloorRows, pass, shall, unevenDesks, withPoint } from './audit-lib';
import { box, counter, door, hall, oneFloor, point, sign, vlink, wall, zone } from './hall';
import { HAINAN_COUNTY, without } from './required-zones';

const P = 'hainan';
const LEVELS: HallLevel[] = [...COUNTY_UP, 'township', 'village', 'park'];
const s = (l: HallLevel) => shall(COUNTY_UP.includes(l));

const zonesOf = (types: ZoneType[]): HallElement[] => types.map((t, i) => zone(t, box(i * 2, 16, i * 2 + 1.9, 19), { id: `z-${t}` }));
const plain = () => counter('general-intake', [6, 5], { top: { width: 0.9, depth: 0.6, height: 1.05 } });
/** A partition 4 m inside the entrance from x = 5 to 25. */
const screen = () => wall([5, 4], [25, 4], { id: 'screen' });
const z24 = () => zone('self-service-24h', box(20, 0, 25, 5), { id: 'z24' });
const own24 = () => door([22.5, 0], { id: 'd24', entrance: '24h', wallId: 'wall-s' });
const lift = () => vlink('elevator', [5, 10], ['F1'], { size: { w: 2, d: 2 } });
const toilet = () => zone('accessible-toilet', box(24, 14, 27, 17), { id: 'at' });
/** The accessibility sign §6.3.3.1 b asks at the main entrance. */
const entranceSign = () => sign('accessible', [15, 0.5]);

const perLevel = (l: HallLevel): Row[] => [
  // §6.1.2.1 应设置咨询接待区、业务受理区、制证和取证区…; table B.1 per level.
  // B.1 gives 其他自选区 (可) to the 政务服务中心 only: information there, nothing at township and village.
  {
    name: `${l}: every zone table B.1 lists, and a 母婴室`,
    doc: () => oneFloor(P, zonesOf([...HAINAN_COUNTY, 'mother-baby']), l),
    rule: 'zone.required',
    want: l === 'township' || l === 'village' ? pass : fails('info'),
  },
  {
    name: `${l}: no 制证和取证区`,
    doc: () => oneFloor(P, zonesOf([...without(HAINAN_COUNTY, 'certificate'), 'mother-baby']), l),
    rule: 'zone.required',
    want: fails(s(l), { disc: 'certificate' }),
  },
  // §6.3.3.1 e 应设置低位服务台或者适老化和无障碍服务窗口.
  { name: `${l}: a priority window and no low counter`, doc: () => oneFloor(P, [plain(), counter('priority', [14, 5])], l), rule: 'counter.low-counter', want: pass },
  { name: `${l}: neither a low counter nor a priority window`, doc: () => oneFloor(P, [plain()], l), rule: 'counter.low-counter', want: fails(s(l)) },
  // §6.2.1.2 同类型设备颜色型号宜统一.
  { name: `${l}: two tops of different heights`, doc: () => unevenDesks(P, l), rule: 'counter.uniform', want: fails('warning', { names: ['k2'] }) },
  // §9.3.1.1 在各级政务服务场所配置…评价器: every level, one in the place.
  { name: `${l}: one evaluator in the place`, doc: () => oneFloor(P, [plain(), point('evaluator', [15, 3])], l), rule: 'counter.evaluator', want: pass },
  { name: `${l}: no evaluator`, doc: () => oneFloor(P, [plain()], l), rule: 'counter.evaluator', want: fails('error') },
  // §6.2.1.1 应配备…取号机…消防器材; §10.1 a 急救器械与药品…应…配置; §11.1.4 应合理安装摄像头.
  { name: `${l}: a ticket machine`, doc: () => withPoint(P, 'ticket-machine', l), rule: 'counter.ticket-machine', want: pass },
  { name: `${l}: no ticket machine`, doc: () => oneFloor(P, [], l), rule: 'counter.ticket-machine', want: fails(s(l)) },
  { name: `${l}: an extinguisher`, doc: () => withPoint(P, 'fire-extinguisher', l), rule: 'safety.fire-extinguisher', want: pass },
  { name: `${l}: no extinguisher`, doc: () => oneFloor(P, [], l), rule: 'safety.fire-extinguisher', want: fails(s(l)) },
  { name: `${l}: a first-aid kit`, doc: () => withPoint(P, 'first-aid-kit', l), rule: 'safety.first-aid', want: pass },
  { name: `${l}: no first-aid kit`, doc: () => oneFloor(P, [], l), rule: 'safety.first-aid', want: fails(s(l)) },
  { name: `${l}: a camera anywhere`, doc: () => oneFloor(P, [point('cctv', [25, 18])], l), rule: 'safety.cctv', want: pass },
  { name: `${l}: no camera`, doc: () => oneFloor(P, [], l), rule: 'safety.cctv', want: fails(s(l)) },
  // E.4 政务服务中心宜配置 AED，便民服务中心和便民服务站可…
  { name: `${l}: an AED`, doc: () => withPoint(P, 'aed', l), rule: 'safety.aed-present', want: pass },
  {
    name: `${l}: no AED`,
    doc: () => oneFloor(P, [], l),
    rule: 'safety.aed-present',
    want: fails(l === 'township' || l === 'village' ? 'info' : 'warning'),
  },
  // §6.3.2.1 政务服务场所显著位置应…张贴场所平面图.
  { name: `${l}: a layout map just inside the entrance`, doc: () => oneFloor(P, [sign('layout-map', [15, 3])], l), rule: 'sign.layout-map', want: pass },
  { name: `${l}: a layout map far behind a partition`, doc: () => oneFloor(P, [screen(), sign('layout-map', [15, 19])], l), rule: 'sign.layout-map', want: fails(s(l)) },
  // §5.5.1 服务时间…统一并公开: no place named.
  { name: `${l}: a service-hours board anywhere`, doc: () => oneFloor(P, [sign('service-hours', [25, 18])], l), rule: 'sign.service-hours', want: pass },
  { name: `${l}: no service-hours board`, doc: () => oneFloor(P, [], l), rule: 'sign.service-hours', want: fails(s(l)) },
  // §6.1.4.4 标识一般由图形、中文和英文三部分组成 (read as 宜).
  { name: `${l}: a bilingual sign`, doc: () => oneFloor(P, [sign('directional', [10, 10], { text: { zh: '等候区', en: 'Waiting' } })], l), rule: 'sign.bilingual', want: pass },
  {
    name: `${l}: a Chinese-only sign`,
    doc: () => oneFloor(P, [sign('directional', [10, 10], { id: 'zh', text: { zh: '等候区', en: '' } })], l),
    rule: 'sign.bilingual',
    want: fails('warning', { names: ['zh'] }),
  },
  // §6.1.2.1 24小时自助办理区…出入口应独立于政务服务场所设置.
  { name: `${l}: a 24 h area with its own exterior door`, doc: () => oneFloor(P, [z24(), own24()], l), rule: 'zone.24h-independent', want: pass },
  { name: `${l}: a 24 h area reached only through the hall`, doc: () => oneFloor(P, [z24()], l), rule: 'zone.24h-independent', want: fails(s(l), { disc: 'own-door' }) },
  // §6.3.3.4 无障碍设施设备处均应设置无障碍标识; §6.3.3.1 b 出入口显著位置.
  {
    name: `${l}: an accessible toilet signed at its door`,
    doc: () => oneFloor(P, [toilet(), sign('accessible', [25, 13.8]), entranceSign()], l),
    rule: 'sign.accessible',
    want: pass,
  },
  { name: `${l}: an accessible toilet unsigned`, doc: () => oneFloor(P, [toilet(), entranceSign()], l), rule: 'sign.accessible', want: fails(s(l), { names: ['at'] }) },
  // §6.1.4.14 电子标识不宜设置在电梯…楼梯出入口.
  {
    name: `${l}: a screen 2 m in front of the lift`,
    doc: () => oneFloor(P, [lift(), sign('directional', [5, 7], { electronic: true })], l),
    rule: 'sign.electronic-clearance',
    want: fails('warning'),
  },
  {
    name: `${l}: a screen 3 m beside the lift`,
    doc: () => oneFloor(P, [lift(), sign('directional', [9, 10], { electronic: true })], l),
    rule: 'sign.electronic-clearance',
    want: pass,
  },
];

/** Counters on F2 reached by a stair only, or by an accessible lift too. */
const upstairs = (l: HallLevel, withLift: boolean) =>
  hall({
    preset: P,
    level: l,
    floors: [
      {
        elements: [
          vlink('stair', [25, 15], ['F1', 'F2']),
          ...(withLift ? [vlink('elevator', [20, 15], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } })] : []),
        ],
      },
      { elements: [zone('counter-service', box(2, 10, 10, 16), { id: 'cs2' })] },
    ],
  });

const rows: Row[] = [
  ...nationalRows(P),
  ...upperFloorRows(P),
  ...LEVELS.flatMap(perLevel),
  // §6.3.3.1 c 所有的无障碍设施应有无障碍通道连接 (also GB 55019: every level); d 如场所为多楼层应设置无障碍电梯.
  ...(['county', 'township', 'village'] as HallLevel[]).flatMap((l): Row[] => [
    { name: `${l}: counters upstairs by stair only`, doc: () => upstairs(l, false), rule: 'access.route-connects', want: fails('error', { names: ['cs2'] }) },
    { name: `${l}: counters upstairs by an accessible lift`, doc: () => upstairs(l, true), rule: 'access.route-connects', want: pass },
    { name: `${l}: two floors, stair only: no accessible lift`, doc: () => upstairs(l, false), rule: 'access.elevator', want: fails(s(l)) },
    { name: `${l}: two floors with an accessible lift`, doc: () => upstairs(l, true), rule: 'access.elevator', want: pass },
  ]),
  // §6.1.2.2 政务服务场所面积受限的，功能区可合并设置.
  {
    name: 'the 政府信息查阅区 merged into the 便民服务区',
    doc: () =>
      oneFloor(
        P,
        [...zonesOf([...without(without(HAINAN_COUNTY, 'gov-disclosure'), 'convenience'), 'mother-baby']), zone('convenience', box(2, 2, 8, 8), { also: ['gov-disclosure'] })],
        'township',
      ),
    rule: 'zone.required',
    want: pass,
  },
  // annex E.4 and the AED's reach (a derived 100 m walk): a warning, naming the zone out of reach.
  {
    name: 'a waiting area 110–128 m along the hall from the only AED',
    doc: () => hall({ preset: P, floors: [{ size: [130, 20], elements: [zone('waiting', box(110, 2, 128, 18), { id: 'far' }), point('aed', [3, 3])] }] }),
    rule: 'safety.aed-coverage',
    want: fails('warning', { names: ['far'] }),
  },
  // §6.3.3.4: 5 m from the facility (accessibleSignMaxM).
  {
    name: 'an accessibility sign 4.9 m from the toilet',
    doc: () => oneFloor(P, [toilet(), sign('accessible', [19.1, 15.5]), entranceSign()]),
    rule: 'sign.accessible',
    want: pass,
  },
  {
    name: 'an accessibility sign 5.1 m from the toilet',
    doc: () => oneFloor(P, [toilet(), sign('accessible', [18.9, 15.5]), entranceSign()]),
    rule: 'sign.accessible',
    want: fails('error', { names: ['at'], says: ['5.10 m'] }),
    limit: 5,
  },
  // §6.1.3.1 应设置综合咨询窗口、综合受理窗口、帮办代办窗口、跨区域通办窗口、“未办成事”协调服务窗口.
  {
    name: 'a township without the 跨区域通办窗口 (参照执行)',
    doc: () => oneFloor(P, [counter('consultation-desk', [3, 10]), counter('general-intake', [5, 10]), counter('assisted', [7, 10]), counter('unresolved', [9, 10])], 'township'),
    rule: 'counter.required',
    want: fails('warning', { disc: 'cross-region' }),
  },
];

audit(P, rows);
