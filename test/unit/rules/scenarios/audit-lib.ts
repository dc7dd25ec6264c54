/**
 * The auditor's scenario set: halls a reviewer from a provincial 政务服务管理局 writes from the standard in hand, one
 * requirement at a time, each at the limit, just inside and just outside it, under each province and level where
 * the clause applies. A row names the hall, the rule and the verdict the text asks for; the suites count them by
 * province. Rows near a limit also hold the message to its verdict: a failing value is never printed as the limit.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../../src/core/document';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { HallLevel, PresetId } from '../../../../src/core/vocab';
import { box, counter, door, hall, mainDoor, oneFloor, point, vlink, wall, zone } from './hall';
import { type Expected, expectVerdict, numbersIn, verdictOf } from './verdict';

export interface Row {
  name: string;
  doc: () => HallDocument;
  rule: string;
  want: Expected;
  /** The limit a failing message must not print its value as (a value just outside a limit). */
  limit?: number;
  /** The floor every finding locates (for defects drawn on an upper floor). */
  floor?: string;
}

export const pass: Expected = { status: 'pass' };
export const off: Expected = { status: 'off' };
export const fails = (severity: 'error' | 'warning' | 'info', more: Omit<Expected, 'status' | 'severity'> = {}): Expected => ({ status: 'fail', severity, ...more });

export function audit(province: PresetId, rows: Row[]): void {
  describe(`audit ${province}`, () => {
    for (const r of rows)
      it(`${province}: ${r.name} [${r.rule}]`, () => {
        const doc = r.doc();
        expectVerdict(doc, r.rule, r.want);
        const v = verdictOf(doc, r.rule);
        if (v.status !== 'fail') return;
        if (r.floor) expect(v.findings.map((f) => f.floorId)).toEqual(v.findings.map(() => r.floor));
        if (r.limit === undefined) return;
        // The value that failed is not printed as the limit it failed ("4.0 m², below 4.0 m²").
        for (const f of v.findings) expect(numbersIn(f.message.en).filter((n) => n === r.limit).length, f.message.en).toBeLessThan(2);
      });
  });
}

/** A 应 clause's force at a level: full where the text applies, a warning where it is 参照/参考执行 (RULES.md). */
export const shall = (full: boolean): 'error' | 'warning' => (full ? 'error' : 'warning');
export const COUNTY_UP: HallLevel[] = ['province', 'city', 'county'];

// --- Halls ---------------------------------------------------------------------------------------------------

/** A main entrance with a step of `step` m (tactile paving laid, as jiangxi §5.2.2.2 asks). */
export const entranceStep = (preset: PresetId, step: number, ramp = false, level: HallLevel = 'county') =>
  hall({ preset, level, floors: [{ noMain: true, elements: [mainDoor({ step, ramp, tactilePaving: true })] }] });

/** One ramp with the given slope, rise per run, clear width and landing. */
export const rampHall = (preset: PresetId, r: { slope?: number; runRise?: number; clearWidth?: number; landing?: number }, level: HallLevel = 'county') =>
  oneFloor(preset, [vlink('ramp', [5, 5], ['F1'], { id: 'ramp', slope: 1 / 12, runRise: 0.75, clearWidth: 1.2, landing: 1.5, ...r })], level);

/** A public side door `w` m wide in the west wall. */
export const sideDoor = (preset: PresetId, w: number, extra: Parameters<typeof door>[1] = {}) =>
  oneFloor(preset, [door([0, 10], { id: 'dx', rotation: 90, width: w, wallId: 'wall-w', ...extra })]);

/** An accessible toilet w × d m behind a wall with a door `doorW` m wide. */
export const toiletHall = (preset: PresetId, w: number, d: number, doorW: number, level: HallLevel = 'county') =>
  oneFloor(
    preset,
    [zone('accessible-toilet', box(20, 15, 20 + w, 15 + d), { id: 'at' }), wall([20, 15], [20 + w, 15], { id: 'wt' }), door([20 + w / 2, 15], { width: doorW, wallId: 'wt' })],
    level,
  );

/** One low counter (its top `h` m high) in the open. */
export const lowCounterHall = (preset: PresetId, h: number, kneeSpace = true, extra: HallElement[] = []) =>
  oneFloor(preset, [counter('general-intake', [10, 5], { id: 'low', number: 'A01', low: true, kneeSpace, top: { width: 0.9, depth: 0.6, height: h } }), ...extra]);

