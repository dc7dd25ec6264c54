/**
 * Blind checks that a finding's printed measurement agrees with its verdict (issue 13: “a message that prints the
 * measured value with enough digits to match its verdict”): a value just past a limit must not be printed equal
 * to the limit, and findings about queues name the counters, the waiting areas and a floor.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../../../src/core/document';
import type { HallElement } from '../../../../../src/core/kinds/registry';
import { box, counter, door, hall, obstacle, oneFloor, point, vlink, wall, zone } from '../hall';
import { expectVerdict, numbersIn, verdictOf } from '../verdict';

/**
 * The rule fails, and some finding's English message prints a number nearer the true value than the limit (so a
 * reader sees the value on the failing side of the limit). `forms` lists [measured, limit] in each unit the message
 * may use (e.g. a slope as 1:n or as a percentage).
 */
function expectPrintedPastLimit(doc: HallDocument, ruleId: string, forms: [number, number][]): void {
  const v = verdictOf(doc, ruleId);
  expect(v.status, ruleId).toBe('fail');
  if (v.status !== 'fail') return;
  const msgs = v.findings.map((f) => f.message.en);
  const ok = msgs.some((m) => numbersIn(m).some((x) => forms.some(([measured, limit]) => Math.abs(x - measured) < Math.abs(x - limit))));
  expect(ok, `no number on the failing side of the limit in: ${msgs.join(' | ')}`).toBe(true);
}

function toilet(w: number, d: number, doorW = 0.9): HallElement[] {
  const [x0, y0] = [30 - w, 20 - d];
  return [
    zone('accessible-toilet', box(x0, y0, 30, 20), { id: 'at' }),
    wall([x0, y0], [30, y0], { id: 'ts' }),
    wall([x0, y0], [x0, 20], { id: 'tw' }),
    door([x0 + w / 2, y0], { id: 'td', wallId: 'ts', width: doorW }),
  ];
}

describe('blind messages: the printed value stays on the failing side of the limit', () => {
  it('access.toilet: 2.00 × 1.999 m = 3.998 m² is not printed as 4.00 m²', () => expectPrintedPastLimit(oneFloor('hunan', toilet(2, 1.999)), 'access.toilet', [[3.998, 4]]));
  it('access.toilet: a 0.794 m door (past the 5 mm tolerance) is not printed as 0.80 m', () =>
    expectPrintedPastLimit(oneFloor('hainan', toilet(2, 2, 0.794)), 'access.toilet', [[0.794, 0.8]]));
  it('access.door-width: a 0.894 m door is not printed as 0.90 m', () =>
    expectPrintedPastLimit(oneFloor('jiangxi', [door([0, 10], { id: 'dx', rotation: 90, width: 0.894, wallId: 'wall-w' })]), 'access.door-width', [[0.894, 0.9]]));
  it('access.ramp: a slope of 1:11.99 is not printed as 1:12', () =>
    expectPrintedPastLimit(oneFloor('hunan', [vlink('ramp', [6, 12], ['F1'], { slope: 1 / 11.99, runRise: 0.5, clearWidth: 1.5, landing: 1.8 })]), 'access.ramp', [
      [11.99, 12],
      [100 / 11.99, 100 / 12],
      [1 / 11.99, 1 / 12],
    ]));
  it('access.ramp: a rise of 0.7555 m per run is not printed as 0.75 m', () =>
    expectPrintedPastLimit(oneFloor('hunan', [vlink('ramp', [6, 12], ['F1'], { slope: 1 / 12, runRise: 0.7555, clearWidth: 1.5, landing: 1.8 })]), 'access.ramp', [
      [0.7555, 0.75],
    ]));
  it('counter.desk-height: a 0.694 m top in hunan (0.70–0.80) is not printed as 0.70 m', () =>
    expectPrintedPastLimit(oneFloor('hunan', [counter('general-intake', [10, 8], { top: { width: 0.9, depth: 0.6, height: 0.694 } })]), 'counter.desk-height', [[0.694, 0.7]]));
  it('counter.low-counter: a 0.8555 m low top is not printed as 0.85 m', () =>
    expectPrintedPastLimit(
      oneFloor('jiangxi', [counter('general-intake', [10, 8], { low: true, kneeSpace: true, top: { width: 0.9, depth: 0.6, height: 0.8555 } })]),
      'counter.low-counter',
      [[0.8555, 0.85]],
    ));
  it('access.elevator: a car 1.394 m deep is not printed as 1.40 m', () =>
    expectPrintedPastLimit(
      hall({
        preset: 'hainan',
        floors: [
          { elements: [vlink('elevator', [15, 15], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.394 }, size: { w: 2, d: 2 } }), zone('waiting', box(2, 12, 8, 18))] },
          { elements: [zone('waiting', box(2, 12, 8, 18))] },
        ],
      }),
      'access.elevator',
      [[1.394, 1.4]],
    ));
  it('zone.public-over-staff: public 49.98 m² against staff 50 m² is not printed as equal areas', () =>
    expectPrintedPastLimit(oneFloor('jiangxi', [zone('waiting', box(0, 0, 9.996, 5)), zone('back-office', box(0, 10, 10, 15))]), 'zone.public-over-staff', [[49.98, 50]]));
  it('zone.hall-area: a county hall of 4999.5 m² is not printed as 5000 m²', () =>
    expectPrintedPastLimit(hall({ preset: 'hunan', floors: [{ elements: [zone('waiting', box(2, 2, 8, 8))], size: [99.99, 50] }] }), 'zone.hall-area', [[4999.5, 5000]]));
  it('access.route-connects / route-width: a 1.194 m gap between blocks is not printed as 1.20 m', () => {
    const doc = hall({
      preset: 'hunan',
      floors: [{ elements: [obstacle(box(0.1, 10, 13.31, 11)), obstacle(box(14.504, 10, 29.9, 11)), zone('mother-baby', box(6, 14, 24, 19.9), { id: 'mb' })] }],
    });
    const width = verdictOf(doc, 'access.route-width');
    expectPrintedPastLimit(doc, width.status === 'fail' ? 'access.route-width' : 'access.route-connects', [[1.194, 1.2]]);
  });
});

