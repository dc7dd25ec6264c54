/** Export warnings for the nav map: what a poor hall lacks, from the domain function and through the CLI (--strict). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { navMapWarnings } from '../../../src/nav/export/navmap-warnings';
import { run } from '../../../src/cli/export';
import { fakeIO } from '../cli/fake-io';

const MODEL = resolve(__dirname, '../../../models/county-hall.hall.json');

function county(): HallDocument {
  const r = parseHallText(readFileSync(MODEL, 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

/** The county hall as an IFC import leaves it: no entrance kinds, no signs, rooms unclassified, counters unnumbered. */
function poor(): HallDocument {
  const doc = county();
  for (const f of doc.floors) {
    f.elements = f.elements.filter((e) => e.kind !== 'sign');
    for (const e of f.elements) {
      if (e.kind === 'opening') e.entrance = 'none';
      if (e.kind === 'zone' && e.type !== 'circulation') e.type = 'unclassified';
      if (e.kind === 'counter') e.number = '';
    }
  }
  return doc;
}

describe('navMapWarnings', () => {
  it('the county sample has none', () => {
    expect(navMapWarnings(county())).toEqual([]);
  });
  it('a hall as an IFC import leaves it gets every warning, in both languages, naming the elements', () => {
    const w = navMapWarnings(poor());
    expect(w.map((x) => x.code)).toEqual(['no-main-entrance', 'no-here-points', 'unclassified-zones', 'counters-without-number']);
    const counters = w.find((x) => x.code === 'counters-without-number')!;
    expect(counters.ids).toHaveLength(40);
    expect(counters.zh).toMatch(/^40个窗口没有编号/);
    expect(counters.en).toMatch(/^40 counters have no number/);
    expect(w.find((x) => x.code === 'unclassified-zones')!.ids).toContain('f1-zone-07');
    for (const x of w) expect(x.zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it('a hall with almost nothing to go to says so', () => {
    const doc = poor();
    for (const f of doc.floors) f.elements = f.elements.filter((e) => e.kind !== 'counter');
    expect(navMapWarnings(doc).map((x) => x.code)).toContain('few-destinations');
  });
});

describe('halltwin export navmap warnings', () => {
  it('prints nothing extra for the county sample, also with --strict', async () => {
    const io = fakeIO();
    expect(await run(['navmap', MODEL, '--strict', '-o', 'out.html'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.written.has('out.html')).toBe(true);
  });
  it('warns but writes without --strict; --strict exits 1 and writes nothing', async () => {
    const io = fakeIO();
    io.written.set('poor.hall.json', JSON.stringify(poor()));
    expect(await run(['navmap', 'poor.hall.json', '-o', 'poor.html'], io)).toBe(0);
    expect(io.stderr.join('\n')).toMatch(/warning \[no-main-entrance\]/);
    expect(io.stderr.join('\n')).toMatch(/没有主入口/);
    expect(io.stderr.filter((e) => e.startsWith('warning [')).length).toBe(4);
    expect(io.written.has('poor.html')).toBe(true);
    const strict = fakeIO();
    strict.written.set('poor.hall.json', JSON.stringify(poor()));
    expect(await run(['navmap', '--strict', 'poor.hall.json', '-o', 'poor.html'], strict)).toBe(1);
    expect(strict.stderr.join('\n')).toMatch(/not written: 4 warnings with --strict/);
    expect(strict.written.has('poor.html')).toBe(false);
  });
});
