/** The wall length field's spot: off the wall, clear of a panel over the view, inside the view. */
import { describe, expect, it } from 'vitest';
import { type Rect, wallLengthSpot } from '../../../src/ui/drawing/wall-length-spot';

const view: Rect = { left: 0, top: 0, right: 800, bottom: 600 };
const boxAt = ([x, y]: [number, number], w: number, h: number): Rect => ({ left: x - w / 2, top: y - h / 2, right: x + w / 2, bottom: y + h / 2 });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('wall length spot', () => {
  it('a horizontal wall with nothing around: just above its middle, clear of the line', () => {
    const s = wallLengthSpot([200, 300], [400, 300], 110, 22, [], view);
    expect(s[0]).toBe(300);
    expect(boxAt(s, 110, 22).bottom).toBeLessThan(300);
  });

  it('a wall under the CAD panel: the field goes where the panel is not', () => {
    const panel: Rect = { left: 150, top: 200, right: 450, bottom: 290 };
    const s = wallLengthSpot([200, 300], [400, 300], 110, 22, [panel], view);
    expect(overlaps(boxAt(s, 110, 22), panel)).toBe(false);
    expect(boxAt(s, 110, 22).top).toBeGreaterThan(300);
  });

  it('a vertical wall at the view\u2019s left edge: the field stands to its right, inside the view', () => {
    const s = wallLengthSpot([20, 100], [20, 400], 110, 22, [], view);
    const b = boxAt(s, 110, 22);
    expect(b.left).toBeGreaterThan(20);
    expect(b.left).toBeGreaterThanOrEqual(view.left);
  });
});
