/**
 * Fuzzing IFC files (long strings, escapes, units, duplicated, deleted and truncated lines, broken ids) and
 * parameter overrides. IFC runs go through the CLI's bounded import (a worker thread with a time limit), so even
 * a mutation that made web-ifc spin would end with a message instead of hanging the suite.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importIfcBounded } from '../../../src/cli/ifc-bounded';
import { HallDocumentSchema } from '../../../src/core/document';
import { checkHall } from '../../../src/rules';
import { couldNotCheck } from '../../../src/rules/engine';
import { validateOverrides } from '../../../src/rules/overrides';
import { loadSample } from '../core/helpers';
import { bounded, expectShortLines, MESSAGE_LIMIT, runs } from './bounds';
import { dataTwice, enc, inMillimetres, nameFirstWall, projectName, townshipIfc, withoutProject } from './ifc-text';

type IfcMutation = (t: string) => string;
const lines = (t: string) => t.split('\n');
const ifcMutation: fc.Arbitrary<IfcMutation> = fc.oneof(
  fc.constantFrom<IfcMutation>(inMillimetres, withoutProject, dataTwice, (t) => projectName(t, 'P'.repeat(70_000))),
  fc.record({ n: fc.constantFrom(1000, 65_535, 65_536, 100_000), esc: fc.constantFrom('A', "''", '\\S\\D', '\\X\\41', '\\X2\\4E2D\\X0\\') }).map(
    ({ n, esc }) =>
      (t: string) =>
        nameFirstWall(t, esc.repeat(Math.ceil(n / esc.length))),
  ),
  fc.record({ at: fc.nat() }).map(({ at }) => (t: string) => {
    const ls = lines(t);
    ls.splice(8 + (at % (ls.length - 12)), 1);
    return ls.join('\n');
  }),
  fc.record({ at: fc.nat() }).map(({ at }) => (t: string) => {
    const ls = lines(t);
    const i = 8 + (at % (ls.length - 12));
    ls.splice(i, 0, ls[i]);
    return ls.join('\n');
  }),
  fc.record({ cut: fc.nat() }).map(
    ({ cut }) =>
      (t: string) =>
        t.slice(0, cut % t.length),
  ),
  fc.record({ at: fc.nat(), junk: fc.constantFrom('#', '#=', "'", '(', ')', ';', '$', '\\', '\u0000', '#99999999=IFCWALL();') }).map(({ at, junk }) => (t: string) => {
    const i = 300 + (at % (t.length - 400));
    return t.slice(0, i) + junk + t.slice(i);
  }),
);

describe('fuzz: IFC files', () => {
  it('every mutated IFC imports into a valid hall or is refused with a short message naming the file, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ifcMutation, { minLength: 1, maxLength: 2 }), async (ms) => {
        let t = townshipIfc();
        for (const m of ms) t = m(t);
        await bounded(async () => {
          try {
            const r = await importIfcBounded(enc(t), 'fuzz.ifc', 120_000);
            expect(HallDocumentSchema.safeParse(r.doc).success).toBe(true);
            for (const w of r.warnings) expect(Math.max(w.en.length, w.zh.length)).toBeLessThan(MESSAGE_LIMIT);
          } catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            expectShortLines([msg]);
            expect(msg).toMatch(/fuzz\.ifc/);
          }
        });
      }),
      { numRuns: runs(3, 40) },
    );
  }, 900_000);
});

describe('fuzz: parameter overrides', () => {
  const township = loadSample('township-hall');
  const key = fc.oneof(
    fc.constantFrom('oneMetreLineM', 'aedMaxWalkM', 'deskSizeDimension', 'oneMetreLineExempt', 'seatPercentile', 'exitsPerFloorMin', 'rampMaxSlope', 'turnDeg'),
    fc.string({ maxLength: 100 }),
    fc.constant('k'.repeat(100_000)),
  );
  const value = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.string({ maxLength: 50 }),
    fc.constant('x'.repeat(100_000)),
    fc.constantFrom(-1e15, 1e15, Number.NaN, Number.POSITIVE_INFINITY),
  );

  it('validation never throws and never echoes a huge key or value', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (o) => {
        const problems = validateOverrides('hunan', o);
        for (const p of problems) {
          expect(p.key.length).toBeLessThan(100);
          expect(p.message.length).toBeLessThan(MESSAGE_LIMIT);
        }
      }),
      { numRuns: runs(200, 2000) },
    );
  });

  it('overrides the validator would refuse, forced into the engine (as an old file in the editor could), give "could not be checked" or findings, never a crash or a false pass', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { minKeys: 1, maxKeys: 3 }), async (o) => {
        const doc = { ...township, meta: { ...township.meta, ruleOverrides: o as Record<string, number> } };
        await bounded(() => {
          const res = checkHall(doc);
          const failing = new Set(res.findings.map((f) => f.ruleId));
          expect(res.passed.length + failing.size).toBe(res.applied.length);
          for (const f of couldNotCheck(res)) expect(f.message.en.length).toBeLessThan(MESSAGE_LIMIT);
        });
      }),
      { numRuns: runs(10, 100) },
    );
  });
});
