/**
 * Fuzzing BCF import (the file the design team sends back): mutated zips, mutated markup (huge and hostile text,
 * bad entities, unclosed and repeated tags, thousands of comments), zip bombs. Each run ends in finding states the
 * hall file accepts (so the hall stays saveable and its autosave restorable) or a short bilingual refusal, in
 * bounded time and memory; the hall is never changed by a refused file.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportBcf } from '../../../src/rules/bcf/export';
import { importBcf } from '../../../src/rules/bcf/import';
import { checkHall } from '../../../src/rules';
import { HallDocumentSchema, MetaSchema } from '../../../src/core/document';
import { setMeta } from '../../../src/core/commands';
import { createEditor } from '../../../src/editor/create';
import { loadSample } from '../core/helpers';
import { bounded, expectShortLines, runs } from './bounds';

/** The failing sample with a few findings worked on (assignee, comments), so the BCF carries every field we read. */
const doc = (() => {
  const d = loadSample('failing-hall');
  const keys = checkHall(d)
    .findings.slice(0, 5)
    .map((f) => f.key);
  d.meta.findingStates = Object.fromEntries(
    keys.map((k, i) => [
      k,
      {
        status: 'in-progress' as const,
        assignee: `设计师 ${i}`,
        comments: [{ author: '审查员', date: '2026-01-01T00:00:00Z', text: `第 ${i} 条意见 / remark ${i}`, guid: `00000000-0000-4000-8000-00000000000${i}` }],
      },
    ]),
  );
  return d;
})();
const result = checkHall(doc);
const files = unzipSync(exportBcf(doc, result, { version: '2.1', date: new Date('2026-01-01T00:00:00Z') }));
const markupNames = Object.keys(files)
  .filter((k) => k.endsWith('markup.bcf'))
  .filter((k) => strFromU8(files[k]).includes('<Comment'));
const HOSTILE = [
  '<script>alert(1)</script>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '\u0000',
  '\u202e',
  '𠮷'.repeat(600),
  '&#x110000;',
  '&#xD800;',
  '&#0;',
  '&#99999999999;',
  '&bogus;',
  ']]>',
  '<![CDATA[x',
];

