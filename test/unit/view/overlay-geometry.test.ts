import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds/registry';
import type { Guide } from '../../../src/editor/types';
import { blockedStrips, guideSegments, marqueeSegments, measureSegment, pathSegments } from '../../../src/view/overlay-geometry';

describe('overlay geometry (plan x → x, plan y → −z, at the overlay height)', () => {
  const guides: Guide[] = [
    { a: [0, 0], b: [4, 0], kind: 'align-x' },
    { a: [1, 1], b: [1, 5], kind: 'ortho' },
    { a: [2, 2], b: [3, 2], kind: 'front' },
    { a: [5, 5], b: [6, 6], kind: 'grid' },
  ];
  it('sorts the snap guides into alignment, ortho lock and counter fronts, two points per segment', () => {
    expect(guideSegments(guides, 'snap', 0.7)).toEqual([
      [0, 0.7, -0],
      [4, 0.7, -0],
      [5, 0.7, -5],
      [6, 0.7, -6],
    ]);
    expect(guideSegments(guides, 'ortho', 0.7)).toEqual([
      [1, 0.7, -1],
      [1, 0.7, -5],
    ]);
    expect(guideSegments(guides, 'front', 1)).toEqual([
      [2, 1, -2],
      [3, 1, -2],
    ]);
  });
  it('draws the marquee as four closed edges, the path between its points, the measured line', () => {
    const m = marqueeSegments({ a: [0, 0], b: [2, 1] }, 0);
    expect(m).toHaveLength(8);
    expect(m.slice(0, 2)).toEqual([
      [0, 0, -0],
      [2, 0, -0],
    ]);
    expect(m.slice(6)).toEqual([
      [0, 0, -1],
      [0, 0, -0],
    ]);
    expect(marqueeSegments(undefined, 0)).toEqual([]);
    expect(
      pathSegments(
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
        0,
      ),
    ).toEqual([
      [0, 0, -0],
      [1, 0, -0],
      [1, 0, -0],
      [1, 0, -1],
    ]);
    expect(pathSegments(undefined, 0)).toEqual([]);
    expect(measureSegment({ a: [0, 0], b: [3, 4], length: 5 }, 2)).toEqual([
      [0, 2, -0],
      [3, 2, -4],
    ]);
  });
  it('marks in red the one-metre strips of the ghost counters that would be blocked, only those', () => {
    const a = KINDS.counter.create({ id: 'c1', position: [5, 5] });
    const b = KINDS.counter.create({ id: 'c2', position: [9, 5] });
    const strips = blockedStrips([a, b], ['c2']);
    expect(strips).toHaveLength(1);
    expect(strips[0].color).toBe('#dc2626');
    // In front of the counter (its +y side), as long as the one-metre line is deep.
    expect(Math.min(...strips[0].polygon.map((p) => p[1]))).toBeGreaterThanOrEqual(5);
    expect(blockedStrips([a, b], undefined)).toEqual([]);
  });
});
