/**
 * Blind layout and signing scenarios at every hall level (scope clauses in levels-lib.ts):
 * - hunan §5.4.1 办公区…应通过建筑布局分隔开, §5.4.7 (宜…关联设置; 原则上每层不少于两处), part 4 可…24小时自助服务, §5.5
 *   (楼层指示牌 for 县级以上), §6.1 乘梯须知, §5.5 也可…增设英文标识.
 * - hainan D.4.11 不得私带非工作人员进入工作区域, §6.1.2.1 24 小时自助办理区出入口应独立, §6.1.4.3 位置标识, §6.1.4.4
 *   中文和英文, §6.1.4.14 电子标识不宜设置在电梯…出入口, §6.3.3.4 无障碍设施设备处均应设置无障碍标识.
 * - jiangxi §6.10.1 后台审批区…单独设置, §6.5.3 一楼主入口一侧, §6.1.4 服务对象使用面积应大于工作人员使用面积, §7.1.6.3
 *   专业区域…不多于6个, §6.8.1 宜, §5.1.4.1 各区域应悬挂对应标牌, §5.1.3.2 楼层索引牌, §6.9.1 投诉.
 */
import type { HallLevel } from '../../../../../src/core/vocab';
import { box, counter, hall, sign, vlink, zone } from '../hall';
import { FULL, halls, hunan54, shall, suite, type Want } from './levels-lib';

const off = (): Want => 'off';

/**
 * One floor: a counter area (18..20 × 2..6) with a window, a back office beside it with no wall between, one
 * waiting area in the far north-west corner (17 m from the counters), a 24 h zone inside the hall with no door of
 * its own, and seven small specialist areas; the back office is larger than all public zones together.
 */
const layout = halls((preset, level) =>
  hall({
    preset,
    level,
    floors: [
      {
        elements: [
          zone('counter-service', box(18, 2, 20, 6), { id: 'cs' }),
          counter('general-intake', [19, 5.5], { id: 'k1', rotation: 180 }),
          zone('back-office', box(20, 2, 29.8, 19.8), { id: 'bo' }),
          zone('waiting', box(1, 16, 4, 19.5), { id: 'wz' }),
          zone('self-service-24h', box(1, 1, 4, 4), { id: 'h24' }),
          ...Array.from({ length: 7 }, (_, k) => zone('specialist', box(6 + k * 1.5, 10, 7 + k * 1.5, 11), { id: `sp${k}` })),
        ],
      },
    ],
  }),
);

suite('blind levels: a back office open to the counters, one far waiting area, an enclosed 24 h zone', layout, {
  hunan: {
    'zone.office-separated': hunan54,
    'zone.waiting-per-floor': hunan54,
    'zone.waiting-adjacent': () => 'warning',
    'zone.24h-independent': () => 'info',
    'zone.public-over-staff': off,
    'zone.specialist-max': off,
  },
  hainan: {
    'zone.office-separated': (l) => shall(FULL.hainan(l)),
    'zone.24h-independent': (l) => shall(FULL.hainan(l)),
    'zone.waiting-per-floor': off,
    'zone.waiting-adjacent': off,
  },
  jiangxi: {
    'zone.office-separated': (l) => shall(FULL.jiangxi(l)),
    'zone.24h-independent': (l) => shall(FULL.jiangxi(l)),
    'zone.public-over-staff': (l) => shall(FULL.jiangxi(l)),
    'zone.specialist-max': (l) => shall(FULL.jiangxi(l)),
    'zone.waiting-adjacent': () => 'warning',
    'zone.waiting-per-floor': off,
  },
});

/**
 * Two floors joined by an accessible lift (27, 4) with no notice, directory or accessible sign; a waiting area and a
 * complaint room with no zone or complaint sign; an electronic sign 1.5 m from the lift with no English.
 */
const signs = halls((preset, level) => {
  const lift = () => vlink('elevator', [27, 4], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } });
  return hall({
    preset,
    level,
    floors: [
      {
        elements: [
          lift(),
          zone('waiting', box(2, 10, 10, 18), { id: 'wz' }),
          zone('complaint', box(20, 12, 28, 18), { id: 'cp' }),
          sign('directional', [25.5, 4], { id: 'es', electronic: true, text: { zh: '导向', en: '' } }),
        ],
      },
      { elements: [zone('waiting', box(2, 10, 10, 18), { id: 'wz2' })] },
    ],
  });
});

/** hunan §5.5: 县级以上 only; a park hall refers to it. */
const hunanCountyUp = (l: HallLevel): Want => (l === 'township' || l === 'village' ? 'off' : shall(FULL.hunan(l)));

suite('blind levels: signs missing at a lift, zones and a complaint room; an electronic sign by the lift', signs, {
  hunan: {
    'sign.elevator-notice': (l) => shall(FULL.hunan(l)),
    'sign.floor-directory': hunanCountyUp,
    'sign.bilingual': () => 'info',
    'sign.zone': off,
    'sign.accessible': off,
    'sign.electronic-clearance': off,
    'sign.complaint': off,
  },
  hainan: {
    'sign.zone': () => 'warning',
    'sign.bilingual': () => 'warning',
    'sign.electronic-clearance': () => 'warning',
    'sign.accessible': (l) => shall(FULL.hainan(l)),
    'sign.floor-directory': off,
    'sign.elevator-notice': off,
    'sign.complaint': off,
  },
  jiangxi: {
    'sign.zone': (l) => shall(FULL.jiangxi(l)),
    'sign.floor-directory': (l) => shall(FULL.jiangxi(l)),
    'sign.complaint': (l) => shall(FULL.jiangxi(l)),
    'sign.bilingual': off,
    'sign.electronic-clearance': off,
    'sign.accessible': off,
    'sign.elevator-notice': off,
  },
});
