/**
 * The county sample: a two-floor 县级政务服务中心 under the Hunan preset, laid out the way such halls are
 * built — entrance hall with the consultation desk facing the main door, waiting areas in front of a long
 * counter line, back offices behind a wall with staff-only doors, toilets and an accessible toilet on every
 * floor, stairs at both ends and an accessible elevator.
 */
import type { HallDocument } from '../../src/core/document';
import type { CounterType } from '../../src/core/vocab';
import { COUNTER_TYPES } from '../../src/core/vocab';
import { FloorBuilder, hall, rect } from './builder';

const W = 64;
const D = 42;
const PARTITION_Y = 31.5;
const COUNTER_Y = 30.2;
const PITCH = 1.2;
const FIRST_X = 12;

function shell(f: FloorBuilder, ground: boolean) {
  const [south, east, north, west] = f.walls(
    [
      [0, 0],
      [W, 0],
      [W, D],
      [0, D],
    ],
    true,
    0.3,
  );
  if (ground) {
    f.door(south.id, [32, 0], 3.0, 'main', { tactilePaving: true, step: 0, name: '主入口' });
    f.door(south.id, [16, 0], 1.5, '24h', { name: '24小时自助区入口' });
    f.door(north.id, [20, D], 1.2, 'staff', { name: '工作人员入口' });
  }
  f.door(west.id, [0, 27], 1.5, 'exit', { name: '西侧安全出口' });
  f.door(east.id, [W, 21], 1.5, 'exit', { name: '东侧安全出口' });
  // The front's windows, clear of the doors; the toilets' window high and frosted.
  for (const x of [6, 24, 41, 48]) f.window(south.id, [x, 0], 2.4, { sillHeight: 0.9, headHeight: 2.7 });
  f.window(south.id, [59, 0], 1.2, { sillHeight: 1.8, headHeight: 2.4, clearGlass: false });
  const partition = f.wall([0, PARTITION_Y], [W, PARTITION_Y], 0.2);
  return { south, east, north, west, partition };
}

/** Toilet block in the south-east corner: toilets, accessible toilet, and a third room (`third`). */
function toiletBlock(f: FloorBuilder, third: { type: 'mother-baby' | 'business-services'; name: string }) {
  const w1 = f.wall([54, 0], [54, 12]);
  f.wall([54, 7], [W, 7]);
  f.wall([57, 7], [57, 12]);
  const w4 = f.wall([54, 12], [W, 12]);
  f.door(w1.id, [54, 3.5], 1.2, 'none', { name: '卫生间门' });
  f.door(w1.id, [54, 9.5], 0.9, 'none', { name: '无障碍卫生间门' });
  f.door(w4.id, [60.5, 12], 1.0, 'none');
  f.zone('toilet', rect(54, 0, W, 7), '卫生间');
  const acc = f.zone('accessible-toilet', rect(54, 7, 57, 12), '无障碍卫生间');
  f.zone(third.type, rect(57, 7, W, 12), third.name);
  f.sign('zone', [55.2, 3.5], '卫生间', 'Toilets');
  f.sign('zone', [55.5, 11.2], '无障碍卫生间', 'Accessible toilet');
  f.sign('accessible', [52.8, 9.5], '无障碍卫生间', 'Accessible toilet', { target: acc.id });
  f.sign('zone', [60.5, 11.2], third.name, third.type === 'mother-baby' ? 'Mother and baby room' : 'Business services');
}

