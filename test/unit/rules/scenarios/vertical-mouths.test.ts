/**
 * Where a sign stands relative to the way people face: the 出入口 of a vertical link (its elevator door or its
 * landing ends, fixed by `rotation`) and the face of a sign panel. Blind rows #16, #17, #18 and their thresholds:
 * hainan §6.1.4.14 电子标识不宜设置在电梯、自动扶梯…楼梯出入口; hunan part 1 §6.1 应在电梯入口处设置乘梯须知;
 * hainan §6.3.2.1 显著位置应…张贴场所平面图.
 */
import { describe, expect, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import { readableFrom } from '../../../../src/core/kinds/sign/face';
import { hall, oneFloor, sign, vlink, wall } from './hall';
import { expectVerdict, verdictOf } from './verdict';

const messages = (doc: Parameters<typeof verdictOf>[0], id: string) => {
  const v = verdictOf(doc, id);
  return v.status === 'fail' ? v.findings.map((f) => f.message.en).join(' | ') : '';
};

describe('sign.electronic-clearance measures from the 出入口 (hainan §6.1.4.14, eSignClearM 3 m)', () => {
  /** An escalator 1.2 × 8 m centred at (10, 10): at rotation 0 its landings are y = 6 and y = 14. */
  const long = (at: [number, number], rotation = 0) =>
    oneFloor('hainan', [vlink('escalator', [10, 10], ['F1'], { rotation, size: { w: 1.2, d: 8 } }), sign('directional', at, { id: 'es', electronic: true })]);
  it('#17 beside the middle of an 8 m escalator, 4.5 m from either end, passes', () => expectVerdict(long([12.5, 10]), 'sign.electronic-clearance', { status: 'pass' }));
  it('exactly 3.00 m before its foot passes (不宜…出入口, inclusive)', () => expectVerdict(long([10, 3]), 'sign.electronic-clearance', { status: 'pass' }));
  it('2.99 m before its foot is a warning that prints 2.99 m', () => {
    expectVerdict(long([10, 3.01]), 'sign.electronic-clearance', { status: 'fail', severity: 'warning', names: ['es'] });
    expect(messages(long([10, 3.01]), 'sign.electronic-clearance')).toContain('2.99 m');
  });
  it('2.99 m beyond its head (north end) is a warning too', () =>
    expectVerdict(long([10, 16.99]), 'sign.electronic-clearance', { status: 'fail', severity: 'warning', names: ['es'] }));
  it('turned 90°, its ends face west and east: beside its middle passes, 1.5 m off its east end warns', () => {
    expectVerdict(long([10, 12.5], 90), 'sign.electronic-clearance', { status: 'pass' });
    expectVerdict(long([15.5, 10], 90), 'sign.electronic-clearance', { status: 'fail', severity: 'warning', names: ['es'] });
  });
});

describe('sign.elevator-notice at the door (hunan §6.1 在电梯入口处, verticalSignMaxM 6 m)', () => {
  /**
   * An elevator at (5, 10), 2 × 2 m: at rotation 0 riders face north to enter, so its door is the south face (y = 9);
   * upstairs a notice by the door (turned 180°, the door is the north face).
   */
  const notice = (at: [number, number], rotation = 0, extra: HallElement[] = [], upstairs: [number, number] = rotation ? [5, 11.7] : [5, 8.3]) =>
    hall({
      preset: 'hunan',
      floors: [
        {
          elements: [
            vlink('elevator', [5, 10], ['F1', 'F2'], { id: 'lift', rotation, accessible: true, car: { w: 1.1, d: 1.4 }, size: { w: 2, d: 2 } }),
            sign('elevator-notice', at, { id: 'n' }),
            ...extra,
          ],
        },
        { elements: [sign('elevator-notice', upstairs)] },
      ],
    });
  it('beside the door passes', () => expectVerdict(notice([5, 8.3]), 'sign.elevator-notice', { status: 'pass' }));
  it('#18 on the back of the shaft (north face, 2.5 m from the door) is not at the entrance: error printing 2.50 m', () => {
    expectVerdict(notice([5, 11.5]), 'sign.elevator-notice', { status: 'fail', severity: 'error', names: ['lift'] });
    expect(messages(notice([5, 11.5]), 'sign.elevator-notice')).toContain('2.50 m');
  });
  it('on the door wall itself (in the door plane, beside the opening) passes', () => expectVerdict(notice([6.5, 9]), 'sign.elevator-notice', { status: 'pass' }));
  it('exactly 6.00 m in front of the door passes; 6.01 m is an error', () => {
    expectVerdict(notice([5, 3]), 'sign.elevator-notice', { status: 'pass' });
    expectVerdict(notice([5, 2.99]), 'sign.elevator-notice', { status: 'fail', severity: 'error' });
  });
  it('turned 180°, the door is the north face: the same two notices swap verdicts', () => {
    expectVerdict(notice([5, 11.5], 180), 'sign.elevator-notice', { status: 'pass' });
    expectVerdict(notice([5, 8.3], 180), 'sign.elevator-notice', { status: 'fail', severity: 'error' });
  });
  it('in front of the door but behind a partition from the waiting point is not seen: error', () =>
    expectVerdict(notice([8, 5], 0, [wall([6, 7], [10, 7])]), 'sign.elevator-notice', { status: 'fail', severity: 'error' }));
});

describe('sign.layout-map 显著位置 needs the face turned to the entrance (hainan §6.3.2.1)', () => {
  /**
   * The map 12 m inside the main entrance (beyond the 8 m walk branch): only the sight branch can pass it. Its width
   * runs along `rotation` (footprint and drawings), so its face looks 90° clockwise of it: rotation 0 faces south.
   * The blind scenario (rotation 270 "face to the south" passes, 90 fails) read `rotation` as the face direction,
   * which the panel's own geometry contradicts (at 270 it stands edge-on to the entrance); it is restated here.
   */
  const map = (rotation: number, x = 15) => oneFloor('hainan', [sign('layout-map', [x, 12], { rotation })]);
  it('facing the entrance (rotation 0, face to the south) passes', () => expectVerdict(map(0), 'sign.layout-map', { status: 'pass' }));
  it('#16 turned to face the back wall (rotation 180) shows the entrance its back: error', () => expectVerdict(map(180), 'sign.layout-map', { status: 'fail', severity: 'error' }));
  it('edge-on to the entrance straight ahead (rotation 90 or 270) is not seen: error', () => {
    expectVerdict(map(90), 'sign.layout-map', { status: 'fail', severity: 'error' });
    expectVerdict(map(270), 'sign.layout-map', { status: 'fail', severity: 'error' });
  });
  it('facing east (rotation 90) 1 m west of the entrance line: the entrance is in front of its face, passes', () =>
    expectVerdict(map(90, 14), 'sign.layout-map', { status: 'pass' }));
  it('a hanging directional sign reads from both sides; a board only from its face', () => {
    const at = { position: [15, 12] as [number, number], rotation: 180 };
    expect(readableFrom({ ...at, signKind: 'directional' }, [15, 0.8])).toBe(true);
    expect(readableFrom({ ...at, signKind: 'layout-map' }, [15, 0.8])).toBe(false);
    expect(readableFrom({ ...at, signKind: 'layout-map' }, [15, 20])).toBe(true);
  });
});
