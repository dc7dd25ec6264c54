/**
 * The auditor's scenarios for hunan DB43/T part 1: §5.1 三层以下 (every level), §5.2 建筑面积宜为…以上, §5.4 (县级以上 in
 * full, 乡镇（街道）、村（社区）可参考执行, parks 参照执行: 应 as a warning), §5.5 signs, §6 equipment (every level), and
 * the national codes.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel } from '../../../../src/core/vocab';
import { type Row, audit, COUNTY_UP, deskRangeRows, fails, nationalRows, upperFloorRows, off, pass, unevenDesks, withPoint } from './audit-lib';
import { MAIN, box, counter, door, hall, oneFloor, point, sign, vlink, wall, zone } from './hall';

const P = 'hunan';
const LEVELS: HallLevel[] = [...COUNTY_UP, 'township', 'village', 'park'];
/** §5.4's force at a level. */
const s54 = (l: HallLevel) => (COUNTY_UP.includes(l) ? 'error' : 'warning');
/** The rest of the text binds every level in full; a park refers to it. */
const sAll = (l: HallLevel) => (l === 'park' ? 'warning' : 'error');

/** Counters on the top one of `n` floors. */
const storeys = (n: number, level: HallLevel) =>
  hall({ preset: P, level, floors: Array.from({ length: n }, (_, i) => ({ elements: i === n - 1 ? [zone('counter-service', box(2, 2, 8, 8), { id: 'cs' })] : [] })) });

/** A hall of `m2` m² of floor (one 20 m deep floor with a zone drawn). */
const sized = (level: HallLevel, m2: number) => hall({ preset: P, level, floors: [{ elements: [zone('counter-service', box(1, 1, 5, 5))], outline: box(0, 0, m2 / 20, 20) }] });

const twoCounters = (): HallElement[] => [counter('general-intake', [5, 10]), counter('general-intake', [7, 10])];
const waitingRows = (level: HallLevel): Row[] => [
  {
    name: `${level}: two waiting areas on the counters' floor`,
    doc: () => oneFloor(P, [...twoCounters(), zone('waiting', box(2, 12, 8, 16)), zone('waiting', box(20, 12, 26, 16))], level),
    rule: 'zone.waiting-per-floor',
    want: pass,
  },
  {
    name: `${level}: one waiting area on the counters' floor`,
    doc: () => oneFloor(P, [...twoCounters(), zone('waiting', box(2, 12, 8, 16), { id: 'w1' })], level),
    rule: 'zone.waiting-per-floor',
    want: fails(s54(level), { says: ['1 waiting', 'at least 2'] }),
  },
];

/** A lift between two floors, with 乘梯须知 at the landings listed. */
const lift = (level: HallLevel, noticesOn: string[]) => {
  const notice = (f: string) => (noticesOn.includes(f) ? [sign('elevator-notice', [20, 13.5])] : []);
  return hall({
    preset: P,
    level,
    floors: [{ elements: [vlink('elevator', [20, 15], ['F1', 'F2'], { id: 'lift', size: { w: 2, d: 2 } }), ...notice('F1')] }, { elements: notice('F2') }],
  });
};

/** An escalator riding north from F1 (its foot at y = 6) to F2 (its head at y = 14), with notices on the floors listed. */
const escalator = (noticesOn: string[], wrongEnd = false) => {
  const at = (f: string): HallElement[] => (noticesOn.includes(f) ? [sign('elevator-notice', f === 'F1' || wrongEnd ? [20, 5] : [20, 15])] : []);
  return hall({
    preset: P,
    floors: [
      { elements: [vlink('escalator', [20, 10], ['F1', 'F2'], { id: 'esc', size: { w: 1.5, d: 8 } }), ...at('F1')] },
      { elements: [...at('F2'), ...(wrongEnd ? [sign('elevator-notice', [20, 5])] : [])] },
    ],
  });
};