/** West and east cores: stairs, the accessible elevator (door to the east, onto the core), floor directory, elevator notice. */
function cores(f: FloorBuilder, floors: string[], storey: number, withLinks: boolean) {
  if (withLinks) {
    f.vlink('stair', floors, [2.5, 17], { w: 3, d: 6 }, { rotation: 0, clearWidth: 1.4, name: '西楼梯' });
    f.vlink('elevator', floors, [2.7, 22.2], { w: 2.4, d: 2.4 }, { rotation: 90, accessible: true, car: { w: 1.6, d: 1.4 }, clearWidth: 0.9, name: '无障碍电梯' });
    f.vlink('stair', floors, [61.5, 17], { w: 3, d: 6 }, { rotation: 0, clearWidth: 1.4, name: '东楼梯' });
  }
  f.zone('circulation', rect(0, 14, 6, PARTITION_Y), '西侧交通厅', { nameEn: 'West core' });
  f.zone('circulation', rect(58, 14, W, 24), '东侧交通厅', { nameEn: 'East core' });
  f.zone('circulation', rect(0, 12, W, 14), '公共通道', { nameEn: 'Public corridor' });
  f.zone('circulation', rect(30, 14, 34, 24), '中央通道', { nameEn: 'Central aisle' });
  const dirTextZh = storey === 1 ? '1F 咨询·综合窗口 | 2F 专业窗口·企业服务' : '2F 专业窗口·企业服务 | 1F 咨询·综合窗口';
  const dirTextEn =
    storey === 1
      ? '1F Consultation, general counters | 2F Specialist counters, enterprise services'
      : '2F Specialist counters, enterprise services | 1F Consultation, general counters';
  f.sign('floor-directory', [4.8, 19.5], dirTextZh, dirTextEn, { youAreHere: true });
  f.sign('floor-directory', [59.2, 17], dirTextZh, dirTextEn, { youAreHere: true });
  f.sign('elevator-notice', [4.2, 23.8], '乘梯须知', 'Elevator notice');
  f.sign('accessible', [4.2, 21], '无障碍电梯', 'Accessible elevator');
  f.sign('directional', [5, 13.2], '楼梯 电梯 ← | 办事窗口 →', 'Stairs, elevator ← | Counters →');
  f.sign('directional', [59, 13.2], '卫生间 ↓ | 楼梯 →', 'Toilets ↓ | Stairs →');
  f.sign('zone', [3, 26], '西侧交通厅', 'West core');
  f.sign('zone', [61, 23], '东侧交通厅', 'East core');
  f.sign('zone', [32, 13], '公共通道', 'Public corridor');
  f.sign('directional', [32, 20], '办事窗口 ↑ | 出口 ↓', 'Counters ↑ | Exit ↓');
  f.sign('safety-exit', [0.6, 28.5], '安全出口', 'Exit');
  f.sign('safety-exit', [63.4, 22.5], '安全出口', 'Exit');
  f.point('cctv', [1, 27]);
  f.point('cctv', [63, 21]);
  f.point('cctv', [32, 19]);
  f.point('fire-extinguisher', [5.7, 25]);
  f.point('fire-extinguisher', [58.3, 23.5]);
}

/** Two waiting areas in front of the counters, rows of seats with priority seats and wheelchair spaces. */
function waiting(f: FloorBuilder, names: [string, string], alsoFormFilling: boolean) {
  const a = f.zone('waiting', rect(6, 14, 30, 24), names[0], { also: alsoFormFilling ? ['form-filling'] : [] });
  const b = f.zone('waiting', rect(34, 14, 58, 24), names[1]);
  for (const [zone, blocks] of [
    [a, [12, 23]],
    [b, [41, 52]],
  ] as const) {
    for (const x of blocks) {
      for (const [k, y] of [16, 18, 20, 22].entries()) {
        f.point('seat', [x, y], { count: 10, priority: k === 0 });
      }
    }
    const x0 = zone.polygon[0][0];
    f.point('seat', [x0 + 1.5, 15], { count: 2, wheelchair: true, name: '轮椅位' });
    f.sign('zone', [x0 + 2, 23.4], zone.name ?? '', 'Waiting area');
    f.sign('accessible', [x0 + 1.5, 16.2], '爱心专座 · 轮椅位', 'Priority seats, wheelchair spaces');
  }
}

/** A row of counters along the partition, facing south, with counter signs, evaluators and end screens. */
function counterRow(f: FloorBuilder, specs: { type: CounterType; department?: string; low?: boolean }[], firstNumber: number) {
  const ids: string[] = [];
  specs.forEach((s, i) => {
    const x = FIRST_X + i * PITCH;
    const number = String(firstNumber + i).padStart(2, '0');
    const c = f.counter(s.type, number, [x, COUNTER_Y], 180, {
      department: s.department,
      low: s.low ?? false,
      kneeSpace: s.low ?? false,
      name: `${number}号 ${s.department ?? COUNTER_TYPES[s.type].zh}`,
    });
    ids.push(c.id);
    f.sign('counter', [x, 30.45], `${number} ${s.department ?? COUNTER_TYPES[s.type].zh}`, `${number} ${COUNTER_TYPES[s.type].en}`, {
      target: c.id,
      electronic: true,
      rotation: 180,
      mountHeight: 2.2,
      width: 0.8,
    });
    f.point('evaluator', [x + 0.3, 30.0], { counterId: c.id });
  });
  const xEnd = FIRST_X + (specs.length - 1) * PITCH + 0.45;
  f.obstacle(rect(FIRST_X - 0.85, 29.9, FIRST_X - 0.45, 31.4), '窗口端部隔断');
  f.obstacle(rect(xEnd, 29.9, xEnd + 0.4, 31.4), '窗口端部隔断');
  return ids;
}

