/**
 * Preset parameters as a reader of a finding names them. An interpretation in a preset file names a parameter as
 * `{paramId}`; the finding, the report and the BCF topic show its label and the value the check used ("新建门净宽
 * 下限（0.9 m）"), never the id, so a reviewer can hold the reading against the standard without the source code.
 */
import { typeTerms } from '../core/terms';
import type { PresetId, Term } from '../core/vocab';
import { paramRange } from './param-ranges';
import type { ParamValue } from './types';

interface ParamLabel extends Term {
  /** Labels of the values of a parameter that takes words, not numbers; 'counter': counter types, as the province names them. */
  values?: Record<string, Term> | 'counter';
}

export const PARAM_LABELS: Record<string, ParamLabel> = {
  accessibleDoorExistingMinM: { zh: '既有建筑改造的门净宽下限', en: 'minimum door clear width in an altered existing building' },
  accessibleDoorMinM: { zh: '新建、扩建的门净宽下限', en: 'minimum door clear width in a new or extended building' },
  accessibleSignMaxM: { zh: '无障碍标识距设施的最大距离', en: 'greatest distance of an accessible sign from its facility' },
  aedMaxWalkM: { zh: '到 AED 的最大步行距离', en: 'longest walk to an AED' },
  backOfficeLinkMaxM: { zh: '窗口区到后台办公区的最大步行距离', en: 'longest staff walk from the counter area to the back office' },
  buildingWork: {
    zh: '建设类型',
    en: 'building work',
    values: { new: { zh: '新建、扩建', en: 'new or extended' }, existing: { zh: '既有建筑改造', en: 'altered existing building' } },
  },
  cctvRangeM: { zh: '摄像机有效距离', en: 'camera range' },
  conspicuousSightMaxM: { zh: '醒目可见的最大距离', en: 'greatest distance still conspicuous' },
  consultMaxWalkM: { zh: '咨询处距主入口的最大步行距离', en: 'longest walk from the main entrance to the consultation desk' },
  counterSignMaxM: { zh: '窗口标牌距窗口的最大距离', en: 'greatest distance of a counter sign from its counter' },
  deskHeightMaxM: { zh: '台面高度上限', en: 'greatest work-top height' },
  deskHeightMinM: { zh: '台面高度下限', en: 'least work-top height' },
  deskSizeDimension: {
    zh: '台面尺寸所指的方向',
    en: 'work-top dimension the size refers to',
    values: { width: { zh: '宽度', en: 'width' }, depth: { zh: '进深', en: 'depth' } },
  },
  eSignClearM: { zh: '电子标识与梯口的最小距离', en: 'least distance of an electronic sign from a stair or lift' },
  entranceInsideM: { zh: '从门口向内量起的距离', en: 'distance measured inside the door' },
  entranceSignMaxM: { zh: '标识距主入口的最大距离', en: 'greatest distance of the sign from the main entrance' },
  evaluatorMaxM: { zh: '评价器距窗口的最大距离', en: 'greatest distance of an evaluation device from its counter' },
  exitMaxTravelSprinklerM: { zh: '设自动喷水灭火系统时的最大疏散距离', en: 'longest escape travel with sprinklers' },
  exitsPerFloorMin: { zh: '每层安全出口的最少数量', en: 'least number of exits per floor' },
  levelStepMaxM: { zh: '视为无高差的最大门槛高度', en: 'highest threshold still counted as level' },
  lowCounterMaxM: { zh: '低位台面高度上限', en: 'greatest low-counter height' },
  lowCounterMinM: { zh: '低位台面高度下限', en: 'least low-counter height' },
  oneMetreLineExempt: { zh: '不设一米线的窗口类型', en: 'counter types with no 1-metre line', values: 'counter' },
  oneMetreLineM: { zh: '一米线距窗口的距离', en: 'distance of the 1-metre line from the counter' },
  oneMetreToleranceM: { zh: '一米线距离的允许偏差', en: 'allowed deviation of the 1-metre line' },
  rampSlopeRise: { zh: '坡度比的高', en: 'rise of the slope ratio' },
  rampSlopeRun: { zh: '坡度比的长', en: 'run of the slope ratio' },
  routeSampleStepM: { zh: '沿路线量测的间距', en: 'measuring step along a route' },
  seatPercentile: { zh: '座位满足排队人数的概率', en: 'probability the seats hold the queue' },
  selfService24hEntranceMaxM: { zh: '24小时自助区距主入口的最大距离', en: 'greatest distance of the 24-hour area from the main entrance' },
  signSightM: { zh: '标识的可见距离', en: 'sight distance of a sign' },
  turningDiameterM: { zh: '轮椅回转直径', en: 'wheelchair turning diameter' },
  verticalSignMaxM: { zh: '标识距楼梯、电梯口的最大距离', en: 'greatest distance of the sign from a stair or lift' },
  waitingNearMaxM: { zh: '等候区到服务区的最大步行距离', en: 'longest walk from a waiting area to a service area' },
  zoneSignTolM: { zh: '区域标牌在区域边界外的允许距离', en: 'allowed distance of a zone sign outside its zone' },
};

/** Units printed after a value (a ratio, a count or a fraction is a bare number). */
const UNITS = new Set(['m', 'm²']);

/** One parameter as a reader names it: its label and the value in use. */
function named(id: string, value: ParamValue | undefined, lang: 'zh' | 'en', preset: PresetId | undefined): string | undefined {
  const label = PARAM_LABELS[id];
  if (!label) return undefined;
  if (value === undefined) return label[lang];
  const range = paramRange(id);
  const unit = range && 'unit' in range ? range.unit : undefined;
  const values = label.values === 'counter' ? typeTerms('counter', preset) : label.values;
  const shown =
    typeof value === 'string' && values
      ? value
          .split(',')
          .map((v) => values[v.trim()]?.[lang] ?? v.trim())
          .join(lang === 'zh' ? '、' : ', ')
      : `${value}${unit && UNITS.has(unit) ? ` ${unit}` : ''}`;
  return lang === 'zh' ? `${label.zh}（${typeof value === 'string' ? '当前为' : ''}${shown}）` : `${label.en} (${typeof value === 'string' ? 'now ' : ''}${shown})`;
}

/** An interpretation with every `{paramId}` written as the parameter's label and the value the check used. */
export function withParams(text: Term, params: Readonly<Record<string, ParamValue>>, preset?: PresetId): Term {
  const fill = (s: string, lang: 'zh' | 'en') => s.replace(/\{(\w+)\}/g, (m, id: string) => named(id, params[id], lang, preset) ?? m);
  return { zh: fill(text.zh, 'zh'), en: fill(text.en, 'en') };
}
