/** The township sample: a one-floor 乡镇便民服务中心 (Hunan preset, township level). */
import type { HallDocument } from '../../src/core/document';
import { FloorBuilder, hall, rect } from './builder';

export function townshipHall(): HallDocument {
  const f = new FloorBuilder('F1', 't1');
  const [south, east, , west] = f.walls(
    [
      [0, 0],
      [30, 0],
      [30, 20],
      [0, 20],
    ],
    true,
    0.3,
  );
  f.door(south.id, [15, 0], 2.4, 'main', { tactilePaving: true, name: '主入口' });
  f.door(east.id, [30, 10], 1.2, 'exit', { name: '安全出口' });
  f.door(west.id, [0, 6], 1.2, 'exit', { name: '安全出口' });
  const partition = f.wall([0, 14], [30, 14]);
  f.door(partition.id, [9, 14], 0.9, 'staff');
  f.zone('consultation', rect(10, 0, 20, 6), '咨询导办台', { also: ['circulation'] });
  f.zone('waiting', rect(0, 0, 10, 8), '等候区（兼填表）', { also: ['form-filling'] });
  f.zone('waiting', rect(20, 0, 30, 8), '自助及等候区', { also: ['self-service', 'gov-disclosure', 'complaint', 'business-services'] });
  f.zone('counter-service', rect(0, 8, 24, 14), '综合窗口服务区');
  // A township hall merges its records store and network cabinet into the back office (§5.4.1 合并设置).
  f.zone('back-office', rect(0, 14, 30, 20), '后台办公区（含资料存储、机柜）', { also: ['records', 'it-room'] });
  const tw = f.wall([24, 8], [24, 14]);
  f.wall([24, 11], [30, 11]);
  f.door(tw.id, [24, 9.5], 1.0, 'none');
  f.door(tw.id, [24, 12.5], 0.9, 'none');
  f.zone('toilet', rect(24, 8, 30, 11), '卫生间');
  f.zone('accessible-toilet', rect(24, 11, 30, 14), '无障碍卫生间（兼母婴）', { also: ['mother-baby'] });
  const desk = f.counter('consultation-desk', '00', [15, 4], 180, { oneMetreLine: { enabled: false, distance: 1 }, name: '咨询导办台' });
  f.sign('counter', [15, 4.25], '00 咨询导办', '00 Consultation', { target: desk.id });
  const types = ['general-intake', 'general-intake', 'general-pickup', 'assisted', 'cross-region', 'unresolved', 'policy'] as const;
  types.forEach((t, i) => {
    const x = 6 + i * 1.2;
    const c = f.counter(t, String(i + 1).padStart(2, '0'), [x, 12.9], 180, { low: i === 3, kneeSpace: i === 3 });
    f.sign('counter', [x, 13.15], `${String(i + 1).padStart(2, '0')}`, `${String(i + 1).padStart(2, '0')}`, { target: c.id, electronic: true });
    f.point('evaluator', [x + 0.3, 12.8], { counterId: c.id });
  });
  f.obstacle(rect(4.75, 12.6, 5.15, 13.9), '窗口端部隔断');
  f.obstacle(rect(13.65, 12.6, 14.05, 13.9), '窗口端部隔断');
  for (const [x, y] of [
    [5, 3],
    [5, 5.5],
    [25, 3],
  ] as const)
    f.point('seat', [x, y], { count: 8, priority: y === 3 && x === 5 });
  f.point('seat', [2, 1.5], { count: 1, wheelchair: true });
  f.sign('layout-map', [12, 1], '平面布局图', 'Layout map', { youAreHere: true });
  f.sign('service-hours', [18, 0.15], '服务时间 周一至周五 8:30-17:30', 'Open Mon-Fri 8:30-17:30');
  f.sign('zone', [5, 7.4], '等候区', 'Waiting');
  f.sign('zone', [25, 7.4], '自助及等候区', 'Self-service and waiting');
  f.sign('zone', [3, 8.6], '综合窗口服务区', 'Counters');
  f.sign('zone', [15, 5.6], '咨询导办台', 'Consultation');
  f.sign('zone', [27, 10.6], '卫生间', 'Toilet');
  f.sign('zone', [27, 13.6], '无障碍卫生间', 'Accessible toilet');
  f.sign('accessible', [22.8, 12.5], '无障碍卫生间', 'Accessible toilet');
  f.point('aed', [19.8, 6.2]);
  f.sign('directional', [17, 1.4], 'AED 除颤器 ↗ | 办事窗口 ↑', 'AED ↗ | Counters ↑');
  f.sign('accessible', [13, 1.4], '无障碍入口', 'Accessible entrance');
  f.sign('accessible', [9.6, 10.6], '低位服务窗口', 'Low counter');
  f.sign('complaint', [27, 6.6], '投诉受理', 'Complaints');
  f.point('cctv', [28.8, 10]);
  f.point('cctv', [1.2, 6]);
  f.point('seat', [25, 5.5], { count: 8 });
  f.point('seat', [5, 7.2], { count: 4 });
  f.point('first-aid-kit', [16, 4.8]);
  // Equipment the texts list for every level (hunan part 1 §6.5 排队取号机; hainan §6.2.1.1 取号机, 消防器材).
  f.point('ticket-machine', [17, 4.8]);
  f.point('fire-extinguisher', [1.2, 4]);
  f.point('cctv', [15, 1]);
  f.point('cctv', [15, 10]);
  // Facilities the texts require (hunan part 1 §5.4.11, §5.5, §6.5 at every level): the terminal in the self-service
  // corner, the box in the merged complaint area, the cabinet in the office's records store.
  f.point('self-service-terminal', [29.45, 4], { rotation: 90 });
  f.point('records-cabinet', [29, 19.55], { rotation: 180 });
  f.point('drinking-water', [0.5, 1], { rotation: 90 });
  f.point('suggestion-box', [29.8, 7], { rotation: -90 });
  f.point('staff-notice-board', [10, 3], { rotation: 90 });
  f.point('wifi-notice', [20, 3], { rotation: -90 });
  f.point('help-phone', [16.5, 0.15]);
  f.point('name-board', [15, 0.15]);
  return hall(
    {
      name: '青山镇便民服务中心（示例）',
      nameEn: 'Qingshan Township Convenience Service Center (sample)',
      preset: 'hunan',
      level: 'township',
      georef: { lat: 27.8292, lon: 113.1331, rotation: 0 },
      queue: { 'general-intake': { arrivalsPerHour: 10, serviceMin: 8 } },
      source: { kind: 'manual' },
    },
    [f.build('1F 一层', 1, 0, 4.2, rect(0, 0, 30, 20))],
  );
}