function floor1(floors: string[]) {
  const f = new FloorBuilder('F1', 'f1');
  const { partition } = shell(f, true);
  // Entrance band.
  f.zone('gov-disclosure', rect(0, 0, 12, 6), '政务公开区');
  f.zone('form-filling', rect(0, 6, 12, 12), '填表区');
  const w24a = f.wall([12, 0], [12, 10]);
  f.wall([12, 10], [20, 10]);
  const w24c = f.wall([20, 0], [20, 10]);
  void w24a;
  f.door(w24c.id, [20, 5], 1.8, 'none', { name: '24小时区内门（夜间关闭）' });
  const z24 = f.zone('self-service-24h', rect(12, 0, 20, 10), '24小时自助服务区');
  f.zone('circulation', rect(12, 10, 20, 12), '通道', { nameEn: 'Passage' });
  f.zone('consultation', rect(20, 0, 44, 12), '咨询导办区（门厅）', { also: ['circulation'], nameEn: 'Consultation and entrance hall' });
  f.zone('self-service', rect(44, 0, 54, 12), '自助服务区');
  for (const x of [46, 48, 50, 52]) f.obstacle(rect(x - 0.4, 0.4, x + 0.4, 1.2), '自助终端', 1.6, false);
  toiletBlock(f, { type: 'mother-baby', name: '母婴室' });
  // The consultation desk faces the main door, 8 m inside.
  const desk = f.counter('consultation-desk', '00', [32, 8], 180, { name: '综合咨询导办台', oneMetreLine: { enabled: false, distance: 1 } });
  f.sign('counter', [32, 8.25], '00 综合咨询', '00 Consultation desk', { target: desk.id, rotation: 180, mountHeight: 2.2 });
  f.point('evaluator', [32.3, 7.9], { counterId: desk.id });
  f.point('first-aid-kit', [34, 9]);
  f.point('ticket-machine', [26, 9]);
  // Entrance signs: layout map, service hours, accessible entrance, way to the AED.
  f.sign('layout-map', [28, 1.2], '大厅平面布局图', 'Hall layout map', { youAreHere: true, width: 1.2 });
  f.sign('service-hours', [36, 0.15], '服务时间 周一至周五 9:00-17:00 周六 9:00-12:00', 'Open Mon-Fri 9:00-17:00, Sat 9:00-12:00');
  f.sign('accessible', [30, 1.2], '无障碍入口', 'Accessible entrance');
  f.sign('directional', [34.5, 2], '咨询 ↑ | AED 除颤器 ↑ | 24小时自助 ←', 'Information ↑ | AED ↑ | 24h self-service ←');
  f.sign('zone', [24, 11], '咨询导办区', 'Consultation');
  f.sign('zone', [6, 5.4], '政务公开区', 'Government disclosure');
  f.sign('zone', [6, 11.4], '填表区', 'Form filling');
  f.sign('zone', [16, 9.4], '24小时自助服务区', '24h self-service', { target: z24.id });
  f.sign('zone', [49, 11.4], '自助服务区', 'Self-service');
  f.sign('directional', [20.8, 5], '24小时自助服务区 →', '24h self-service →');
  f.point('cctv', [32, 1.5]);
  f.point('cctv', [16, 1]);
  f.point('cctv', [15, 8]);
  f.point('cctv', [20, 41]);
  f.point('aed', [31.7, 13.6], { name: 'AED 自动体外除颤器' });
  f.sign('directional', [30.2, 13.6], 'AED 自动体外除颤器', 'AED', { width: 0.5 });
  // Around the consultation desk, not through it: widths are measured between the actual obstacles.
  f.route(
    [
      [32, 0.6],
      [32, 5],
      [29, 5],
      [29, 13],
      [5, 13],
      [5, 22.2],
    ],
    1.5,
  );
  // Waiting and counters.
  cores(f, floors, 1, true);
  waiting(f, ['第一等候区', '第二等候区'], false);
  f.zone('counter-service', rect(6, 24, 44, PARTITION_Y), '综合窗口服务区');
  f.sign('zone', [8, 24.6], '综合窗口服务区', 'General counters');
  const row: { type: CounterType; low?: boolean }[] = [
    ...Array.from({ length: 8 }, () => ({ type: 'general-intake' as const })),
    ...Array.from({ length: 3 }, () => ({ type: 'general-pickup' as const })),
    { type: 'assisted' },
    { type: 'assisted' },
    { type: 'cross-region' },
    { type: 'cross-region' },
    { type: 'unresolved' },
    { type: 'policy' },
    { type: 'gov-disclosure' },
    { type: 'priority', low: true },
    { type: 'postal' },
    { type: 'extended-hours' },
    { type: 'weekend' },
    { type: 'leader-duty' },
    { type: 'foreign-language' },
  ];
  const ids = counterRow(f, row, 1);
  const lowId = ids[18];
  f.sign('accessible', [FIRST_X + 18 * PITCH, 27.2], '低位服务窗口', 'Low counter', { target: lowId });
  // Complaints and mediation rooms east of the counters.
  const c1 = f.wall([44, 24], [54, 24]);
  f.wall([44, 24], [44, PARTITION_Y]);
  f.wall([54, 24], [54, PARTITION_Y]);
  const c2 = f.wall([54, 24], [W, 24]);
  f.door(c1.id, [49, 24], 1.2);
  f.door(c2.id, [59, 24], 1.0);
  f.zone('complaint', rect(44, 24, 54, PARTITION_Y), '投诉受理区');
  f.zone('mediation', rect(54, 24, W, PARTITION_Y), '纠纷调解室');
  f.sign('complaint', [49, 24.6], '投诉受理', 'Complaints');
  f.sign('zone', [47, 24.6], '投诉受理区', 'Complaints');
  f.sign('zone', [59, 24.6], '纠纷调解室', 'Mediation room');
  // Back of house behind the partition; staff-only doors only.
  // Staff doors open into the strip behind the counters, which the end screens close to the public.
  f.door(partition.id, [13, PARTITION_Y], 0.9, 'staff', { name: '后台通道' });
  f.door(partition.id, [38, PARTITION_Y], 0.9, 'staff', { name: '后台通道' });
  f.zone('back-office', rect(0, PARTITION_Y, 40, D), '后台审批办公区');
  f.zone('records', rect(40, PARTITION_Y, 50, D), '档案室');
  f.zone('it-room', rect(50, PARTITION_Y, 58, D), '信息机房');
  f.zone('support', rect(58, PARTITION_Y, W, D), '值班室·仓储');
  // Every area carries its sign, the staff ones too (jiangxi §5.1.4.1 各区域应悬挂对应标牌).
  f.sign('zone', [13, PARTITION_Y + 0.6], '后台审批办公区', 'Back office');
  f.sign('zone', [45, PARTITION_Y + 0.6], '档案室', 'Records');
  f.sign('zone', [54, PARTITION_Y + 0.6], '信息机房', 'IT room');
  f.sign('zone', [61, PARTITION_Y + 0.6], '值班室·仓储', 'Duty room and storage');
  for (const [x, dy] of [
    [40, 36],
    [50, 36],
    [58, 36],
  ] as const) {
    const w = f.wall([x, PARTITION_Y], [x, D]);
    f.door(w.id, [x, dy], 0.9, 'staff');
  }
  f.point('cctv', [52, 36]);
  // The passage behind the entrance lobby: 走廊 are among the places CCTV must cover (jiangxi §5.2.3.4).
  f.point('cctv', [16, 11]);
  // Facilities the texts require (hunan part 1 §5.4.11, §5.5, §6.5; hainan §6.2.1.1, §6.3.2.1; jiangxi §5.1.3.3,
  // §5.2.2.2, §5.2.3.2, §5.3.1.3, §6.5.1, §6.9.2): a terminal marks the first kiosk (inside its obstacle, so the
  // walking space is the same), the box hangs in the complaint area, the board and Wi-Fi notice in the lobby, the
  // help phone and the name board on the entrance wall.
  f.point('self-service-terminal', [46, 0.8]);
  f.point('records-cabinet', [45, 41.5], { rotation: 180 });
  f.point('drinking-water', [0.5, 17], { rotation: 90 });
  f.point('suggestion-box', [53.8, 28], { rotation: -90 });
  f.point('staff-notice-board', [43.8, 6], { rotation: -90 });
  f.point('wifi-notice', [43.8, 4], { rotation: -90 });
  f.point('help-phone', [34.5, 0.15]);
  f.point('name-board', [32, 0.15]);
  return f.build('1F 一层', 1, 0, 5, rect(0, 0, W, D));
}

