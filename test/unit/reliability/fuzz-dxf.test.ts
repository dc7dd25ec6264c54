/**
 * Fuzzing DXF import: a generated plan (a room in millimetres with walls, a door and a named room) and a corpus
 * plan, mutated line by line (values made huge, NaN, hostile or long; lines deleted, repeated, cut; junk inserted;
 * odd units). Each run ends in a hall the file format accepts or a DxfImportError whose short message names the
 * file, in bounded time and memory; any other exception is a defect.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { DxfImportError, importDxf } from '../../../src/dxf';
import { documentProblems } from '../../../src/core/change-check';
import { corpusFile, hasCorpus } from '../dxf/corpus';
import { bounded, expectShortLines, MESSAGE_LIMIT, runs } from './bounds';

const enc = (s: string) => new TextEncoder().encode(s);
const line = (layer: string, x1: number, y1: number, x2: number, y2: number) => `0\nLINE\n8\n${layer}\n10\n${x1}\n20\n${y1}\n11\n${x2}\n21\n${y2}\n`;
const textAt = (s: string, x: number, y: number) => `0\nTEXT\n8\nROOM-NAME\n10\n${x}\n20\n${y}\n40\n300\n1\n${s}\n`;
const arc = (x: number, y: number, r: number) => `0\nARC\n8\nDOOR\n10\n${x}\n20\n${y}\n40\n${r}\n50\n0\n51\n90\n`;

/** A 12 × 9 m room drawn in millimetres: double wall lines 240 apart, a door swing, a room name. */
const generated = (() => {
  let s = '';
  for (const o of [0, 240]) {
    s += line('WALL', o, o, 12000 - o, o) + line('WALL', 12000 - o, o, 12000 - o, 9000 - o);
    s += line('WALL', 12000 - o, 9000 - o, o, 9000 - o) + line('WALL', o, 9000 - o, o, o);
  }
  s += line('WALL', 6000, 240, 6000, 8760) + line('WALL', 6240, 240, 6240, 8760);
  s += arc(6000, 3000, 900) + textAt('办事大厅', 3000, 4500) + textAt('档案室', 9000, 4500);
  return `0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n${s}0\nENDSEC\n0\nEOF\n`;
})();

/** The same plan with a stair drawn as two HATCH fills: a polyline path with a bulge, and an edge path of a line, an arc and a spline. */
const hatched = generated.replace(
  '0\nENDSEC\n0\nEOF',
  [
    '0\nHATCH\n8\nSTAIR\n2\nANSI31\n70\n0\n91\n1\n92\n2\n72\n1\n73\n1\n93\n4\n10\n1000\n20\n1000\n42\n0\n10\n3000\n20\n1000\n42\n0.5\n10\n3000\n20\n4000\n42\n0\n10\n1000\n20\n4000\n42\n0\n97\n0\n75\n0\n76\n1\n98\n1\n10\n1500\n20\n1500\n',
    '0\nHATCH\n8\nSTAIR\n2\nSOLID\n70\n1\n91\n1\n92\n1\n93\n3\n72\n1\n10\n8000\n20\n1000\n11\n10000\n21\n1000\n72\n2\n10\n8000\n20\n1000\n40\n2000\n50\n0\n51\n90\n73\n1\n72\n4\n94\n3\n73\n0\n74\n0\n95\n8\n96\n4\n40\n0\n40\n0\n40\n0\n40\n0\n40\n1\n40\n1\n40\n1\n40\n1\n10\n8000\n20\n3000\n10\n7000\n20\n2500\n10\n7500\n20\n1500\n10\n8000\n20\n1000\n97\n0\n',
    '0\nENDSEC\n0\nEOF',
  ].join(''),
);

