/**
 * The auditor's second pass: requirements a plan shows that the first pass did not hold, at county level where the
 * text applies in full.
 * - hainan §6.1.4.14 电子标识不宜设置在电梯、自动扶梯和自动人行道出入口、楼梯出入口 (each mouth, not only a lift's door);
 * - jiangxi §5.1.3.2 应在…楼梯间、电梯间及上下楼醒目位置公示楼层索引牌 (the lift too);
 * - jiangxi §5.2.2.2 应按照 GB 50763 要求，在中心出入口门厅、过厅设置盲道 (hainan's 盲道 is outside the building, §6.3.3.1 a);
 * - hunan §6.2 应在政务服务大厅出入口处、24小时自助服务区等重点区域安装视频安防监控系统 (the 24 h area too);
 * - jiangxi §5.2.3.4 视频监控应实现…电梯…等区域全覆盖;
 * - hainan §6.1.4.3 位置标识用于标明区域…所在位置 (sign.zone, 宜-strength warning);
 * - hainan §6.3.3.4 无障碍设施设备处均应设置无障碍标识: a lift, a ramp, a low counter;
 * - hunan §5.4.3 窗口在空间上宜与后台审批区对应连接 (a warning);
 * - hunan §5.1 三层以下: a basement is below the third storey.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import { type Row, audit, fails, pass } from './audit-lib';
import { MAIN, box, counter, door, hall, oneFloor, point, sign, vlink, wall, zone } from './hall';

/** An escalator riding north from (20, 6) to (20, 14), and an electronic sign at `at`. */
const escalatorAnd = (at: [number, number]) =>
  oneFloor('hainan', [vlink('escalator', [20, 10], ['F1'], { id: 'esc', size: { w: 1.5, d: 8 } }), sign('directional', at, { id: 'es', electronic: true })]);
/** A stair 3 m long north from (5, 8.5) to (5, 11.5), and an electronic sign at `at`. */
const stairAnd = (at: [number, number]) =>
  oneFloor('hainan', [vlink('stair', [5, 10], ['F1'], { id: 'st', size: { w: 1.2, d: 3 } }), sign('directional', at, { id: 'es', electronic: true })]);

/** Two floors joined by a lift at (20, 15) with a floor directory beside it on the floors listed. */
const liftDirectory = (on: string[]) =>
  hall({
    preset: 'jiangxi',
    floors: [
      { elements: [vlink('elevator', [20, 15], ['F1', 'F2'], { id: 'lift', size: { w: 2, d: 2 } }), ...(on.includes('F1') ? [sign('floor-directory', [20, 13])] : [])] },
      { elements: on.includes('F2') ? [sign('floor-directory', [20, 13])] : [] },
    ],
  });

/** A 24 h area in the south-east corner with its own door; cameras at the points given. */
const area24 = (cams: [number, number][]) =>
  oneFloor('hunan', [
    zone('self-service-24h', box(24, 0, 30, 6), { id: 'z24' }),
    wall([24, 0], [24, 6], { id: 'w24w' }),
    wall([24, 6], [30, 6], { id: 'w24n' }),
    door([27, 0], { id: 'd24', entrance: '24h', wallId: 'wall-s' }),
    ...cams.map((c) => point('cctv', c)),
  ]);

/** A hainan hall with an accessible facility and the entrance's accessibility sign. */
const accessibleThing = (thing: HallElement, signAt?: [number, number]) =>
  oneFloor('hainan', [thing, sign('accessible', [15, 0.5]), ...(signAt ? [sign('accessible', signAt)] : [])]);

/** Counters at the south of a counter area, the back office north of a partition with a staff door `d` m along. */
const linked = (doorX: number) =>
  oneFloor('hunan', [
    zone('counter-service', box(2, 2, 12, 8), { id: 'cs' }),
    wall([0, 10], [30, 10], { id: 'pw' }),
    door([doorX, 10], { width: 1, entrance: 'staff', wallId: 'pw' }),
    zone('back-office', box(0, 10.1, 30, 20), { id: 'bo' }),
  ]);

