/**
 * sign.continuity at and around its limits (hainan §6.1.4.9 标识的设置应符合服务对象的办事动线，具有连续性; jiangxi
 * §6.1.5 应设置醒目的导引标识): at every decision point of the walk from the main entrance — a turn of at least
 * `turnDeg` (30°) or the arrival on another floor — a wayfinding sign is in sight within `signSightM` (15 m).
 * The hall: a partition 4 m inside the entrance from x = 5 to 25; the waiting area behind it. The walk turns once,
 * round the partition's east end at about (25.3, 4.3).
 */
import { describe, it } from 'vitest';
import type { HallElement } from '../../../../src/core/kinds/registry';
import type { PresetId } from '../../../../src/core/vocab';
import { box, door, hall, obstacle, oneFloor, sign, vlink, wall, zone } from './hall';
import { expectVerdict } from './verdict';

const behind = (): HallElement[] => [wall([5, 4], [25, 4], { id: 'screen' }), zone('waiting', box(12, 14, 18, 18), { id: 'wz' })];
const PRESETS: PresetId[] = ['hainan', 'jiangxi'];
const RULE = 'sign.continuity';

describe('sign.continuity: a sign in sight at the turn, within 15 m', () => {
  for (const preset of PRESETS) {
    it(`${preset}: a directional sign 2 m from the turn passes`, () => expectVerdict(oneFloor(preset, [...behind(), sign('directional', [27, 3])]), RULE, { status: 'pass' }));
    it(`${preset}: one 14.8 m up the open side passes (within 15 m)`, () =>
      expectVerdict(oneFloor(preset, [...behind(), sign('directional', [25.5, 19])]), RULE, { status: 'pass' }));
    it(`${preset}: one 15.6 m away is out of reach: an error naming the waiting area`, () =>
      expectVerdict(oneFloor(preset, [...behind(), sign('directional', [25.5, 19.9])]), RULE, { status: 'fail', severity: 'error', names: ['wz'], says: ['15 m'] }));
    it(`${preset}: a sign 3.5 m away behind the partition is not in sight`, () =>
      expectVerdict(oneFloor(preset, [...behind(), sign('directional', [22, 3])]), RULE, { status: 'fail', severity: 'error', count: 1 }));
    it(`${preset}: a zone sign at the turn guides too`, () => expectVerdict(oneFloor(preset, [...behind(), sign('zone', [26, 5])]), RULE, { status: 'pass' }));
    it(`${preset}: a service-hours board at the turn is no wayfinding sign`, () =>
      expectVerdict(oneFloor(preset, [...behind(), sign('service-hours', [26, 5])]), RULE, { status: 'fail', severity: 'error' }));
    it(`${preset}: a straight walk to a zone in plain view has no decision point`, () =>
      expectVerdict(oneFloor(preset, [zone('waiting', box(12, 10, 18, 16))]), RULE, { status: 'pass' }));
  }
  it('hainan township (参照执行): a warning', () => expectVerdict(oneFloor('hainan', behind(), 'township'), RULE, { status: 'fail', severity: 'warning' }));
  it('jiangxi park (参照执行): a warning', () => expectVerdict(oneFloor('jiangxi', behind(), 'park'), RULE, { status: 'fail', severity: 'warning' }));
  // hunan §5.4.7 休息等候区 “…宜…关联设置，并设置醒目的导引标识”: the routes to waiting areas only, a warning.
  it('hunan: an unsigned turn on the way to a waiting area is a warning', () =>
    expectVerdict(oneFloor('hunan', behind()), RULE, { status: 'fail', severity: 'warning', names: ['wz'] }));
  it('hunan: a sign at that turn passes', () => expectVerdict(oneFloor('hunan', [...behind(), sign('directional', [27, 3])]), RULE, { status: 'pass' }));
  it('hunan: the same turn on the way to a form-filling area is not asked (§5.5 asks signs to be 醒目, not continuous)', () =>
    expectVerdict(oneFloor('hunan', [wall([5, 4], [25, 4]), zone('form-filling', box(12, 14, 18, 18))]), RULE, { status: 'pass' }));
  it('hunan township (§5.4 可参考执行): still a warning (宜)', () => expectVerdict(oneFloor('hunan', behind(), 'township'), RULE, { status: 'fail', severity: 'warning' }));
  it('no main entrance: no route to sign (not applicable)', () =>
    expectVerdict(hall({ preset: 'hainan', floors: [{ elements: behind(), noMain: true }] }), RULE, { status: 'na' }));
});

