/**
 * Every finding on the sample halls, under every preset and level, states the same numbers in Chinese and in
 * English, and locates a floor: a reviewer reading either language reads the same verdict.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../../src/rules';
import { PRESET_IDS } from '../../../../src/core/presets';
import { HALL_LEVEL_IDS } from '../../../../src/core/vocab';
import { loadSample } from '../../core/helpers';
import { numbersIn } from './verdict';

describe('messages agree across languages', () => {
  for (const sample of ['county-hall', 'failing-hall', 'township-hall'] as const)
    it(`${sample}: every preset and level`, () => {
      const base = loadSample(sample);
      for (const preset of PRESET_IDS)
        for (const level of HALL_LEVEL_IDS) {
          const doc = { ...base, meta: { ...base.meta, preset, level } };
          for (const f of checkHall(doc).findings) {
            expect(numbersIn(f.message.zh), `${preset}/${level} ${f.ruleId}: ${f.message.zh} / ${f.message.en}`).toEqual(numbersIn(f.message.en));
            expect(f.floorId, `${f.ruleId} locates a floor`).toBeTruthy();
          }
        }
    });
});