function floor2() {
  const f = new FloorBuilder('F2', 'f2');
  const { partition } = shell(f, false);
  f.zone('enterprise-services', rect(0, 0, 20, 12), '企业综合服务专区');
  f.zone('certificate', rect(20, 0, 32, 12), '制证和取证区');
  f.zone('convenience', rect(32, 0, 44, 12), '便民服务区');
  f.zone('culture', rect(44, 0, 54, 12), '文化建设专区');
  toiletBlock(f, { type: 'business-services', name: '商务服务区' });
  f.sign('zone', [10, 11.4], '企业综合服务专区', 'Enterprise services');
  f.sign('zone', [26, 11.4], '制证和取证区', 'Certificates');
  f.sign('zone', [38, 11.4], '便民服务区', 'Convenience services');
  f.sign('zone', [49, 11.4], '文化建设专区', 'Culture');
  cores(f, ['F1', 'F2'], 2, false);
  waiting(f, ['第三等候区（兼填表）', '第四等候区'], true);
  f.zone('counter-service', rect(6, 24, 44, PARTITION_Y), '专业窗口服务区');
  f.sign('zone', [8, 24.6], '专业窗口服务区', 'Specialist counters');
  const depts: [string, number][] = [
    ['公安', 3],
    ['税务', 3],
    ['社保', 2],
    ['医保', 2],
    ['公积金', 2],
    ['不动产', 2],
  ];
  const specs: { type: CounterType; department?: string }[] = depts.flatMap(([d, n]) => Array.from({ length: n }, () => ({ type: 'specialist' as const, department: d })));
  specs.push({ type: 'remote' });
  counterRow(f, specs, 25);
  f.zone('business-services', rect(44, 24, W, PARTITION_Y), '银行·邮政·复印');
  f.sign('zone', [54, 24.6], '银行·邮政·复印', 'Bank, post, copies');
  f.point('aed', [31.7, 13.6], { name: 'AED 自动体外除颤器' });
  f.point('first-aid-kit', [34.3, 13.6]);
  f.door(partition.id, [13, PARTITION_Y], 0.9, 'staff', { name: '后台通道' });
  f.door(partition.id, [28, PARTITION_Y], 0.9, 'staff', { name: '后台通道' });
  f.zone('back-office', rect(0, PARTITION_Y, 34, D), '后台审批办公区');
  f.zone('meeting', rect(34, PARTITION_Y, 46, D), '会议室');
  f.zone('support', rect(46, PARTITION_Y, W, D), '配套用房');
  f.sign('zone', [13, PARTITION_Y + 0.6], '后台审批办公区', 'Back office');
  f.sign('zone', [40, PARTITION_Y + 0.6], '会议室', 'Meeting room');
  f.sign('zone', [55, PARTITION_Y + 0.6], '配套用房', 'Support rooms');
  for (const x of [34, 46]) {
    const w = f.wall([x, PARTITION_Y], [x, D]);
    f.door(w.id, [x, 36], 0.9, 'staff');
  }
  return f.build('2F 二层', 2, 5, 5, rect(0, 0, W, D));
}

export function countyHall(): HallDocument {
  return hall(
    {
      name: '湘江县政务服务中心（示例）',
      nameEn: 'Xiangjiang County Government Service Center (sample)',
      preset: 'hunan',
      level: 'county',
      sprinklers: true,
      georef: { lat: 28.2282, lon: 112.9388, rotation: 0 },
      queue: {
        'general-intake': { arrivalsPerHour: 40, serviceMin: 9 },
        'general-pickup': { arrivalsPerHour: 20, serviceMin: 4 },
        assisted: { arrivalsPerHour: 6, serviceMin: 15 },
        'cross-region': { arrivalsPerHour: 4, serviceMin: 15 },
        specialist: { arrivalsPerHour: 60, serviceMin: 10 },
      },
      source: { kind: 'manual' },
    },
    [floor1(['F1', 'F2']), floor2()],
  );
}
