/**
 * One targeted break per rule, applied to the county sample, and the element the finding must name.
 * The county sample passes every rule under its presets, so each mutation shows the rule can fail.
 */
import type { HallDocument } from '../../../src/core/document';
import type { HallElement } from '../../../src/core/kinds/registry';
import { KINDS } from '../../../src/core/kinds/registry';

export interface Mutation {
  /** What changes, for the test name. */
  what: string;
  apply(doc: HallDocument): HallDocument;
  /** An element id the finding must name (undefined: hall-level finding). */
  expectId?: string;
}

type Edit = (e: HallElement) => HallElement | null;

/** Change or drop (null) the elements `pred` picks, on every floor. */
function edit(doc: HallDocument, pred: (e: HallElement) => boolean, fn: Edit): HallDocument {
  return { ...doc, floors: doc.floors.map((f) => ({ ...f, elements: f.elements.flatMap((e) => (pred(e) ? (fn(e) ? [fn(e)!] : []) : [e])) })) };
}
const add = (doc: HallDocument, floorId: string, els: HallElement[]): HallDocument => ({
  ...doc,
  floors: doc.floors.map((f) => (f.id === floorId ? { ...f, elements: [...f.elements, ...els] } : f)),
});
const drop = (doc: HallDocument, pred: (e: HallElement) => boolean) => edit(doc, pred, () => null);
const isCounter = (n: string) => (e: HallElement) => e.kind === 'counter' && e.number === n;
const zoneNamed = (name: string) => (e: HallElement) => e.kind === 'zone' && e.name === name;

