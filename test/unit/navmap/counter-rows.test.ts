/**
 * Counter rows on the phone map: at every zoom each counter of a row is covered by one label, in row order; a long
 * run of one service keeps its name while short runs beside it share a number range; zoomed in, every run says its
 * own service; zoomed out, the row is one range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CounterRun, clipRun, groupText, rowLabels } from '../../../src/navapp/counter-rows';

/** Text boxes as the page measures them at 12.5 px, roughly: a Chinese character square, others 0.56 em, plus padding. */
const size = (t: string) => ({ w: [...t].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 12.5 : 7), 0) + 10, h: 21 });

/** The county sample's 1F row: counters 1.2 m apart, 01–08 one service, then short runs and single counters. */
function county1F(): CounterRun[] {
  const runs: [number, number, string][] = [
    [1, 8, '综合受理'],
    [9, 11, '综合出件'],
    [12, 13, '帮办代办'],
    [14, 15, '跨区域通办'],
    ...[16, 17, 18, 19, 20, 21, 22, 23, 24].map((n, i): [number, number, string] => [n, n, `单窗${i}`]),
  ];
  const x = (n: number) => 12 + (n - 1) * 1.2;
  const pad = (n: number) => String(n).padStart(2, '0');
  return runs.map(([a, b, name]) => ({
    row: 0,
    ends: [
      [x(a), 29],
      [x(b), 29],
    ],
    count: b - a + 1,
    first: pad(a),
    last: pad(b),
    name,
    typeName: name,
  }));
}

const covered = (groups: ReturnType<typeof rowLabels>) => groups.flatMap((g) => g.runs.map((r) => r.first));

describe('counter row labels', () => {
  it('at the phone default zoom, the long run keeps its name and the rest share one range', () => {
    const runs = county1F();
    const groups = rowLabels(runs, 5.75, 'zh', size);
    expect(groups.map((g) => g.text)).toEqual(['01–08 综合受理', '09–24号']);
    expect(covered(groups)).toEqual(runs.map((r) => r.first));
    // Where the route takes a label's place, its numbers alone are tried; a label of numbers only has no shorter form.
    expect(groups.map((g) => g.short)).toEqual(['01–08号', undefined]);
  });

  it('zoomed in, every run says its own service; zoomed out, the row is one range', () => {
    const runs = county1F();
    expect(rowLabels(runs, 200, 'zh', size).map((g) => g.text)).toEqual(runs.map((r) => `${r.first === r.last ? r.first : `${r.first}–${r.last}`} ${r.name}`));
    expect(rowLabels(runs, 1, 'zh', size).map((g) => g.text)).toEqual(['01–24号']);
    expect(rowLabels(runs, 1, 'en', size).map((g) => g.text)).toEqual(['01–24']);
  });

  it('names a range by what its runs share: a department, else the counter type, else only the numbers', () => {
    const run = (first: string, name: string, typeName: string): CounterRun => ({
      row: 0,
      ends: [
        [0, 0],
        [1, 0],
      ],
      count: 1,
      first,
      last: first,
      name,
      typeName,
    });
    expect(groupText([run('25', '公安', '专业'), run('28', '税务', '专业')], 'zh')).toBe('25–28 专业');
    expect(groupText([run('25', '公安', '专业'), run('26', '公安', '专业')], 'zh')).toBe('25–26 公安');
    expect(groupText([run('01', '综合受理', '综合受理'), run('09', '综合出件', '综合出件')], 'zh')).toBe('01–09号');
    expect(groupText([{ ...run('', '', ''), first: undefined, last: undefined }], 'en')).toBe('Counters');
  });

  it('at any zoom, labels cover every run once and in order, and sit within their counters and clear of each other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 14 }), fc.double({ min: 0.5, max: 80, noNaN: true }), (counts, k) => {
        let n = 1;
        const runs: CounterRun[] = counts.map((c, i) => {
          const a = n;
          n += c;
          return {
            row: 0,
            ends: [
              [a * 1.2, 0],
              [(a + c - 1) * 1.2, 0],
            ],
            count: c,
            first: String(a),
            last: String(a + c - 1),
            name: `s${i % 3}`,
            typeName: 't',
          };
        });
        const groups = rowLabels(runs, k, 'zh', size);
        expect(groups.flatMap((g) => g.runs)).toEqual(runs);
        for (const g of groups) {
          expect(g.c[0]).toBeGreaterThanOrEqual(g.runs[0].ends[0][0] - 1e-6);
          expect(g.c[0]).toBeLessThanOrEqual(g.runs[g.runs.length - 1].ends[1][0] + 1e-6);
        }
        // Where there is more than one label, neighbours do not overlap.
        for (let i = 1; i < groups.length; i++) expect((groups[i].c[0] - groups[i - 1].c[0]) * k).toBeGreaterThanOrEqual((groups[i].w + groups[i - 1].w) / 2 - 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the part of a run on screen, so a row zoomed into is labelled where it shows', () => {
    const [first] = county1F();
    // Counters 01–08 run from x 12 to 20.4 along y 29; the view shows x ≥ 16.
    const clipped = clipRun(first, { x0: 16, y0: 20, x1: 40, y1: 35 });
    expect(clipped?.ends.flat().map((c) => Math.round(c * 1e6) / 1e6)).toEqual([16, 29, 20.4, 29]);
    expect([clipped?.first, clipped?.last, clipped?.count]).toEqual(['01', '08', 8]);
    expect(clipRun(first, { x0: 0, y0: 0, x1: 64, y1: 42 })).toBe(first);
    expect(clipRun(first, { x0: 21, y0: 0, x1: 64, y1: 42 })).toBeUndefined();
    expect(clipRun(first, { x0: 0, y0: 30, x1: 64, y1: 42 })).toBeUndefined();
  });

  it('clips to a segment inside the box, on the run (property)', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
        fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
        fc.tuple(
          fc.double({ min: -40, max: 0, noNaN: true }),
          fc.double({ min: -40, max: 0, noNaN: true }),
          fc.double({ min: 1, max: 40, noNaN: true }),
          fc.double({ min: 1, max: 40, noNaN: true }),
        ),
        (a, b, [x0, y0, w, h]) => {
          const box = { x0, y0, x1: x0 + w, y1: y0 + h };
          const run: CounterRun = { row: 0, ends: [a, b], count: 2, name: '', typeName: '' };
          const got = clipRun(run, box);
          const inBox = (p: readonly number[]) => p[0] >= x0 - 1e-6 && p[0] <= box.x1 + 1e-6 && p[1] >= y0 - 1e-6 && p[1] <= box.y1 + 1e-6;
          if (inBox(a) || inBox(b)) expect(got).toBeDefined();
          if (!got) return;
          for (const p of got.ends) {
            expect(inBox(p)).toBe(true);
            // On the segment a–b: collinear and between its ends.
            const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
            expect(Math.abs(cross)).toBeLessThan(1e-6 * (1 + Math.hypot(b[0] - a[0], b[1] - a[1]) * 100));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
