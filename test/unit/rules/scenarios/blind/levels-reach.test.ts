/**
 * Blind scenarios at every hall level for what is measured by walking (scope clauses in levels-lib.ts): hunan
 * §5.4.2 入口附近或醒目位置, §5.4.3 (宜与后台审批区对应连接; 宽为75 cm 至100 cm), §5.4.7 (容纳…等待队列; 导引标识), §5.1
 * 三层以下; jiangxi §6.2, §6.4.1 宽度宜为 55cm~65cm, §6.8.2, §6.1.5; hainan §6.1.4.9. The queue (RULES.md, Erlang C),
 * AED reach (RULES.md: warning) and the national codes (GB 55019 routes, GB 50016 travel distance) hold at every level.
 */
import type { HallElement } from '../../../../../src/core/kinds/registry';
import { KINDS } from '../../../../../src/core/kinds/registry';
import type { HallLevel } from '../../../../../src/core/vocab';
import { box, counter, hall, obstacle, point, wall, zone } from '../hall';
import { FULL, halls, hunan54, shall, suite, type Want } from './levels-lib';

const off = (): Want => 'off';
const always = (w: Want) => (): Want => w;

/**
 * A 130 m long floor: the counters (22..28 × 2..6, one top 1.20 wide × 0.80 deep) near the entrance, their back
 * office 14 m away, the consultation area behind a partition in the north-west corner, an AED in the south-west
 * corner with no sign to it, an unclassified room, and a waiting area with no seats 95 m east beyond a 1.0 m gap
 * between two screens, which a hand-drawn accessible route passes. The pickup window is overloaded (30 an hour,
 * 10 minutes each, one window).
 */
const far = halls((preset, level) => {
  const els: HallElement[] = [
    zone('counter-service', box(22, 2, 28, 6), { id: 'cs' }),
    counter('general-intake', [24, 5.5], { id: 'k1', rotation: 180, top: { width: 1.2, depth: 0.8, height: 0.75 } }),
    counter('general-pickup', [26, 5.5], { id: 'k2', rotation: 180 }),
    zone('back-office', box(40, 14, 44, 19.5), { id: 'bo' }),
    wall([0, 12], [12, 12], { id: 'part' }),
    zone('consultation', box(1, 14, 4, 19.5), { id: 'cz' }),
    point('aed', [2, 2], { id: 'aed' }),
    zone('unclassified', box(50, 2, 52, 4), { id: 'uz' }),
    obstacle(box(59, 0.2, 60, 9.5), { id: 'o1' }),
    obstacle(box(59, 10.5, 60, 19.8), { id: 'o2' }),
    zone('waiting', box(120, 2, 128, 18), { id: 'wf' }),
    KINDS.route.create({
      id: 'r',
      points: [
        [15, 1],
        [59.5, 10],
        [120, 10],
      ],
    }) as HallElement,
  ];
  return hall({
    preset,
    level,
    queue: { 'general-intake': { arrivalsPerHour: 5, serviceMin: 10 }, 'general-pickup': { arrivalsPerHour: 30, serviceMin: 10 } },
    floors: [{ elements: els, size: [130, 20] }],
  });
});

/** The far floor's verdicts under every province at every level: the queue, the national codes, AED reach and classification. */
const everyProvince = {
  'queue.utilisation': always('error'),
  'access.route-connects': always('error'),
  'access.route-width': always('error'),
  'safety.aed-coverage': always('warning'),
  'safety.aed-signed': always('warning'),
  'safety.travel-distance': always('error'),
  'zone.classified': always('warning'),
};

suite('blind levels: a long floor with a far waiting area, a hidden consultation area and an overloaded window', far, {
  hunan: {
    'zone.consultation-near-entrance': hunan54,
    'zone.counter-backoffice-link': always('warning'),
    'zone.waiting-capacity': hunan54,
    'counter.desk-size': always('warning'),
    ...everyProvince,
  },
  hainan: {
    'zone.consultation-near-entrance': off,
    'zone.waiting-capacity': off,
    'counter.desk-size': off,
    ...everyProvince,
  },
  jiangxi: {
    'zone.consultation-near-entrance': (l) => shall(FULL.jiangxi(l)),
    'zone.waiting-capacity': (l) => shall(FULL.jiangxi(l)),
    'counter.desk-size': always('warning'),
    ...everyProvince,
  },
});

/** Four storeys with a waiting area on storey 4 (hunan §5.1 设置在建筑物三层以下: under its 应, every level). */
const tall = halls((preset, level) =>
  hall({ preset, level, floors: [{ elements: [] }, { elements: [] }, { elements: [] }, { elements: [zone('waiting', box(2, 2, 10, 8), { id: 'w4' })] }] }),
);
suite('blind levels: a public area on storey 4', tall, {
  hunan: { 'zone.hall-storeys': (l: HallLevel) => shall(FULL.hunan(l)) },
  hainan: { 'zone.hall-storeys': off },
  jiangxi: { 'zone.hall-storeys': off },
});

/**
 * The fork of blind/wayfinding.test.ts: a corridor from the entrance opens into the hall, the waiting area straight
 * ahead, the counters off to the east; no sign where the ways part.
 */
const fork = halls((preset, level) =>
  hall({
    preset,
    level,
    floors: [
      {
        elements: [
          wall([14.2, 0], [14.2, 8]),
          wall([15.8, 0], [15.8, 8]),
          wall([0, 8], [14.2, 8]),
          wall([15.8, 8], [30, 8]),
          zone('waiting', box(12, 15, 18, 19.5), { id: 'wz' }),
          zone('counter-service', box(24, 10, 29.5, 14), { id: 'cs' }),
        ],
      },
    ],
  }),
);
suite('blind levels: an unsigned fork on the walk to the waiting area', fork, {
  // hunan §5.4.7 宜 (a warning at every level); hainan §6.1.4.9 and jiangxi §6.1.5 应 under their scopes.
  hunan: { 'sign.continuity': always('warning') },
  hainan: { 'sign.continuity': (l) => shall(FULL.hainan(l)) },
  jiangxi: { 'sign.continuity': (l) => shall(FULL.jiangxi(l)) },
});
