/**
 * Fuzzing hall files with the mutation families that found the defects: extreme numbers at any numeric leaf,
 * huge or hostile strings, missing keys, wrong types, duplicated ids, doors in non-walls, truncated text, byte
 * order marks. Every run must end with either a hall that checks in bounded time (and any rule that could not run
 * reported as such) or exit 2 with short messages that say where.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHallText, serializeHall } from '../../../src/core/io';
import { checkHall } from '../../../src/rules';
import { couldNotCheck } from '../../../src/rules/engine';
import { main } from '../../../src/cli/main';
import { fakeIO } from '../cli/fake-io';
import { loadSample } from '../core/helpers';
import { bounded, expectShortLines, runs } from './bounds';

const township = JSON.parse(serializeHall(loadSample('township-hall')));

type Path = (string | number)[];
function leaves(v: unknown, p: Path = [], out: { path: Path; value: unknown }[] = []): { path: Path; value: unknown }[] {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...p, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...p, k], out);
  else out.push({ path: p, value: v });
  return out;
}
const ALL = leaves(township);
const NUMS = ALL.filter((l) => typeof l.value === 'number');
const STRS = ALL.filter((l) => typeof l.value === 'string');

function setAt(doc: unknown, path: Path, value: unknown): void {
  let o = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  if (value === undefined) delete o[path[path.length - 1]];
  else o[path[path.length - 1]] = value;
}

const EXTREME = [1e15, -1e15, 1e7, -1e7, 5000, 1e308, -1e308, 0, -0, 2 ** 53, 1e-300, 10_001, 1001];
const HOSTILE = ['<script>alert(1)</script>', '"; DROP TABLE', '\u0000', '\u202e', '𠮷'.repeat(600), '\\X2\\4E2D\\X0\\', '$' + '{constructor}', '__proto__'];

type Mutation = { family: string; apply(doc: Record<string, unknown>): string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ i: fc.nat({ max: NUMS.length - 1 }), v: fc.constantFrom(...EXTREME) })
    .map(({ i, v }) => ({ family: 'extreme-number', apply: (d: Record<string, unknown>) => (setAt(d, NUMS[i].path, v), JSON.stringify(d)) })),
  fc
    .record({ i: fc.nat({ max: STRS.length - 1 }), n: fc.constantFrom(501, 10_000, 1_000_000) })
    .map(({ i, n }) => ({ family: 'long-string', apply: (d: Record<string, unknown>) => (setAt(d, STRS[i].path, 'x'.repeat(n)), JSON.stringify(d)) })),
  fc
    .record({ i: fc.nat({ max: STRS.length - 1 }), s: fc.constantFrom(...HOSTILE) })
    .map(({ i, s }) => ({ family: 'hostile-string', apply: (d: Record<string, unknown>) => (setAt(d, STRS[i].path, s), JSON.stringify(d)) })),
  fc
    .record({ i: fc.nat({ max: ALL.length - 1 }) })
    .map(({ i }) => ({ family: 'missing-key', apply: (d: Record<string, unknown>) => (setAt(d, ALL[i].path, undefined), JSON.stringify(d)) })),
  fc
    .record({ i: fc.nat({ max: ALL.length - 1 }), v: fc.constantFrom<unknown>('1', null, [], {}, true, [1, 2, 3]) })
    .map(({ i, v }) => ({ family: 'wrong-type', apply: (d: Record<string, unknown>) => (setAt(d, ALL[i].path, v), JSON.stringify(d)) })),
  fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) => ({
    family: 'duplicate-id',
    apply: (d: Record<string, unknown>) => {
      const els = (d as { floors: { elements: { id: string }[] }[] }).floors[0].elements;
      els[a % els.length].id = els[b % els.length].id;
      return JSON.stringify(d);
    },
  })),
  fc.record({ a: fc.nat() }).map(({ a }) => ({
    family: 'door-in-non-wall',
    apply: (d: Record<string, unknown>) => {
      const els = (d as { floors: { elements: { id: string; kind: string; wallId?: string }[] }[] }).floors[0].elements;
      const doors = els.filter((e) => e.kind === 'opening');
      const others = els.filter((e) => e.kind !== 'wall');
      doors[a % doors.length].wallId = others[a % others.length].id;
      return JSON.stringify(d);
    },
  })),
  fc.record({ cut: fc.nat() }).map(({ cut }) => ({
    family: 'truncated',
    apply: (d: Record<string, unknown>) => {
      const t = JSON.stringify(d, null, 2);
      return t.slice(0, cut % t.length);
    },
  })),
  fc.record({ at: fc.nat(), junk: fc.constantFrom(',', '}', ']', '"', ':', '\u0001', 'NaN', 'undefined', "'") }).map(({ at, junk }) => ({
    family: 'syntax',
    apply: (d: Record<string, unknown>) => {
      const t = JSON.stringify(d, null, 2);
      const i = at % t.length;
      return t.slice(0, i) + junk + t.slice(i);
    },
  })),
  fc.constant({ family: 'bom', apply: (d: Record<string, unknown>) => '\ufeff' + JSON.stringify(d) }),
  fc.record({ n: fc.constantFrom(2, 50, 201) }).map(({ n }) => ({
    family: 'many-floors',
    apply: (d: Record<string, unknown>) => {
      const fl = (d as { floors: { id: string }[] }).floors[0];
      (d as { floors: unknown[] }).floors = Array.from({ length: n }, (_, i) => ({ ...fl, id: `F${i + 1}`, elements: [] }));
      return JSON.stringify(d);
    },
  })),
);

describe('fuzz: hall files', () => {
  it('every mutated hall either checks in bounded time, its rules accounted for, or is refused with short located messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        let text = '';
        for (const m of ms) {
          const d = text ? (JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>) : structuredClone(township);
          try {
            text = m.apply(d);
          } catch {
            // Not applicable to what the previous mutation left (no doors on the floor, say).
            text = JSON.stringify(d);
          }
          try {
            JSON.parse(text.replace(/^\ufeff/, ''));
          } catch {
            break; // a syntax mutation ends the chain
          }
        }
        await bounded(() => {
          const r = parseHallText(text);
          if (!r.ok) {
            expectShortLines(r.problems.map((p) => `${p.path}: ${p.message}`));
            if (r.problems[0].message.startsWith('not valid JSON')) expect(r.problems[0].message).toMatch(/at line \d+, column \d+/);
            return;
          }
          const res = checkHall(r.doc);
          const failing = new Set(res.findings.map((f) => f.ruleId));
          expect(res.passed.length + failing.size).toBe(res.applied.length);
          for (const f of couldNotCheck(res)) expect(f.message.en).toMatch(/^rule \S+ could not be checked: /);
        });
      }),
      { numRuns: runs(30, 300) },
    );
  });

  it('through the CLI: exit 0, 1 or 2 only, 2 with messages that say where', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const io = fakeIO({ 'f.hall.json': m.apply(structuredClone(township)) });
        const code = await bounded(() => main(['check', 'f.hall.json'], io));
        expect([0, 1, 2]).toContain(code);
        if (code === 2) {
          expectShortLines(io.stderr);
          expect(io.stderr.join('\n')).toMatch(/f\.hall\.json|could not be checked/);
        }
      }),
      { numRuns: runs(12, 120) },
    );
  });
});