describe('sign.continuity across floors: stepping off the stair is a decision point', () => {
  /** A stair at (3, 10) up to 2F, where the waiting area is on the far side. */
  const upstairs = (preset: PresetId, landingSign: boolean) =>
    hall({
      preset,
      floors: [
        { elements: [vlink('stair', [3, 10], ['F1', 'F2'], { id: 'st' }), sign('directional', [4, 3]), sign('directional', [4, 8])] },
        { elements: [zone('waiting', box(22, 4, 28, 16), { id: 'wz2' }), ...(landingSign ? [sign('directional', [5, 11])] : [])] },
      ],
    });
  for (const preset of PRESETS) {
    it(`${preset}: a sign by the landing on 2F passes`, () => expectVerdict(upstairs(preset, true), RULE, { status: 'pass' }));
    it(`${preset}: none on 2F is an error on 2F`, () => {
      expectVerdict(upstairs(preset, false), RULE, { status: 'fail', severity: 'error', names: ['wz2'] });
    });
  }
});

/** A 3 m corridor north from the entrance (walls x = 13.5 and 16.5, y 0–12), its east wall open at y 7–9, up to the waiting area at y 16–19.5. */
const corridorTo = (...extra: HallElement[]): HallElement[] => [
  wall([13.5, 0], [13.5, 12]),
  wall([16.5, 0], [16.5, 7]),
  wall([16.5, 9], [16.5, 12]),
  zone('waiting', box(13.5, 16, 16.5, 19.5), { id: 'wz' }),
  ...extra,
];

describe('sign.continuity at a junction: where the ways part, the citizen going straight on must choose too', () => {
  /**
   * A 3 m corridor north from the entrance (walls x = 13.5 and 16.5, y 0–12); the waiting area straight ahead at its
   * end, the complaint room through a side opening in the east wall at y 7–9. The walk to the waiting area never
   * turns; the walk to the complaint room leaves it there.
   */
  const corridor = (...extra: HallElement[]): HallElement[] => corridorTo(zone('complaint', box(20, 6, 26, 10), { id: 'cz' }), ...extra);
  for (const preset of PRESETS) {
    it(`${preset}: with the side room, the junction needs a sign: an error`, () =>
      expectVerdict(oneFloor(preset, corridor()), RULE, { status: 'fail', severity: 'error', says: ['15 m'] }));
    it(`${preset}: a directional sign at the side opening serves both ways`, () =>
      expectVerdict(oneFloor(preset, corridor(sign('directional', [15, 8]))), RULE, { status: 'pass' }));
  }
  /** A Y: the corridor ends at y = 10 in an open room split by a wall on x = 15 from y = 12; zones left and right ahead. */
  const fork = (...extra: HallElement[]): HallElement[] => [
    wall([13.5, 0], [13.5, 10]),
    wall([16.5, 0], [16.5, 10]),
    wall([15, 12], [15, 20]),
    zone('waiting', box(11, 16, 14, 19.5), { id: 'west' }),
    zone('form-filling', box(16, 16, 19, 19.5), { id: 'east' }),
    ...extra,
  ];
  it('hainan: a fork whose branches each bend under 30° is still a decision point', () => expectVerdict(oneFloor('hainan', fork()), RULE, { status: 'fail', severity: 'error' }));
  it('hainan: a sign at the corridor end, in sight of the fork, passes', () => expectVerdict(oneFloor('hainan', fork(sign('directional', [15, 10.5]))), RULE, { status: 'pass' }));
});