const HOSTILE = ['<script>alert(1)</script>', '\u0000', '\u202e', '%%u%%d', '\\U+4E2D', '{\\fSimSun|b0;x}', '𠮷'.repeat(400)];
type Mutation = (lines: string[]) => string[];
const at = (ls: string[], n: number) => n % ls.length;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ n: fc.nat(), v: fc.constantFrom('1e308', '-1e15', '1e15', 'NaN', 'Infinity', '', '-0', '0', '1e-300', '99999999999999999999') }).map(
    ({ n, v }): Mutation =>
      (ls) => {
        // A numeric value line (after a coordinate group code 10–40).
        const idx = ls.findIndex((l, i) => i >= at(ls, n) && /^\s*[1-4]\d\s*$/.test(l));
        if (idx >= 0 && idx + 1 < ls.length) ls[idx + 1] = v;
        return ls;
      },
  ),
  fc
    .record({
      n: fc.nat(),
      v: fc.oneof(
        fc.constantFrom(...HOSTILE),
        fc.constantFrom(1000, 100_000).map((k) => '名'.repeat(k)),
      ),
    })
    .map(
      ({ n, v }): Mutation =>
        (ls) => {
          const idx = ls.findIndex((l, i) => i >= at(ls, n) && /^\s*(1|8)\s*$/.test(l));
          if (idx >= 0 && idx + 1 < ls.length) ls[idx + 1] = v;
          return ls;
        },
    ),
  fc.nat().map(
    (n): Mutation =>
      (ls) => (ls.splice(at(ls, n), 1), ls),
  ),
  fc.nat().map(
    (n): Mutation =>
      (ls) => (ls.splice(at(ls, n), 0, ls[at(ls, n)]), ls),
  ),
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        ls.slice(0, at(ls, n)),
  ),
  fc.record({ n: fc.nat(), junk: fc.constantFrom('0', 'SECTION', 'EOF', 'ENDSEC', '999', '-1', '1071', 'x'.repeat(10_000), '\u0000\u0000') }).map(
    ({ n, junk }): Mutation =>
      (ls) => (ls.splice(at(ls, n), 0, junk), ls),
  ),
  fc.constantFrom('0', '1', '2', '5', '6', '13', '21', '99', '-4', 'abc').map(
    (u): Mutation =>
      (ls) => {
        const i = ls.findIndex((l) => l.trim() === '$INSUNITS');
        if (i >= 0) ls[i + 2] = u;
        return ls;
      },
  ),
  fc.record({ n: fc.nat(), k: fc.integer({ min: 50, max: 1000 }) }).map(
    ({ n, k }): Mutation =>
      (ls) => {
        // Many copies of one entity: repeated walls, texts or arcs.
        const i = ls.findIndex((l, j) => j >= at(ls, n) && l.trim() === '0' && /^(LINE|TEXT|ARC)$/.test(ls[j + 1]?.trim() ?? ''));
        if (i < 0) return ls;
        let end = i + 2;
        while (end < ls.length && ls[end].trim() !== '0') end += 2;
        const ent = ls.slice(i, end);
        ls.splice(i, 0, ...Array.from({ length: k }, () => ent).flat());
        return ls;
      },
  ),
);

function importChecked(text: string) {
  try {
    const r = importDxf(enc(text), { fileName: 'fuzz.dxf' });
    const d = documentProblems(r.doc);
    expect(d.ok ? [] : d.problems).toEqual([]);
    for (const w of r.warnings) {
      expect(w.en.length).toBeLessThan(MESSAGE_LIMIT);
      expect(w.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  } catch (e) {
    if (!(e instanceof DxfImportError)) throw e;
    expectShortLines([e.message, e.text.zh]);
    expect(e.message).toMatch(/fuzz\.dxf/);
    // Each error carries its Chinese half, not only the English one.
    expect(e.text.zh).toMatch(/[\u4e00-\u9fff]/);
  }
}

describe('fuzz: DXF import', () => {
  // dxf-parser logs every group code it does not know: thousands of lines per mutated file.
  beforeAll(() => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(() => vi.restoreAllMocks());

  it('the generated plan imports as it is', () => {
    const r = importDxf(enc(generated), { fileName: 'g.dxf' });
    expect(r.stats.elements.wall).toBeGreaterThan(3);
  });

  it.each([400, 1000])('one wall line repeated %i times (was: a hang in the unit analysis or the frame grid) ends in bounded time', async (n) => {
    const text = generated.replace('0\nENDSEC\n0\nEOF', `${line('WALL', 100, 100, 5000, 100).repeat(n)}0\nENDSEC\n0\nEOF`);
    await bounded(() => importChecked(text));
  });

  it('every mutated generated plan imports into a valid hall or is refused with a DxfImportError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        let ls = generated.split('\n');
        for (const m of ms) ls = m(ls);
        await bounded(() => importChecked(ls.join('\n')));
      }),
      { numRuns: runs(20, 600) },
    );
  }, 600_000);

  it('every mutated plan with HATCH fills (counts made huge, groups cut or repeated) likewise, the handler never reading past its entity', async () => {
    expect(importDxf(enc(hatched), { fileName: 'h.dxf' }).doc.floors[0].elements.some((e) => e.kind === 'vlink')).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), fc.constantFrom('2147483647', '-1', '0', '99999999', 'x'), async (ms, n, count) => {
        let ls = hatched.split('\n');
        // A count group of a hatch (91 paths, 93 vertices or edges, 95/96 knots and control points) made absurd.
        const counts = ls.flatMap((l, i) => (/^(91|93|95|96)$/.test(l.trim()) && ls.slice(0, i).lastIndexOf('HATCH') >= 0 ? [i] : []));
        if (counts.length) ls[counts[n % counts.length] + 1] = count;
        for (const m of ms) ls = m(ls);
        await bounded(() => importChecked(ls.join('\n')));
      }),
      { numRuns: runs(20, 600) },
    );
  }, 600_000);

  it.skipIf(!hasCorpus)(
    'every mutated corpus plan (gama_house.dxf) likewise',
    async () => {
      const base = new TextDecoder().decode(corpusFile('gama_house.dxf'));
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (ms) => {
          let ls = base.split(/\r?\n/);
          for (const m of ms) ls = m(ls);
          await bounded(() => importChecked(ls.join('\n')));
        }),
        { numRuns: runs(5, 150) },
      );
    },
    600_000,
  );
});