const rows: Row[] = [
  ...nationalRows(P),
  ...upperFloorRows(P),
  // §5.1 应…设置在建筑物三层以下: 以下 includes the third storey; §5.1 is not §5.4, so it binds every level.
  ...LEVELS.flatMap((l): Row[] => [
    { name: `${l}: counters on storey 3`, doc: () => storeys(3, l), rule: 'zone.hall-storeys', want: pass },
    { name: `${l}: counters on storey 4`, doc: () => storeys(4, l), rule: 'zone.hall-storeys', want: fails(sAll(l), { says: ['storey 4'] }) },
  ]),
  // §5.2 宜为…以上 (以上 includes the figure).
  ...(
    [
      ['province', 10000, 9990],
      ['city', 10000, 9990],
      ['county', 5000, 4990],
      ['township', 200, 199],
      ['village', 100, 99],
    ] as [HallLevel, number, number][]
  ).flatMap(([l, at, short]): Row[] => [
    { name: `${l}: ${at} m² of hall`, doc: () => sized(l, at), rule: 'zone.hall-area', want: pass },
    { name: `${l}: ${short} m² of hall`, doc: () => sized(l, short), rule: 'zone.hall-area', want: fails('warning', { says: [`${short}`] }), limit: at },
  ]),
  { name: 'park: §5.2 names no figure for parks', doc: () => sized('park', 50), rule: 'zone.hall-area', want: off },
  // §5.4.7 原则上每层不少于两处.
  ...LEVELS.flatMap(waitingRows),
  {
    name: 'a waiting area merged with the form-filling area counts as a waiting area (可与填表区合并设置)',
    doc: () => oneFloor(P, [...twoCounters(), zone('waiting', box(2, 12, 8, 16)), zone('form-filling', box(20, 12, 26, 16), { also: ['waiting'] })]),
    rule: 'zone.waiting-per-floor',
    want: pass,
  },
  {
    name: 'the second floor of counters has one waiting area: the finding is on 2F',
    doc: () =>
      hall({
        preset: P,
        floors: [
          { elements: [...twoCounters(), zone('waiting', box(2, 12, 8, 16)), zone('waiting', box(20, 12, 26, 16))] },
          { elements: [...twoCounters(), zone('waiting', box(2, 12, 8, 16), { id: 'w2' })] },
        ],
      }),
    rule: 'zone.waiting-per-floor',
    want: fails('error', { count: 1, says: ['1 waiting'] }),
  },
  // §5.4.3 工作台面的高度宜为75 cm左右，宽为75 cm 至100 cm左右 (宜: a warning at every level).
  ...(['county', 'township'] as HallLevel[]).flatMap((l): Row[] => [...deskRangeRows(P, l, 'height', 0.7, 0.8), ...deskRangeRows(P, l, 'width', 0.75, 1)]),
  // §5.4.3 窗口台面尺寸、样式…均应统一.
  ...LEVELS.map((l): Row => ({ name: `${l}: two tops of different heights`, doc: () => unevenDesks(P, l), rule: 'counter.uniform', want: fails(s54(l), { names: ['k2'] }) })),
  // §6.1 安装电梯设施的，应在电梯入口处设置乘梯须知 (§6 binds every level).
  ...(['county', 'township', 'village'] as HallLevel[]).flatMap((l): Row[] => [
    { name: `${l}: notices at both landings`, doc: () => lift(l, ['F1', 'F2']), rule: 'sign.elevator-notice', want: pass },
    { name: `${l}: no notice on 2F`, doc: () => lift(l, ['F1']), rule: 'sign.elevator-notice', want: fails('error', { count: 1, names: ['lift'] }) },
  ]),
  // §6.1 电梯设施 include escalators (特种设备目录: 电梯 covers 自动扶梯): a notice where one steps on at each floor.
  { name: 'an escalator with notices where one steps on', doc: () => escalator(['F1', 'F2']), rule: 'sign.elevator-notice', want: pass },
  { name: 'an escalator without notices', doc: () => escalator([]), rule: 'sign.elevator-notice', want: fails('error', { count: 2, names: ['esc'] }) },
  {
    name: 'an escalator whose 2F notice stands at its foot',
    doc: () => escalator(['F1'], true),
    rule: 'sign.elevator-notice',
    want: fails('error', { count: 1, names: ['esc'] }),
    floor: 'F2',
  },
  // §6.2 应在政务服务大厅出入口处…安装视频安防监控系统: 出入口 is every way in and out, the escape exit too.
  {
    name: 'cameras at the main entrance and the exit',
    doc: () => oneFloor(P, [point('cctv', [MAIN[0], 3]), door([15, 20], { id: 'ex', entrance: 'exit', rotation: 180, wallId: 'wall-n' }), point('cctv', [15, 17])]),
    rule: 'safety.cctv',
    want: pass,
  },
  {
    name: 'no camera sees the exit door (出入口)',
    doc: () =>
      oneFloor(P, [
        point('cctv', [MAIN[0], 3]),
        wall([0, 10], [30, 10], { id: 'pw' }),
        door([28, 10], { wallId: 'pw' }),
        door([15, 20], { id: 'ex', entrance: 'exit', rotation: 180, wallId: 'wall-n' }),
      ]),
    rule: 'safety.cctv',
    want: fails('error', { names: ['ex'] }),
  },
  // §6.3 应配置…急救医药箱；县级以上地区可配置AED.
  ...LEVELS.flatMap((l): Row[] => [
    { name: `${l}: a first-aid kit`, doc: () => withPoint(P, 'first-aid-kit', l), rule: 'safety.first-aid', want: pass },
    { name: `${l}: no first-aid kit`, doc: () => oneFloor(P, [], l), rule: 'safety.first-aid', want: fails(sAll(l)) },
    {
      name: `${l}: no AED`,
      doc: () => oneFloor(P, [], l),
      rule: 'safety.aed-present',
      want: l === 'township' || l === 'village' ? off : fails('info'),
    },
    { name: `${l}: a queue ticket machine`, doc: () => withPoint(P, 'ticket-machine', l), rule: 'counter.ticket-machine', want: pass },
    { name: `${l}: no queue ticket machine (§6.5 应配备…排队取号机)`, doc: () => oneFloor(P, [], l), rule: 'counter.ticket-machine', want: fails(sAll(l)) },
    {
      name: `${l}: an evaluation device in the hall`,
      doc: () => oneFloor(P, [counter('general-intake', [5, 10]), point('evaluator', [15, 3])], l),
      rule: 'counter.evaluator',
      want: pass,
    },
    { name: `${l}: no evaluation device (§6.5 应配备…服务评价器)`, doc: () => oneFloor(P, [], l), rule: 'counter.evaluator', want: fails(sAll(l)) },
  ]),
  // §5.4.2 应在…入口附近或醒目位置设置综合咨询窗口.
  ...LEVELS.flatMap((l): Row[] => [
    { name: `${l}: a consultation desk 5 m inside`, doc: () => oneFloor(P, [counter('consultation-desk', [15, 5])], l), rule: 'zone.consultation-near-entrance', want: pass },
    {
      name: `${l}: a consultation desk far behind a partition`,
      doc: () => oneFloor(P, [wall([0, 10], [29, 10], { id: 'pw' }), counter('consultation-desk', [3, 17], { id: 'cd' })], l),
      rule: 'zone.consultation-near-entrance',
      want: fails(s54(l), { names: ['cd'] }),
    },
  ]),
  // §5.5 县级以上…应设置…整体布局图; 门外醒目位置设置…办公时间牌.
  ...LEVELS.flatMap((l): Row[] => [
    { name: `${l}: a layout map`, doc: () => oneFloor(P, [sign('layout-map', [15, 3])], l), rule: 'sign.layout-map', want: l === 'township' || l === 'village' ? off : pass },
    { name: `${l}: no layout map`, doc: () => oneFloor(P, [], l), rule: 'sign.layout-map', want: l === 'township' || l === 'village' ? off : fails(sAll(l)) },
    { name: `${l}: service hours outside the door`, doc: () => oneFloor(P, [sign('service-hours', [16.5, -0.3])], l), rule: 'sign.service-hours', want: pass },
    { name: `${l}: no service hours board`, doc: () => oneFloor(P, [], l), rule: 'sign.service-hours', want: fails(sAll(l)) },
  ]),
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
