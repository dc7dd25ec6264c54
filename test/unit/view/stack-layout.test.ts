/** The stacked view's layout: floors pulled apart around the current one, and a framing that holds them all. */
import { describe, expect, it } from 'vitest';
import { emptyDocument, type Floor } from '../../../src/core/document';
import { stackFraming, stackGap, stackHeights, stackOffsets } from '../../../src/view/stack/stack-layout';

function floors(n: number, side: number): Floor[] {
  const base = emptyDocument('t').floors[0];
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `F${i + 1}`,
    storey: i + 1,
    elevation: i * 5,
    height: 5,
    outline: [
      [0, 0],
      [side, 0],
      [side, side * 0.6],
      [0, side * 0.6],
    ],
    elements: [],
  }));
}

describe('stacked floors', () => {
  it('keep the current floor where it is and move the others apart by more than a floor height, in storey order', () => {
    const fs = floors(3, 64);
    const off = stackOffsets([fs[2], fs[0], fs[1]], 'F2');
    expect(off.get('F2')).toBe(0);
    expect(off.get('F1')).toBeLessThan(0);
    expect(off.get('F3')).toBeGreaterThan(0);
    const at = (id: string) => fs.find((f) => f.id === id)!.elevation + off.get(id)!;
    // each floor's plate is clear of the one below by its height plus a gap that reads from above
    expect(at('F2') - at('F1')).toBeGreaterThan(5 + 15);
    expect(at('F3') - at('F2')).toBeCloseTo(at('F2') - at('F1'), 9);
  });

  it('scale the gap with the hall: a 260 m hall is pulled further apart than a 20 m one', () => {
    expect(stackGap(floors(2, 260))).toBeGreaterThan(stackGap(floors(2, 20)));
    expect(stackGap(floors(2, 5))).toBeGreaterThanOrEqual(6);
  });

  it('frame every floor: the box reaches past the plan by more than half the stack, centred halfway up', () => {
    const fs = floors(5, 100);
    const { min, max } = stackHeights(fs, 'F1');
    expect(min).toBe(0);
    const { box, elevation } = stackFraming(fs, 'F1');
    expect(elevation).toBeCloseTo((min + max) / 2, 9);
    expect(box.maxX - box.minX).toBeGreaterThan(100 + (max - min));
  });
});