export const MUTATIONS: Record<string, Mutation> = {
  'zone.required': {
    what: 'the complaint, certificate, culture and self-service zones become waiting',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'zone' && ['complaint', 'certificate', 'culture', 'self-service'].includes(e.type),
        (e) => ({ ...(e as never as { kind: 'zone' }), type: 'waiting' }) as HallElement,
      ),
  },
  'zone.office-separated': {
    what: 'a staff door becomes an ordinary door',
    apply: (d) =>
      edit(
        d,
        (e) => e.id === 'f1-door-12',
        (e) => ({ ...e, entrance: 'none' }) as HallElement,
      ),
    expectId: 'f1-door-12',
  },
  'zone.counter-backoffice-link': {
    what: 'the floor-1 back office and its neighbours become a meeting room far away',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'zone' && e.type === 'back-office' && e.id.startsWith('f1'),
        (e) => ({ ...e, type: 'meeting' }) as HallElement,
      ),
    expectId: 'f1-zone-16',
  },
  'zone.consultation-near-entrance': {
    what: 'the consultation desk and zone move to the far corner',
    apply: (d) =>
      edit(
        edit(
          d,
          (e) => e.kind === 'counter' && e.type === 'consultation-desk',
          (e) => ({ ...e, position: [58, 27], rotation: 90 }) as HallElement,
        ),
        (e) => e.kind === 'zone' && e.type === 'consultation',
        (e) => ({ ...e, type: 'circulation', also: [] }) as HallElement,
      ),
    expectId: 'f1-door-01',
  },
  'zone.waiting-per-floor': {
    what: 'floor 2 loses one waiting area',
    apply: (d) => edit(d, zoneNamed('第四等候区'), (e) => ({ ...e, type: 'culture' }) as HallElement),
    expectId: 'f2-zone-12',
  },
  'zone.waiting-adjacent': {
    what: 'a waiting area far from any service area',
    apply: (d) =>
      add(d, 'F2', [
        KINDS.zone.create({
          id: 'far-wait',
          type: 'waiting',
          polygon: [
            [46, 34],
            [52, 34],
            [52, 40],
            [46, 40],
          ],
        }),
      ]),
    expectId: 'far-wait',
  },
  'zone.waiting-capacity': { what: 'only the wheelchair spaces are left to sit in', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'seat' && !e.wheelchair) },
  // Where a door stands decides whether it is exterior, not its entrance kind: the 24h door is taken away.
  'zone.24h-independent': { what: 'the 24h zone loses its exterior door', apply: (d) => drop(d, (e) => e.kind === 'opening' && e.entrance === '24h'), expectId: 'f1-zone-03' },
  'zone.public-over-staff': {
    what: 'the public zones shrink to nothing but two',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'zone' && !['back-office', 'records', 'it-room', 'support', 'meeting', 'waiting'].includes(e.type),
        () => null,
      ),
  },
  'zone.specialist-max': {
    what: 'seven specialist areas',
    apply: (d) =>
      add(
        d,
        'F2',
        Array.from({ length: 7 }, (_, i) =>
          KINDS.zone.create({
            id: `sp-${i}`,
            type: 'specialist',
            polygon: [
              [6 + i * 5, 24],
              [10 + i * 5, 24],
              [10 + i * 5, 25],
              [6 + i * 5, 25],
            ],
          }),
        ),
      ),
  },
  'zone.hall-storeys': { what: 'floor 2 renumbered as storey 4', apply: (d) => ({ ...d, floors: d.floors.map((f) => (f.id === 'F2' ? { ...f, storey: 4 } : f)) }) },
  'zone.classified': {
    what: 'a floor-1 zone loses its type',
    apply: (d) =>
      edit(
        d,
        (e) => e.id === 'f1-zone-16',
        (e) => ({ ...e, type: 'unclassified', also: [] }) as HallElement,
      ),
    expectId: 'f1-zone-16',
  },
  'zone.hall-area': { what: 'the county hall declared a city hall (10,000 m² needed)', apply: (d) => ({ ...d, meta: { ...d.meta, level: 'city' } }) },
  'counter.required': {
    what: 'the unresolved window and the policy/postal/extended-hours windows become general intake',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'counter' && ['unresolved', 'policy', 'postal', 'extended-hours'].includes(e.type),
        (e) => ({ ...e, type: 'general-intake' }) as HallElement,
      ),
  },
  'counter.one-metre-line': {
    what: 'a seat row inside counter 05’s strip',
    apply: (d) => add(d, 'F1', [KINDS.point.create({ id: 'seat-in-line', pointKind: 'seat', position: [16.8, 29.3], count: 2 })]),
    expectId: 'seat-in-line',
  },
  'counter.desk-height': {
    what: 'counter 03 raised to 0.95 m',
    apply: (d) => edit(d, isCounter('03'), (e) => ({ ...e, top: { width: 0.9, depth: 0.6, height: 0.95 } }) as HallElement),
    expectId: 'f1-counter-04',
  },
  'counter.desk-size': {
    what: 'counter 03 1.20 m wide and 0.80 m deep',
    apply: (d) => edit(d, isCounter('03'), (e) => ({ ...e, top: { width: 1.2, depth: 0.8, height: 0.75 } }) as HallElement),
    expectId: 'f1-counter-04',
  },
  'counter.uniform': { what: 'counter 03 in another style', apply: (d) => edit(d, isCounter('03'), (e) => ({ ...e, style: 'old-oak' }) as HallElement), expectId: 'f1-counter-04' },
  // Hainan accepts a priority window instead of a low counter (§6.3.3.1 e 或者): both branches are broken.
  'counter.low-counter': {
    what: 'the low counter loses its knee space and no priority window is left',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'counter' && (e.low || e.type === 'priority'),
        (e) => ({ ...e, kneeSpace: false, type: e.kind === 'counter' && e.type === 'priority' ? 'general-intake' : (e as { type: string }).type }) as HallElement,
      ),
  },
  'counter.numbered': { what: 'counter 07 loses its sign', apply: (d) => drop(d, (e) => e.kind === 'sign' && e.target === 'f1-counter-08'), expectId: 'f1-counter-08' },
  // Hainan asks for evaluation per place, Jiangxi per counter: with none left both fail.
  'counter.evaluator': { what: 'every evaluator removed', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'evaluator') },
  'queue.utilisation': {
    what: 'general intake overloaded',
    apply: (d) => ({ ...d, meta: { ...d.meta, queue: { ...d.meta.queue, 'general-intake': { arrivalsPerHour: 80, serviceMin: 9 } } } }),
  },
  'sign.layout-map': { what: 'no layout map', apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'layout-map') },
  'sign.floor-directory': {
    what: 'no floor directories on floor 2',
    apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'floor-directory' && e.id.startsWith('f2')),
    expectId: 'f1-stair-01',
  },
  'sign.zone': {
    what: 'the mother-and-baby room sign removed',
    apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'zone' && e.text.zh === '母婴室'),
    expectId: 'f1-zone-',
  },
  'sign.continuity': {
    what: 'every directional and zone sign removed',
    apply: (d) => drop(d, (e) => e.kind === 'sign' && ['directional', 'zone', 'floor-directory', 'layout-map'].includes(e.signKind)),
  },
  'sign.bilingual': {
    what: 'the layout map loses its English',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'sign' && e.signKind === 'layout-map',
        (e) => ({ ...e, text: { zh: '平面图', en: '' } }) as HallElement,
      ),
    expectId: 'f1-sign-',
  },
  'sign.electronic-clearance': {
    what: 'a screen beside the elevator',
    apply: (d) => add(d, 'F1', [KINDS.sign.create({ id: 'screen', signKind: 'directional', electronic: true, position: [4.5, 22], text: { zh: '屏', en: 'Screen' } })]),
    expectId: 'screen',
  },
  'sign.service-hours': { what: 'no service-hours sign', apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'service-hours'), expectId: 'f1-door-01' },
  'sign.accessible': { what: 'accessibility signs removed', apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'accessible' && e.text.zh === '无障碍卫生间') },
  'zone.seats': { what: 'no seats', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'seat') },
  'zone.form-filling': {
    what: 'the form-filling area has no tables',
    apply: (d) => drop(d, (e) => e.kind === 'obstacle' && e.name === '填表台'),
    expectId: 'f1-zone-02',
  },
  'safety.exit-sign': { what: 'no emergency exit sign', apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'safety-exit') },
  'sign.disclosure': {
    what: 'no sign reads 政务公开',
    apply: (d) => drop(d, (e) => e.kind === 'sign' && e.text.zh.includes('政务公开')),
    expectId: 'f1-zone-01',
  },
  'sign.complaint': { what: 'no complaint sign', apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'complaint'), expectId: 'f1-zone-' },
  'sign.elevator-notice': {
    what: 'no elevator notice on floor 2',
    apply: (d) => drop(d, (e) => e.kind === 'sign' && e.signKind === 'elevator-notice' && e.id.startsWith('f2')),
    expectId: 'f1-elevator-01',
  },
  'access.route-connects': { what: 'the elevator removed', apply: (d) => drop(d, (e) => e.kind === 'vlink' && e.linkKind === 'elevator') },
  'access.route-width': {
    what: 'a 0.8 m accessible route',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'route',
        (e) => ({ ...e, width: 0.8 }) as HallElement,
      ),
    expectId: 'f1-route-01',
  },
  'access.ramp': {
    what: 'a 1:8 ramp',
    apply: (d) =>
      add(d, 'F1', [
        KINDS.vlink.create({ id: 'steep', linkKind: 'ramp', floors: ['F1'], position: [40, 19], size: { w: 1.5, d: 4 }, slope: 0.125, clearWidth: 1.5, accessible: true }),
      ]),
    expectId: 'steep',
  },
  'access.elevator': {
    what: 'the elevator car 1.2 × 1.0 m',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'vlink' && e.linkKind === 'elevator',
        (e) => ({ ...e, car: { w: 1.0, d: 1.2 } }) as HallElement,
      ),
    expectId: 'f1-elevator-01',
  },
  'access.toilet': {
    what: 'the accessible toilets shrink to 1.5 × 2 m',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'zone' && e.type === 'accessible-toilet',
        (e) =>
          ({
            ...e,
            polygon: [
              [54, 7],
              [55.5, 7],
              [55.5, 9],
              [54, 9],
            ],
          }) as HallElement,
      ),
    expectId: 'f1-zone-',
  },
  'access.door-width': {
    what: 'a 0.7 m public door',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'opening' && e.name === '卫生间门' && e.id.startsWith('f1'),
        (e) => ({ ...e, width: 0.7 }) as HallElement,
      ),
    expectId: 'f1-door-',
  },
  'access.entrance': {
    what: 'a 0.15 m step at the main entrance',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'opening' && e.entrance === 'main',
        (e) => ({ ...e, step: 0.15 }) as HallElement,
      ),
    expectId: 'f1-door-01',
  },
  'access.priority-seats': {
    what: 'no priority seats anywhere',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'point' && e.pointKind === 'seat',
        (e) => ({ ...e, priority: false }) as HallElement,
      ),
    expectId: 'f1-zone-',
  },
  'access.wheelchair-spaces': {
    what: 'no wheelchair spaces anywhere',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'point' && e.pointKind === 'seat',
        (e) => ({ ...e, wheelchair: false }) as HallElement,
      ),
    expectId: 'f1-zone-',
  },
  'safety.aed-present': { what: 'no AED', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'aed') },
  'safety.aed-coverage': { what: 'the limit tightened to 20 m', apply: (d) => ({ ...d, meta: { ...d.meta, ruleOverrides: { aedMaxWalkM: 20 } } }) },
  'safety.aed-signed': {
    what: 'the AED sign at the entrance removed',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'sign' && e.signKind === 'directional' && /AED/.test(e.text.en),
        (e) => ({ ...e, text: { zh: '欢迎', en: 'Welcome' } }) as HallElement,
      ),
    expectId: 'f1-door-01',
  },
  'safety.first-aid': { what: 'no first-aid kit', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'first-aid-kit') },
  'safety.fire-extinguisher': { what: 'no fire extinguisher', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'fire-extinguisher') },
  'counter.ticket-machine': { what: 'no ticket machine', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'ticket-machine') },
  'facility.suggestion-box': { what: 'no suggestion box', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'suggestion-box') },
  'facility.drinking-water': { what: 'no drinking water', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'drinking-water') },
  'facility.self-service-terminal': { what: 'no self-service terminal', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'self-service-terminal') },
  'facility.staff-notice-board': { what: 'no staff notice board', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'staff-notice-board') },
  'facility.help-phone': { what: 'no help phone', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'help-phone') },
  'facility.wifi-notice': { what: 'no Wi-Fi notice', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'wifi-notice') },
  'facility.records-cabinet': { what: 'no records cabinet', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'records-cabinet') },
  'facility.name-board': { what: 'no name board', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'name-board') },
  // Not checkable from a plan: every hall carries the note, broken or not.
  'offplan.parking': { what: 'nothing (the car park is not on the plan)', apply: (d) => d },
  'offplan.accessible-parking': { what: 'nothing (parking is not on the plan)', apply: (d) => d },
  'offplan.tactile-path-outside': { what: 'nothing (paths outside are not on the plan)', apply: (d) => d },
  'offplan.emergency-lighting': { what: 'nothing (lighting is not on the plan)', apply: (d) => d },
  'safety.exits': {
    what: 'floor 2 exits and the east stair removed',
    apply: (d) => drop(d, (e) => (e.kind === 'opening' && e.entrance === 'exit' && e.id.startsWith('f2')) || (e.kind === 'vlink' && e.name === '东楼梯')),
  },
  'safety.travel-distance': { what: 'no sprinklers and a 15 m limit', apply: (d) => ({ ...d, meta: { ...d.meta, sprinklers: false, ruleOverrides: { exitMaxTravelM: 15 } } }) },
  'safety.exit-width': {
    what: 'a 0.8 m exit door',
    apply: (d) =>
      edit(
        d,
        (e) => e.kind === 'opening' && e.name === '西侧安全出口' && e.id.startsWith('f1'),
        (e) => ({ ...e, width: 0.8 }) as HallElement,
      ),
    expectId: 'f1-door-',
  },
  // Every camera: Hainan asks only for cameras somewhere (§11.1.4); which entrance goes unwatched is the scenario suite's.
  'safety.cctv': { what: 'every camera removed', apply: (d) => drop(d, (e) => e.kind === 'point' && e.pointKind === 'cctv') },
};
