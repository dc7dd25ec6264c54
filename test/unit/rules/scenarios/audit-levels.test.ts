/**
 * The auditor's second pass on levels: each requirement the first pass read at county level only, at all six levels,
 * with the force the text gives there. hunan part 1 binds every level (范围) save §5.4, which township and village
 * halls 可参考执行 and parks 参照执行 (a 应 there reads as a warning, RULES.md); §5.5 and §6 bind township and village
 * in full. hainan and jiangxi bind province, city and county; township, village and park 参照执行.
 */
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { CounterType, HallLevel, PointKind, PresetId } from '../../../../src/core/vocab';
import { type Row, audit, COUNTY_UP, fails, pass } from './audit-lib';
import { box, counter, obstacle, oneFloor, point, vlink, wall, zone } from './hall';

const LEVELS: HallLevel[] = [...COUNTY_UP, 'township', 'village', 'park'];
type Force = 'error' | 'warning' | 'info' | 'off' | 'none';
const full = (l: HallLevel) => COUNTY_UP.includes(l);
/** The force of a 应 clause the whole province's text gives (hainan, jiangxi; hunan §5.5/§6 at a park). */
const shallAt = (l: HallLevel): Force => (full(l) ? 'error' : 'warning');
/** hunan outside §5.4: township and village in full, a park by reference. */
const hunanAll = (l: HallLevel): Force => (l === 'park' ? 'warning' : 'error');

const want = (f: Force, names?: string[]) => (f === 'off' ? { status: 'off' as const } : f === 'none' ? pass : fails(f, names ? { names } : {}));

/** A public waiting area and a back office, the usual furniture of a small hall. */
const areas = (): HallElement[] => [zone('waiting', box(10, 0, 30, 10), { id: 'wait' }), zone('back-office', box(0, 10, 10, 20), { id: 'office' })];

/** The point kinds each province's text asks the place to have, with the force per level. */
const FACILITIES: Record<PresetId, [PointKind, (l: HallLevel) => Force][]> = {
  hunan: [
    ['suggestion-box', hunanAll],
    ['drinking-water', hunanAll],
    ['self-service-terminal', hunanAll],
    ['staff-notice-board', hunanAll],
    ['name-board', hunanAll],
    ['first-aid-kit', hunanAll],
    ['ticket-machine', hunanAll],
  ],
  hainan: [
    ['suggestion-box', shallAt],
    ['drinking-water', shallAt],
    ['self-service-terminal', shallAt],
    ['records-cabinet', shallAt],
    ['name-board', shallAt],
    ['fire-extinguisher', shallAt],
    ['cctv', shallAt],
  ],
  jiangxi: [
    ['suggestion-box', shallAt],
    ['drinking-water', shallAt],
    ['self-service-terminal', shallAt],
    ['staff-notice-board', shallAt],
    ['help-phone', shallAt],
    ['wifi-notice', shallAt],
    ['fire-extinguisher', shallAt],
    // §4.5.4 门楣标识应…挂牌展示，“便民服务中心”和“便民服务站”不作强制要求.
    ['name-board', (l) => (l === 'township' || l === 'village' ? 'off' : shallAt(l))],
  ],
};
const RULE_OF: Partial<Record<PointKind, string>> = {
  'first-aid-kit': 'safety.first-aid',
  'ticket-machine': 'counter.ticket-machine',
  'fire-extinguisher': 'safety.fire-extinguisher',
  cctv: 'safety.cctv',
};

/** Every required window but one, in a row. */
const REQUIRED: Record<PresetId, CounterType[]> = {
  hunan: ['consultation-desk', 'general-intake', 'general-pickup', 'assisted', 'cross-region', 'unresolved', 'policy', 'gov-disclosure'],
  hainan: ['consultation-desk', 'general-intake', 'assisted', 'cross-region', 'unresolved', 'leader-duty', 'general-pickup', 'lost-found'],
  jiangxi: ['consultation-desk', 'general-intake', 'general-pickup', 'cross-region', 'policy', 'postal', 'unresolved', 'extended-hours', 'tidal'],
};
const windowsWithout = (p: PresetId, t: CounterType): HallElement[] => REQUIRED[p].filter((x) => x !== t).map((x, i) => counter(x, [3 + i * 1.5, 10]));

/** The window each province asks for whose force differs by level, and that force. */
const MISSING_WINDOW: Record<PresetId, [CounterType, (l: HallLevel) => Force][]> = {
  // §5.4.3 应设置“办不成事”反映窗口 (§5.4: 可参考执行); §6.5 应配备…咨询服务台 binds every level.
  hunan: [
    ['unresolved', (l) => shallAt(l)],
    ['consultation-desk', hunanAll],
  ],
  // §6.1.3.1 应设置…“未办成事”协调服务窗口; table B.1 gives the 便民服务站 none.
  hainan: [
    ['unresolved', (l) => (l === 'village' ? 'none' : shallAt(l))],
    ['assisted', shallAt],
  ],
  // §7.1.6.4 应设置惠企政策兑现、邮递服务…
  jiangxi: [
    ['postal', shallAt],
    ['cross-region', shallAt],
  ],
};

