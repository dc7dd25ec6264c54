/**
 * For every rule and every preset where it applies: the county hall passes it and a targeted break fails it,
 * with the exact rule id and the element named. A rule the preset does not name says nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkHall } from '../../../src/rules';
import { ALL_RULES } from '../../../src/rules/registry';
import { resolveRuleSetting } from '../../../src/rules/preset';
import { PRESET_IDS } from '../../../src/core/presets';
import { loadSample } from '../core/helpers';
import { MUTATIONS } from './mutations';

const county = loadSample('county-hall');

describe('every rule has a break that fails it', () => {
  it('the table covers every rule in the registry', () => {
    expect(Object.keys(MUTATIONS).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });
});

for (const preset of PRESET_IDS) {
  describe(`${preset} (county level)`, () => {
    const base = { ...county, meta: { ...county.meta, preset } };
    const baseline = checkHall(base);
    for (const rule of ALL_RULES) {
      const setting = resolveRuleSetting(preset, rule.id, 'county');
      const m = MUTATIONS[rule.id];
      if (!setting) {
        it(`${rule.id} does not apply and says nothing even when broken`, () => {
          const r = checkHall(m.apply(base));
          expect(r.applied).not.toContain(rule.id);
          expect(r.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
        });
        continue;
      }
      it(`${rule.id} passes on the county hall and fails when ${m.what}`, () => {
        const before = baseline.findings.filter((f) => f.ruleId === rule.id && f.severity !== 'info');
        expect(before).toEqual([]);
        const after = checkHall(m.apply(base)).findings.filter((f) => f.ruleId === rule.id);
        expect(after.length).toBeGreaterThan(0);
        for (const f of after) {
          expect(f.clause).toBe(setting.clause);
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
        // A sign asked for anywhere in the hall (placement "any") has no element to be near: its finding names none.
        if (m.expectId && setting.options?.placement !== 'any') expect(after.some((f) => f.elementIds.some((id) => id.startsWith(m.expectId!)))).toBe(true);
      });
    }
  });
}