/** Two public floors joined by an accessible lift with a `w` × `d` m car. */
export const liftHall = (preset: PresetId, w: number, d: number) =>
  hall({
    preset,
    floors: [
      { elements: [zone('counter-service', box(2, 10, 10, 16)), vlink('elevator', [20, 15], ['F1', 'F2'], { id: 'lift', accessible: true, car: { w, d }, size: { w: 2, d: 2 } })] },
      { elements: [zone('counter-service', box(2, 10, 10, 16))] },
    ],
  });

/** A room behind a partition whose only door (1.2 m) has a step of `step` m. */
export const steppedDoorHall = (preset: PresetId, step: number) =>
  oneFloor(preset, [wall([0, 12], [30, 12], { id: 'pw' }), door([15, 12], { width: 1.2, step, wallId: 'pw' }), zone('mother-baby', box(0, 12.1, 30, 20), { id: 'mb' })]);

/** A w × h m ground floor whose only way out is its 1.5 m main door, with a counter and `seats` seats. */
export const oneDoorHall = (preset: PresetId, level: HallLevel, w: number, h: number, seats = 10) =>
  hall({
    preset,
    level,
    floors: [
      {
        size: [w, h],
        noMain: true,
        elements: [
          door([w / 2, 0], { id: 'main', entrance: 'main', width: 1.5, wallId: 'wall-s' }),
          zone('counter-service', box(0.5, 0.5, w - 0.5, h - 0.5)),
          counter('general-intake', [w / 2, h - 2]),
          point('seat', [w / 2, h / 2], { count: seats }),
        ],
      },
    ],
  });

/** A waiting hall with a second exit `w` m wide in the north wall. */
export const exitHall = (preset: PresetId, w: number) =>
  oneFloor(preset, [zone('waiting', box(1, 1, 29, 19)), door([15, 20], { id: 'ex', entrance: 'exit', width: w, rotation: 180, wallId: 'wall-n' })]);

/** A room reached only through a 3 m corridor `gap` m clear between its walls' faces. */
export const corridorHall = (preset: PresetId, gap: number, crowded = false) => {
  const [l, r] = [14 - 0.1, 14 + gap + 0.1];
  return hall({
    preset,
    crowded,
    floors: [
      {
        elements: [
          wall([0, 12], [l, 12]),
          wall([r, 12], [30, 12]),
          wall([l, 12], [l, 15]),
          wall([r, 12], [r, 15]),
          wall([0, 15], [l, 15]),
          wall([r, 15], [30, 15]),
          zone('mother-baby', box(0, 15, 30, 20), { id: 'mb' }),
        ],
      },
    ],
  });
};

/** A work top of a general-intake counter (the one-metre line and the rest are other rules' business). */
export const deskHall = (preset: PresetId, top: { width: number; depth: number; height: number }, level: HallLevel = 'county') =>
  oneFloor(preset, [counter('general-intake', [10, 5], { id: 'k1', number: 'A', top })], level);

/**
 * A work-top dimension's range as a reviewer tests it: both limits pass, a centimetre outside either fails as a
 * warning (宜) that prints the measured value, never the limit. The other dimensions stay inside every range.
 */
export function deskRangeRows(preset: PresetId, level: HallLevel, dim: 'width' | 'depth' | 'height', lo: number, hi: number): Row[] {
  const rule = dim === 'height' ? 'counter.desk-height' : 'counter.desk-size';
  const word = { width: 'wide', depth: 'deep', height: 'high' }[dim];
  const cm = (v: number) => Math.round(v * 100) / 100;
  const row = (v: number, want: Expected, limit?: number): Row => ({
    name: `${level}: a top ${v.toFixed(2)} m ${word}`,
    doc: () => deskHall(preset, { width: 0.9, depth: 0.6, height: 0.75, [dim]: v }, level),
    rule,
    want,
    ...(limit === undefined ? {} : { limit }),
  });
  const outside = (v: number, limit: number) => row(v, fails('warning', { says: [`${v.toFixed(2)} m`] }), limit);
  return [row(lo, pass), row(hi, pass), outside(cm(lo - 0.01), lo), outside(cm(hi + 0.01), hi)];
}