/** A general-intake counter without a sign (hunan §5.5 窗口应设置中文标识; jiangxi §5.1.5.1). */
const unsignedCounter = () => [counter('general-intake', [10, 5], { id: 'k1', number: 'A01' })];
/** A back office open to the waiting area along its east side (hunan §5.4.1 应通过建筑布局分隔开). */
const openOffice = () => [
  zone('back-office', box(0, 14, 10, 20), { id: 'bo' }),
  zone('counter-service', box(0, 8, 10, 14), { id: 'cs' }),
  wall([0, 14], [10, 14], { id: 'w-bo-s' }),
];
/** Six counters and two seats: the queue needs more. */
const shortOfSeats = () => [...Array.from({ length: 6 }, (_, i) => counter('general-intake', [2 + i * 1.2, 10])), zone('waiting', box(2, 14, 10, 19), { id: 'wz' })];
/** A form-filling area with seats and no table, and one with a table and no seats. */
const noTable = () => [zone('form-filling', box(2, 2, 10, 8), { id: 'ff' }), point('seat', [5.5, 5.5], { count: 4 })];
const noChairs = () => [zone('form-filling', box(2, 2, 10, 8), { id: 'ff' }), obstacle(box(4, 4, 7, 4.8), { id: 'desk', height: 0.75 })];
/** Two floors joined by a stair with no floor directory by it. */
const stairNoDirectory = (p: PresetId, l: HallLevel) => oneFloorPair(p, l);
function oneFloorPair(p: PresetId, l: HallLevel) {
  const doc = oneFloor(p, [vlink('stair', [3, 10], ['F1', 'F2'], { id: 'v' }), zone('waiting', box(10, 0, 30, 10))], l);
  doc.floors.push({ ...doc.floors[0], id: 'F2', name: '2F', storey: 2, elevation: 4.5, elements: [zone('waiting', box(10, 0, 30, 10), { id: 'w2' })] });
  return doc;
}

function rows(p: PresetId): Row[] {
  const out: Row[] = [];
  for (const l of LEVELS) {
    for (const [kind, force] of FACILITIES[p]) {
      const rule = RULE_OF[kind] ?? `facility.${kind}`;
      out.push({ name: `${l}: no ${kind}`, doc: () => oneFloor(p, areas(), l), rule, want: want(force(l)) });
    }
    for (const [t, force] of MISSING_WINDOW[p])
      out.push({
        name: `${l}: every required window but the ${t}`,
        doc: () => oneFloor(p, windowsWithout(p, t), l),
        rule: 'counter.required',
        want: force(l) === 'none' ? pass : { ...want(force(l)), disc: t },
      });
    out.push({
      name: `${l}: no seats anywhere`,
      doc: () => oneFloor(p, areas(), l),
      rule: 'zone.seats',
      want: want(p === 'hunan' ? hunanAll(l) : shallAt(l)),
    });
    out.push({ name: `${l}: a back office open on its side`, doc: () => oneFloor(p, openOffice(), l), rule: 'zone.office-separated', want: want(shallAt(l), ['bo']) });
    out.push({
      name: `${l}: a window with a seat in its one-metre strip`,
      doc: () => oneFloor(p, [counter('general-intake', [10, 5], { id: 'k1', number: 'A01' }), point('seat', [10, 5.9], { id: 'seat1' })], l),
      rule: 'counter.one-metre-line',
      want: want(shallAt(l), ['k1']),
    });
    if (p !== 'hainan') {
      out.push({
        name: `${l}: a window without a Chinese sign`,
        doc: () => oneFloor(p, unsignedCounter(), l),
        rule: 'counter.numbered',
        want: want(p === 'hunan' ? hunanAll(l) : shallAt(l), ['k1']),
      });
      out.push({ name: `${l}: six windows and two seats`, doc: () => oneFloor(p, shortOfSeats(), l), rule: 'zone.waiting-capacity', want: want(shallAt(l), ['wz']) });
      // hunan §6.5 应配备…填表桌台 binds township and village in full; the seats are §5.4.5's.
      out.push({
        name: `${l}: a form-filling area without a table`,
        doc: () => oneFloor(p, noTable(), l),
        rule: 'zone.form-filling',
        want: want(p === 'hunan' ? hunanAll(l) : shallAt(l), ['ff']),
      });
      out.push({ name: `${l}: a form-filling area without seats`, doc: () => oneFloor(p, noChairs(), l), rule: 'zone.form-filling', want: want(shallAt(l), ['ff']) });
      // hunan §5.5 县级以上…应在各楼层入口处设置楼层指示牌; jiangxi §5.1.3.2.
      out.push({
        name: `${l}: two floors, no floor directory by the stair`,
        doc: () => stairNoDirectory(p, l),
        rule: 'sign.floor-directory',
        want: want(p === 'hunan' ? (l === 'township' || l === 'village' ? 'off' : hunanAll(l)) : shallAt(l)),
      });
    }
  }
  return out;
}

for (const p of ['hunan', 'hainan', 'jiangxi'] as PresetId[]) audit(p, rows(p));
