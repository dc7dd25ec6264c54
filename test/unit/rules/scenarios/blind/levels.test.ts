/**
 * Blind scenarios for every hall level, written from the texts' scope clauses alone:
 * - hunan part 1 范围 “适用于省、市州、县市区、乡镇（街道）、村（社区）政务服务大厅建设。园区政务服务大厅参照执行”; §5.4
 *   “县级以上政务服务大厅各功能区布局应符合5.4的要求，乡镇（街道）、村（社区）政务服务大厅可参考执行”; §5.5 “县级以上政务服务大厅
 *   应设置政务服务大厅整体布局图…；应在各楼层入口处设置楼层指示牌”; §6 “县级以上地区可配置AED”; §5.2 areas per level.
 * - hainan 范围 “适用于省、市县（区）的政务服务场所…乡镇（街道）、村（社区、居）、重点园区的政务服务场所可参照执行”; §9.3.1.1
 *   “在各级政务服务场所配置…评价器”; E.4 “政务服务中心宜配置自动体外除颤器（AED），便民服务中心和便民服务站可…”.
 * - jiangxi 范围 “适用于省、市、县（区）政务服务中心…园区…乡镇（街道）便民服务中心、村（社区）便民服务站可参照执行”.
 * 参照/参考执行 reads 应 as a warning (RULES.md); 宜 stays a warning and 可 information. National codes (GB 55019,
 * GB 55037) are mandatory in every building, whatever a province's scope says.
 */
import type { HallElement } from '../../../../../src/core/kinds/registry';
import { box, counter, door, hall, point, vlink, zone } from '../hall';
import { FULL, halls, hunan54, shall, suite, type Want } from './levels-lib';

/** A bare 30 × 20 m hall: its outer walls and the main door, nothing else. */
const bare = halls((preset, level) => hall({ preset, level, floors: [{ elements: [] }] }));

suite('blind levels: a bare hall (no zones, windows, signs or equipment)', bare, {
  hunan: {
    // §5.4.1 list: 县级以上 in full, below 可参考执行; but §6.5 应配备…母婴专用设施 stands outside §5.4, so the
    // missing mother-and-baby facility is an error at township and village too (a park refers to the whole text).
    'zone.required': (l) => shall(FULL.hunan(l)),
    // §5.4.2–5.4.3 windows: 县级以上 in full, below 可参考执行; but §6.5 应配备…咨询服务台 is not under §5.4, so the
    // missing consultation desk is an error at township and village too.
    'counter.required': (l) => shall(FULL.hunan(l)),
    // §5.5 门外醒目位置设置…办公时间牌 (under the sentence's 应): every level in full.
    'sign.service-hours': (l) => shall(FULL.hunan(l)),
    // §5.5 县级以上…应设置…整体布局图: none asked below county; a park hall refers to it.
    'sign.layout-map': (l) => (l === 'township' || l === 'village' ? 'off' : shall(FULL.hunan(l))),
    // §6.3 应配置…急救医药箱; §6.2 monitoring; §6.5 应配备…排队取号机.
    'safety.first-aid': (l) => shall(FULL.hunan(l)),
    'safety.cctv': (l) => shall(FULL.hunan(l)),
    'counter.ticket-machine': (l) => shall(FULL.hunan(l)),
    // §6.3 县级以上地区可配置AED: nothing asked below county.
    'safety.aed-present': (l) => (l === 'township' || l === 'village' ? 'off' : 'info'),
    // §5.2 宜…以上: 10000 m² (province, city), 5000 (county), 200 (township), 100 (village); no figure for parks.
    'zone.hall-area': (l) => (l === 'park' ? 'off' : l === 'township' || l === 'village' ? 'pass' : 'warning'),
  },
  hainan: {
    'zone.required': (l) => shall(FULL.hainan(l)),
    'counter.required': (l) => shall(FULL.hainan(l)),
    'sign.layout-map': (l) => shall(FULL.hainan(l)),
    'sign.service-hours': (l) => shall(FULL.hainan(l)),
    // §10.1 a 急救器械与药品…应…配置.
    'safety.first-aid': (l) => shall(FULL.hainan(l)),
    // §6.2.1.1 应配备…取号机 / …消防器材; §11.1.4 应合理安装摄像头.
    'counter.ticket-machine': (l) => shall(FULL.hainan(l)),
    'safety.fire-extinguisher': (l) => shall(FULL.hainan(l)),
    'safety.cctv': (l) => shall(FULL.hainan(l)),
    // E.4: 政务服务中心宜 (a park refers to it), 便民服务中心和便民服务站可.
    'safety.aed-present': (l) => (l === 'township' || l === 'village' ? 'info' : 'warning'),
  },
  jiangxi: {
    'zone.required': (l) => shall(FULL.jiangxi(l)),
    'counter.required': (l) => shall(FULL.jiangxi(l)),
    // §5.1.6.4 在中心出入口设置中心平面布局图; §5.1.3.1 应在…正门醒目位置设置服务时间.
    'sign.layout-map': (l) => shall(FULL.jiangxi(l)),
    'sign.service-hours': (l) => shall(FULL.jiangxi(l)),
    // §5.2.4 室内消防设备应包含…移动式手提灭火器; §5.2.3.4 视频监控.
    'safety.fire-extinguisher': (l) => shall(FULL.jiangxi(l)),
    'safety.cctv': (l) => shall(FULL.jiangxi(l)),
  },
});

/**
 * A counter area with two general-intake windows: one 0.90 m high, the other 0.75 m, neither with a one-metre
 * line, a window sign or an evaluator, and no low counter in the hall.
 */