type Edit = (xml: string) => string;
const inTag =
  (tag: string, v: string): Edit =>
  (x) =>
    x.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${v}</${tag}>`);
const long = fc.constantFrom(501, 10_000, 1_000_000).map((n) => 'ü'.repeat(n));
const value = fc.oneof(long, fc.constantFrom(...HOSTILE), fc.string({ maxLength: 30 }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ tag: fc.constantFrom('Comment', 'Author', 'AssignedTo', 'Date', 'ModifiedDate', 'Title'), v: value }).map(({ tag, v }) => inTag(tag, v)),
  value.map(
    (v): Edit =>
      (x) =>
        x.replace(/TopicStatus="[^"]*"/, `TopicStatus="${v.replace(/"/g, '')}"`),
  ),
  value.map(
    (v): Edit =>
      (x) =>
        x.replace(/Guid="[^"]*"/, `Guid="${v.replace(/"/g, '')}"`),
  ),
  fc.nat().map(
    (at): Edit =>
      (x) =>
        x.slice(0, at % x.length),
  ),
  fc.record({ at: fc.nat(), junk: fc.constantFrom('<', '>', '</Comment>', '<Comment Guid="a">', '"', '&', '<Topic Guid="b">') }).map(
    ({ at, junk }): Edit =>
      (x) =>
        x.slice(0, at % x.length) + junk + x.slice(at % x.length),
  ),
  fc.integer({ min: 1_000, max: 3_000 }).map(
    (n): Edit =>
      (x) => {
        const c = /<Comment Guid="[^"]*"[\s\S]*?<\/Comment>\s*<\/Comment>/.exec(x)?.[0];
        if (!c) return x;
        const many = Array.from({ length: n }, (_, i) => c.replace(/Guid="[^"]*"/, `Guid="c-${i}"`)).join('');
        return x.replace(c, many);
      },
  ),
  fc.integer({ min: 1_000, max: 20_000 }).map(
    (n): Edit =>
      (x) =>
        x + '<Comment Guid="x">'.repeat(n),
  ),
);

type ZipMutation = (f: Record<string, Uint8Array>) => Uint8Array;
const zipMutation: fc.Arbitrary<ZipMutation> = fc.oneof(
  fc.record({ pick: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) }).map(
    ({ pick, edits }): ZipMutation =>
      (f) => {
        const name = markupNames[pick % markupNames.length];
        let x = strFromU8(f[name]);
        for (const e of edits) x = e(x);
        return zipSync({ ...f, [name]: strToU8(x) });
      },
  ),
  fc.record({ at: fc.nat(), byte: fc.nat({ max: 255 }) }).map(
    ({ at, byte }): ZipMutation =>
      (f) => {
        const z = zipSync(f);
        z[at % z.length] = byte;
        return z;
      },
  ),
  fc.nat().map(
    (cut): ZipMutation =>
      (f) =>
        zipSync(f).slice(0, cut % 4000),
  ),
  fc.constantFrom<ZipMutation>(
    () => new Uint8Array(0),
    () => strToU8('<Markup/>'),
    () => zipSync({ 'readme.txt': strToU8('hi') }),
    (f) => zipSync({ ...f, 'x/markup.bcf': strToU8('<Markup><Topic Guid="') }),
  ),
);

/** The outcome of importing `zip` into the hall, through the editor as the button does. */
function importInEditor(zip: Uint8Array) {
  const ed = createEditor(structuredClone(doc));
  const before = ed.doc;
  try {
    const r = importBcf(ed.doc, result, zip);
    expect(MetaSchema.safeParse({ ...ed.doc.meta, findingStates: r.states }).success).toBe(true);
    expect(ed.execute(setMeta({ findingStates: r.states }, 'Import BCF'))).toBe(true);
    expect(HallDocumentSchema.safeParse(ed.doc).success).toBe(true);
    return r;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    expectShortLines([msg]);
    expect(msg).toMatch(/[\u4e00-\u9fff]/);
    expect(ed.doc).toBe(before);
    return undefined;
  }
}

describe('fuzz: BCF import', () => {
  it('every mutated BCF gives states the hall file accepts, or a short bilingual refusal, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(zipMutation, async (m) => {
        const zip = m(files);
        await bounded(() => importInEditor(zip));
      }),
      { numRuns: runs(40, 400) },
    );
  }, 600_000);

  it('the unmutated file round-trips: every topic matched', () => {
    const r = importInEditor(zipSync(files));
    expect(markupNames.length).toBe(5);
    expect(r?.matched).toBe(Object.keys(files).filter((k) => k.endsWith('markup.bcf')).length);
  });

  it('a 1,000,000-character comment is kept shortened, saying so', () => {
    const name = markupNames[0];
    // A new comment (its own Guid) holding the long text.
    const x = inTag('Comment', 'ü'.repeat(1_000_000))(strFromU8(files[name])).replace(/<Comment Guid="[^"]*"/, '<Comment Guid="11111111-2222-4333-8444-555555555555"');
    const r = importInEditor(zipSync({ ...files, [name]: strToU8(x) }));
    const texts = Object.values(r?.states ?? {}).flatMap((s) => (s.comments ?? []).map((c) => c.text));
    expect(texts.some((t) => t.startsWith('üüü') && t.length <= 500 && /…/.test(t))).toBe(true);
  });

  it('400,000 unclosed comment tags (7 MB) are read in linear time (was: quadratic, minutes)', async () => {
    const name = markupNames[0];
    const x = strFromU8(files[name]) + '<Comment Guid="x">'.repeat(400_000);
    await bounded(() => importInEditor(zipSync({ ...files, [name]: strToU8(x) })));
  });

  it('a zip bomb (a markup that unpacks to 64 MB) is refused before it is unpacked', async () => {
    const bomb = zipSync({ ...files, 'bomb/markup.bcf': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await bounded(() => expect(() => importBcf(doc, result, bomb)).toThrow(/bomb\/markup\.bcf unpacks to 64 MB, more than .* \/ .*BCF/));
  });
});