describe('blind queue findings locate their counters, waiting areas and floor', () => {
  const q = { 'general-intake': { arrivalsPerHour: 60, serviceMin: 10 } };
  const upstairs = (n: number): HallElement[] => Array.from({ length: n }, (_, k) => counter('general-intake', [3 + 2.5 * k, 17], { rotation: 180, id: `g${k + 1}` }));
  const doc = (n: number) =>
    hall({
      preset: 'jiangxi',
      queue: q,
      floors: [
        { elements: [vlink('elevator', [27, 3], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } })] },
        { elements: [...upstairs(n), zone('waiting', box(4, 4, 16, 12), { id: 'wu' })] },
      ],
    });
  it('eight counters for 10 erlangs on storey 2: utilisation error names every counter and the waiting area, on F2', () => {
    expectVerdict(doc(8), 'queue.utilisation', { status: 'fail', severity: 'error', names: ['g1', 'g8', 'wu'] });
    const v = verdictOf(doc(8), 'queue.utilisation');
    if (v.status === 'fail') expect(v.findings.every((f) => f.floorId === 'F2')).toBe(true);
  });
  it('#6 the waiting-capacity finding for the same floor names the counters and the waiting area, on F2', () => {
    const v = verdictOf(
      hall({
        preset: 'jiangxi',
        floors: [
          { elements: [vlink('elevator', [27, 3], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } })] },
          { elements: [...upstairs(6), zone('waiting', box(4, 4, 16, 12), { id: 'wu' })] },
        ],
      }),
      'zone.waiting-capacity',
    );
    expect(v.status).toBe('fail');
    if (v.status !== 'fail') return;
    const ids = v.findings.flatMap((f) => f.elementIds);
    expect(ids).toEqual(expect.arrayContaining(['g1', 'g6', 'wu']));
    expect(v.findings.every((f) => f.floorId === 'F2')).toBe(true);
  });
  it('hunan: counters and one waiting area on storey 2, two on storey 1: the per-floor finding is located on F2', () => {
    const v = verdictOf(
      hall({
        preset: 'hunan',
        floors: [
          {
            elements: [
              vlink('elevator', [27, 3], ['F1', 'F2'], { accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
              counter('general-intake', [5, 17], { rotation: 180 }),
              counter('general-intake', [8, 17], { rotation: 180 }),
              zone('waiting', box(2, 8, 8, 12)),
              zone('waiting', box(12, 8, 18, 12)),
            ],
          },
          { elements: [...upstairs(3), zone('waiting', box(4, 4, 16, 12), { id: 'wu' }), point('seat', [10, 8], { count: 10 })] },
        ],
      }),
      'zone.waiting-per-floor',
    );
    expect(v.status).toBe('fail');
    if (v.status === 'fail') {
      expect(v.findings.length).toBe(1);
      expect(v.findings[0]?.floorId).toBe('F2');
      expect(v.findings[0]?.severity).toBe('error');
    }
  });
});

describe('blind one finding per requirement, each with its own force', () => {
  it('jiangxi: a stepped main entrance with no ramp and no tactile paving is two findings, both errors', () => {
    const doc = hall({ preset: 'jiangxi', floors: [{ noMain: true, elements: [door([15, 0], { id: 'main', entrance: 'main', width: 1.8, wallId: 'wall-s', step: 0.15 })] }] });
    expectVerdict(doc, 'access.entrance', { status: 'fail', severity: 'error', disc: 'step', count: 1 });
    expectVerdict(doc, 'access.entrance', { status: 'fail', severity: 'error', disc: 'tactile', count: 1 });
  });
  it('an accessible toilet too small and with a narrow door: one finding for the area, one for the door', () => {
    const doc = oneFloor('hainan', toilet(1.9, 2.0, 0.75));
    expectVerdict(doc, 'access.toilet', { status: 'fail', severity: 'error', disc: 'area', count: 1 });
    expectVerdict(doc, 'access.toilet', { status: 'fail', severity: 'error', disc: 'door', count: 1 });
  });
  it('hunan county missing 资料存储区 (应) and 卫生间 (其他功能, no modal: warning): two findings of different force', () => {
    const types = [
      'consultation',
      'counter-service',
      'self-service',
      'form-filling',
      'gov-disclosure',
      'waiting',
      'complaint',
      'back-office',
      'it-room',
      'mother-baby',
      'business-services',
    ] as const;
    const doc = oneFloor(
      'hunan',
      types.map((t, i) => zone(t, box(0.5 + i * 2, 15, 2.5 + i * 2, 19))),
    );
    expectVerdict(doc, 'zone.required', { status: 'fail', severity: 'error', disc: 'records', count: 1 });
    expectVerdict(doc, 'zone.required', { status: 'fail', severity: 'warning', disc: 'toilet', count: 1 });
  });
});