const windows = halls((preset, level) => {
  const els: HallElement[] = [
    zone('counter-service', box(4, 10, 26, 19), { id: 'cs' }),
    counter('general-intake', [10, 17], { id: 'k1', number: '01', rotation: 180, oneMetreLine: { enabled: false, distance: 1 }, top: { width: 0.9, depth: 0.6, height: 0.9 } }),
    counter('general-intake', [12, 17], { id: 'k2', number: '02', rotation: 180, oneMetreLine: { enabled: false, distance: 1 }, top: { width: 0.9, depth: 0.6, height: 0.75 } }),
  ];
  return hall({ preset, level, floors: [{ elements: els }] });
});

suite('blind levels: two windows of different heights, without line, sign, evaluator or low counter', windows, {
  hunan: {
    // §5.4.3 窗口前应设置一米线; 台面尺寸、样式…均应统一; 工作台面的高度宜为75 cm左右.
    'counter.one-metre-line': hunan54,
    'counter.uniform': hunan54,
    'counter.desk-height': () => 'warning',
    // §5.5 窗口应设置中文标识 and §6.5 应配备…服务评价器: every level in full.
    'counter.numbered': (l) => shall(FULL.hunan(l)),
    'counter.evaluator': (l) => shall(FULL.hunan(l)),
    // GB 55019 §3.6 低位服务设施: mandatory everywhere; GB 55037: two exits on a floor with rooms (only the main door here).
    'counter.low-counter': () => 'error',
    'safety.exits': () => 'error',
  },
  hainan: {
    // §6.3.2.8 秩序维护应符合 GB/T 36112; §6.2.1.2 同类型设备…宜统一; §6.3.3.1 e 应设置低位服务台或者…窗口.
    'counter.one-metre-line': (l) => shall(FULL.hainan(l)),
    'counter.uniform': () => 'warning',
    'counter.low-counter': (l) => shall(FULL.hainan(l)),
    // §9.3.1.1 names 各级政务服务场所 itself.
    'counter.evaluator': () => 'error',
    'counter.desk-height': () => 'off',
    'safety.exits': () => 'error',
  },
  jiangxi: {
    // §7.1.5 日常秩序管理应符合GB/T 36112; §6.4.1 前后台高度应匹配…高度宜为75cm~80cm; §6.4.2 窗口序号; §6.4.3 评价器.
    'counter.one-metre-line': (l) => shall(FULL.jiangxi(l)),
    'counter.uniform': (l) => shall(FULL.jiangxi(l)),
    'counter.desk-height': () => 'warning',
    'counter.numbered': (l) => shall(FULL.jiangxi(l)),
    'counter.evaluator': (l) => shall(FULL.jiangxi(l)),
    'counter.low-counter': () => 'error',
    'safety.exits': () => 'error',
  },
});

/**
 * Accessibility and escape on two floors joined by a stair only: a 0.03 m step at the main door with no ramp, a
 * 0.85 m public side entrance, a 0.80 m exit door, a 1:10 ramp, a 2.0 × 1.5 m accessible toilet, and waiting areas
 * on both floors with ordinary seats only.
 */
const access = halls((preset, level) =>
  hall({
    preset,
    level,
    floors: [
      {
        elements: [
          zone('waiting', box(2, 2, 10, 8), { id: 'w1' }),
          point('seat', [6, 5], { count: 10 }),
          zone('accessible-toilet', box(24, 15, 26, 16.5), { id: 'at' }),
          vlink('stair', [27, 4], ['F1', 'F2'], { id: 'st' }),
          vlink('ramp', [6, 14], ['F1'], { id: 'rp', slope: 1 / 10, runRise: 0.5, clearWidth: 1.5, landing: 1.8 }),
          door([0, 10], { id: 'side', wallId: 'wall-w', rotation: 90, width: 0.85, entrance: 'secondary' }),
          door([30, 10], { id: 'ex', wallId: 'wall-e', rotation: 90, width: 0.8, entrance: 'exit' }),
          door([15, 0], { id: 'main', wallId: 'wall-s', entrance: 'main', width: 1.8, step: 0.03 }),
        ],
        noMain: true,
      },
      { elements: [zone('waiting', box(2, 12, 10, 18), { id: 'w2' }), point('seat', [6, 15], { count: 10 })] },
    ],
  }),
);
/** GB 55019 and GB 50016 hold in every building: an error at every level, whatever the province's scope. */
const national = () => 'error' as Want;
suite('blind levels: accessibility and escape on two floors with a stair only', access, {
  hunan: {
    'access.elevator': national,
    'access.toilet': national,
    'access.ramp': national,
    'access.door-width': national,
    'access.entrance': national,
    'safety.exit-width': national,
  },
  hainan: {
    // §6.3.3.1 c–f 应 (轮椅坡道, 无障碍电梯, 无障碍卫生间) under the scope; the ramp, doors and exits are the codes'.
    'access.elevator': (l) => shall(FULL.hainan(l)),
    'access.toilet': (l) => shall(FULL.hainan(l)),
    'access.entrance': (l) => shall(FULL.hainan(l)),
    'access.ramp': national,
    'access.door-width': national,
    'safety.exit-width': national,
  },
  jiangxi: {
    // §5.2.2.2 无障碍电梯, §5.3.1.2 无障碍卫生间, §4.6.2 出入口; §5.2.2.1 应…爱心专座, §5.2.2.2 宜…轮椅席位.
    'access.elevator': (l) => shall(FULL.jiangxi(l)),
    'access.toilet': (l) => shall(FULL.jiangxi(l)),
    'access.entrance': (l) => shall(FULL.jiangxi(l)),
    'access.priority-seats': (l) => shall(FULL.jiangxi(l)),
    'access.wheelchair-spaces': () => 'warning',
    'access.ramp': national,
    'access.door-width': national,
    'safety.exit-width': national,
  },
});