describe('sign.continuity at a crossing: a side way off the corridor is a decision point wherever it leads', () => {
  /**
   * The same 3 m corridor (walls x = 13.5 and 16.5, y 0–12) up to the waiting area at y 16–19.5, and no other
   * public zone: what breaks the east wall at y 7–9 decides. The citizen cannot see where a side way leads, so the
   * way straight on must be signed there (hainan §6.1.4.9 连续性); a door, a recess or staff-only space is no way on.
   */
  const corridor = (east: HallElement[], ...extra: HallElement[]): HallElement[] => corridorTo(...east, ...extra);
  /** A dead-end side corridor 2 m wide, 7.5 m east: it leads to no zone. */
  const deadEnd = [wall([16.5, 7], [24, 7]), wall([24, 7], [24, 9]), wall([24, 9], [16.5, 9])];
  for (const preset of PRESETS) {
    it(`${preset}: a gap into the open floor beside the corridor is an error at the crossing`, () =>
      expectVerdict(oneFloor(preset, corridor([])), RULE, { status: 'fail', severity: 'error', count: 1, names: ['wz'], says: ['side way', '15 m'] }));
    it(`${preset}: a dead-end side corridor leading to no zone is one too`, () =>
      expectVerdict(oneFloor(preset, corridor(deadEnd)), RULE, { status: 'fail', severity: 'error', count: 1, says: ['side way'] }));
    it(`${preset}: a directional sign at the crossing passes`, () => expectVerdict(oneFloor(preset, corridor(deadEnd, sign('directional', [15, 8]))), RULE, { status: 'pass' }));
    it(`${preset}: the gap closed by a door (into a room, signed by its own sign) is no side way`, () =>
      expectVerdict(
        oneFloor(preset, [
          wall([13.5, 0], [13.5, 12]),
          wall([16.5, 0], [16.5, 12], { id: 'east' }),
          door([16.5, 8], { wallId: 'east', width: 1 }),
          zone('waiting', box(13.5, 16, 16.5, 19.5)),
        ]),
        RULE,
        {
          status: 'pass',
        },
      ));
    it(`${preset}: a recess 1.5 m deep is no way on`, () =>
      expectVerdict(oneFloor(preset, corridor([wall([16.5, 7], [18, 7]), wall([18, 7], [18, 9]), wall([18, 9], [16.5, 9])])), RULE, { status: 'pass' }));
    it(`${preset}: a gap into staff-only space is no way for the public`, () =>
      expectVerdict(oneFloor(preset, corridor([...deadEnd, zone('back-office', box(16.5, 7, 24, 9))])), RULE, { status: 'pass' }));
    it(`${preset}: the corridor opening into the hall is no side way (open floor, not a crossing)`, () =>
      expectVerdict(oneFloor(preset, [wall([13.5, 0], [13.5, 10]), wall([16.5, 0], [16.5, 10]), zone('waiting', box(13.5, 16, 16.5, 19.5))]), RULE, { status: 'pass' }));
  }
  /** The crossing of the blind suite with nothing at either end: a cross corridor the full width at y 9–11. */
  const fullCrossing = (...extra: HallElement[]): HallElement[] => [
    wall([13.5, 0], [13.5, 9]),
    wall([16.5, 0], [16.5, 9]),
    wall([0, 9], [13.5, 9]),
    wall([16.5, 9], [30, 9]),
    wall([0, 11], [13.5, 11]),
    wall([16.5, 11], [30, 11]),
    wall([13.5, 11], [13.5, 14]),
    wall([16.5, 11], [16.5, 14]),
    wall([0, 14], [13.5, 14]),
    wall([16.5, 14], [30, 14]),
    zone('waiting', box(1, 14.2, 29, 19.8), { id: 'wz' }),
    ...extra,
  ];
  it('hainan: a four-way crossing whose arms lead to no zone: one finding for both arms', () =>
    expectVerdict(oneFloor('hainan', fullCrossing()), RULE, { status: 'fail', severity: 'error', count: 1, names: ['wz'] }));
  it('hainan: signed at the crossing, it passes', () => expectVerdict(oneFloor('hainan', fullCrossing(sign('directional', [15, 10.5]))), RULE, { status: 'pass' }));
  it('hunan: on the way to the waiting area, a warning (§5.4.7 宜)', () =>
    expectVerdict(oneFloor('hunan', fullCrossing()), RULE, { status: 'fail', severity: 'warning', count: 1 }));
});

describe('sign.continuity: a gap narrower than one stream of people (walkMinWidthM, 0.55 m) is no side way', () => {
  /**
   * The corridor's east opening at y 7–9 filled by two cabinets 1.2 m deep but for a gap `g` wide from y0: whether the
   * citizen must choose there is whether anyone walks through the gap, as the walking fields have it (by the gap's
   * exact width, wherever it falls on the 0.5 m raster), not whether a cell centre happens to lie in it.
   */
  const cabinets = (y0: number, g: number): HallElement[] => corridorTo(obstacle(box(16.2, 7, 17.4, y0)), obstacle(box(16.2, y0 + g, 17.4, 9)));
  const phases = [7.3, 7.6, 7.85, 8.1, 8.3];
  for (const preset of PRESETS)
    for (const y0 of phases) {
      it(`${preset}: a 0.45 m or 0.5 m gap at y ${y0} is no way on: passes`, () => {
        expectVerdict(oneFloor(preset, cabinets(y0, 0.45)), RULE, { status: 'pass' });
        expectVerdict(oneFloor(preset, cabinets(y0, 0.5)), RULE, { status: 'pass' });
      });
      it(`${preset}: a 0.55 m gap at y ${y0} is a side way: an error at the crossing`, () =>
        expectVerdict(oneFloor(preset, cabinets(y0, 0.55)), RULE, { status: 'fail', severity: 'error', count: 1, says: ['side way'] }));
    }
  it('jiangxi: the hall’s own walking width decides (overridden to 0.45 m, the 0.45 m gap is a side way)', () =>
    expectVerdict(hall({ preset: 'jiangxi', overrides: { walkMinWidthM: 0.45 }, floors: [{ elements: cabinets(7.6, 0.45) }] }), RULE, {
      status: 'fail',
      severity: 'error',
      says: ['side way'],
    }));
});
