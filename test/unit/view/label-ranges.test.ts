/**
 * Crowded counter numbers are joined into one range label per row ("01–24") instead of every other number being
 * hidden; numbers with room to stand apart, and labels of other kinds, are left as they are.
 */
import { describe, expect, it } from 'vitest';
import type { LabelRequest } from '../../../src/core/geometry/label-placement';
import { joinCounterRuns } from '../../../src/view/label-ranges';

const num = (i: number) => String(i).padStart(2, '0');
function row(n: number, step: number, y: number, prefix: string): LabelRequest[] {
  return Array.from({ length: n }, (_, i) => ({ key: `${prefix}${num(i + 1)}`, priority: 3, x: 100 + i * step, y, width: 18, height: 14 }));
}
const isCounter = (k: string) => k.startsWith('c') || k.startsWith('d');
const text = (k: string) => k.slice(1);

describe('counter number runs', () => {
  it('joins a row of 24 crowded numbers into consecutive ranges spread along it, every number in one of them', () => {
    const reqs = [...row(24, 12, 50, 'c'), { key: 'zone-1', priority: 2, x: 110, y: 52, width: 60, height: 14 }];
    const out = joinCounterRuns(
      reqs,
      reqs.map((r) => r.key),
      isCounter,
      text,
      (t) => 7 * t.length,
    );
    const ranges = [...out.ranges.values()];
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges.map((r) => r.full).join(', ')).toBe(Array.from({ length: 24 }, (_, i) => num(i + 1)).join(', '));
    expect(ranges[0].text).toBe(`01–${ranges[0].full.split(', ').pop()}`);
    expect(out.keys).toContain('zone-1');
    // the range labels stand apart: no two of them overlap
    const boxes = out.requests.filter((r) => out.ranges.has(r.key)).map((r) => [r.x - r.width / 2, r.x + r.width / 2]);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
  });

  it('leaves numbers with room between them alone, and joins two crowded rows separately', () => {
    const apart = row(8, 40, 50, 'c');
    const kept = joinCounterRuns(
      apart,
      apart.map((r) => r.key),
      isCounter,
      text,
      (t) => 7 * t.length,
    );
    expect(kept.keys).toHaveLength(8);
    expect(kept.ranges.size).toBe(0);
    const two = [...row(6, 10, 50, 'c'), ...row(5, 10, 200, 'd')];
    const out = joinCounterRuns(
      two,
      two.map((r) => r.key),
      isCounter,
      text,
      (t) => 7 * t.length,
    );
    expect([...out.ranges.values()].map((r) => r.text)).toEqual(['01–06', '01–05']);
    // a pair of crowded numbers is one range
    const pair = row(2, 10, 50, 'c');
    expect([
      ...joinCounterRuns(
        pair,
        pair.map((r) => r.key),
        isCounter,
        text,
        (t) => 7 * t.length,
      ).ranges.values(),
    ]).toEqual([{ text: '01–02', full: '01, 02' }]);
  });
});
