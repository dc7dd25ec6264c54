/**
 * Every preset parameter has an explicit range (presets/param-ranges.json) that the presets themselves respect,
 * overrides are checked against it, and a value past it that reaches the engine anyway makes the rules reading it
 * "could not be checked" instead of running unbounded work.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import hunan from '../../../presets/hunan.json';
import hainan from '../../../presets/hainan.json';
import jiangxi from '../../../presets/jiangxi.json';
import national from '../../../presets/national.json';
import { orderedPairs, paramRange, rangedParams } from '../../../src/rules/param-ranges';
import { overrideProblem, validateOverrides } from '../../../src/rules/overrides';
import { resolveParams } from '../../../src/rules/preset';
import { checkHall } from '../../../src/rules';
import { couldNotCheck } from '../../../src/rules/engine';
import { PRESET_IDS } from '../../../src/core/presets';
import { COUNTER_TYPE_IDS } from '../../../src/core/vocab';
import { loadSample } from '../core/helpers';
import { bounded } from '../reliability/bounds';

const FILES = { national, hunan, hainan, jiangxi } as Record<string, { params: Record<string, unknown> }>;

describe('parameter ranges', () => {
  it('every parameter of every preset file has a range, its value lies in it, and every range names a parameter', () => {
    const problems: string[] = [];
    const named = new Set<string>();
    for (const [file, p] of Object.entries(FILES)) {
      for (const [k, v] of Object.entries(p.params)) {
        named.add(k);
        const r = paramRange(k);
        if (!r) problems.push(`${file}.${k}: no range`);
        else if ('min' in r) {
          if (typeof v !== 'number') problems.push(`${file}.${k}: ${JSON.stringify(v)} is not a number`);
          else if (v < r.min || v > r.max) problems.push(`${file}.${k}: ${v} outside ${r.min}–${r.max} ${r.unit}`);
          else if (r.unit === 'count' && !Number.isInteger(v)) problems.push(`${file}.${k}: ${v} is not a whole number`);
          if (!(r.min < r.max)) problems.push(`${k}: empty range ${r.min}–${r.max}`);
        } else if ('choices' in r) {
          if (!r.choices.includes(v as string)) problems.push(`${file}.${k}: ${JSON.stringify(v)} not one of ${r.choices}`);
        } else if (
          String(v)
            .split(',')
            .some((s) => !(COUNTER_TYPE_IDS as readonly string[]).includes(s.trim()))
        )
          problems.push(`${file}.${k}: ${v} lists unknown counter types`);
      }
    }
    for (const k of rangedParams()) if (!named.has(k)) problems.push(`range for unknown parameter ${k}`);
    for (const [lo, hi] of orderedPairs()) {
      if (!named.has(lo) || !named.has(hi)) problems.push(`ordered pair names unknown parameter ${lo}/${hi}`);
      for (const id of PRESET_IDS) {
        const ps = resolveParams(id);
        if ((ps[lo] as number) > (ps[hi] as number)) problems.push(`${id}: ${lo} ${ps[lo]} > ${hi} ${ps[hi]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('an override inside the range is accepted, one outside (or not a whole count) refused with the range and unit', () => {
    const numeric = rangedParams().filter((k) => 'min' in paramRange(k)!);
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (k, t, out) => {
        const r = paramRange(k) as { min: number; max: number; unit: string };
        const inside = r.unit === 'count' ? Math.round(r.min + t * (r.max - r.min)) : r.min + t * (r.max - r.min);
        expect(overrideProblem('hunan', k, inside)).toBeUndefined();
        for (const bad of [r.min - out, r.max + out])
          expect(overrideProblem('hunan', k, bad)).toMatch(new RegExp(`^parameter ${k} must be .*between ${r.min} and ${r.max}.*, got .* / 参数超出范围`));
      }),
      { numRuns: 300 },
    );
    expect(overrideProblem('hunan', 'exitsPerFloorMin', 2.5)).toMatch(/a whole number between 1 and 20/);
    expect(overrideProblem('hunan', 'routeSampleStepM', 0.0001)).toMatch(/between 0.25 and 10 m, got 0.0001/);
    expect(overrideProblem('hunan', 'seatPercentile', 1)).toMatch(/between 0.5 and 0.999, got 1/);
  });

  it('a minimum above its maximum is refused naming both', () => {
    expect(validateOverrides('jiangxi', { deskHeightMinM: 0.9 })).toEqual([
      { key: 'deskHeightMinM', message: 'parameter deskHeightMinM (0.9) is more than deskHeightMaxM (0.8) / 参数 deskHeightMinM 大于 deskHeightMaxM' },
    ]);
    expect(validateOverrides('jiangxi', { deskHeightMinM: 0.9, deskHeightMaxM: 1 })).toEqual([]);
  });

  it('a value past its range forced into the engine (the editor opens such a file) is "could not be checked", in bounded time', async () => {
    const d = loadSample('township-hall');
    d.meta.ruleOverrides = { routeSampleStepM: 0.000001, serviceSampleStepM: 0 };
    const res = await bounded(() => checkHall(d));
    const failed = couldNotCheck(res);
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.message.en).toMatch(/parameter (route|service)SampleStepM is (0\.000001|0); it must be between 0\.25 and (10|20) m/);
      expect(res.passed).not.toContain(f.ruleId);
    }
  });
});