/** Two counters whose tops differ in height. */
export const unevenDesks = (preset: PresetId, level: HallLevel = 'county') =>
  oneFloor(
    preset,
    [
      counter('general-intake', [8, 5], { id: 'k1', number: 'A01', top: { width: 0.9, depth: 0.6, height: 0.75 } }),
      counter('general-intake', [12, 5], { id: 'k2', number: 'A02', top: { width: 0.9, depth: 0.6, height: 0.9 } }),
    ],
    level,
  );

/** One point of a kind just inside the main entrance. */
export const withPoint = (preset: PresetId, kind: Parameters<typeof point>[0], level: HallLevel = 'county') => oneFloor(preset, [point(kind, [15, 3])], level);

/** A ground floor with the main entrance and a stair, and `upper` drawn on 2F. */
export const onSecondFloor = (preset: PresetId, upper: HallElement[], lower: HallElement[] = []) =>
  hall({ preset, floors: [{ elements: [vlink('stair', [25, 15], ['F1', 'F2']), ...lower] }, { elements: upper }] });

/** Defects drawn on 2F are found on 2F: the finding locates the floor a reviewer must turn to. */
export function upperFloorRows(p: PresetId): Row[] {
  const f2 = (rule: string, upper: HallElement[], names: string[], lower: HallElement[] = []): Row => ({
    name: `on 2F: ${rule} locates 2F`,
    doc: () => onSecondFloor(p, upper, lower),
    rule,
    want: { status: 'fail', names },
    floor: 'F2',
  });
  return [
    f2('access.toilet', [zone('accessible-toilet', box(20, 15, 21.8, 17.2), { id: 'at2' })], ['at2']),
    f2(
      'counter.low-counter',
      [counter('general-intake', [10, 5], { id: 'low2', number: 'B01', low: true, kneeSpace: true, top: { width: 0.9, depth: 0.6, height: 0.9 } })],
      ['low2'],
    ),
    f2('counter.one-metre-line', [counter('general-intake', [10, 5], { id: 'k2', number: 'B02' }), point('seat', [10, 5.9], { id: 'seat2' })], ['k2', 'seat2']),
    f2('access.route-connects', [zone('counter-service', box(2, 10, 10, 16), { id: 'cs2' })], ['cs2']),
    f2('access.ramp', [vlink('ramp', [5, 5], ['F2'], { id: 'ramp2', slope: 0.1, runRise: 0.5, clearWidth: 1.5, landing: 1.5 })], ['ramp2']),
    f2('access.door-width', [door([0, 10], { id: 'd2', rotation: 90, width: 0.8, wallId: 'wall-w' })], ['d2']),
  ];
}

// --- The national codes every preset includes (GB 55019-2021, GB 50763-2012, GB 50016-2014) ----------------------

/**
 * What the national codes ask of any hall, at county level where every preset applies in full: the accessible
 * entrance (GB 50763 §3.5.3 门槛高度及门内外地面高差不应大于15mm), ramps (GB 55019 §2.3: 不应大于1:12, 每段提升高度
 * 不应大于0.75m, 通行净宽不应小于1.20m, 平台水平长度不应小于1.50m), doors (通行净宽不应小于900mm), the accessible toilet
 * (GB 50763 §3.9.3: 面积不应小于4.00m², 直径不小于1.50m 的轮椅回转空间, 门通行净宽不应小于800mm), low counters
 * (GB 55019 §3.6: 700mm～850mm, 容膝空间, 轮椅回转空间), the lift car (深度不应小于1.40m, 宽度不应小于1.10m), escape
 * doors (GB 50016 §5.5.18 不应小于0.90m) and accessible passages (GB 55019 §2.2.2 不应小于1.20m; 人员密集 1.80m).
 */
