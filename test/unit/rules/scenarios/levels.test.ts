/**
 * Level scoping, read off each standard's 范围 and its level-bound sentences: which rules bind which hall level,
 * and at what force. 参照执行 / 可参考执行 levels read 应 as a warning; national codes bind every level.
 */
import { describe, expect, it } from 'vitest';
import { resolveRuleSetting } from '../../../../src/rules/preset';
import { HALL_LEVEL_IDS, type PresetId } from '../../../../src/core/vocab';

type Row = [rule: string, province: string, city: string, county: string, township: string, village: string, park: string];
const TABLE: Record<PresetId, Row[]> = {
  hunan: [
    // §5.4 县级以上…应符合5.4的要求，乡镇（街道）、村（社区）…可参考执行; parks 参照执行 (范围)
    ['zone.required', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['counter.one-metre-line', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.office-separated', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    // §5.1 binds all five levels (范围 适用于省、市州、县市区、乡镇（街道）、村（社区）)
    ['zone.hall-storeys', 'error', 'error', 'error', 'error', 'error', 'warning'],
    ['zone.hall-area', 'warning', 'warning', 'warning', 'warning', 'warning', 'off'],
    // §5.5 县级以上政务服务大厅应设置…整体布局图…；应在各楼层入口处设置楼层指示牌
    ['sign.layout-map', 'error', 'error', 'error', 'off', 'off', 'warning'],
    ['sign.floor-directory', 'error', 'error', 'error', 'off', 'off', 'warning'],
    ['sign.service-hours', 'error', 'error', 'error', 'error', 'error', 'warning'],
    // §6.3 应配置…急救医药箱，县级以上地区可配置AED
    ['safety.first-aid', 'error', 'error', 'error', 'error', 'error', 'warning'],
    // §6.5 应配备等候休息座椅…: §6 is not under §5.4, so it binds township and village in full; §5.4.5 填表区 is in §5.4
    ['zone.seats', 'error', 'error', 'error', 'error', 'error', 'warning'],
    ['zone.form-filling', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['safety.aed-present', 'info', 'info', 'info', 'off', 'off', 'info'],
    // national codes bind every level
    ['access.toilet', 'error', 'error', 'error', 'error', 'error', 'error'],
    ['counter.low-counter', 'error', 'error', 'error', 'error', 'error', 'error'],
    ['access.door-width', 'error', 'error', 'error', 'error', 'error', 'error'],
    // §5.4.7 (waiting) is in §5.4; §6.2 CCTV, §6.1 elevator notices and §5.5 window signs bind every level
    ['zone.waiting-per-floor', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.waiting-capacity', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['safety.cctv', 'error', 'error', 'error', 'error', 'error', 'warning'],
    ['sign.elevator-notice', 'error', 'error', 'error', 'error', 'error', 'warning'],
    ['counter.numbered', 'error', 'error', 'error', 'error', 'error', 'warning'],
    // part 4: 可根据实际情况提供24小时自助服务
    ['zone.24h-independent', 'info', 'info', 'info', 'info', 'info', 'info'],
    // part 1 §5.4.7 休息等候区 …宜…设置醒目的导引标识 (routes to waiting areas)
    ['sign.continuity', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning'],
  ],
  hainan: [
    // 范围: 乡镇（街道）、村（社区、居）、重点园区…可参照执行
    ['zone.required', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['counter.required', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['access.elevator', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    // E.4 政务服务中心宜配置…便民服务中心和便民服务站可根据实际情况选择
    ['safety.aed-present', 'warning', 'warning', 'warning', 'info', 'info', 'warning'],
    ['sign.bilingual', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning'],
    ['zone.consultation-near-entrance', 'off', 'off', 'off', 'off', 'off', 'off'],
    // §11.1.4 应合理安装摄像头; §6.1.4.9 标识…具有连续性 (应); §6.1.2.1 出入口应独立
    ['safety.cctv', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['sign.continuity', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.24h-independent', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.waiting-capacity', 'off', 'off', 'off', 'off', 'off', 'off'],
    // §6.2.1.1 业务办理类/便民服务类 应配备…座椅 (table C.1: every level, 参照执行 below county)
    ['zone.seats', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['safety.exit-sign', 'off', 'off', 'off', 'off', 'off', 'off'],
  ],
  jiangxi: [
    // §5.2.2 服务设施 …排队取号机…便民医药箱… (a list read as 应); §5.1.7 应…张贴公共安全标志…“安全出口”
    ['counter.ticket-machine', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['safety.first-aid', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['safety.exit-sign', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    // §5.2.2 服务设施 lists 座椅 (read as 应, as its ticket machine and first-aid kit); 参照执行 below county and in parks
    ['zone.seats', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.form-filling', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.required', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['counter.evaluator', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['access.wheelchair-spaces', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning'],
    ['zone.hall-storeys', 'off', 'off', 'off', 'off', 'off', 'off'],
    // 范围: 园区…乡镇（街道）…村（社区）…可参照执行
    ['sign.continuity', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.specialist-max', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.24h-independent', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['zone.public-over-staff', 'error', 'error', 'error', 'warning', 'warning', 'warning'],
    ['safety.aed-present', 'off', 'off', 'off', 'off', 'off', 'off'],
  ],
};

describe('level scoping per preset', () => {
  for (const [preset, rows] of Object.entries(TABLE) as [PresetId, Row[]][])
    it.each(rows)(`${preset}: %s at province/city/county/township/village/park`, (rule, ...want) => {
      const got = HALL_LEVEL_IDS.map((l) => resolveRuleSetting(preset, rule, l)?.severity ?? 'off');
      expect(got).toEqual(want);
    });
});
