/**
 * Vocabularies from ../shared/RULES.md: zone types, counter (窗口) types, sign kinds, point kinds.
 * Names are bilingual; `side` decides whether citizens may enter a zone.
 */
export interface Term {
  zh: string;
  en: string;
}

export const ZONE_TYPES = {
  consultation: { zh: '咨询服务区', en: 'Consultation', side: 'public' },
  'counter-service': { zh: '窗口服务区', en: 'Counter service', side: 'public' },
  'self-service': { zh: '自助服务区', en: 'Self-service', side: 'public' },
  'self-service-24h': { zh: '24小时自助服务区', en: '24h self-service', side: 'public' },
  'form-filling': { zh: '填表区', en: 'Form filling', side: 'public' },
  'gov-disclosure': { zh: '政务公开区', en: 'Government disclosure', side: 'public' },
  waiting: { zh: '休息等候区', en: 'Waiting', side: 'public' },
  complaint: { zh: '投诉受理区', en: 'Complaints', side: 'public' },
  'business-services': { zh: '商务服务区', en: 'Business services', side: 'public' },
  'enterprise-services': { zh: '企业综合服务专区', en: 'Enterprise services', side: 'public' },
  certificate: { zh: '制证和取证区', en: 'Certificates', side: 'public' },
  convenience: { zh: '便民服务区', en: 'Convenience services', side: 'public' },
  culture: { zh: '文化建设专区', en: 'Culture', side: 'public' },
  'mother-baby': { zh: '母婴室', en: 'Mother and baby room', side: 'public' },
  toilet: { zh: '卫生间', en: 'Toilet', side: 'public' },
  'accessible-toilet': { zh: '无障碍卫生间', en: 'Accessible toilet', side: 'public' },
  mediation: { zh: '纠纷调解室', en: 'Mediation room', side: 'public' },
  circulation: { zh: '门厅/通道', en: 'Lobby / corridor', side: 'public' },
  specialist: { zh: '专业服务区', en: 'Specialist area', side: 'public' },
  'back-office': { zh: '后台办公区', en: 'Back office', side: 'staff' },
  records: { zh: '档案室', en: 'Records', side: 'staff' },
  'it-room': { zh: '机房', en: 'IT room', side: 'staff' },
  support: { zh: '配套功能区', en: 'Support', side: 'staff' },
  meeting: { zh: '会议室', en: 'Meeting room', side: 'staff' },
  unclassified: { zh: '未分类', en: 'Unclassified', side: 'public' },
} as const satisfies Record<string, Term & { side: 'public' | 'staff' }>;
export type ZoneType = keyof typeof ZONE_TYPES;
export const ZONE_TYPE_IDS = Object.keys(ZONE_TYPES) as ZoneType[];

export const COUNTER_TYPES = {
  'consultation-desk': { zh: '综合咨询窗口', en: 'Consultation desk' },
  'general-intake': { zh: '综合受理窗口', en: 'General intake' },
  'general-pickup': { zh: '综合出件窗口', en: 'Document pickup' },
  assisted: { zh: '帮办代办窗口', en: 'Assisted service' },
  'cross-region': { zh: '跨区域通办窗口', en: 'Cross-region service' },
  unresolved: { zh: '“办不成事”反映窗口', en: '"Could not get it done" desk' },
  policy: { zh: '政策兑现窗口', en: 'Policy fulfilment' },
  'gov-disclosure': { zh: '政务公开窗口', en: 'Government disclosure' },
  'leader-duty': { zh: '领导值班窗口', en: 'Duty leader' },
  'foreign-language': { zh: '外语及方言窗口', en: 'Foreign language' },
  'lost-found': { zh: '失物招领窗口', en: 'Lost and found' },
  priority: { zh: '适老化及无障碍优先窗口', en: 'Priority (elderly, disabled, military)' },
  remote: { zh: '远程云窗口', en: 'Remote video' },
  weekend: { zh: '周末窗口', en: 'Weekend' },
  postal: { zh: '邮递服务窗口', en: 'Postal service' },
  'extended-hours': { zh: '延时错时服务窗口', en: 'Extended hours' },
  tidal: { zh: '潮汐窗口', en: 'Tidal' },
  specialist: { zh: '专业窗口', en: 'Specialist' },
} as const satisfies Record<string, Term>;
export type CounterType = keyof typeof COUNTER_TYPES;
export const COUNTER_TYPE_IDS = Object.keys(COUNTER_TYPES) as CounterType[];