export function nationalRows(p: PresetId): Row[] {
  const e = (more: Omit<Expected, 'status' | 'severity'> = {}) => fails('error', more);
  return [
    { name: 'a level main entrance', doc: () => entranceStep(p, 0), rule: 'access.entrance', want: pass },
    { name: 'a 15 mm threshold is level (不应大于15mm)', doc: () => entranceStep(p, 0.015), rule: 'access.entrance', want: pass },
    { name: 'a 20 mm step without a ramp', doc: () => entranceStep(p, 0.02), rule: 'access.entrance', want: e({ disc: 'step', says: ['0.02 m'] }) },
    { name: 'a door stepped 15 mm into a room', doc: () => steppedDoorHall(p, 0.015), rule: 'access.route-connects', want: pass },
    { name: 'a door stepped 20 mm into a room bars the wheelchair', doc: () => steppedDoorHall(p, 0.02), rule: 'access.route-connects', want: e({ names: ['mb'] }) },
    { name: 'a 0.45 m step with a ramp', doc: () => entranceStep(p, 0.45, true), rule: 'access.entrance', want: pass },
    { name: 'a 0.15 m step without a ramp', doc: () => entranceStep(p, 0.15), rule: 'access.entrance', want: e({ disc: 'step', says: ['0.15 m'] }) },
    { name: 'a 1:12 ramp', doc: () => rampHall(p, { slope: 1 / 12 }), rule: 'access.ramp', want: pass },
    { name: 'a 1:12.1 ramp', doc: () => rampHall(p, { slope: 1 / 12.1 }), rule: 'access.ramp', want: pass },
    { name: 'a 1:11.9 ramp', doc: () => rampHall(p, { slope: 1 / 11.9 }), rule: 'access.ramp', want: e({ disc: 'slope', says: ['1:11.9'] }) },
    {
      name: 'a 1:11.97 ramp is steeper than 1:12 and says so',
      doc: () => rampHall(p, { slope: 1 / 11.97 }),
      rule: 'access.ramp',
      want: e({ disc: 'slope', says: ['1:11.97'] }),
      limit: 12,
    },
    { name: 'a 1:10 ramp', doc: () => rampHall(p, { slope: 0.1 }), rule: 'access.ramp', want: e({ disc: 'slope', says: ['1:10'] }) },
    { name: 'a ramp rising 0.75 m per run', doc: () => rampHall(p, { runRise: 0.75 }), rule: 'access.ramp', want: pass },
    { name: 'a ramp rising 0.76 m per run', doc: () => rampHall(p, { runRise: 0.76 }), rule: 'access.ramp', want: e({ disc: 'rise', says: ['0.76 m'] }), limit: 0.75 },
    { name: 'a ramp 1.20 m clear', doc: () => rampHall(p, { clearWidth: 1.2 }), rule: 'access.ramp', want: pass },
    { name: 'a ramp 1.19 m clear', doc: () => rampHall(p, { clearWidth: 1.19 }), rule: 'access.ramp', want: e({ disc: 'clear', says: ['1.19 m'] }), limit: 1.2 },
    { name: 'a ramp landing 1.50 m long', doc: () => rampHall(p, { landing: 1.5 }), rule: 'access.ramp', want: pass },
    { name: 'a ramp landing 1.49 m long', doc: () => rampHall(p, { landing: 1.49 }), rule: 'access.ramp', want: e({ disc: 'landing', says: ['1.49 m'] }), limit: 1.5 },
    { name: 'a 0.90 m public door', doc: () => sideDoor(p, 0.9), rule: 'access.door-width', want: pass },
    { name: 'a 0.89 m public door', doc: () => sideDoor(p, 0.89), rule: 'access.door-width', want: e({ names: ['dx'], says: ['0.89 m'] }), limit: 0.9 },
    { name: 'a 0.80 m public door', doc: () => sideDoor(p, 0.8), rule: 'access.door-width', want: e({ names: ['dx'], says: ['0.80 m'] }) },
    { name: 'a 0.70 m staff-only door is on no accessible route', doc: () => sideDoor(p, 0.7, { entrance: 'staff' }), rule: 'access.door-width', want: pass },
    { name: 'a 2.0 × 2.0 m accessible toilet, 0.80 m door', doc: () => toiletHall(p, 2, 2, 0.8), rule: 'access.toilet', want: pass },
    { name: 'a 1.6 × 2.5 m (4.00 m²) toilet', doc: () => toiletHall(p, 1.6, 2.5, 0.9), rule: 'access.toilet', want: pass },
    { name: 'a 1.8 × 2.2 m (3.96 m²) toilet', doc: () => toiletHall(p, 1.8, 2.2, 0.9), rule: 'access.toilet', want: e({ disc: 'area', says: ['3.96 m²'] }), limit: 4 },
    { name: 'a toilet door 0.79 m clear', doc: () => toiletHall(p, 2, 2, 0.79), rule: 'access.toilet', want: e({ disc: 'door', says: ['0.79 m'] }), limit: 0.8 },
    { name: 'a toilet 1.49 m wide has no Ø1.50 m turning space', doc: () => toiletHall(p, 1.49, 2.8, 0.9), rule: 'access.toilet', want: e({ disc: 'turning' }) },
    { name: 'no accessible toilet', doc: () => oneFloor(p, []), rule: 'access.toilet', want: e() },
    { name: 'a low counter 0.70 m high', doc: () => lowCounterHall(p, 0.7), rule: 'counter.low-counter', want: pass },
    { name: 'a low counter 0.85 m high', doc: () => lowCounterHall(p, 0.85), rule: 'counter.low-counter', want: pass },
    { name: 'a low counter 0.69 m high', doc: () => lowCounterHall(p, 0.69), rule: 'counter.low-counter', want: e({ names: ['low'], says: ['0.69 m'] }), limit: 0.7 },
    { name: 'a low counter 0.86 m high', doc: () => lowCounterHall(p, 0.86), rule: 'counter.low-counter', want: e({ names: ['low'], says: ['0.86 m'] }), limit: 0.85 },
    { name: 'a low counter without knee space', doc: () => lowCounterHall(p, 0.75, false), rule: 'counter.low-counter', want: e({ names: ['low'], says: ['knee'] }) },
    {
      name: 'a low counter with a pillar in its turning space',
      doc: () => lowCounterHall(p, 0.75, true, [wall([9, 6.2], [11, 6.2], { id: 'screen' })]),
      rule: 'counter.low-counter',
      want: e({ says: ['turning'] }),
    },
    { name: 'a 1.10 × 1.40 m lift car', doc: () => liftHall(p, 1.1, 1.4), rule: 'access.elevator', want: pass },
    { name: 'a 1.10 × 1.39 m lift car', doc: () => liftHall(p, 1.1, 1.39), rule: 'access.elevator', want: e({ says: ['1.39 m deep'] }), limit: 1.4 },
    { name: 'a 1.09 × 1.40 m lift car', doc: () => liftHall(p, 1.09, 1.4), rule: 'access.elevator', want: e({ says: ['1.09 m wide'] }), limit: 1.1 },
    // GB 55037 §7.4.2 / GB 50016 §5.5.8: 建筑面积不大于200m²且人数不大于50人的单层公共建筑…可设置1个安全出口.
    { name: 'a 100 m² station with one door and 11 people', doc: () => oneDoorHall(p, 'village', 10, 10), rule: 'safety.exits', want: pass },
    { name: 'a 200 m² centre with one door and 11 people', doc: () => oneDoorHall(p, 'township', 20, 10), rule: 'safety.exits', want: pass },
    { name: 'a 201 m² centre with one door', doc: () => oneDoorHall(p, 'township', 20.1, 10), rule: 'safety.exits', want: e({ says: ['1 exit'] }) },
    { name: 'a 100 m² station with one door and 51 people', doc: () => oneDoorHall(p, 'village', 10, 10, 50), rule: 'safety.exits', want: e({ says: ['1 exit'] }) },
    { name: 'a 600 m² hall with one door', doc: () => oneDoorHall(p, 'county', 30, 20), rule: 'safety.exits', want: e({ says: ['1 exit'] }) },
    { name: 'an escape door 0.90 m wide', doc: () => exitHall(p, 0.9), rule: 'safety.exit-width', want: pass },
    { name: 'an escape door 0.89 m wide', doc: () => exitHall(p, 0.89), rule: 'safety.exit-width', want: e({ says: ['0.89 m'] }), limit: 0.9 },
    { name: 'a room behind a 1.20 m passage', doc: () => corridorHall(p, 1.2), rule: 'access.route-connects', want: pass },
    { name: 'a room behind a 1.19 m passage', doc: () => corridorHall(p, 1.19), rule: 'access.route-connects', want: e({ names: ['mb'] }) },
    { name: 'a room behind a 1.00 m passage', doc: () => corridorHall(p, 1.0), rule: 'access.route-connects', want: e({ names: ['mb'] }) },
    { name: 'crowded: a room behind a 1.80 m passage', doc: () => corridorHall(p, 1.8, true), rule: 'access.route-connects', want: pass },
    { name: 'crowded: a room behind a 1.79 m passage', doc: () => corridorHall(p, 1.79, true), rule: 'access.route-connects', want: e({ names: ['mb'] }) },
  ];
}
