/**
 * The incremental checker skips a rule unless something it declares in `reads` changed, so every declaration must
 * be complete: perturbing (removing, shifting) any kind a rule does not declare must leave its findings unchanged,
 * on the county hall and on the hall broken for that rule, under every preset. Floor rules must not look at
 * other floors.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/rules/registry';
import { expandReads } from '../../../src/rules/types';
import { PRESET_IDS } from '../../../src/core/presets';
import { loadSample } from '../core/helpers';
import { MUTATIONS } from './mutations';
import { observedReads, readsOtherFloors } from './reads-probe';

const county = loadSample('county-hall');

describe('every rule declares what it reads', () => {
  for (const rule of ALL_RULES)
    it(`${rule.id} reads only ${rule.reads.join(', ')}`, () => {
      const docs = [county, MUTATIONS[rule.id].apply(county)].flatMap((d) => PRESET_IDS.map((preset) => ({ ...d, meta: { ...d.meta, preset } })));
      const declared = expandReads(rule.reads);
      const undeclared = new Set(docs.flatMap((d) => observedReads(rule, d)).filter((k) => !declared.has(k)));
      expect([...undeclared]).toEqual([]);
      if (rule.scope === 'floor') expect(docs.some((d) => readsOtherFloors(rule, d))).toBe(false);
    });
});
