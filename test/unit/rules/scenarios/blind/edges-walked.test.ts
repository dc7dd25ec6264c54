/**
 * Walking limits measured as walked (the taut line round the corners), never in the raster's steps, by every rule
 * that compares a walk with a limit: AED coverage (步行 ≤ aedMaxWalkM) and the escape travel distance (GB 50016
 * 疏散距离, measured along the walk) join the consultation desk, the waiting areas and the entrance signs.
 */
import { describe, it } from 'vitest';
import type { PresetId } from '../../../../../src/core/vocab';
import { box, hall, point, wall, zone } from '../hall';
import { expectVerdict } from '../verdict';
import { PRESETS } from './lib';

/**
 * An AED at (2, 2) and a waiting area at x 1..5, y 11..19 behind a 0.2 m partition along y = 10 from the west
 * wall to x = 24: the far corner's walk round the partition's end is 2 × |(2, 2)–(24, 9.9)| + 0.2 = 46.95 m,
 * which the raster's steps read as 52.2 m. Escape travel (任一点) is measured to the zone's corners too: from the main
 * entrance (0.8 m inside (15, 0)) its far corner (1, 19) is 37.66 m round the partition's end.
 */
const behindPartition = (preset: PresetId, overrides: Record<string, number>) =>
  hall({
    preset,
    overrides,
    floors: [{ elements: [point('aed', [2, 2]), wall([0, 10], [24, 10], { id: 'part' }), zone('waiting', box(1, 11, 5, 19), { id: 'w' })] }],
  });

describe('edge safety.aed-coverage: the far side of a zone measured as walked round a partition', () => {
  for (const preset of PRESETS) {
    it(`${preset}: 46.95 m walked against a 48 m limit passes (the raster's 52.2 m would fail)`, () =>
      expectVerdict(behindPartition(preset, { aedMaxWalkM: 48 }), 'safety.aed-coverage', { status: 'pass' }));
    it(`${preset}: against 46 m it fails saying 46.95 m`, () =>
      expectVerdict(behindPartition(preset, { aedMaxWalkM: 46 }), 'safety.aed-coverage', { status: 'fail', severity: 'warning', names: ['w'], says: ['46.95 m walk'] }));
  }
});

describe('edge safety.travel-distance: escape travel measured as walked round a partition', () => {
  for (const preset of PRESETS) {
    it(`${preset}: 37.66 m walked against a 38 m limit passes`, () => expectVerdict(behindPartition(preset, { exitMaxTravelM: 38 }), 'safety.travel-distance', { status: 'pass' }));
    it(`${preset}: against 37 m it is an error saying 37.66 m`, () =>
      expectVerdict(behindPartition(preset, { exitMaxTravelM: 37 }), 'safety.travel-distance', { status: 'fail', severity: 'error', names: ['w'], says: ['37.66 m walk'] }));
  }
});