const HAINAN: Row[] = [
  { name: 'an electronic sign 2 m before an escalator’s foot', doc: () => escalatorAnd([20, 4]), rule: 'sign.electronic-clearance', want: fails('warning', { names: ['es'] }) },
  { name: 'an electronic sign 2 m beyond an escalator’s head', doc: () => escalatorAnd([20, 16]), rule: 'sign.electronic-clearance', want: fails('warning', { names: ['es'] }) },
  { name: 'an electronic sign 3.5 m before an escalator’s foot', doc: () => escalatorAnd([20, 2.5]), rule: 'sign.electronic-clearance', want: pass },
  { name: 'an electronic sign 1.5 m before a stair’s foot', doc: () => stairAnd([5, 7]), rule: 'sign.electronic-clearance', want: fails('warning', { names: ['es'] }) },
  { name: 'an electronic sign 4 m beside a stair', doc: () => stairAnd([10, 10]), rule: 'sign.electronic-clearance', want: pass },
  {
    name: 'a waiting area without a position sign',
    doc: () => oneFloor('hainan', [zone('waiting', box(10, 10, 20, 18), { id: 'wz' })]),
    rule: 'sign.zone',
    want: fails('warning', { names: ['wz'] }),
  },
  {
    name: 'a waiting area with its position sign inside',
    doc: () => oneFloor('hainan', [zone('waiting', box(10, 10, 20, 18), { id: 'wz' }), sign('zone', [15, 14])]),
    rule: 'sign.zone',
    want: pass,
  },
  {
    name: 'an accessible lift without an accessibility sign',
    doc: () => accessibleThing(vlink('elevator', [25, 15], ['F1'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } })),
    rule: 'sign.accessible',
    want: fails('error', { names: ['lift'] }),
  },
  {
    name: 'an accessible lift with its sign beside the door',
    doc: () => accessibleThing(vlink('elevator', [25, 15], ['F1'], { id: 'lift', accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }), [26.5, 13.5]),
    rule: 'sign.accessible',
    want: pass,
  },
  {
    name: 'a ramp without an accessibility sign',
    doc: () => accessibleThing(vlink('ramp', [5, 12], ['F1'], { id: 'ramp', slope: 1 / 12, runRise: 0.5, clearWidth: 1.5, landing: 1.5 })),
    rule: 'sign.accessible',
    want: fails('error', { names: ['ramp'] }),
  },
  {
    name: 'a low counter without an accessibility sign',
    doc: () => accessibleThing(counter('general-intake', [10, 5], { id: 'low', number: 'A01', low: true, kneeSpace: true, top: { width: 0.9, depth: 0.6, height: 0.75 } })),
    rule: 'sign.accessible',
    want: fails('error', { names: ['low'] }),
  },
  {
    name: 'a low counter signed 1 m from it',
    doc: () =>
      accessibleThing(counter('general-intake', [10, 5], { id: 'low', number: 'A01', low: true, kneeSpace: true, top: { width: 0.9, depth: 0.6, height: 0.75 } }), [11, 5]),
    rule: 'sign.accessible',
    want: pass,
  },
  { name: 'no tactile paving at the entrance (§6.3.3.1 a puts 盲道 outside)', doc: () => oneFloor('hainan', []), rule: 'access.entrance', want: pass },
];

const JIANGXI: Row[] = [
  { name: 'a floor directory by the lift on both floors', doc: () => liftDirectory(['F1', 'F2']), rule: 'sign.floor-directory', want: pass },
  { name: 'no floor directory by the lift on 2F (电梯间)', doc: () => liftDirectory(['F1']), rule: 'sign.floor-directory', want: fails('error', { count: 1 }), floor: 'F2' },
  {
    name: 'a level main entrance without tactile paving (门厅…设置盲道)',
    doc: () =>
      hall({ preset: 'jiangxi', floors: [{ noMain: true, elements: [door(MAIN, { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-s', tactilePaving: false })] }] }),
    rule: 'access.entrance',
    want: fails('error', { names: ['main'] }),
  },
  {
    name: 'a lift landing no camera sees (电梯…全覆盖)',
    doc: () => oneFloor('jiangxi', [point('cctv', [MAIN[0], 4]), wall([0, 10], [29, 10]), vlink('elevator', [5, 15], ['F1'], { id: 'lift', size: { w: 2, d: 2 } })]),
    rule: 'safety.cctv',
    want: fails('error', { names: ['lift'] }),
  },
  {
    name: 'a lift landing in a camera’s view',
    doc: () => oneFloor('jiangxi', [point('cctv', [MAIN[0], 4]), vlink('elevator', [20, 10], ['F1'], { id: 'lift', size: { w: 2, d: 2 } })]),
    rule: 'safety.cctv',
    want: pass,
  },
];

const HUNAN: Row[] = [
  {
    name: 'a camera in the 24 h area and one at the main entrance',
    doc: () =>
      area24([
        [27, 3],
        [MAIN[0], 3],
      ]),
    rule: 'safety.cctv',
    want: pass,
  },
  { name: 'no camera in the walled 24 h area (重点区域)', doc: () => area24([[MAIN[0], 3]]), rule: 'safety.cctv', want: fails('error', { names: ['z24'] }) },
  { name: 'the back office behind the counters, its staff door 2 m along (对应连接)', doc: () => linked(7), rule: 'zone.counter-backoffice-link', want: pass },
  { name: 'the back office’s only door 20 m along the partition', doc: () => linked(29), rule: 'zone.counter-backoffice-link', want: fails('warning', { names: ['cs'] }) },
  {
    name: 'counters in a basement (三层以下)',
    doc: () => hall({ preset: 'hunan', floors: [{ elements: [] }, { storey: -1, elevation: -4.5, elements: [zone('counter-service', box(2, 2, 8, 8))] }] }),
    rule: 'zone.hall-storeys',
    want: pass,
  },
];

audit('hainan', HAINAN);
audit('jiangxi', JIANGXI);
audit('hunan', HUNAN);