export const SIGN_KINDS = {
  'layout-map': { zh: '平面布局图', en: 'Layout map' },
  'floor-directory': { zh: '楼层索引牌', en: 'Floor directory' },
  directional: { zh: '引导标识', en: 'Directional sign' },
  zone: { zh: '区域标牌', en: 'Zone sign' },
  counter: { zh: '窗口标牌', en: 'Counter sign' },
  'service-hours': { zh: '服务时间牌', en: 'Service hours' },
  accessible: { zh: '无障碍标识', en: 'Accessibility sign' },
  'safety-exit': { zh: '安全出口', en: 'Emergency exit' },
  'elevator-notice': { zh: '乘梯须知', en: 'Elevator notice' },
  complaint: { zh: '投诉受理', en: 'Complaints sign' },
  temporary: { zh: '临时标识', en: 'Temporary sign' },
} as const satisfies Record<string, Term>;
export type SignKind = keyof typeof SIGN_KINDS;
export const SIGN_KIND_IDS = Object.keys(SIGN_KINDS) as SignKind[];

export const POINT_KINDS = {
  aed: { zh: '自动体外除颤器', en: 'AED' },
  'first-aid-kit': { zh: '急救医药箱', en: 'First-aid kit' },
  'fire-extinguisher': { zh: '灭火器', en: 'Fire extinguisher' },
  cctv: { zh: '监控摄像头', en: 'CCTV camera' },
  evaluator: { zh: '评价器', en: 'Evaluation device' },
  'ticket-machine': { zh: '取号机', en: 'Ticket machine' },
  seat: { zh: '座椅', en: 'Seats' },
  'suggestion-box': { zh: '意见箱', en: 'Suggestion box' },
  'drinking-water': { zh: '饮水机', en: 'Drinking water' },
  'self-service-terminal': { zh: '自助终端', en: 'Self-service terminal' },
  'staff-notice-board': { zh: '工作人员公示栏', en: 'Staff notice board' },
  'help-phone': { zh: '求助电话/呼叫装置', en: 'Help phone' },
  'wifi-notice': { zh: '无线网络公示', en: 'Wi-Fi notice' },
  'records-cabinet': { zh: '档案柜', en: 'Records cabinet' },
  'name-board': { zh: '场所名称牌', en: 'Name board' },
} as const satisfies Record<string, Term>;
export type PointKind = keyof typeof POINT_KINDS;
export const POINT_KIND_IDS = Object.keys(POINT_KINDS) as PointKind[];

export const LINK_KINDS = {
  stair: { zh: '楼梯', en: 'Stair' },
  elevator: { zh: '电梯', en: 'Elevator' },
  escalator: { zh: '扶梯', en: 'Escalator' },
  ramp: { zh: '坡道', en: 'Ramp' },
} as const satisfies Record<string, Term>;
export type LinkKind = keyof typeof LINK_KINDS;
export const LINK_KIND_IDS = Object.keys(LINK_KINDS) as LinkKind[];

export const ENTRANCE_KINDS = {
  none: { zh: '普通门', en: 'Internal door' },
  main: { zh: '主入口', en: 'Main entrance' },
  secondary: { zh: '次入口', en: 'Secondary entrance' },
  staff: { zh: '工作人员通道', en: 'Staff only' },
  exit: { zh: '安全出口', en: 'Exit' },
  '24h': { zh: '24小时入口', en: '24h entrance' },
} as const satisfies Record<string, Term>;
export type EntranceKind = keyof typeof ENTRANCE_KINDS;
export const ENTRANCE_KIND_IDS = Object.keys(ENTRANCE_KINDS) as EntranceKind[];

export const HALL_LEVELS = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡镇（街道）', en: 'Township' },
  village: { zh: '村（社区）', en: 'Village' },
  park: { zh: '园区', en: 'Industrial park' },
} as const satisfies Record<string, Term>;
export type HallLevel = keyof typeof HALL_LEVELS;
export const HALL_LEVEL_IDS = Object.keys(HALL_LEVELS) as HallLevel[];

/** A province preset's id: provinces are data (presets/<id>.json), registered by ./presets.ts (a string, not a list). */
export type PresetId = string;

export function zoneSide(type: ZoneType): 'public' | 'staff' {
  return ZONE_TYPES[type].side;
}
