import { describe, expect, it } from 'vitest';
import { LEVEL_STEP_M } from '../../../src/nav/grid';
import { resolveParams } from '../../../src/rules/preset';
import { PRESET_IDS } from '../../../src/core/presets';

describe('the wheelchair raster and the rules agree on what counts as level', () => {
  it.each(PRESET_IDS)('%s: levelStepMaxM equals the raster threshold', (p) => {
    expect(resolveParams(p).levelStepMaxM).toBe(LEVEL_STEP_M);
  });
});
