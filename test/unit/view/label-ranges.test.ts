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
  it('joins a row of 24 crowded numbers into one range at the row middle, listing every number', () => {
    const reqs = [...row(24, 12, 50, 'c'), { key: 'zone-1', priority: 2, x: 110, y: 52, width: 60, height: 14 }];
    const out = joinCounterRuns(
      reqs,
      reqs.map((r) => r.key),
      isCounter,
      text,
      (t) => 7 * t.length,
    );
    expect(out.keys).toEqual(['c01', 'zone-1']);
    expect(out.ranges.get('c01')).toEqual({ text: '01–24', full: Array.from({ length: 24 }, (_, i) => num(i + 1)).join(', ') });
    expect(out.requests[0].x).toBeCloseTo(100 + (23 * 12) / 2, 9);
    expect(out.requests[0].width).toBeGreaterThan(18);
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
  });
});
