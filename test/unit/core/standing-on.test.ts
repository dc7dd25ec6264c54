/**
 * A lift or stair stored on one floor stands on every floor it joins: the other floors' scenes draw it, and asking
 * which elements visit a floor reads only the elements that can travel, from lists kept per floor version.
 */
import { describe, expect, it } from 'vitest';
import type { Floor } from '../../../src/core/document';
import { KINDS } from '../../../src/core/kinds/registry';
import { visitorsOn } from '../../../src/core/standing-on';

const lift = KINDS.vlink.create({ id: 'L1', position: [5, 5], floors: ['F1', 'F2'] });
const seats = Array.from({ length: 50 }, (_, i) => KINDS.point.create({ id: `s${i}`, pointKind: 'seat', position: [i, 0] }));
const floor = (id: string, elements: Floor['elements']): Floor => ({ id, name: id, storey: 1, elevation: 0, height: 4, elements });

describe('elements standing on other floors', () => {
  it('a lift stored on 1F stands on 2F, not on 3F; an edit on 2F or a moved seat on 1F leaves the answer as it was', () => {
    const f1 = floor('F1', [lift, ...seats]);
    const f2 = floor('F2', [seats[0]]);
    const f3 = floor('F3', []);
    expect(visitorsOn([f1, f2, f3], f2)).toEqual([lift]);
    expect(visitorsOn([f1, f2, f3], f3)).toEqual([]);
    const moved = floor('F1', [lift, KINDS.point.create({ id: 's0', pointKind: 'seat', position: [9, 9] }), ...seats.slice(1)]);
    expect(visitorsOn([moved, floor('F2', []), f3], f2)).toEqual([lift]);
  });

  it('a lift moved or re-linked is seen as it is now', () => {
    const f1 = floor('F1', [lift]);
    const f2 = floor('F2', []);
    expect(visitorsOn([f1, f2], f2)).toEqual([lift]);
    const relinked = { ...lift, floors: ['F1', 'F3'] };
    expect(visitorsOn([floor('F1', [relinked]), f2], f2)).toEqual([]);
    const shifted = { ...lift, position: [6, 5] as [number, number] };
    expect(visitorsOn([floor('F1', [shifted]), f2], f2)).toEqual([shifted]);
  });
});
